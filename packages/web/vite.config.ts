import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@careloop/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the first page needs, in three files rather than dozens of small ones; the libraries
            // apart from the app so that a new release leaves them cached on the tablet.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              tags: ['$initial'],
              priority: 4,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/]@mantine[\\/]/,
              tags: ['$initial'],
              priority: 4,
            },
            { name: 'app', tags: ['$initial'], priority: 3 },
            // Heavy libraries only the chart's Assessments (trends) and Care plan (reordering) tabs use.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|@mantine[\\/]charts)[\\/]/,
              priority: 2,
            },
            { name: 'dnd', test: /node_modules[\\/]@dnd-kit/, priority: 2 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
