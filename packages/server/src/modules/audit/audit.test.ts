import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type TestApp } from '../../test/test-app.js';
import { verifyAuditChain } from './audit.verify.js';

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

describe('audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE at the database level', async () => {
    await expect(q(`update audit_events set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(q(`delete from audit_events`)).rejects.toThrow(/append-only/);
    await expect(q(`truncate audit_events`)).rejects.toThrow(/append-only/);
  });

  it('seals rows into a per-organisation hash chain that verifies', async () => {
    await t.seal();
    const reports = await verifyAuditChain(t.ctx.database.pool);
    expect(reports.length).toBeGreaterThanOrEqual(2); // the demo organisation and pre-sign-in events
    for (const r of reports) {
      expect(r.broken).toBeNull();
      expect(r.unsealed).toBe(0);
      expect(r.sealed).toBeGreaterThan(0);
    }
    const sealed = await q(`select count(*)::int as n from audit_events where hash is not null`);
    expect(sealed.rows[0].n).toBeGreaterThan(2);
  });

  it('does not let a sealed row be sealed again or changed', async () => {
    await expect(q(`update audit_events set hash = 'x' where id = (select min(id) from audit_events)`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('names the first broken link after a row is altered with the guard disabled', async () => {
    await t.seal();
    const row = await q(
      `select id from audit_events where action = 'auth.login' and hash is not null order by id limit 1`,
    );
    const id = Number(row.rows[0].id);
    const client = new pg.Client({ connectionString: t.ctx.database.connectionString });
    await client.connect();
    await client.query('begin');
    await client.query('alter table audit_events disable trigger audit_events_no_update_delete');
    await client.query(`update audit_events set outcome = 'failure' where id = $1`, [id]);
    await client.query('alter table audit_events enable trigger audit_events_no_update_delete');
    await client.query('commit');
    await client.end();
    const reports = await verifyAuditChain(t.ctx.database.pool);
    const broken = reports.filter((r) => r.broken);
    expect(broken).toHaveLength(1);
    expect(broken[0]!.broken).toMatchObject({ id, reason: 'hash_mismatch' });
  });

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
