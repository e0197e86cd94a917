import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../test/test-app.js';
import { withOwnerPool } from '../db/prepare.js';
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
    // The app's own role may not purge signed notes; the reset runs as the owner, as `seed --reset` does.
    await expect(seedDemo(t.ctx.database.db, DEMO_PASSWORD, true)).rejects.toThrow();
    await withOwnerPool(t.ctx.database, (_pool, db) => seedDemo(db, DEMO_PASSWORD, true));
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
    await signIn(t.app, 'case_manager@riverbend.example');
  });

  it('empties every tenant table on reset (a new one must be listed)', async () => {
    const res = await t.ctx.database.db.execute<{ table_name: string }>(sql`
      select table_name from information_schema.columns
      where column_name = 'organization_id' and table_schema = 'public'
        and table_name not in ('audit_events', 'organizations')`);
    expect(res.rows.map((r) => r.table_name).sort()).toEqual([...DEMO_RESET_TABLES].sort());
  });
});
