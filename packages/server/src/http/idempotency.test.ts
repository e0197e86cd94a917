import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller, count, enrolledClient } from '../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';
import { purgeIdempotencyKeys } from './idempotency.js';

let t: TestApp;
let cm: Session;
let call: ReturnType<typeof caller>;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  call = caller(t);
  ({ clientId } = await enrolledClient(t, cm, 'intensive', 'Idempotenza'));
});

const contact = (minutes: number) => ({
  type: 'phone',
  occurredAt: new Date(t.clock.now.getTime() - 60 * 60_000).toISOString(),
  durationMinutes: minutes,
});
const keyed = (key: string) => ({ 'idempotency-key': key });
const storedKeys = async () =>
  (await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from idempotency_keys`)).rows[0]!.n;

describe('Idempotency-Key on creates', () => {
  it('answers a repeated create with the first response and writes one row', async () => {
    const before = await count(t, 'contacts', clientId);
    const first = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(15), keyed('k-contact-1'));
    const again = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(15), keyed('k-contact-1'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await count(t, 'contacts', clientId)).toBe(before + 1);
    // Without a key, two posts are two contacts (nothing changes for callers that send none).
    await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(15));
    expect(await count(t, 'contacts', clientId)).toBe(before + 2);
  });

  it('replays a registration with its id and ETag', async () => {
    const body = { firstName: 'Ottoline', lastName: 'Idem', dateOfBirth: '1979-03-03' };
    const first = await call(cm, 'POST', '/api/clients', body, keyed('k-register'));
    const again = await call(cm, 'POST', '/api/clients', body, keyed('k-register'));
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.etag).toBe(first.headers.etag);
    const n = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from clients where last_name = 'Idem'`,
    );
    expect(n.rows[0]!.n).toBe(1);
  });

  it('refuses the same key with a different body (422) and writes nothing', async () => {
    const before = await count(t, 'contacts', clientId);
    await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(20), keyed('k-contact-2'));
    const other = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(25), keyed('k-contact-2'));
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await count(t, 'contacts', clientId)).toBe(before + 1);
  });

  it('scopes keys per user: another user with the same key gets their own answer', async () => {
    const other = await signIn(t.app, 'supervisor@riverbend.example');
    const mine = await call(
      cm,
      'POST',
      '/api/clients',
      { firstName: 'Pernille', lastName: 'Scopewell', dateOfBirth: '1985-05-05' },
      keyed('k-shared'),
    );
    const theirs = await call(
      other,
      'POST',
      '/api/clients',
      { firstName: 'Gudrun', lastName: 'Otherkey', dateOfBirth: '1961-11-21' },
      keyed('k-shared'),
    );
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('does not keep failures: a 4xx may be retried with its key', async () => {
    const bad = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, { type: 'phone' }, keyed('k-bad'));
    expect(bad.status).toBe(400);
    const forbidden = await call(
      await signIn(t.app, 'intake_coordinator@riverbend.example'),
      'POST',
      `/api/clients/${clientId}/contacts`,
      contact(5),
      keyed('k-denied'),
    );
    expect(forbidden.status).toBe(403);
    const rows = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from idempotency_keys where key in ('k-bad', 'k-denied')`,
    );
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('answers 409 while the first request is still in flight', async () => {
    await t.ctx.database.db.execute(sql`
      insert into idempotency_keys (organization_id, user_id, route, key, fingerprint, created_at)
      values (${cm.organizationId}, ${cm.userId}, 'POST /api/clients', 'k-flight', 'x', ${t.clock.now.toISOString()})`);
    const res = await call(
      cm,
      'POST',
      '/api/clients',
      { firstName: 'A', lastName: 'Flight', dateOfBirth: '1990-01-01' },
      keyed('k-flight'),
    );
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'idempotency_in_progress' } });
  });

  it('validates the key and expires answers after 24 hours', async () => {
    const long = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(5), keyed('x'.repeat(201)));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ error: { code: 'validation_failed' } });
    const before = await count(t, 'contacts', clientId);
    await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(30), keyed('k-expire'));
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    cm = await signIn(t.app, 'case_manager@riverbend.example');
    const later = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, contact(30), keyed('k-expire'));
    expect(later.status).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await count(t, 'contacts', clientId)).toBe(before + 2);
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    expect(await purgeIdempotencyKeys(t.ctx.database.db, t.clock.now)).toBeGreaterThan(0);
    expect(await storedKeys()).toBe(0);
  });
});
