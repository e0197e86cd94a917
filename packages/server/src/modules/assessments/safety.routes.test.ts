import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runReminderSweep } from '../notifications/reminder-sweep.js';

let t: TestApp;
let cm: Session;
let clinician: Session;
let supervisor: Session;
let clientId: string;
let episodeId: string;

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (s: Session, method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload: payload as Json });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Body };
};
const items = (b: Body) => b.items as Body[];

/** Move the clock on; sessions idle out meanwhile, so everyone signs in again. */
async function advance(ms: number): Promise<void> {
  t.clock.advance(ms);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
}

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  const programs = items((await call(cm, 'GET', '/api/programs')).body);
  const icm = programs.find((p) => p.model === 'intensive')!;
  clientId = (
    await call(cm, 'POST', '/api/clients', { firstName: 'Wren', lastName: 'Halloway', dateOfBirth: '1988-07-14' })
  ).body.id;
  episodeId = (
    await call(cm, 'POST', `/api/clients/${clientId}/episodes`, { programId: icm.id, primaryCaseManagerId: cm.userId })
  ).body.id;
  // The psychiatrist on the care team: a clinician who must hear of a new suicide-risk flag.
  expect(
    (await call(cm, 'POST', `/api/episodes/${episodeId}/team`, { role: 'psychiatrist', userId: clinician.userId }))
      .status,
  ).toBe(201);
});

describe('PHQ-9 item 9 → C-SSRS (the outside contract)', () => {
  let cssrsTaskId: string;

  it('gives the raised tasks an owner (the giver) and the episode, in the giver’s My tasks', async () => {
    const r = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [1, 1, 1, 0, 1, 0, 1, 0, 1],
      episodeId,
    });
    expect(r.status).toBe(201);
    expect(r.body.actions).toMatchObject({
      flagsRaised: ['suicide_risk'],
      // careloop-safety@3: item 9 ≥ 1 also offers a safety plan.
      tasksCreated: ['cssrs_screen', 'safety_plan'],
      inSessionUrgent: true,
    });
    const tasks = items((await call(cm, 'GET', `/api/clients/${clientId}/tasks`)).body);
    const cssrs = tasks.find((x) => x.kind === 'cssrs_screen')!;
    expect(cssrs).toMatchObject({ assignedToId: cm.userId, episodeId, source: 'safety_rule', priority: 'urgent' });
    cssrsTaskId = cssrs.id;
    expect(items((await call(cm, 'GET', '/api/tasks/mine')).body).map((x) => x.id)).toContain(cssrsTaskId);
    // ... and in the program's Team tasks, which the supervisor watches.
    expect(items((await call(supervisor, 'GET', '/api/tasks/team')).body).map((x) => x.id)).toContain(cssrsTaskId);
  });

  it('tells the care team’s clinician and the supervisor at once, naming the client', async () => {
    for (const who of [clinician, supervisor]) {
      const list = items((await call(who, 'GET', '/api/notifications')).body);
      expect(list).toContainEqual(
        expect.objectContaining({
          kind: 'alert',
          clientId,
          params: { flagKind: 'suicide_risk' },
          client: { name: 'Halloway, Wren', mrn: expect.any(String) },
        }),
      );
    }
    // The giver is looking at the flag already.
    expect(items((await call(cm, 'GET', '/api/notifications')).body).some((n) => n.clientId === clientId)).toBe(false);
  });

  it('lists the open flag and the unanswered task in the supervisor’s safety view', async () => {
    const res = await call(supervisor, 'GET', '/api/caseload/supervision');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const s = res.body.safety as Record<string, Body[]>;
    expect(s.openSuicideFlags).toContainEqual(expect.objectContaining({ clientId, kind: 'suicide_risk' }));
    expect(s.overdueSafetyTasks!.map((x) => x.taskId)).not.toContain(cssrsTaskId);
    await advance(3 * 3_600_000); // past the 2-hour clock
    const later = (await call(supervisor, 'GET', '/api/caseload/supervision')).body.safety as Record<string, Body[]>;
    expect(later.overdueSafetyTasks).toContainEqual(
      expect.objectContaining({ taskId: cssrsTaskId, clientId, assignedToId: cm.userId, overdue: true }),
    );
    expect(later.unownedSafetyTasks!.map((x) => x.taskId)).not.toContain(cssrsTaskId);
  });

  it('escalates the missed clock to the supervisor and the on-call clinician, once', async () => {
    // The on-call clinician of the program (the demo's is on call for ACT only).
    await t.ctx.database.db.execute(sql`
      insert into program_staff (organization_id, program_id, user_id, role)
      select organization_id, program_id, ${clinician.userId}, 'on_call' from episodes where id = ${episodeId}`);
    await runReminderSweep(t.ctx, t.clock.now);
    await runReminderSweep(t.ctx, t.clock.now);
    for (const [who, standing] of [
      [supervisor, 'supervisor'],
      [clinician, 'on_call'],
    ] as const) {
      const escalations = items((await call(who, 'GET', '/api/notifications')).body).filter(
        (n) => n.kind === 'escalation' && n.entityId === cssrsTaskId,
      );
      expect(escalations).toEqual([expect.objectContaining({ params: expect.objectContaining({ as: standing }) })]);
    }
    const mine = items((await call(cm, 'GET', '/api/notifications')).body);
    expect(mine.filter((n) => n.entityId === cssrsTaskId).map((n) => n.kind)).toEqual(['overdue']);
  });

  it('closes the C-SSRS task with the C-SSRS, names the next step, and drops the stale reason', async () => {
    const before = (await call(cm, 'GET', `/api/clients/${clientId}/risk`)).body.current as { reasons: Json[] };
    expect(before.reasons.map((r) => r.code)).toContain('cssrs_none');
    const r = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'cssrs_screen',
      answers: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
      episodeId,
    });
    expect(r.status).toBe(201);
    const actions = r.body.actions as { tasksCompleted: string[]; tasksCreated: string[]; inSessionStep: string };
    expect(actions.tasksCompleted).toEqual(['cssrs_screen']);
    // The safety plan was already offered by item 9 (careloop-safety@3): not doubled.
    expect(actions.tasksCreated).toEqual([]);
    expect(actions.inSessionStep).toMatch(/^Moderate suicide risk/);
    expect(actions.inSessionStep).not.toMatch(/give the C-SSRS/i);
    const task = await call(cm, 'GET', `/api/tasks/${cssrsTaskId}`);
    expect(task.body).toMatchObject({ status: 'completed', completedByName: 'Casey Manager' });
    const risk = (await call(cm, 'GET', `/api/clients/${clientId}/risk`)).body.current as { reasons: Json[] };
    expect(risk.reasons.map((x) => x.code)).not.toContain('cssrs_none');
    expect(JSON.stringify(risk.reasons)).not.toMatch(/No C-SSRS/);
    const plan = items((await call(cm, 'GET', `/api/clients/${clientId}/tasks`)).body).find(
      (x) => x.kind === 'safety_plan',
    );
    expect(plan).toMatchObject({ assignedToId: cm.userId, episodeId });
  });

  it('warns of a PHQ-9 repeated within 14 days', async () => {
    const r = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [1, 1, 1, 0, 1, 0, 1, 0, 0],
      episodeId,
    });
    expect(r.body.warnings).toEqual([expect.objectContaining({ code: 'repeat_within_14_days' })]);
    await advance(14 * 24 * 3_600_000);
    const later = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [0, 1, 1, 0, 1, 0, 1, 0, 0],
      episodeId,
    });
    expect(later.body.warnings).toEqual([]);
  });
});

describe('ownership when the giver cannot hold the task', () => {
  it('keeps every safety task owned or listed as unowned for the supervisor', async () => {
    // A task with nobody's name on it (as before owners existed) shows in the safety view.
    const [row] = (
      await t.ctx.database.db.execute<{ id: string }>(sql`
        insert into care_tasks (organization_id, client_id, episode_id, kind, priority, due_at, source, created_at)
        select organization_id, client_id, id, 'urgent_bh_evaluation', 'urgent', ${t.clock.now}, 'safety_rule', ${t.clock.now}
        from episodes where id = ${episodeId}
        returning id`)
    ).rows;
    const s = (await call(supervisor, 'GET', '/api/caseload/supervision')).body.safety as Record<string, Body[]>;
    expect(s.unownedSafetyTasks).toContainEqual(expect.objectContaining({ taskId: row!.id, assignedToId: null }));
  });
});

describe('risk reasons stay current', () => {
  it('rewrites "Why" on every result while a clinician’s override stands', async () => {
    const before = (await call(cm, 'GET', `/api/clients/${clientId}/risk`)).body.current as {
      tier: string;
      computedTier: string;
    };
    const override = await call(clinician, 'POST', `/api/clients/${clientId}/risk/override`, {
      tier: 'imminent',
      reason: 'Seen today: agitation and a recent loss.',
    });
    expect(override.status).toBe(200);
    // A GAD-7 changes the reasons, not the computed tier: the override stays, with new reasons.
    await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'gad7',
      answers: [0, 0, 0, 0, 0, 0, 0],
      episodeId,
    });
    const after = (await call(cm, 'GET', `/api/clients/${clientId}/risk`)).body.current as {
      tier: string;
      computedTier: string;
      overridden: boolean;
      reasons: { code: string }[];
    };
    expect(after).toMatchObject({ tier: 'imminent', computedTier: before.computedTier, overridden: true });
    expect(after.reasons.map((r) => r.code)).not.toContain('gad7_none');
  });
});
