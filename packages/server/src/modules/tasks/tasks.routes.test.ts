import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cm: Session;
let clinician: Session;
let supervisor: Session;
let peer: Session;
let clientId: string;
let episodeId: string;
let actProgramId: string;

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (
  s: Session | null,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await t.app.inject({ method, url, headers: s ? as(s, headers) : headers, payload: payload as Json });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Body };
};
const at = (hoursFromNow: number) => new Date(t.clock.now.getTime() + hoursFromNow * 3_600_000).toISOString();
const count = async (q: ReturnType<typeof sql>) =>
  Number((await t.ctx.database.db.execute<{ n: string }>(q)).rows[0]?.n ?? 0);

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  const programs = (await call(cm, 'GET', '/api/programs')).body.items as { id: string; model: string }[];
  const icm = programs.find((p) => p.model === 'intensive')!;
  actProgramId = programs.find((p) => p.model === 'act')!.id;
  const c = await call(cm, 'POST', '/api/clients', {
    firstName: 'Tamsin',
    lastName: 'Okafor',
    dateOfBirth: '1984-02-11',
  });
  clientId = c.body.id;
  const ep = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
    programId: icm.id,
    primaryCaseManagerId: cm.userId,
  });
  episodeId = ep.body.id;
});

describe('creating a task', () => {
  it('makes a manual task about a client, audited, in my tasks with the client named', async () => {
    const r = await call(cm, 'POST', '/api/tasks', {
      title: 'Call the housing office',
      details: 'Ask about the waitlist.',
      clientId,
      episodeId,
      dueAt: at(48),
      priority: 'high',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      kind: 'manual',
      source: 'manual',
      status: 'open',
      priority: 'high',
      assignedToId: cm.userId,
      client: { name: 'Okafor, Tamsin' },
      comments: [],
      version: 1,
    });
    const audit = await count(
      sql`select count(*) as n from audit_events where action = 'care_task.create' and entity_id = ${r.body.id}
        and client_id = ${clientId}`,
    );
    expect(audit).toBe(1);
    const mine = await call(cm, 'GET', '/api/tasks/mine');
    expect((mine.body.items as Body[]).map((i) => i.id)).toContain(r.body.id);
  });

  it('answers bad input with field-level details and writes nothing', async () => {
    const before = await count(sql`select count(*) as n from care_tasks`);
    const r = await call(cm, 'POST', '/api/tasks', { title: '', dueAt: 'tomorrow', priority: 'someday' });
    expect(r.status).toBe(400);
    const paths = ((r.body.error as Json).details as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'dueAt', 'priority']));
    const badAssignee = await call(cm, 'POST', '/api/tasks', {
      title: 'x',
      dueAt: at(1),
      assignedToId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badAssignee.status).toBe(400);
    expect(await count(sql`select count(*) as n from care_tasks`)).toBe(before);
  });

  it('refuses a task on a chart the author may not open, and audits the refusal', async () => {
    const r = await call(peer, 'POST', '/api/tasks', { title: 'Visit', clientId, dueAt: at(5) });
    expect(r.status).toBe(403);
    const denied = await count(
      sql`select count(*) as n from audit_events where action = 'access.denied' and client_id = ${clientId}
        and actor_user_id = ${peer.userId}`,
    );
    expect(denied).toBeGreaterThan(0);
  });
});

describe('task lists', () => {
  it('puts overdue tasks first, then by due time, and counts them', async () => {
    const late = await call(cm, 'POST', '/api/tasks', { title: 'Late one', dueAt: at(-30), priority: 'low' });
    const later = await call(cm, 'POST', '/api/tasks', { title: 'Later one', dueAt: at(300) });
    const soon = await call(cm, 'POST', '/api/tasks', { title: 'Soon', dueAt: at(2), priority: 'urgent' });
    const lateUrgent = await call(cm, 'POST', '/api/tasks', {
      title: 'Late, urgent',
      dueAt: at(-2),
      priority: 'urgent',
    });
    const mine = await call(cm, 'GET', '/api/tasks/mine');
    const items = mine.body.items as (Body & { overdue: boolean; dueAt: string })[];
    const ids = items.map((i) => i.id);
    expect(ids.indexOf(late.body.id)).toBeLessThan(ids.indexOf(lateUrgent.body.id));
    expect(ids.indexOf(lateUrgent.body.id)).toBeLessThan(ids.indexOf(soon.body.id));
    expect(ids.indexOf(soon.body.id)).toBeLessThan(ids.indexOf(later.body.id));
    const firstOnTime = items.findIndex((i) => !i.overdue);
    expect(items.slice(firstOnTime).every((i) => !i.overdue)).toBe(true);
    expect(mine.body.overdueCount).toBe(items.filter((i) => i.overdue).length);
    expect(mine.body.overdueCount).toBeGreaterThanOrEqual(2);
  });

  it('shows team tasks to the team and its supervisors, not to others', async () => {
    const team = await call(cm, 'POST', '/api/tasks', {
      title: 'Cover the Tuesday outreach shift',
      assignedProgramId: actProgramId,
      dueAt: at(24),
    });
    expect(team.status).toBe(201);
    expect(team.body).toMatchObject({ assignedToId: null, assignedProgramId: actProgramId, client: null });
    const onTeam = await call(clinician, 'GET', '/api/tasks/team');
    expect((onTeam.body.items as Body[]).map((i) => i.id)).toContain(team.body.id);
    const supervising = await call(supervisor, 'GET', '/api/tasks/team');
    expect((supervising.body.items as Body[]).map((i) => i.id)).toContain(team.body.id);
    expect(((await call(cm, 'GET', '/api/tasks/team')).body.items as Body[]).map((i) => i.id)).not.toContain(
      team.body.id,
    );
    // A task about no client is for the people it involves: others get 404.
    expect((await call(clinician, 'GET', `/api/tasks/${team.body.id}`)).status).toBe(200);
    expect((await call(peer, 'GET', `/api/tasks/${team.body.id}`)).status).toBe(404);
  });

  it('hands a task only to someone who can open the chart, or adds them to the care team with a reason', async () => {
    const before = await count(sql`select count(*) as n from care_tasks where client_id = ${clientId}`);
    const refused = await call(cm, 'POST', '/api/tasks', {
      title: 'Peer visit',
      clientId,
      assignedToId: peer.userId,
      dueAt: at(10),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('addToCareTeam');
    expect(await count(sql`select count(*) as n from care_tasks where client_id = ${clientId}`)).toBe(before);

    const handed = await call(cm, 'POST', '/api/tasks', {
      title: 'Peer visit',
      clientId,
      assignedToId: peer.userId,
      dueAt: at(10),
      addToCareTeam: { role: 'peer_specialist', reason: 'Peer support for the housing search' },
    });
    expect(handed.status).toBe(201);
    const team = (await call(cm, 'GET', `/api/episodes/${episodeId}`)).body.team as Body[];
    const member = team.find((m) => m.userId === peer.userId && m.role === 'peer_specialist' && !m.endedAt)!;
    expect(member).toBeTruthy();
    const peerMine = await call(peer, 'GET', '/api/tasks/mine');
    expect(peerMine.body.items).toContainEqual(
      expect.objectContaining({ id: handed.body.id, client: expect.objectContaining({ name: 'Okafor, Tamsin' }) }),
    );
    expect((await call(peer, 'GET', `/api/tasks/${handed.body.id}`)).status).toBe(200);

    // Should their access end, the task stays in their list (unnamed) so it is never lost.
    expect((await call(cm, 'POST', `/api/care-team/${member.id}/end`, { version: member.version })).status).toBe(200);
    const after = await call(peer, 'GET', '/api/tasks/mine');
    expect(after.body.items).toContainEqual(expect.objectContaining({ id: handed.body.id, client: null, clientId }));
    expect((await call(peer, 'GET', `/api/tasks/${handed.body.id}`)).status).toBe(403);
  });

  it('lets only the primary or a program supervisor add the assignee to the care team', async () => {
    const joined = await call(cm, 'POST', `/api/episodes/${episodeId}/team`, {
      role: 'therapist',
      userId: clinician.userId,
    });
    expect(joined.status).toBe(201);
    const tasks = sql`select count(*) as n from care_tasks where client_id = ${clientId}`;
    const members = sql`select count(*) as n from care_team_members where client_id = ${clientId}`;
    const [tasksBefore, membersBefore] = [await count(tasks), await count(members)];
    // Not offered: the clinician is told to choose someone on the team instead.
    const notOffered = await call(clinician, 'POST', '/api/tasks', {
      title: 'Peer visit',
      clientId,
      assignedToId: peer.userId,
      dueAt: at(10),
    });
    expect(notOffered.status).toBe(400);
    expect(notOffered.body).toMatchObject({
      error: { code: 'validation_failed', details: { fields: [{ path: 'assignedToId' }] } },
    });
    const refused = await call(clinician, 'POST', '/api/tasks', {
      title: 'Peer visit',
      clientId,
      assignedToId: peer.userId,
      dueAt: at(10),
      addToCareTeam: { role: 'peer_specialist', reason: 'Peer support' },
    });
    expect(refused.status).toBe(403);
    expect([await count(tasks), await count(members)]).toEqual([tasksBefore, membersBefore]);
    // Someone who can already open the chart takes the task as usual.
    const toPrimary = await call(clinician, 'POST', '/api/tasks', {
      title: 'Review meds',
      clientId,
      assignedToId: cm.userId,
      dueAt: at(10),
    });
    expect(toPrimary.status).toBe(201);
    const supervised = await call(supervisor, 'POST', '/api/tasks', {
      title: 'Peer visit',
      clientId,
      assignedToId: peer.userId,
      dueAt: at(10),
      addToCareTeam: { role: 'peer_specialist', reason: 'Peer support' },
    });
    expect(supervised.status).toBe(201);
    // Both leave the team again: the tests below rely on them having no access.
    const team = (await call(cm, 'GET', `/api/episodes/${episodeId}`)).body.team as Body[];
    for (const m of team.filter((x) => (x.userId === peer.userId || x.userId === clinician.userId) && !x.endedAt)) {
      expect((await call(cm, 'POST', `/api/care-team/${m.id}/end`, { version: m.version })).status).toBe(200);
    }
  });

  it("lists a client's open tasks on the chart, audited", async () => {
    const r = await call(cm, 'GET', `/api/clients/${clientId}/tasks`);
    expect(r.status).toBe(200);
    const items = r.body.items as Body[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.clientId === clientId && i.status === 'open')).toBe(true);
    expect((await call(peer, 'GET', `/api/clients/${clientId}/tasks`)).status).toBe(403);
  });
});

describe('working on a task', () => {
  it('edits with optimistic concurrency: 428 without a version, 409 with the current task on a stale one', async () => {
    const task = await call(cm, 'POST', '/api/tasks', { title: 'Draft letter', clientId, dueAt: at(30) });
    expect((await call(cm, 'PATCH', `/api/tasks/${task.body.id}`, { title: 'Send letter' })).status).toBe(428);
    const ok = await call(cm, 'PATCH', `/api/tasks/${task.body.id}`, { title: 'Send letter', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ title: 'Send letter', version: 2 });
    const viaHeader = await call(
      cm,
      'PATCH',
      `/api/tasks/${task.body.id}`,
      { priority: 'urgent' },
      { 'if-match': '"2"' },
    );
    expect(viaHeader.body).toMatchObject({ priority: 'urgent', version: 3 });
    const stale = await call(cm, 'PATCH', `/api/tasks/${task.body.id}`, { title: 'Other', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'version_conflict', details: { current: { title: 'Send letter', version: 3 } } },
    });
    const audit = await count(
      sql`select count(*) as n from audit_events where action = 'care_task.update' and entity_id = ${task.body.id}`,
    );
    expect(audit).toBe(2);
  });

  it('keeps comments with the task, without their text in the audit log', async () => {
    const task = await call(cm, 'POST', '/api/tasks', { title: 'Benefits form', clientId, dueAt: at(30) });
    const c = await call(clinician, 'POST', `/api/tasks/${task.body.id}/comments`, { text: 'Left a voicemail.' });
    expect(c.status).toBe(403); // the clinician is not on this client's care team
    const mine = await call(cm, 'POST', `/api/tasks/${task.body.id}/comments`, { text: 'Form is at the front desk.' });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ authorId: cm.userId, text: 'Form is at the front desk.' });
    expect((await call(cm, 'POST', `/api/tasks/${task.body.id}/comments`, { text: ' ' })).status).toBe(400);
    const detail = await call(cm, 'GET', `/api/tasks/${task.body.id}`);
    expect(detail.body.comments).toEqual([expect.objectContaining({ text: 'Form is at the front desk.' })]);
    const leaked = await count(
      sql`select count(*) as n from audit_events where entity_id = ${task.body.id} and details::text like '%front desk%'`,
    );
    expect(leaked).toBe(0);
  });

  it('opens the next occurrence when a recurring task is completed', async () => {
    const dueAt = at(3);
    const task = await call(cm, 'POST', '/api/tasks', {
      title: 'Weekly medication check',
      clientId,
      dueAt,
      recurrenceDays: 7,
    });
    const done = await call(cm, 'POST', `/api/tasks/${task.body.id}/complete`, {
      outcome: 'Checked the blister pack.',
      version: 1,
    });
    expect(done.status).toBe(200);
    const list = done.body as unknown as { id: string; status: string; dueAt: string; title: string }[];
    expect(list.find((x) => x.id === task.body.id)?.status).toBe('completed');
    const next = list.find((x) => x.title === 'Weekly medication check' && x.status === 'open');
    expect(next).toBeDefined();
    // Seven calendar days later in the organisation's zone (same local time).
    const days = (new Date(next!.dueAt).getTime() - new Date(dueAt).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const again = await call(cm, 'POST', `/api/tasks/${task.body.id}/complete`, { outcome: 'Again', version: 2 });
    expect(again.status).toBe(409);
  });

  it('hands a task to a team and cancels one with a reason', async () => {
    const task = await call(cm, 'POST', '/api/tasks', { title: 'Find a ride', dueAt: at(20) });
    const moved = await call(cm, 'POST', `/api/tasks/${task.body.id}/assign`, {
      assignedProgramId: actProgramId,
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(((await call(clinician, 'GET', '/api/tasks/team')).body.items as Body[]).map((i) => i.id)).toContain(
      task.body.id,
    );
    const both = await call(cm, 'POST', `/api/tasks/${task.body.id}/assign`, { version: 2 });
    expect(both.status).toBe(400);
    const cancelled = await call(clinician, 'POST', `/api/tasks/${task.body.id}/cancel`, {
      reason: 'Client arranged their own ride.',
      version: 2,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', outcome: 'Client arranged their own ride.' });
    const twice = await call(clinician, 'POST', `/api/tasks/${task.body.id}/cancel`, { reason: 'x', version: 3 });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'conflict' } });
  });
});
