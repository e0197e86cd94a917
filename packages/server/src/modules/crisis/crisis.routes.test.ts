import { addHours, subHours } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, auditCount, caller, enrolledClient } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let outsider: Session;
let supervisor: Session;
let clientId: string;

const put = async (s: Session, url: string, payload: Record<string, unknown>) => {
  const res = await t.app.inject({ method: 'PUT', url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
};
const iso = (d: Date) => d.toISOString();
const newCrisis = (over: Record<string, unknown> = {}) => ({
  occurredAt: iso(subHours(t.clock.now, 2)),
  triggers: ['loss', 'isolation'],
  actions: ['phone_deescalation', 'safety_plan_used'],
  disposition: 'stabilized_in_community',
  summary: 'Called the crisis line after a loss; talked down on the phone.',
  ...over,
});

async function tasksOf(client: string) {
  const res = await t.ctx.database.db.execute<{
    kind: string;
    status: string;
    source: string;
    source_key: string;
    due_at: Date;
    assigned_to_id: string | null;
  }>(sql`select kind, status, source, source_key, due_at, assigned_to_id from care_tasks
    where client_id = ${client} and source in ('crisis', 'safety_plan') order by created_at, kind`);
  return res.rows;
}

async function openCrisisFlags(client: string) {
  const res = await t.ctx.database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from client_flags where client_id = ${client} and kind = 'open_crisis' and status = 'open'`);
  return res.rows[0]!.n;
}

async function caseloadOpenCrisis(s: Session, client: string) {
  const res = await call(s, 'GET', '/api/caseload');
  const items = res.body.items as { clientId: string; openCrisis: boolean }[];
  return items.find((i) => i.clientId === client)?.openCrisis;
}

async function written(client: string) {
  const res = await t.ctx.database.db.execute<Record<string, number>>(sql`
    select (select count(*)::int from crisis_events where client_id = ${client}) as events,
      (select coalesce(sum(version), 0)::int from crisis_events where client_id = ${client}) as versions,
      (select count(*)::int from care_tasks where client_id = ${client}) as tasks,
      (select count(*)::int from client_flags where client_id = ${client}) as flags`);
  return res.rows[0]!;
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  outsider = await addStaff(t, 'cm-crisis@riverbend.example', 'case_manager');
  ({ clientId } = await enrolledClient(t, cm, 'intensive', 'Crisison'));
});

describe('crisis events', () => {
  it('records a crisis (201) with its follow-up and plan-review tasks, the open_crisis flag and the audit row', async () => {
    const body = newCrisis();
    const res = await call(cm, 'POST', `/api/clients/${clientId}/crisis-events`, body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clientId,
      status: 'open',
      triggers: ['loss', 'isolation'],
      disposition: 'stabilized_in_community',
      responders: [{ id: cm.userId }],
      followUpDueAt: iso(addHours(new Date(body.occurredAt), 24)),
      followUpDoneAt: null,
      version: 1,
    });
    const tasks = await tasksOf(clientId);
    expect(tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'crisis_follow_up',
          status: 'open',
          source: 'crisis',
          source_key: `crisis_follow_up:${res.body.id}`,
          assigned_to_id: cm.userId,
        }),
        expect.objectContaining({
          kind: 'safety_plan_review',
          status: 'open',
          source_key: `safety_plan_review:${clientId}`,
          assigned_to_id: cm.userId,
        }),
      ]),
    );
    const followUp = tasks.find((x) => x.kind === 'crisis_follow_up')!;
    expect(new Date(followUp.due_at).toISOString()).toBe(res.body.followUpDueAt);
    expect(await openCrisisFlags(clientId)).toBe(1);
    expect(await auditActions(t, res.body.id)).toEqual(['crisis_event:crisis_event.create']);
    // It feeds the risk tier: one crisis in 90 days is a reason.
    const tier = await t.ctx.database.db.execute<{ reasons: { code: string }[] }>(
      sql`select reasons from risk_tiers where client_id = ${clientId} order by seq desc limit 1`,
    );
    expect(tier.rows[0]!.reasons.map((r) => r.code)).toContain('crisis_event_1');
    // The follow-up is in the owner's worklist with its due time, and the chart's tasks.
    const mine = await call(cm, 'GET', `/api/clients/${clientId}/tasks`);
    expect(JSON.stringify(mine.body)).toContain('crisis_follow_up');
  });

  it('refuses bad input field by field (400) and writes nothing', async () => {
    const before = await written(clientId);
    const res = await call(cm, 'POST', `/api/clients/${clientId}/crisis-events`, {
      occurredAt: 'yesterday',
      triggers: [],
      actions: ['juggling'],
      disposition: 'home',
      summary: '',
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields.map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['occurredAt', 'triggers', 'actions.0', 'disposition', 'summary']));
    const future = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/crisis-events`,
      newCrisis({ occurredAt: iso(addHours(t.clock.now, 3)) }),
    );
    expect(future.status).toBe(400);
    expect(await written(clientId)).toEqual(before);
  });

  it('is refused (403) off the care team, audited, nothing written', async () => {
    const mine = await call(cm, 'GET', `/api/clients/${clientId}/crisis-events`);
    const id = (mine.body.items as { id: string; version: number }[])[0]!.id;
    const before = await written(clientId);
    const denied = await auditCount(t, 'access.denied', clientId);
    expect((await call(outsider, 'POST', `/api/clients/${clientId}/crisis-events`, newCrisis())).status).toBe(403);
    expect((await call(outsider, 'GET', `/api/clients/${clientId}/crisis-events`)).status).toBe(403);
    expect((await call(outsider, 'GET', `/api/crisis-events/${id}`)).status).toBe(403);
    expect((await call(outsider, 'POST', `/api/crisis-events/${id}/resolve`, { note: 'x', version: 1 })).status).toBe(
      403,
    );
    expect(await auditCount(t, 'access.denied', clientId)).toBe(denied + 4);
    expect(await written(clientId)).toEqual(before);
  });

  it('edits while open (version), resolves with a note (409 stale, 400 without a note) and clears the flag', async () => {
    const { clientId: client } = await enrolledClient(t, cm, 'intensive', 'Resolveson');
    const created = await call(cm, 'POST', `/api/clients/${client}/crisis-events`, newCrisis());
    const id = created.body.id;
    const edited = await call(cm, 'PATCH', `/api/crisis-events/${id}`, { version: 1, disposition: 'ed_visit' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ disposition: 'ed_visit', version: 2 });

    const before = await written(client);
    const stale = await call(cm, 'POST', `/api/crisis-events/${id}/resolve`, { note: 'Stable.', version: 1 });
    expect(stale.status).toBe(409);
    const noNote = await call(cm, 'POST', `/api/crisis-events/${id}/resolve`, { version: 2 });
    expect(noNote.status).toBe(400);
    expect(await written(client)).toEqual(before);
    expect(await openCrisisFlags(client)).toBe(1);
    expect(await caseloadOpenCrisis(cm, client)).toBe(true);

    const resolved = await call(cm, 'POST', `/api/crisis-events/${id}/resolve`, {
      note: 'Seen next day; stable, plan reviewed.',
      version: 2,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Seen next day; stable, plan reviewed.',
    });
    expect(await openCrisisFlags(client)).toBe(0);
    expect(await caseloadOpenCrisis(cm, client)).toBe(false);
    expect(await auditActions(t, id)).toEqual([
      'crisis_event:crisis_event.create',
      'crisis_event:crisis_event.update',
      'crisis_event:crisis_event.resolve',
    ]);
    // Resolved: no more edits.
    const late = await call(cm, 'PATCH', `/api/crisis-events/${id}`, { version: 3, summary: 'Changed' });
    expect(late.status).toBe(409);
  });

  it('closes the follow-up task with a completed contact with the client after the crisis, not a failed attempt', async () => {
    const { clientId: client } = await enrolledClient(t, cm, 'intensive', 'Followson');
    const created = await call(cm, 'POST', `/api/clients/${client}/crisis-events`, newCrisis());
    const followUp = () => tasksOf(client).then((ts) => ts.find((x) => x.kind === 'crisis_follow_up')!);
    const failed = await call(cm, 'POST', `/api/clients/${client}/contacts`, {
      type: 'outreach_attempt',
      outcome: 'no_answer',
      occurredAt: iso(subHours(t.clock.now, 1)),
      durationMinutes: 10,
    });
    expect(failed.status).toBe(201);
    expect((await followUp()).status).toBe('open');
    const before = await call(cm, 'POST', `/api/clients/${client}/contacts`, {
      type: 'phone',
      occurredAt: iso(subHours(t.clock.now, 3)),
      durationMinutes: 10,
    });
    expect(before.status).toBe(201);
    expect((await followUp()).status).toBe('open');
    const reached = await call(cm, 'POST', `/api/clients/${client}/contacts`, {
      type: 'phone',
      occurredAt: iso(subHours(t.clock.now, 1)),
      durationMinutes: 10,
    });
    expect(reached.status).toBe(201);
    expect((await followUp()).status).toBe('completed');
    const view = await call(cm, 'GET', `/api/crisis-events/${created.body.id}`);
    expect(view.body.followUpDoneAt).not.toBeNull();
    // The plan review stays for the safety module to close.
    expect((await tasksOf(client)).find((x) => x.kind === 'safety_plan_review')!.status).toBe('open');
  });

  it('uses the agency follow-up hours (admin or supervisor edits them with a version)', async () => {
    const read = await call(cm, 'GET', '/api/crisis-settings');
    expect(read.body).toEqual({ followUpHours: 24, version: 0 });
    expect((await put(cm, '/api/crisis-settings', { followUpHours: 12, version: 0 })).status).toBe(403);
    const saved = await put(supervisor, '/api/crisis-settings', { followUpHours: 12, version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ followUpHours: 12, version: 1 });
    const stale = await put(supervisor, '/api/crisis-settings', { followUpHours: 8, version: 0 });
    expect(stale.status).toBe(409);
    const { clientId: client } = await enrolledClient(t, cm, 'intensive', 'Hourson');
    const body = newCrisis();
    const created = await call(cm, 'POST', `/api/clients/${client}/crisis-events`, body);
    expect(created.body.followUpDueAt).toBe(iso(addHours(new Date(body.occurredAt), 12)));
  });
});
