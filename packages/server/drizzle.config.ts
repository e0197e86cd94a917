import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Each module keeps its tables next to its code; the platform has the idempotency table.
  schema: ['./src/modules/*/*.schema.ts', './src/http/*.schema.ts'],
  out: './drizzle',
});
