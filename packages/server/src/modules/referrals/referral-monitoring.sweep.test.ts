import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Call, Json } from '../../test/careplans-fixture.js';
import { referralSetup } from '../../test/referrals-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runReferralSweep } from './referral-monitoring.sweep.js';

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let cm: Session;
let call: Call;
let clientId: string;
let setSession: (s: Session) => void;

/** Move the clock; sessions idle out over days, so sign in again. */
async function advance(ms: number) {
  t.clock.advance(ms);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  setSession(cm);
}

interface TaskRow extends Record<string, unknown> {
  kind: string;
  status: string;
  source_key: string;
  assigned_to_id: string | null;
  referral_id: string;
  goal_id: string | null;
  outcome: string | null;
}
const tasksOf = async (referralId: string) =>
  (
    await t.ctx.database.db.execute<TaskRow>(
      sql`select kind, status, source_key, assigned_to_id, referral_id, goal_id, outcome from care_tasks
        where referral_id = ${referralId} order by created_at`,
    )
  ).rows;
const sweep = () => runReferralSweep(t.ctx, t.clock.now);

beforeAll(async () => {
  t = await createTestApp();
  ({ cm, call, clientId, as: setSession } = await referralSetup(t, 'Sweeper'));
});

describe('referral monitoring sweep', () => {
  let ref: Json;

  it('raises a follow-up once a referral sits in requested longer than the limit, for its creator', async () => {
    ref = (
      await call('POST', `/api/clients/${clientId}/referrals`, {
        provider: { name: 'Tenancy Support' },
        category: 'housing',
        reason: 'Housing',
        goalId: 'g1',
        send: true,
      })
    ).body;
    await advance(7 * DAY);
    await sweep();
    expect(await tasksOf(ref.id)).toEqual([]);
    expect((await call('GET', `/api/referrals/${ref.id}`)).body.followUpDue).toBe(false);
    await advance(60 * 1000);
    await sweep();
    await sweep(); // idempotent
    expect(await tasksOf(ref.id)).toMatchObject([
      {
        kind: 'referral_follow_up',
        status: 'open',
        source_key: `referral:${ref.id}:follow_up:requested`,
        assigned_to_id: cm.userId,
        goal_id: 'g1',
      },
    ]);
    expect((await call('GET', `/api/referrals/${ref.id}`)).body.followUpDue).toBe(true);
    const board = await call('GET', '/api/referrals?scope=mine&overdueOnly=true');
    expect((board.body.items as Json[]).map((i) => i.id)).toContain(ref.id);
    const caseload = await call('GET', '/api/caseload');
    const item = (caseload.body.items as Json[]).find((i) => i.clientId === clientId)!;
    expect(item.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'referral' })]));
  });

  it('closes the follow-up when the status changes, and raises the check-in after the appointment', async () => {
    const cur = (await call('GET', `/api/referrals/${ref.id}`)).body;
    const today = t.clock.now.toISOString().slice(0, 10);
    const accepted = await call('POST', `/api/referrals/${ref.id}/status`, {
      status: 'accepted',
      appointmentDate: today,
      version: cur.version,
    });
    expect(accepted.status).toBe(200);
    expect(await tasksOf(ref.id)).toMatchObject([{ kind: 'referral_follow_up', status: 'completed' }]);
    expect(accepted.body.followUpDue).toBe(false);

    await advance(3 * DAY); // checkInAfterDays = 2
    await sweep();
    const tasks = await tasksOf(ref.id);
    expect(tasks).toHaveLength(2);
    expect(tasks[1]).toMatchObject({
      kind: 'referral_check_in',
      status: 'open',
      source_key: `referral:${ref.id}:check_in:${today}`,
    });
  });

  it('closes the check-in task with the check-in, whose outcome goes back to the goal', async () => {
    const res = await call('POST', `/api/referrals/${ref.id}/check-in`, { answer: 'attended' });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toMatch(/^First appointment attended \d{4}-\d{2}-\d{2}$/);
    const tasks = await tasksOf(ref.id);
    expect(tasks[1]).toMatchObject({ kind: 'referral_check_in', status: 'completed', outcome: res.body.outcome });
    await sweep();
    expect(await tasksOf(ref.id)).toHaveLength(2);
  });

  it('uses the agency setting (admin or supervisor; version conflict)', async () => {
    const settings = await call('GET', '/api/referral-settings');
    expect(settings.body).toMatchObject({ requestedFollowUpDays: 7, version: 0 });
    const body = { requestedFollowUpDays: 1, acceptedFollowUpDays: 14, checkInAfterDays: 2, partnerLinkDays: 30 };
    expect((await call('PUT', '/api/referral-settings', { ...body, version: 0 })).status).toBe(403);
    const sup = await signIn(t.app, 'supervisor@riverbend.example');
    const saved = await call('PUT', '/api/referral-settings', { ...body, version: 0 }, sup);
    expect(saved.body).toMatchObject({ requestedFollowUpDays: 1, version: 1 });
    const stale = await call('PUT', '/api/referral-settings', { ...body, version: 0 }, sup);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });

    const next = (
      await call('POST', `/api/clients/${clientId}/referrals`, {
        provider: { name: 'Benefits Clinic' },
        category: 'income_and_entitlements',
        reason: 'SSI application',
        send: true,
      })
    ).body;
    await advance(DAY + 1000);
    await sweep();
    expect(await tasksOf(next.id)).toMatchObject([{ kind: 'referral_follow_up', status: 'open' }]);
    const cancelled = await call('POST', `/api/referrals/${next.id}/status`, { status: 'cancelled', reason: 'Moved' });
    expect(cancelled.status).toBe(200);
    expect(await tasksOf(next.id)).toMatchObject([{ status: 'completed' }]);
  });
});
