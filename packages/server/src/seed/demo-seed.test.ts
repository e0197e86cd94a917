import { ROLE_LIST } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../test/test-app.js';
import { withOwnerPool } from '../db/prepare.js';
import { DemoResetRefused } from './demo-reset-guard.js';
import { DEMO_RESET_TABLES, seedDemo } from './demo-seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('demo seed', () => {
  it('resets the demo organisation, client data included, keeping its audit chain', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Reset', lastName: 'Me', dateOfBirth: '1990-01-01' },
    });
    expect(created.statusCode).toBe(201);
    const auditBefore = (
      await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_events`)
    ).rows[0]!.n;
    // The registered client was not created by the seed: a plain reset refuses and deletes nothing.
    const refused = await seedDemo(t.ctx.database.db, DEMO_PASSWORD, true).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DemoResetRefused);
    expect((refused as DemoResetRefused).records).toEqual({ clients: 1 });
    expect((refused as Error).message).toContain('--yes-delete-1-records');
    const wrongCount = await seedDemo(t.ctx.database.db, DEMO_PASSWORD, { confirmDeleteRecords: 3 }).catch(
      (e: unknown) => e,
    );
    expect(wrongCount).toBeInstanceOf(DemoResetRefused);
    const still = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from clients where id = ${created.json<{ id: string }>().id}`,
    );
    expect(still.rows[0]!.n).toBe(1);
    // The app's own role may not purge signed notes; the reset runs as the owner, as `seed --reset` does.
    await expect(seedDemo(t.ctx.database.db, DEMO_PASSWORD, { confirmDeleteRecords: 1 })).rejects.toThrow();
    await withOwnerPool(t.ctx.database, (_pool, db) => seedDemo(db, DEMO_PASSWORD, { confirmDeleteRecords: 1 }));
    // The registered client is gone; only the synthetic demo caseload is back.
    const clients = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from clients where id = ${created.json<{ id: string }>().id}`,
    );
    expect(clients.rows[0]!.n).toBe(0);
    const demo = await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from episodes`);
    expect(demo.rows[0]!.n).toBeGreaterThan(10);
    const auditAfter = (
      await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_events`)
    ).rows[0]!.n;
    // Nothing was deleted from the log; the reset and the re-seeded results were added to it.
    expect(auditAfter).toBeGreaterThan(auditBefore);
    const reset = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'system.reset_demo'`,
    );
    expect(reset.rows[0]!.n).toBe(1);
    // Audited with what it deleted.
    const details = await t.ctx.database.db.execute<{ details: Record<string, unknown> }>(
      sql`select details from audit_events where action = 'system.reset_demo'`,
    );
    const d = details.rows[0]!.details as {
      deleted: Record<string, number>;
      deletedTotal: number;
      foreignDeleted: number;
    };
    expect(d.foreignDeleted).toBe(1);
    // One demo user per role.
    expect(d.deleted.users).toBe(ROLE_LIST.length);
    expect(d.deleted.clients).toBeGreaterThan(1);
    expect(d.deletedTotal).toBe(Object.values(d.deleted).reduce((a, b) => a + b, 0));
    await signIn(t.app, 'case_manager@riverbend.example');
    // Right after a reset nothing is foreign (signing in is not data): no confirmation needed.
    await withOwnerPool(t.ctx.database, (_pool, db) => seedDemo(db, DEMO_PASSWORD, true));
  });

  it('empties every tenant table on reset (a new one must be listed)', async () => {
    const res = await t.ctx.database.db.execute<{ table_name: string }>(sql`
      select table_name from information_schema.columns
      where column_name = 'organization_id' and table_schema = 'public'
        and table_name not in ('audit_events', 'organizations')`);
    expect(res.rows.map((r) => r.table_name).sort()).toEqual([...DEMO_RESET_TABLES].sort());
  });
});
