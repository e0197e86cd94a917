import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let intake: Session;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  intake = await signIn(t.app, 'intake_coordinator@riverbend.example');
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

const selfReferral = (payload: Record<string, unknown>, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/public/self-referral', payload, remoteAddress: ip });

async function count(table: string): Promise<number> {
  const r = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return r.rows[0]!.n;
}

describe('public self-referral', () => {
  it('files an intake without login and answers only with a reference', async () => {
    const res = await selfReferral({
      firstName: 'Nadia',
      lastName: 'Okafor',
      phone: '555-201-3344',
      needs: ['housing', 'peer_support'],
      message: '<script>alert(1)</script> I need help finding housing',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<Record<string, unknown>>();
    expect(Object.keys(body)).toEqual(['reference']);
    expect(body.reference).toMatch(/^R-\d{6}$/);

    const queue = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(intake) });
    expect(queue.statusCode).toBe(200);
    const item = queue.json<{ items: Record<string, unknown>[] }>().items.find((i) => i.reference === body.reference);
    expect(item).toMatchObject({ source: 'web_form', urgency: 'routine', status: 'new', lastName: 'Okafor' });
    // Stored as typed; the web app renders it as text.
    expect(item!.message).toBe('<script>alert(1)</script> I need help finding housing');
  });

  it('makes a referral that asks for crisis response urgent', async () => {
    const res = await selfReferral({ firstName: 'Lee', lastName: 'Park', needs: ['crisis_response'] });
    const ref = res.json<{ reference: string }>().reference;
    const queue = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(intake) });
    expect(
      queue.json<{ items: { reference: string; urgency: string }[] }>().items.find((i) => i.reference === ref),
    ).toMatchObject({ urgency: 'urgent' });
  });

  it('refuses invalid input field by field and writes nothing', async () => {
    const before = await count('intakes');
    const res = await selfReferral({ firstName: '', lastName: 'X', email: 'not-an-email', needs: ['spaceships'] });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json<{ error: { details: { fields: { path: string }[] } } }>()
      .error.details.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'email', 'needs.0']));
    expect(await count('intakes')).toBe(before);
  });

  it('refuses oversized bodies and swallows honeypot submissions', async () => {
    const before = await count('intakes');
    const big = await selfReferral({ firstName: 'A', lastName: 'B', needs: [], message: 'x'.repeat(20_000) });
    expect(big.statusCode).toBe(413);
    const bot = await selfReferral({ firstName: 'Bot', lastName: 'Net', needs: [], website: 'http://spam.example' });
    expect(bot.statusCode).toBe(201);
    expect(await count('intakes')).toBe(before);
  });

  it('shows the agency crisis line and 988', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/resources' });
    expect(res.json()).toMatchObject({ nationalCrisisLine: '988', crisisLinePhone: '(555) 010-2400' });
  });
});

describe('intake queue and screening', () => {
  it('is for intake coordinators and supervisors only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(cm) });
    expect(res.statusCode).toBe(403);
  });

  it('sorts open intakes by due time and flags the overdue ones', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(intake) });
    const items = res.json<{ items: { dueAt: string; overdue: boolean; reference: string }[] }>().items;
    const due = items.map((i) => i.dueAt);
    expect(due).toEqual([...due].sort());
    // The demo's urgent ED referral arrived 80 hours ago: past its 1-business-day target.
    expect(items.some((i) => i.overdue)).toBe(true);
    expect(items.filter((i) => i.overdue).every((i) => new Date(i.dueAt) < t.clock.now)).toBe(true);
  });

  it('recomputes the due time from receipt when urgency changes, with optimistic concurrency', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/intakes',
      headers: as(intake),
      payload: {
        source: 'hospital_inpatient',
        urgency: 'routine',
        receivedAt: '2026-11-20T21:00:00.000Z', // Friday 15:00 in Chicago
        reason: 'Discharge planning',
        firstName: 'Omar',
        lastName: 'Haddad',
      },
    });
    expect(created.statusCode).toBe(201);
    const v = created.json<{ id: string; version: number; dueAt: string }>();
    expect(v.dueAt).toBe('2026-12-04T21:00:00.000Z'); // 10 business days
    const urgent = await t.app.inject({
      method: 'PATCH',
      url: `/api/intakes/${v.id}`,
      headers: as(intake),
      payload: { urgency: 'urgent', version: v.version },
    });
    expect(urgent.json()).toMatchObject({ dueAt: '2026-11-23T21:00:00.000Z', version: v.version + 1 }); // Monday
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/intakes/${v.id}`,
      headers: as(intake),
      payload: { urgency: 'routine', version: v.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'version_conflict' } });
  });

  it('needs a program to decide eligible, and an outcome to close', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(intake) });
    const first = list.json<{ items: { id: string; version: number }[] }>().items[0]!;
    const noProgram = await t.app.inject({
      method: 'POST',
      url: `/api/intakes/${first.id}/decision`,
      headers: as(intake),
      payload: { decision: 'eligible', reason: 'SMI', version: first.version },
    });
    expect(noProgram.statusCode).toBe(400);
    const noOutcome = await t.app.inject({
      method: 'POST',
      url: `/api/intakes/${first.id}/close`,
      headers: as(intake),
      payload: { reason: 'x', version: first.version },
    });
    expect(noOutcome.statusCode).toBe(400);
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/intakes/${first.id}/close`,
      headers: as(intake),
      payload: { outcome: 'referred_elsewhere', reason: 'Primary care behavioural health', version: first.version },
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'referred_elsewhere' });
    const again = await t.app.inject({
      method: 'PATCH',
      url: `/api/intakes/${first.id}`,
      headers: as(intake),
      payload: { urgency: 'urgent', version: first.version + 1 },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('self-referral rate limit', () => {
  it('stops a flood from one address with 429', async () => {
    const limited = await createTestApp({
      rateLimit: { ...t.ctx.config.rateLimit, enabled: true, selfReferralPerHour: 2 },
    });
    const send = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/public/self-referral',
        payload: { firstName: 'Flood', lastName: 'Test', needs: [] },
        remoteAddress: '10.9.9.9',
      });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
