import { addDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditCount, caller, type Json } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runTransitionSweep } from './transition.sweep.js';

let t: TestApp;
let cm: Session;
let sup: Session;
let receiver: Session;
let outsider: Session;
let call: ReturnType<typeof caller>;
const put = async (s: Session, url: string, payload: unknown) => {
  const res = await t.app.inject({ method: 'PUT', url, headers: as(s), payload: payload as Record<string, unknown> });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json };
};
const rows = async <T extends Record<string, unknown>>(q: ReturnType<typeof sql>) =>
  (await t.ctx.database.db.execute<T>(q)).rows;

let sendingId: string;
let receivingId: string;
let clientId: string;

const ITEMS = [
  'records_shared',
  'warm_handoff_meeting',
  'client_met_new_team',
  'medications_appointments_confirmed',
  'safety_plan_reviewed',
] as const;

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  receiver = await addStaff(t, 'cm-supportive@riverbend.example', 'case_manager');
  outsider = await addStaff(t, 'cm-outside@riverbend.example', 'case_manager');
  const programs = (await call(cm, 'GET', '/api/programs')).body.items as { id: string; model: string }[];
  const supportive = programs.find((p) => p.model === 'supportive')!.id;
  const caseload = (await call(cm, 'GET', '/api/caseload')).body.items as Json[];
  const item = caseload.find((i) => i.stage === 'active' && i.model === 'intensive')!;
  sendingId = item.episodeId as string;
  const ep = await call(cm, 'GET', `/api/episodes/${sendingId}`);
  clientId = ep.body.clientId as string;
  const moved = await call(cm, 'POST', `/api/episodes/${sendingId}/move`, {
    toProgramId: supportive,
    primaryCaseManagerId: receiver.userId,
    reason: 'Stable for six months: step down',
    removeMemberIds: [],
    version: ep.body.version,
  });
  expect(moved.status).toBe(201);
  receivingId = (moved.body as unknown as { to: { id: string } }).to.id;
});

const planCount = async () =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from transition_plans where episode_id = ${sendingId}`))[0]!
    .n;
const panel = async (s: Session = cm) => (await call(s, 'GET', `/api/episodes/${sendingId}/transition`)).body;

describe('transition plan', () => {
  it('shows the move (target, reason) and step-down criteria before a plan starts', async () => {
    const res = await call(cm, 'GET', `/api/episodes/${sendingId}/transition`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      sendingStage: 'transition',
      receivingEpisodeId: receivingId,
      targetProgramName: 'Community Support',
      reason: 'Stable for six months: step down',
      plan: null,
      settings: { postTransitionDays: 30, checkInIntervalDays: 7, version: 0 },
    });
    expect(res.body.levelOfCare).toHaveProperty('locus');
    expect(await auditCount(t, 'transition_plan.read', clientId)).toBe(1);
  });

  it('400 on an invalid plan and 403 for someone outside the care, nothing written', async () => {
    const bad = await put(cm, `/api/episodes/${sendingId}/transition`, {
      receivingTeam: '',
      overlapEndsOn: 'soon',
      version: 0,
    });
    expect(bad.status).toBe(400);
    expect((bad.body.error as Json).code).toBe('validation_failed');
    const forbidden = await put(outsider, `/api/episodes/${sendingId}/transition`, {
      receivingTeam: 'Community Support team',
      overlapEndsOn: null,
      version: 0,
    });
    expect(forbidden.status).toBe(403);
    expect(await planCount()).toBe(0);
  });

  it('starts the plan and opens the safety-plan review for the sending primary case manager', async () => {
    const overlap = addDays(t.clock.now, 14).toISOString().slice(0, 10);
    const res = await put(cm, `/api/episodes/${sendingId}/transition`, {
      receivingTeam: 'Community Support team (Jo Receiver)',
      overlapEndsOn: overlap,
      version: 0,
    });
    expect(res.status).toBe(200);
    const plan = res.body.plan as Json;
    expect(plan).toMatchObject({ overlapEndsOn: overlap, complete: false, version: 1 });
    expect((plan.missingItems as string[]).length).toBe(5);
    const tasks = await rows<{ status: string; assigned_to_id: string; source: string }>(
      sql`select status, assigned_to_id, source from care_tasks where source_key = ${`safety_plan_review:${clientId}`}`,
    );
    expect(tasks).toEqual([{ status: 'open', assigned_to_id: cm.userId, source: 'safety_plan' }]);
    expect(await auditCount(t, 'transition_plan.create', clientId)).toBe(1);
  });

  it('409 on a stale version, nothing changed', async () => {
    const stale = await put(cm, `/api/episodes/${sendingId}/transition`, {
      receivingTeam: 'Someone else',
      overlapEndsOn: null,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(((await panel()).plan as Json).receivingTeam).toBe('Community Support team (Jo Receiver)');
  });

  it('blocks the hand-off acceptance until the checklist is complete', async () => {
    const blocked = await call(receiver, 'POST', `/api/episodes/${receivingId}/accept-handoff`, {});
    expect(blocked.status).toBe(409);
    expect((blocked.body.error as Json).code).toBe('stage_blocked');
    expect(JSON.stringify(blocked.body)).toContain('handoff_checklist_complete');
    const sending = await call(cm, 'GET', `/api/episodes/${sendingId}`);
    expect(sending.body).toMatchObject({ stage: 'transition', handoffAcceptedAt: null });
  });

  it('checks items with who and when; a stale version is 409 and an unknown item 400', async () => {
    let version = ((await panel()).plan as Json).version;
    const unknown = await call(cm, 'POST', `/api/episodes/${sendingId}/transition/checklist`, { item: 'x', version });
    expect(unknown.status).toBe(400);
    for (const item of ITEMS) {
      const res = await call(cm, 'POST', `/api/episodes/${sendingId}/transition/checklist`, {
        item,
        note: item === 'warm_handoff_meeting' ? 'Met at the clinic with both case managers.' : null,
        version,
      });
      expect(res.status).toBe(200);
      version = (res.body.plan as Json).version;
    }
    const stale = await call(cm, 'POST', `/api/episodes/${sendingId}/transition/checklist`, {
      item: 'records_shared',
      version: version - 1,
    });
    expect(stale.status).toBe(409);
    const plan = (await panel()).plan as Json;
    expect(plan).toMatchObject({ complete: true, missingItems: [] });
    expect((plan.checklist as Json[]).every((c) => c.checkedById === cm.userId && c.checkedAt)).toBe(true);
    expect(await auditCount(t, 'transition_plan.check_item', clientId)).toBe(5);
  });

  it('acceptance moves the sending episode to post-transition and opens the check-ins with due dates', async () => {
    const res = await call(receiver, 'POST', `/api/episodes/${receivingId}/accept-handoff`, {});
    expect(res.status).toBe(200);
    const sending = await call(cm, 'GET', `/api/episodes/${sendingId}`);
    expect(sending.body.stage).toBe('post_transition');
    const plan = (await panel()).plan as Json;
    const checkIns = plan.checkIns as { index: number; dueOn: string }[];
    expect(checkIns.map((c) => c.index)).toEqual([1, 2, 3, 4]);
    const tasks = await rows<{ source_key: string; due_at: Date; assigned_to_id: string; status: string }>(
      sql`select source_key, due_at, assigned_to_id, status from care_tasks
          where kind = 'transition_check_in' and client_id = ${clientId} order by due_at`,
    );
    expect(tasks).toHaveLength(4);
    expect(tasks.map((r) => new Date(r.due_at).toISOString().slice(0, 10))).toEqual(checkIns.map((c) => c.dueOn));
    expect(tasks.every((r) => r.assigned_to_id === cm.userId && r.status === 'open')).toBe(true);
    // The check-ins show in the owner's worklist with their due time.
    const clientTasks = await call(cm, 'GET', `/api/clients/${clientId}/tasks`);
    expect(JSON.stringify(clientTasks.body)).toContain('transition_check_in');
  });

  it('recording a check-in closes its task and tells the old team; 400 writes nothing', async () => {
    const bad = await call(receiver, 'POST', `/api/episodes/${sendingId}/transition/check-ins`, {
      fromWhom: '',
      howIsClient: '',
    });
    expect(bad.status).toBe(400);
    const none = await rows<{ n: number }>(
      sql`select count(*)::int as n from transition_check_ins where client_id = ${clientId}`,
    );
    expect(none[0]!.n).toBe(0);
    const forbidden = await call(outsider, 'POST', `/api/episodes/${sendingId}/transition/check-ins`, {
      fromWhom: 'Me',
      howIsClient: 'Fine',
    });
    expect(forbidden.status).toBe(403);
    const res = await call(receiver, 'POST', `/api/episodes/${sendingId}/transition/check-ins`, {
      fromWhom: 'Jo Receiver (new case manager)',
      howIsClient: 'Settling in well; kept the first two appointments.',
    });
    expect(res.status).toBe(201);
    const first = (res.body.plan as Json).checkIns as Json[];
    expect(first[0]).toMatchObject({ index: 1, recorded: { fromWhom: 'Jo Receiver (new case manager)' } });
    const task = await rows<{ status: string; outcome: string }>(
      sql`select status, outcome from care_tasks where source = 'transition' and source_key like ${'transition_check_in:%:1'} and client_id = ${clientId}`,
    );
    expect(task).toEqual([{ status: 'completed', outcome: 'Check-in recorded' }]);
    const notices = await rows<{ user_id: string }>(
      sql`select user_id from notifications where kind = 'transition_check_in' and client_id = ${clientId}`,
    );
    expect(notices.map((n) => n.user_id)).toContain(cm.userId);
    expect(notices.map((n) => n.user_id)).not.toContain(receiver.userId);
    expect(await auditCount(t, 'transition_check_in.create', clientId)).toBe(1);
    const again = await call(receiver, 'POST', `/api/episodes/${sendingId}/transition/check-ins`, {
      index: 1,
      fromWhom: 'Jo',
      howIsClient: 'Same',
    });
    expect(again.status).toBe(409);
  });

  it('the sweep closes the sending episode when the period ends, once', async () => {
    // Day 29: still in the period; the receiving case manager hears of the late check-ins.
    const during = await runTransitionSweep(t.ctx, addDays(t.clock.now, 29));
    expect(during.closed).toBe(0);
    expect(during.overdueNotices).toBeGreaterThan(0);
    expect((await call(cm, 'GET', `/api/episodes/${sendingId}`)).body.stage).toBe('post_transition');
    t.clock.advance(32 * 86_400_000);
    const after = await runTransitionSweep(t.ctx, t.clock.now);
    expect(after).toMatchObject({ closed: 1, failed: 0 });
    const ep = await rows<{ stage: string; closure_reason: string; closing_summary: string }>(
      sql`select stage, closure_reason, closing_summary from episodes where id = ${sendingId}`,
    );
    expect(ep[0]).toMatchObject({ stage: 'closed', closure_reason: 'transferred_out' });
    expect(ep[0]!.closing_summary).toContain('Community Support');
    expect(ep[0]!.closing_summary).toContain('1 of 4 check-ins recorded');
    const open = await rows<{ n: number }>(
      sql`select count(*)::int as n from care_tasks where kind = 'transition_check_in' and client_id = ${clientId} and status = 'open'`,
    );
    expect(open[0]!.n).toBe(0);
    // The old team's members ended with the episode: their access through it is gone.
    const team = await rows<{ n: number }>(
      sql`select count(*)::int as n from care_team_members where episode_id = ${sendingId} and ended_at is null`,
    );
    expect(team[0]!.n).toBe(0);
    expect(await auditCount(t, 'transition_plan.close_sending', clientId)).toBe(1);
    const rerun = await runTransitionSweep(t.ctx, t.clock.now);
    expect(rerun.closed).toBe(0);
    expect((await call(receiver, 'GET', `/api/episodes/${receivingId}`)).body.stage).not.toBe('closed');
  });
});

describe('transition settings', () => {
  it('defaults, then admin or supervisor saves with a version (403, 400, 409 write nothing)', async () => {
    // The clock moved past the sessions' lifetime above.
    cm = await signIn(t.app, 'case_manager@riverbend.example');
    sup = await signIn(t.app, 'supervisor@riverbend.example');
    const read = await call(cm, 'GET', '/api/transition-settings');
    expect(read.body).toMatchObject({ postTransitionDays: 30, checkInIntervalDays: 7, version: 0 });
    expect(
      (await put(cm, '/api/transition-settings', { postTransitionDays: 60, checkInIntervalDays: 14, version: 0 }))
        .status,
    ).toBe(403);
    expect(
      (await put(sup, '/api/transition-settings', { postTransitionDays: 0, checkInIntervalDays: 14, version: 0 }))
        .status,
    ).toBe(400);
    const saved = await put(sup, '/api/transition-settings', {
      postTransitionDays: 60,
      checkInIntervalDays: 14,
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ postTransitionDays: 60, checkInIntervalDays: 14, version: 1 });
    const stale = await put(sup, '/api/transition-settings', {
      postTransitionDays: 90,
      checkInIntervalDays: 7,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect((await call(cm, 'GET', '/api/transition-settings')).body).toMatchObject({
      postTransitionDays: 60,
      version: 1,
    });
    const n = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'transition_settings.update'`,
    );
    expect(n[0]!.n).toBe(1);
  });
});
