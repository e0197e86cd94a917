import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appRoleProblems } from '../../db/app-role-check.js';
import { as, createTestApp, signIn, type TestApp } from '../../test/test-app.js';
import { CHECKPOINT_FILE } from './audit.checkpoint.js';
import { auditKeyring } from './audit.key.js';
import { verifyAuditChain, type AuditVerification } from './audit.verify.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await signIn(t.app, 'admin@riverbend.example');
  await signIn(t.app, 'supervisor@riverbend.example');
  await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'unknown@riverbend.example', password: 'whatever-123456' },
  });
});

const q = (text: string, values: unknown[] = []) => t.ctx.database.pool.query(text, values);
const verify = () => verifyAuditChain(t.ctx.database.pool, t.audit.keyring, t.audit.checkpointDir);

async function asOwner<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.ctx.database.ownerConnectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE: the app role lacks the privilege, and the guard stops the owner', async () => {
    await expect(q(`update audit_events set action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(q(`delete from audit_events`)).rejects.toThrow(/permission denied/);
    await expect(q(`truncate audit_events`)).rejects.toThrow(/permission denied/);
    await asOwner(async (c) => {
      await expect(c.query(`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(c.query(`delete from audit_events`)).rejects.toThrow(/append-only/);
      await expect(c.query(`truncate audit_events`)).rejects.toThrow(/append-only/);
    });
  });

  it('connects the app as a role that is neither superuser nor owner and cannot switch the guards off', async () => {
    const me = await q(`select current_user as u, rolsuper from pg_roles where rolname = current_user`);
    expect(me.rows[0]).toEqual({ u: 'careloop_app', rolsuper: false });
    expect(await appRoleProblems(t.ctx.database.pool)).toEqual([]);
    await expect(q('alter table audit_events disable trigger audit_events_no_update_delete')).rejects.toThrow(
      /must be owner/,
    );
    await expect(q('alter table audit_events disable trigger all')).rejects.toThrow(/must be owner/);
    await expect(q('drop trigger audit_events_no_update_delete on audit_events')).rejects.toThrow(/must be owner/);
    await expect(q(`set session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    // Inserted rows arrive unsealed, and the sealer function only extends the chain.
    await expect(
      q(`insert into audit_events (action, outcome, hash, chain_seq) values ('x', 'success', 'forged', 99)`),
    ).rejects.toThrow(/inserted unsealed/);
    await q(`insert into audit_events (action, outcome) values ('test.probe', 'success')`);
    const probe = await q(`select id from audit_events where action = 'test.probe'`);
    await expect(
      q(
        `select careloop_audit_seal_rows(array[$1::bigint], array[999999::bigint], array[null::text], array['f'], 'k')`,
        [probe.rows[0].id],
      ),
    ).rejects.toThrow(/does not continue its chain/);
    // The owner's privileges do not lapse: it can still see the whole table.
    expect(await asOwner((c) => c.query('select 1 from audit_events limit 1').then((r) => r.rowCount))).toBe(1);
  });

  it('seals rows into a per-organisation keyed chain that verifies and matches its signed checkpoint', async () => {
    await t.seal();
    const result = await verify();
    expect(result.ok).toBe(true);
    expect(result.reports.length).toBeGreaterThanOrEqual(2); // the demo organisation and pre-sign-in events
    for (const r of result.reports) {
      expect(r.broken).toBeNull();
      expect(r.unsealed).toBe(0);
      expect(r.sealed).toBeGreaterThan(0);
      expect(r.checkpoint).toMatchObject({ seq: r.sealed, rows: r.sealed, problem: null });
    }
    const keys = await q(`select distinct chain_key_id as k from audit_events`);
    expect(keys.rows).toEqual([{ k: t.audit.keyring.keyId }]);
    // Without the key the same rows do not verify: the hash is not something the database can recompute.
    const other = await verifyAuditChain(t.ctx.database.pool, auditKeyring(Buffer.from('x'.repeat(40))));
    expect(other.reports.every((r) => r.broken?.reason === 'unknown_key')).toBe(true);
  });

  it('does not let a sealed row be sealed again or changed', async () => {
    await asOwner(async (c) => {
      await expect(
        c.query(`update audit_events set hash = 'x' where id = (select min(id) from audit_events)`),
      ).rejects.toThrow(/append-only/);
    });
  });
});

describe('audit search', () => {
  it('lets admins and privacy officers search their organisation, newest first, paged', async () => {
    const po = await signIn(t.app, 'privacy_officer@riverbend.example');
    const page1 = await t.app.inject({
      method: 'GET',
      url: '/api/audit?action=auth.login&limit=2',
      headers: as(po),
    });
    expect(page1.statusCode).toBe(200);
    const body = page1.json();
    expect(body.items).toHaveLength(2);
    expect(body.items[0].id).toBeGreaterThan(body.items[1].id);
    expect(body.items.every((i: { action: string }) => i.action === 'auth.login')).toBe(true);
    expect(body.nextBefore).toBe(body.items[1].id);
    const page2 = await t.app.inject({
      method: 'GET',
      url: `/api/audit?action=auth.login&limit=2&before=${body.nextBefore}`,
      headers: as(po),
    });
    expect(page2.json().items[0].id).toBeLessThan(body.nextBefore);
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: as(cm) })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'GET', url: '/api/audit?limit=5000', headers: as(po) });
    expect(bad.statusCode).toBe(400);
  });
});

describe('audit search shows whom a row is about', () => {
  it('joins the client’s MRN and name at read time, keeps ids in the log, and records whose were shown', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Ottoline', lastName: 'Brackenridge', preferredName: 'Otti', dateOfBirth: '1966-09-03' },
    });
    expect(created.statusCode).toBe(201);
    const client = created.json();

    const po = await signIn(t.app, 'privacy_officer@riverbend.example');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/audit?clientId=${client.id}&action=client.create`,
      headers: as(po),
    });
    expect(res.statusCode).toBe(200);
    const [row] = res.json().items;
    expect(row).toMatchObject({
      action: 'client.create',
      clientId: client.id,
      client: {
        id: client.id,
        mrn: client.mrn,
        firstName: 'Ottoline',
        lastName: 'Brackenridge',
        preferredName: 'Otti',
      },
    });
    expect(client.mrn).toMatch(/^\d{8}$/);

    // A row about no client has none.
    const logins = (
      await t.app.inject({ method: 'GET', url: '/api/audit?action=auth.login&limit=1', headers: as(po) })
    ).json();
    expect(logins.items[0].client).toBeNull();

    // The log itself holds ids only: the name is nowhere in it, not even in the search's own row.
    const leaked = await q(
      `select count(*)::int as n from audit_events where row_to_json(audit_events)::text ilike $1`,
      ['%Brackenridge%'],
    );
    expect(leaked.rows[0].n).toBe(0);
    const search = await q(
      `select client_ids from audit_events where action = 'audit.search' and actor_user_id = $1 order by id desc limit 3`,
      [po.userId],
    );
    const shown = search.rows.map((r: { client_ids: string[] | null }) => r.client_ids);
    expect(shown).toContainEqual([client.id]);
  });
});

describe('audit tampering by the database owner', () => {
  let snapshot: string;
  beforeEach(async () => {
    // Each test tampers with its own copy of the database and checkpoints.
    await t.seal();
    snapshot = fs.readFileSync(path.join(t.audit.checkpointDir, CHECKPOINT_FILE), 'utf8');
  });

  async function tampered(sql: string): Promise<AuditVerification> {
    await asOwner(async (c) => {
      await c.query('begin');
      await c.query('alter table audit_events disable trigger audit_events_no_update_delete');
      await c.query(sql);
      await c.query('alter table audit_events enable trigger audit_events_no_update_delete');
      await c.query('commit');
    });
    return verify();
  }

  it('names the first broken link after a row is altered', async () => {
    const row = await q(
      `select id, outcome from audit_events where action = 'auth.login' and hash is not null order by id limit 1`,
    );
    const id = Number(row.rows[0].id);
    expect(row.rows[0].outcome).toBe('success');
    const result = await tampered(`update audit_events set outcome = 'failure' where id = ${id}`);
    const broken = result.reports.filter((r) => r.broken);
    expect(broken).toHaveLength(1);
    expect(broken[0]!.broken).toMatchObject({ id, reason: 'hash_mismatch' });
    expect(result.ok).toBe(false);
    expect((await tampered(`update audit_events set outcome = 'success' where id = ${id}`)).ok).toBe(true);
  });

  it('detects the newest rows deleted, though the rest of the chain is intact', async () => {
    const org = (await signIn(t.app, 'admin@riverbend.example')).organizationId;
    await t.seal();
    const head = await q(`select max(chain_seq)::int as s from audit_events where organization_id = $1`, [org]);
    const result = await tampered(
      `delete from audit_events where organization_id = '${org}' and chain_seq > ${head.rows[0].s - 2}`,
    );
    const report = result.reports.find((r) => r.organizationId === org)!;
    expect(report.broken).toBeNull(); // what is left still chains
    expect(report.checkpoint).toMatchObject({ seq: head.rows[0].s, problem: 'rows_missing' });
    expect(result.ok).toBe(false);
  });

  it('detects the chain re-hashed with the unkeyed function', async () => {
    const result = await tampered(`
      do $$
      declare r audit_events; prev text;
      begin
        for r in select * from audit_events where organization_id is null and chain_seq is not null order by chain_seq loop
          update audit_events set prev_hash = prev, hash = careloop_audit_hash(prev, r), chain_key_id = null where id = r.id;
          prev := careloop_audit_hash(prev, r);
        end loop;
      end $$`);
    const report = result.reports.find((r) => r.organizationId === null)!;
    expect(report.broken).toBeNull(); // a consistent unkeyed chain...
    expect(report.checkpoint?.problem).toBe('hash_differs'); // ...that is not the one the checkpoint signed
    expect(result.ok).toBe(false);
  });

  it('refuses a checkpoint line written without the key', async () => {
    fs.writeFileSync(path.join(t.audit.checkpointDir, CHECKPOINT_FILE), snapshot);
    const forged = { ...JSON.parse(snapshot.trim().split('\n').at(-1)!), seq: 1, rows: 1 };
    fs.appendFileSync(path.join(t.audit.checkpointDir, CHECKPOINT_FILE), JSON.stringify(forged) + '\n');
    const result = await verify();
    expect(result.invalidCheckpoints).toBe(1);
    expect(result.ok).toBe(false);
  });
});

describe('the privacy officer’s audit view', () => {
  it('returns each row’s details and the clients a list showed, and finds lists by a client they showed', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Wilhelmina', lastName: 'Auditshown', dateOfBirth: '1958-04-04' },
    });
    const client = created.json<{ id: string }>();
    const found = await t.app.inject({
      method: 'POST',
      url: '/api/clients/search',
      headers: as(cm),
      payload: { q: 'Auditshown' },
    });
    expect(found.statusCode).toBe(200);

    for (const who of ['privacy_officer', 'admin']) {
      const reviewer = await signIn(t.app, `${who}@riverbend.example`);
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/audit?clientId=${client.id}&action=client.search`,
        headers: as(reviewer),
      });
      expect(res.statusCode).toBe(200);
      const [row] = res.json().items;
      expect(row).toMatchObject({
        action: 'client.search',
        clientId: null,
        clientIds: [client.id],
        details: { queryKind: 'name', total: 1 },
      });
    }
  });
});
