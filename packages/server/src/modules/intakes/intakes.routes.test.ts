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

  const urgencyOf = async (reference: string) => {
    const queue = await t.app.inject({ method: 'GET', url: '/api/intakes', headers: as(intake) });
    return queue
      .json<{ items: { reference: string; urgency: string; emergentReasons: string[] }[] }>()
      .items.find((i) => i.reference === reference);
  };

  it('makes a referral emergent when the person is not safe, needs crisis response, or writes crisis words', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ safeNow: false }, ['not_safe_now']],
      [{ needs: ['crisis_response'] }, ['crisis_need']],
      [{ message: 'Some nights I want to end my life' }, ['crisis_language']],
    ];
    for (const [extra, reasons] of cases) {
      const res = await selfReferral({ firstName: 'Lee', lastName: 'Park', email: 'lee@example.org', ...extra });
      expect(res.statusCode).toBe(201);
      expect(await urgencyOf(res.json<{ reference: string }>().reference)).toMatchObject({
        urgency: 'emergent',
        emergentReasons: reasons,
      });
    }
    const calm = await selfReferral({ firstName: 'Lee', lastName: 'Park', email: 'lee@example.org', safeNow: true });
    expect(await urgencyOf(calm.json<{ reference: string }>().reference)).toMatchObject({ urgency: 'routine' });
  });

  it('needs a way to reach the person: phone, email or a safe contact note', async () => {
    const before = await count('intakes');
    const res = await selfReferral({ firstName: 'No', lastName: 'Contact', needs: ['housing'], phone: '', email: '' });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { details: { fields: { path: string; message: string }[] } } }>().error.details
      .fields;
    expect(fields).toEqual([{ path: 'phone', message: expect.stringContaining('way to reach you') }]);
    expect(await count('intakes')).toBe(before);
    const safe = await selfReferral({ firstName: 'Safe', lastName: 'Way', safeContactNote: 'Ask for me at the desk' });
    expect(safe.statusCode).toBe(201);
  });

  it('tells every intake coordinator at once, and the on-call clinician of an emergent one', async () => {
    const clinician = await signIn(t.app, 'clinician@riverbend.example');
    const res = await selfReferral({ firstName: 'Rosa', lastName: 'Vega', phone: '555 010 7788', safeNow: false });
    const reference = res.json<{ reference: string }>().reference;
    const { id } = (await urgencyOf(reference)) as unknown as { id: string };
    for (const who of [intake, clinician]) {
      const list = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(who) });
      expect(list.json<{ items: Record<string, unknown>[] }>().items).toContainEqual(
        expect.objectContaining({
          kind: 'new_referral',
          entityType: 'intake',
          entityId: id,
          params: { urgency: 'emergent' },
          intake: { reference, name: 'Vega, Rosa', urgency: 'emergent' },
        }),
      );
    }
    // A routine one reaches the intake team only.
    const routine = await selfReferral({ firstName: 'Tom', lastName: 'Ng', phone: '555 010 7789' });
    const routineId = ((await urgencyOf(routine.json<{ reference: string }>().reference)) as unknown as { id: string })
      .id;
    const mine = async (s: Session) =>
      (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) }))
        .json<{ items: { entityId: string }[] }>()
        .items.map((i) => i.entityId);
    expect(await mine(intake)).toContain(routineId);
    expect(await mine(clinician)).not.toContain(routineId);
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
    const bot = await selfReferral({
      firstName: 'Bot',
      lastName: 'Net',
      email: 'bot@spam.example',
      needs: [],
      website: 'http://spam.example',
    });
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
        payload: { firstName: 'Flood', lastName: 'Test', phone: '555 010 0000', needs: [] },
        remoteAddress: '10.9.9.9',
      });
    expect((await send()).statusCode).toBe(201);
    expect((await send()).statusCode).toBe(201);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
