import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { appRoleProblems } from './app-role-check.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

/** Runs `sql` in a transaction that says it is the demo reset, then rolls back; the error, if any. */
async function purgeAttempt(connectionString: string, sql: string): Promise<string | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('careloop.allow_purge', 'on', true)`);
    await client.query(sql);
    return null;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

describe('least privilege in the database', () => {
  it('the app role cannot purge signed notes or addenda, even with the purge switch set; the owner can', async () => {
    const signed = await t.ctx.database.pool.query(`select count(*)::int as n from notes where status = 'signed'`);
    expect(signed.rows[0].n).toBeGreaterThan(0); // the demo caseload has signed notes
    // A signed note nothing else refers to, so only the immutability trigger stands in the way.
    const copy = await t.ctx.database.pool.query<{ id: string }>(
      `insert into notes select (jsonb_populate_record(n, jsonb_build_object('id', gen_random_uuid()))).*
       from notes n where status = 'signed' limit 1 returning id`,
    );
    const del = `delete from notes where id = '${copy.rows[0]!.id}'`;
    const app = t.ctx.database.connectionString;
    expect(await purgeAttempt(app, del)).toMatch(/cannot be deleted/);
    const addenda = await t.ctx.database.pool.query(`select count(*)::int as n from note_addenda`);
    if (addenda.rows[0].n > 0) {
      expect(await purgeAttempt(app, `delete from note_addenda`)).toMatch(/cannot be deleted/);
    }
    expect(await purgeAttempt(app, `set role careloop_purge`)).toMatch(/permission denied/);
    const owner = t.ctx.database.ownerConnectionString;
    expect(await purgeAttempt(owner, del)).toBeNull();
    // Without the switch even the owner does not delete them by accident.
    const c = new pg.Client({ connectionString: owner });
    await c.connect();
    try {
      await expect(c.query(del)).rejects.toThrow(/cannot be deleted/);
    } finally {
      await c.end();
    }
  });

  it('names a superuser or table owner as the app role', async () => {
    const pool = new pg.Pool({ connectionString: t.ctx.database.ownerConnectionString, max: 1 });
    try {
      const problems = await appRoleProblems(pool);
      expect(problems.join('; ')).toMatch(/superuser|owns the tables/);
    } finally {
      await pool.end();
    }
    expect(await appRoleProblems(t.ctx.database.pool)).toEqual([]);
  });

  it('grants tables made by later migrations to the app role by default, except for the audit log', async () => {
    const owner = new pg.Client({ connectionString: t.ctx.database.ownerConnectionString });
    await owner.connect();
    try {
      await owner.query('create table lp_probe (id bigserial primary key, v text)');
    } finally {
      await owner.end();
    }
    await t.ctx.database.pool.query(`insert into lp_probe (v) values ('a')`);
    await t.ctx.database.pool.query(`update lp_probe set v = 'b'`);
    await t.ctx.database.pool.query(`delete from lp_probe`);
    const priv = await t.ctx.database.pool.query(
      `select has_table_privilege('audit_events', 'INSERT') as ins, has_table_privilege('audit_events', 'SELECT') as sel,
              has_table_privilege('audit_events', 'UPDATE') as upd, has_table_privilege('audit_events', 'DELETE') as del,
              has_table_privilege('audit_events', 'TRUNCATE') as tru, has_table_privilege('audit_events', 'TRIGGER') as trg`,
    );
    expect(priv.rows[0]).toEqual({ ins: true, sel: true, upd: false, del: false, tru: false, trg: false });
  });
});
