import { EnumerationThresholds } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { addStaff } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

/** Search is not a registry dump: body not URL, limited matching and rows, per-user limit, alert. */
let t: TestApp;
let intake: Session;
let clinician: Session;
let clientId: string;
let mrn: string;
const SEARCHES_PER_MINUTE = 20;

beforeAll(async () => {
  const rateLimit = loadConfig({ NODE_ENV: 'test' }).rateLimit;
  t = await createTestApp({ rateLimit: { ...rateLimit, enabled: true, searchPerMinute: SEARCHES_PER_MINUTE } });
  intake = await signIn(t.app, 'intake_coordinator@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: as(intake),
    payload: {
      firstName: 'Philippa',
      lastName: 'Threlkeld',
      preferredName: 'Pip',
      dateOfBirth: '1977-08-19',
      phones: [{ type: 'mobile', number: '555-612-9090' }],
      identifiers: [{ type: 'medicaid', value: 'MCD-445566' }],
    },
  });
  expect(created.statusCode).toBe(201);
  clientId = created.json<{ id: string }>().id;
  mrn = created.json<{ mrn: string }>().mrn;
});

const search = (s: Session, q: string) =>
  t.app.inject({ method: 'POST', url: '/api/clients/search', headers: as(s), payload: { q } });
const ids = (res: Awaited<ReturnType<typeof search>>) => res.json<{ items: { id: string }[] }>().items.map((i) => i.id);

describe('search text travels in the body', () => {
  it('refuses search text in the URL with a clear 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/clients?q=Threlkeld', headers: as(intake) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed' });
    expect(res.json().error.message).toContain('POST /api/clients/search');
  });

  it('searches with POST and validates the body', async () => {
    const res = await search(intake, 'Threlkeld');
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toContain(clientId);
    const bad = await t.app.inject({ method: 'POST', url: '/api/clients/search', headers: as(intake), payload: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toBe('q');
  });
});

describe('the limited search', () => {
  it('lets the intake team find anyone by phone, identifier or a name alone', async () => {
    expect(ids(await search(intake, '555-612-9090'))).toContain(clientId);
    expect(ids(await search(intake, 'MCD-445566'))).toContain(clientId);
  });

  it("does not match clients outside a clinician's work by phone, identifier, name or DOB alone", async () => {
    for (const q of ['555-612-9090', 'MCD-445566', 'Threlkeld', 'Philippa Threlkeld', '1977-08-19']) {
      const res = await search(clinician, q);
      expect(res.statusCode).toBe(200);
      expect(ids(res)).not.toContain(clientId);
    }
  });

  it("still finds the clinician's own clients by phone or a name alone", async () => {
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(clinician),
      payload: {
        firstName: 'Oswin',
        lastName: 'Marchbanks',
        dateOfBirth: '1969-02-14',
        phones: [{ type: 'mobile', number: '555-733-1200' }],
      },
    });
    const ownId = own.json<{ id: string }>().id;
    expect(ids(await search(clinician, '555-733-1200'))).toEqual([ownId]);
    const byName = await search(clinician, 'Marchbanks');
    expect(byName.json().items[0]).toMatchObject({ id: ownId, access: 'full', preferredName: null, status: 'active' });
  });

  it('matches them by exact MRN or name with date of birth, showing only name, DOB and MRN', async () => {
    for (const q of [mrn, 'Threlkeld 1977-08-19', 'Philippa Threlkeld 08/19/1977']) {
      const res = await search(clinician, q);
      const row = res.json<{ items: Record<string, unknown>[] }>().items.find((i) => i.id === clientId);
      expect(row).toMatchObject({
        firstName: 'Philippa',
        lastName: 'Threlkeld',
        dateOfBirth: '1977-08-19',
        mrn,
        preferredName: null,
        status: null,
        access: 'limited',
      });
    }
    // Name with another date of birth: nobody.
    expect(ids(await search(clinician, 'Threlkeld 1977-08-20'))).not.toContain(clientId);
  });

  it('records which clients a search showed, in the audit column, without the text', async () => {
    await search(intake, 'Threlkeld');
    const row = (
      await t.ctx.database.db.execute<{ client_ids: string[]; details: Record<string, unknown> }>(sql`
        select client_ids, details from audit_events
        where action = 'client.search' and actor_user_id = ${intake.userId} order by id desc limit 1`)
    ).rows[0]!;
    expect(row.client_ids).toContain(clientId);
    expect(row.details).toMatchObject({ queryKind: 'name', scope: 'org_wide' });
    expect(JSON.stringify(row.details)).not.toContain('Threlkeld');
  });
});

describe('search rate limit and enumeration alert', () => {
  it('limits searches per user, not per address', async () => {
    const busy = await addStaff(t, 'busy.cm@riverbend.example', 'case_manager');
    const statuses: number[] = [];
    for (let i = 0; i <= SEARCHES_PER_MINUTE; i++) statuses.push((await search(busy, `Name${i}`)).statusCode);
    expect(statuses.slice(0, SEARCHES_PER_MINUTE).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another user on the same address is unaffected.
    expect((await search(intake, 'Threlkeld')).statusCode).toBe(200);
  });

  it('alerts the privacy officer to an alphabet walk, once per window, with ids only', async () => {
    const walker = await addStaff(t, 'walker.cm@riverbend.example', 'case_manager');
    const po = await signIn(t.app, 'privacy_officer@riverbend.example');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < EnumerationThresholds.shortProbes + 2; i++) {
      expect((await search(walker, `t${letters[i]}`)).statusCode).toBe(200);
    }
    const alerts = await t.ctx.database.db.execute<{ details: Record<string, unknown>; entity_id: string }>(sql`
      select details, entity_id from audit_events
      where action = 'client.search_enumeration_suspected' and actor_user_id = ${walker.userId}`);
    expect(alerts.rows).toHaveLength(1);
    expect(alerts.rows[0]).toMatchObject({ entity_id: walker.userId, details: { signal: 'alphabet_walk' } });
    const bell = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(po) });
    const notice = bell
      .json<{ items: { kind: string; entityId: string; params: Record<string, unknown> }[] }>()
      .items.find((n) => n.kind === 'search_enumeration_suspected');
    expect(notice).toMatchObject({ entityId: walker.userId, params: { signal: 'alphabet_walk' } });
  });
});
