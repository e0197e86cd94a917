import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { CLIENT_LINKED_TABLES } from './client-links.js';

let t: TestApp;
let cm: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  admin = await signIn(t.app, 'admin@riverbend.example');
});

const register = (body: Record<string, unknown>, s: Session = cm) =>
  t.app.inject({ method: 'POST', url: '/api/clients', headers: as(s), payload: body });

const auditRows = async (action: string, clientId: string) =>
  (
    await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = ${action} and client_id = ${clientId}`,
    )
  ).rows[0]!.n;

describe('client registration', () => {
  it('registers a client with a generated MRN and audits it', async () => {
    const res = await register({
      firstName: 'Marisol',
      lastName: 'Quintanilla',
      dateOfBirth: '1988-04-12',
      preferredName: 'Mari',
      pronouns: 'she/her',
      phones: [{ type: 'mobile', number: '(555) 201-3344' }],
      communication: { okToText: true, okToVoicemail: false, okToMail: true },
      identifiers: [{ type: 'medicaid', value: 'MC-1234-5678' }],
      housingStatus: 'unstably_housed',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.mrn).toMatch(/^\d{8}$/);
    expect(c).toMatchObject({ firstName: 'Marisol', preferredName: 'Mari', version: 1, status: 'active' });
    expect(c.communication).toMatchObject({ okToText: true, okToVoicemail: false });
    expect(await auditRows('client.create', c.id)).toBe(1);
  });

  it('refuses a full SSN and invalid dates with field-level errors, writing nothing', async () => {
    const before = (await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from clients`))
      .rows[0]!.n;
    const res = await register({
      firstName: 'A',
      lastName: 'B',
      dateOfBirth: '1990-02-30',
      identifiers: [
        { type: 'other', value: '123-45-6789' },
        { type: 'ssn_last4', value: '123456789' },
      ],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dateOfBirth', 'identifiers.0.value', 'identifiers.1.value']));
    expect(res.body).not.toContain('123-45-6789');
    const after = (await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from clients`)).rows[0]!
      .n;
    expect(after).toBe(before);
  });

  it('answers 409 possible_duplicate with scored, explained candidates; confirming registers and queues the pair', async () => {
    const first = await register({ firstName: 'Robert', lastName: 'Fitzgerald', dateOfBirth: '1975-06-03' });
    expect(first.statusCode).toBe(201);
    const dup = await register({ firstName: 'Bob', lastName: 'Fitzgerrald', dateOfBirth: '1975-03-06' });
    expect(dup.statusCode).toBe(409);
    const err = dup.json().error;
    expect(err.code).toBe('possible_duplicate');
    const cand = err.details.candidates[0];
    expect(cand.id).toBe(first.json().id);
    expect(cand.score).toBeGreaterThan(0.6);
    expect(cand.reasons).toEqual(expect.arrayContaining(['nickname', 'dob_day_month_swapped']));

    const confirmed = await register({
      firstName: 'Bob',
      lastName: 'Fitzgerrald',
      dateOfBirth: '1975-03-06',
      confirmedNotDuplicateOf: [first.json().id],
    });
    expect(confirmed.statusCode).toBe(201);
    expect(await auditRows('client.duplicate_override', confirmed.json().id)).toBe(1);
    const queue = await t.app.inject({ method: 'GET', url: '/api/admin/duplicates', headers: as(admin) });
    expect(queue.statusCode).toBe(200);
    const ids = queue.json().items.flatMap((i: { a: { id: string }; b: { id: string } }) => [i.a.id, i.b.id]);
    expect(ids).toEqual(expect.arrayContaining([first.json().id, confirmed.json().id]));
  });

  it('checks an existing client on demand and queues what it finds', async () => {
    const x = (await register({ firstName: 'Theodore', lastName: 'Nakamura', dateOfBirth: '1966-10-02' })).json();
    const y = (
      await register({
        firstName: 'Ted',
        lastName: 'Nakamura',
        dateOfBirth: '1966-10-02',
        confirmedNotDuplicateOf: [x.id],
      })
    ).json();
    const check = await t.app.inject({ method: 'GET', url: `/api/clients/${x.id}/duplicates`, headers: as(cm) });
    expect(check.statusCode).toBe(200);
    expect(check.json().candidates[0]).toMatchObject({
      id: y.id,
      reasons: expect.arrayContaining(['nickname', 'same_dob']),
    });
    const queue = (await t.app.inject({ method: 'GET', url: '/api/admin/duplicates', headers: as(admin) })).json();
    const pair = queue.items.find((i: { a: { id: string }; b: { id: string } }) => [i.a.id, i.b.id].includes(y.id));
    expect(pair).toBeDefined();
    const dismiss = await t.app.inject({
      method: 'POST',
      url: `/api/admin/duplicates/${pair.id}/dismiss`,
      headers: as(admin),
      payload: { version: pair.version },
    });
    expect(dismiss.statusCode).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: '/api/admin/duplicates', headers: as(admin) })).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(pair.id);
  });

  it('does not flag a different person who shares only a common surname', async () => {
    await register({ firstName: 'Alicia', lastName: 'Johnson', dateOfBirth: '1960-01-01' });
    const other = await register({ firstName: 'Terrence', lastName: 'Johnson', dateOfBirth: '1999-09-19' });
    expect(other.statusCode).toBe(201);
  });
});

describe('client search', () => {
  beforeAll(async () => {
    await register({
      firstName: 'Elizabeth',
      lastName: 'Kowalczyk',
      dateOfBirth: '1970-11-30',
      phones: [{ type: 'home', number: '555-404-7788' }],
      identifiers: [{ type: 'state_id', value: 'S99887766' }],
    });
  });

  const search = (q: string) =>
    t.app.inject({ method: 'POST', url: '/api/clients/search', payload: { q }, headers: as(cm) });

  it('finds a misspelled surname first, and says why', async () => {
    const res = await search('Kowalcyk');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0]).toMatchObject({ firstName: 'Elizabeth', lastName: 'Kowalczyk' });
    expect(body.items[0].matchedOn).toContain('last_name');
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it('matches nicknames, "Last, First", DOB, phone, identifier and MRN', async () => {
    expect((await search('Liz Kowalczyk')).json().items[0].lastName).toBe('Kowalczyk');
    expect((await search('Kowalczyk, Liz')).json().items[0].lastName).toBe('Kowalczyk');
    expect((await search('1970-11-30')).json().items[0].lastName).toBe('Kowalczyk');
    expect((await search('11/30/1970')).json().items[0].lastName).toBe('Kowalczyk');
    expect((await search('(555) 404-7788')).json().items[0].matchedOn).toContain('phone');
    expect((await search('s99887766')).json().items[0].matchedOn).toContain('identifier');
    const mrn = (await search('Kowalczyk')).json().items[0].mrn;
    expect((await search(mrn)).json().items[0]).toMatchObject({ mrn, matchedOn: ['mrn'] });
  });

  it('audits the search without the search text', async () => {
    await search('Kowalczyk');
    const res = await t.ctx.database.db.execute<{ details: unknown }>(
      sql`select details from audit_events where action = 'client.search' order by id desc limit 1`,
    );
    expect(JSON.stringify(res.rows[0]!.details)).not.toContain('Kowalczyk');
  });

  it('is refused to roles without client care work', async () => {
    const po = await signIn(t.app, 'privacy_officer@riverbend.example');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients/search',
      payload: { q: 'Kow' },
      headers: as(po),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('client record', () => {
  it('reads (audited) and edits with optimistic concurrency', async () => {
    const created = (await register({ firstName: 'Dmitri', lastName: 'Volkonsky', dateOfBirth: '1981-08-08' })).json();
    const read = await t.app.inject({ method: 'GET', url: `/api/clients/${created.id}`, headers: as(cm) });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(await auditRows('client.read', created.id)).toBe(1);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${created.id}`,
      headers: as(cm, { 'if-match': '"1"' }),
      payload: { preferredName: 'Dima', housingStatus: 'homeless_sheltered' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ preferredName: 'Dima', version: 2, firstName: 'Dmitri' });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${created.id}`,
      headers: as(cm),
      payload: { preferredName: 'Mitya', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.preferredName).toBe('Dima');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${created.id}`,
      headers: as(cm),
      payload: { preferredName: 'X' },
    });
    expect(missing.statusCode).toBe(428);
  });

  it('keeps a support network with roles and the involvement flag', async () => {
    const c = (await register({ firstName: 'Hannah', lastName: 'Okonkwo', dateOfBirth: '1993-02-14' })).json();
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${c.id}/support-contacts`,
      headers: as(cm),
      payload: {
        name: 'Grace Okonkwo',
        relationship: 'parent',
        phone: '555-100-2000',
        roles: ['emergency_contact', 'natural_support'],
        involvementAgreed: true,
      },
    });
    expect(add.statusCode).toBe(201);
    const contact = add.json();
    const upd = await t.app.inject({
      method: 'PUT',
      url: `/api/clients/${c.id}/support-contacts/${contact.id}`,
      headers: as(cm),
      payload: { ...contact, roles: ['emergency_contact'], version: contact.version },
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json().roles).toEqual(['emergency_contact']);
    const list = await t.app.inject({ method: 'GET', url: `/api/clients/${c.id}/support-contacts`, headers: as(cm) });
    expect(list.json().items).toHaveLength(1);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/clients/${c.id}/support-contacts/${contact.id}?version=${upd.json().version}`,
      headers: as(cm),
    });
    expect(del.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/clients/${c.id}/support-contacts`, headers: as(cm) })).json()
        .items,
    ).toHaveLength(0);
  });
});

describe('duplicate review', () => {
  it('compares only pairs the queue holds: any two charts are refused, audited, unread', async () => {
    const a = (await register({ firstName: 'Ottoline', lastName: 'Quennell', dateOfBirth: '1961-02-03' })).json();
    const b = (await register({ firstName: 'Barnaby', lastName: 'Westerhout', dateOfBirth: '1977-09-12' })).json();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/admin/duplicates/compare?a=${a.id}&b=${b.id}`,
      headers: as(admin),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    const audit = await t.ctx.database.db.execute<{ action: string }>(sql`
      select action from audit_events
      where actor_user_id = ${admin.userId} and (client_id in (${a.id}, ${b.id}) or ${a.id} = any(client_ids))`);
    expect(audit.rows.map((r) => r.action)).toEqual(['access.denied']);
  });
});

describe('merge and undo', () => {
  it('moves every linked record to the survivor, leaves a redirecting tombstone, and can be undone', async () => {
    const a = (await register({ firstName: 'Priscilla', lastName: 'Abernathy', dateOfBirth: '1955-05-05' })).json();
    const b = (
      await register({
        firstName: 'Priscila',
        lastName: 'Abernathy',
        dateOfBirth: '1955-05-05',
        identifiers: [{ type: 'medicaid', value: 'MCD-777' }],
        confirmedNotDuplicateOf: [a.id],
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: `/api/clients/${b.id}/support-contacts`,
      headers: as(cm),
      payload: { name: 'Neighbour Ned', relationship: 'friend', roles: ['natural_support'] },
    });
    const cmp = await t.app.inject({
      method: 'GET',
      url: `/api/admin/duplicates/compare?a=${a.id}&b=${b.id}`,
      headers: as(admin),
    });
    expect(cmp.statusCode).toBe(200);
    expect(cmp.json().supportContacts).toEqual({ a: 0, b: 1 });

    const merge = await t.app.inject({
      method: 'POST',
      url: '/api/admin/merges',
      headers: as(admin),
      payload: { survivorId: a.id, mergedId: b.id, reason: 'same person, typo in first name' },
    });
    expect(merge.statusCode).toBe(201);
    expect(merge.json().moved).toMatchObject({ client_identifiers: 1, support_contacts: 1 });
    // Whom the merge joined, by MRN and name (not only ids); listing merges is itself audited.
    const who = (c: { id: string; mrn: string; firstName: string }) => ({
      id: c.id,
      mrn: c.mrn,
      firstName: c.firstName,
      lastName: 'Abernathy',
      preferredName: null,
    });
    expect(merge.json()).toMatchObject({ survivorId: a.id, survivor: who(a), mergedId: b.id, merged: who(b) });
    const merges = await t.app.inject({ method: 'GET', url: '/api/admin/merges', headers: as(admin) });
    expect(merges.statusCode).toBe(200);
    expect(merges.json().items.find((m: { id: string }) => m.id === merge.json().id)).toMatchObject({
      survivor: who(a),
      merged: who(b),
    });
    const listed = await t.ctx.database.db.execute<{ purpose: string; client_ids: string[] }>(
      sql`select purpose, client_ids from audit_events where action = 'merges.list' and actor_user_id = ${admin.userId}`,
    );
    expect(listed.rows).toHaveLength(1);
    expect(listed.rows[0]!.purpose).toBe('duplicate_review');
    expect(listed.rows[0]!.client_ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/merges', headers: as(cm) })).statusCode).toBe(403);

    const tomb = await t.app.inject({ method: 'GET', url: `/api/clients/${b.id}`, headers: as(cm) });
    expect(tomb.json()).toEqual({ merged: true, id: b.id, mergedIntoId: a.id, survivorId: a.id });
    const survivor = await t.app.inject({ method: 'GET', url: `/api/clients/${a.id}`, headers: as(cm) });
    expect(survivor.json().identifiers).toEqual([{ type: 'medicaid', value: 'MCD-777', issuer: null }]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/clients/${a.id}/support-contacts`, headers: as(cm) })).json()
        .items,
    ).toHaveLength(1);
    const search = await t.app.inject({
      method: 'POST',
      url: '/api/clients/search',
      payload: { q: 'Abernathy' },
      headers: as(cm),
    });
    expect(search.json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);

    const cmMerge = await t.app.inject({
      method: 'POST',
      url: `/api/admin/merges/${merge.json().id}/undo`,
      headers: as(cm),
    });
    expect(cmMerge.statusCode).toBe(403);
    const undo = await t.app.inject({
      method: 'POST',
      url: `/api/admin/merges/${merge.json().id}/undo`,
      headers: as(admin),
    });
    expect(undo.statusCode).toBe(200);
    expect(undo.json()).toMatchObject({ survivor: who(a), merged: who(b) });
    const back = await t.app.inject({ method: 'GET', url: `/api/clients/${b.id}`, headers: as(cm) });
    expect(back.json().identifiers).toHaveLength(1);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/clients/${b.id}/support-contacts`, headers: as(cm) })).json()
        .items,
    ).toHaveLength(1);
    expect(await auditRows('client.merge', a.id)).toBe(1);
    expect(await auditRows('client.unmerge', b.id)).toBe(1);
  });

  it('knows every table linked to a client (a new one must join the merge)', async () => {
    const res = await t.ctx.database.db.execute<{ table_name: string }>(sql`
      select table_name from information_schema.columns
      where column_name = 'client_id' and table_schema = 'public' and table_name <> 'audit_events'`);
    expect(res.rows.map((r) => r.table_name).sort()).toEqual([...CLIENT_LINKED_TABLES].sort());
  });
});
