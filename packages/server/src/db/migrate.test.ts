import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-db.js';
import { createPool } from './database.js';
import { expectedMigrationCount, isMigrated, runMigrations } from './migrate.js';

describe('migrations', () => {
  it('are idempotent and safe when several instances start at once', async () => {
    const url = await createTestDatabase(); // already migrated from the template
    const pools = [1, 2, 3].map(() => createPool(url, 2, pino({ level: 'silent' })));
    try {
      await Promise.all(pools.map((p) => runMigrations(p)));
      expect(await isMigrated(pools[0]!, expectedMigrationCount())).toBe(true);
      const applied = await pools[0]!.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(applied.rows[0]!.n).toBe(expectedMigrationCount());
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
