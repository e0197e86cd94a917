import { addBusinessDays, subHours } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { enrolledClient } from '../../test/contacts-fixture.js';
import { disengagedFlags, engagementCaller, insertContact, ruleTasks } from '../../test/engagement-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { evaluateEngagement } from './engagement.service.js';
import { runFollowUpSweep } from './follow-up-sweep.js';

let t: TestApp;
let call: ReturnType<typeof engagementCaller>;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  call = engagementCaller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

const evaluate = (clientId: string) =>
  t.ctx.database.db.transaction((tx) => evaluateEngagement(tx, t.ctx, { organizationId: cm.organizationId, clientId }));

async function logContact(clientId: string, type: string, outcome: string, hoursAgo: number) {
  const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
    type,
    outcome,
    occurredAt: subHours(t.clock.now, hoursAgo).toISOString(),
    durationMinutes: 5,
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function auditRows(clientId: string) {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = 'engagement.evaluate' and client_id = ${clientId}`,
  );
  return res.rows[0]!.n;
}

describe('disengagement: three failed outreach attempts in a row', () => {
  let clientId: string;
  let episodeId: string;

  it('raise the alert and an outreach-plan task exactly once, however often the rules run', async () => {
    ({ clientId, episodeId } = await enrolledClient(t, cm, 'intensive', 'Outreachless'));
    await logContact(clientId, 'face_to_face', 'completed', 96);
    await logContact(clientId, 'outreach_attempt', 'no_answer', 72);
    await logContact(clientId, 'phone', 'no_answer', 48);
    expect(await disengagedFlags(t, clientId)).toEqual([]);
    await logContact(clientId, 'outreach_attempt', 'not_home', 24); // the third: the hook raises it

    await evaluate(clientId);
    await evaluate(clientId);
    await runFollowUpSweep(t.ctx, cm.organizationId);
    await runFollowUpSweep(t.ctx);

    const flags = await disengagedFlags(t, clientId);
    expect(flags).toMatchObject([{ status: 'open', resolution: null }]);
    const tasks = await ruleTasks(t, clientId);
    expect(tasks).toHaveLength(1);
    const task = tasks[0]!;
    expect(task).toMatchObject({
      kind: 'outreach_plan',
      source: 'engagement',
      sourceKey: `engagement:${episodeId}`,
      status: 'open',
      episodeId,
      assignedToId: cm.userId,
      priority: 'high',
    });
    // Due in 2 business days (the org's zone; no holidays in the demo) from when it was raised.
    const due = addBusinessDays(task.createdAt, 2);
    expect(Math.abs(task.dueAt.getTime() - due.getTime())).toBeLessThanOrEqual(3_600_000);
    expect(await auditRows(clientId)).toBe(1); // written with the third attempt; later runs change nothing
  });

  it('show on the client’s alerts and tasks', async () => {
    const res = await call(cm, 'GET', `/api/clients/${clientId}/alerts`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('"disengaged"');
    expect(JSON.stringify(res.body)).toContain('"outreach_plan"');
  });

  it('a successful contact resolves the alert and closes the outreach task at once', async () => {
    await logContact(clientId, 'phone', 'completed', 1);
    expect(await disengagedFlags(t, clientId)).toMatchObject([
      { status: 'resolved', resolution: 'Successful contact' },
    ]);
    expect(await ruleTasks(t, clientId)).toMatchObject([{ kind: 'outreach_plan', status: 'completed' }]);
    await runFollowUpSweep(t.ctx, cm.organizationId);
    expect(await disengagedFlags(t, clientId)).toHaveLength(1);
    expect(await ruleTasks(t, clientId)).toHaveLength(1);
  });

  it('voiding that contact brings the alert back (a new one, a new task)', async () => {
    const ok = (await call(cm, 'GET', `/api/clients/${clientId}/contacts`)).body.items as {
      id: string;
      type: string;
      outcome: string;
      version: number;
    }[];
    const last = ok.find((c) => c.type === 'phone' && c.outcome === 'completed')!;
    const voided = await call(cm, 'POST', `/api/contacts/${last.id}/void`, {
      reason: 'Logged on the wrong client.',
      version: last.version,
    });
    expect(voided.status).toBe(200);
    expect((await disengagedFlags(t, clientId)).map((f) => f.status)).toEqual(['resolved', 'open']);
    expect((await ruleTasks(t, clientId)).map((x) => x.status)).toEqual(['completed', 'open']);
  });
});

describe('follow-up cadence tasks', () => {
  it('an overdue contact raises one follow-up task keyed by the due date; a contact closes it', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Cadencetask');
    await insertContact(t, cm, { ...c, daysAgo: 9 });
    await runFollowUpSweep(t.ctx, cm.organizationId);
    await runFollowUpSweep(t.ctx, cm.organizationId);
    const tasks = await ruleTasks(t, c.clientId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'follow_up', source: 'cadence', status: 'open', assignedToId: cm.userId });
    expect(tasks[0]!.sourceKey).toMatch(new RegExp(`^cadence:${c.episodeId}:\\d{4}-\\d{2}-\\d{2}$`));

    await logContact(c.clientId, 'home_visit', 'completed', 2);
    expect(await ruleTasks(t, c.clientId)).toMatchObject([{ kind: 'follow_up', status: 'completed' }]);
  });

  it('a follow-up task a person closed is not raised again for the same due date', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Closedbyhand');
    await insertContact(t, cm, { ...c, daysAgo: 10 });
    await evaluate(c.clientId);
    const [task] = await ruleTasks(t, c.clientId);
    await t.ctx.database.db.execute(
      sql`update care_tasks set status = 'completed', completed_by_id = ${cm.userId} where id = ${task!.id}`,
    );
    await evaluate(c.clientId);
    expect((await ruleTasks(t, c.clientId)).map((x) => x.status)).toEqual(['completed']);
  });

  it('in hospital, the overdue follow-up turns into an in-reach task; back home, the reverse', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Inreach');
    await insertContact(t, cm, { ...c, daysAgo: 11 });
    await evaluate(c.clientId);
    expect(await ruleTasks(t, c.clientId)).toMatchObject([{ kind: 'follow_up', status: 'open' }]);

    let ep = await call(cm, 'GET', `/api/episodes/${c.episodeId}`);
    ep = await call(cm, 'PUT', `/api/episodes/${c.episodeId}/whereabouts`, {
      whereabouts: 'hospital',
      version: ep.body.version,
    });
    expect(ep.status).toBe(200);
    let tasks = await ruleTasks(t, c.clientId);
    expect(tasks.map((x) => [x.kind, x.source, x.status])).toEqual([
      ['follow_up', 'cadence', 'cancelled'],
      ['in_reach', 'in_reach', 'open'],
    ]);
    expect(tasks[1]!.sourceKey).toMatch(new RegExp(`^in_reach:${c.episodeId}:`));
    expect(tasks[1]!.details).toContain('hospital');
    await runFollowUpSweep(t.ctx, cm.organizationId);
    expect(await ruleTasks(t, c.clientId)).toHaveLength(2);

    await call(cm, 'PUT', `/api/episodes/${c.episodeId}/whereabouts`, {
      whereabouts: 'community',
      version: ep.body.version,
    });
    tasks = await ruleTasks(t, c.clientId);
    expect(tasks.map((x) => [x.kind, x.status])).toEqual([
      ['follow_up', 'cancelled'],
      ['in_reach', 'cancelled'],
      ['follow_up', 'open'],
    ]);
  });

  it('closing the episode closes its rule tasks and the alert at the next sweep', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Closedcase');
    await insertContact(t, cm, { ...c, daysAgo: 40 });
    await evaluate(c.clientId);
    expect((await disengagedFlags(t, c.clientId)).map((f) => f.status)).toEqual(['open']);
    await t.ctx.database.db.execute(sql`update episodes set stage = 'closed' where id = ${c.episodeId}`);
    const summary = await runFollowUpSweep(t.ctx, cm.organizationId);
    expect(summary.flagsResolved).toBeGreaterThanOrEqual(1);
    expect(await disengagedFlags(t, c.clientId)).toMatchObject([{ status: 'resolved', resolution: 'No open episode' }]);
    expect((await ruleTasks(t, c.clientId)).every((x) => x.status === 'cancelled')).toBe(true);
  });
});
