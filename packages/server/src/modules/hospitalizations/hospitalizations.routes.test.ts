import { addDays, subDays } from 'date-fns';
import { dischargeContactDueAt, followUpDueAt, localDate } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, auditCount, caller, enrolledClient } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runDischargeEscalationSweep } from './discharge-escalation.sweep.js';
import { countHospitalizationsSince } from './hospitalization-lookup.js';

const ZONE = 'America/Chicago';
let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let sup: Session;
let outsider: Session;
let clientId: string;
let episodeId: string;

const put = async (s: Session, url: string, payload: Record<string, unknown>) => {
  const res = await t.app.inject({ method: 'PUT', url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
};
const day = (offset: number) => localDate(addDays(t.clock.now, offset), ZONE);

async function hospitalTasks(id: string) {
  const res = await t.ctx.database.db.execute<{ kind: string; status: string; assigned_to_id: string | null }>(
    sql`select kind, status, assigned_to_id from care_tasks where source = 'hospitalization'
      and source_key like ${`%:${id}:%`} order by kind`,
  );
  return res.rows;
}

async function countStays(forClient: string) {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from hospitalizations where client_id = ${forClient}`,
  );
  return res.rows[0]!.n;
}

async function whereabouts(id: string) {
  const res = await t.ctx.database.db.execute<{ whereabouts: string }>(
    sql`select whereabouts from episodes where id = ${id}`,
  );
  return res.rows[0]!.whereabouts;
}

const admission = (over: Record<string, unknown> = {}) => ({
  type: 'psychiatric_inpatient',
  facility: 'St. Elsewhere Behavioral Health',
  admittedOn: day(-6),
  principalDiagnosisCategory: 'mental_illness',
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  outsider = await addStaff(t, 'cm2@riverbend.example', 'case_manager');
  ({ clientId, episodeId } = await enrolledClient(t, cm, 'intensive', 'Hospitalson'));
});

describe('POST /api/measures/fuh', () => {
  it('scores a discharge for any signed-in user, statelessly', async () => {
    const res = await call(outsider, 'POST', '/api/measures/fuh', {
      dischargeDate: '2024-02-22',
      followUpVisitDate: '2024-03-01',
      ageAtDischarge: 30,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      inDenominator: true,
      daysAfterDischarge: 8,
      numerator7Day: false,
      numerator30Day: true,
    });
    const none = await call(cm, 'POST', '/api/measures/fuh', {
      dischargeDate: '2025-12-02',
      followUpVisitDate: null,
      ageAtDischarge: 30,
      principalDxMentalIllness: true,
      visitWithMentalHealthProvider: true,
    });
    expect(none.body).toEqual({
      inDenominator: false,
      daysAfterDischarge: null,
      numerator7Day: false,
      numerator30Day: false,
    });
  });

  it('answers 400 validation_failed on bad input and 401 without a session', async () => {
    const res = await call(cm, 'POST', '/api/measures/fuh', {
      dischargeDate: '2025-02-30',
      followUpVisitDate: 'soon',
      ageAtDischarge: 6.5,
    });
    expect(res.status).toBe(400);
    expect((res.body.error as { code: string }).code).toBe('validation_failed');
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/measures/fuh',
      payload: { dischargeDate: '2025-03-10', followUpVisitDate: null, ageAtDischarge: 30 },
    });
    expect(anon.statusCode).toBe(401);
  });
});

describe('hospitalizations', () => {
  let stayId: string;
  let version: number;

  it('records an admission (201): the episode is in hospital, no follow-up task yet, audited', async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/hospitalizations`, admission());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clientId, dischargedOn: null, followUp: null, version: 1 });
    stayId = res.body.id;
    version = res.body.version;
    expect(await hospitalTasks(stayId)).toEqual([]);
    expect(await whereabouts(episodeId)).toBe('hospital');
    expect(await auditActions(t, stayId)).toEqual(['hospitalization:hospitalization.create']);
    expect(await auditCount(t, 'episode.whereabouts', clientId)).toBe(1);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await countStays(clientId);
    const res = await call(cm, 'POST', `/api/clients/${clientId}/hospitalizations`, {
      type: 'spa',
      facility: '',
      admittedOn: day(-1),
      dischargedOn: day(-3),
      principalDiagnosisCategory: 'mental_illness',
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields.map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['type', 'facility']));
    const future = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/hospitalizations`,
      admission({ admittedOn: day(3) }),
    );
    expect(future.status).toBe(400);
    // The crisis an admission followed must be one of this client's (here: none exists).
    const strayCrisis = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/hospitalizations`,
      admission({ crisisEventId: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(strayCrisis.status).toBe(400);
    expect(JSON.stringify(strayCrisis.body)).toContain('crisisEventId');
    expect(await countStays(clientId)).toBe(before);
  });

  it('is refused (403) to staff off the care team, audited, nothing written', async () => {
    const before = await auditCount(t, 'access.denied', clientId);
    const stays = await countStays(clientId);
    expect((await call(outsider, 'POST', `/api/clients/${clientId}/hospitalizations`, admission())).status).toBe(403);
    expect((await call(outsider, 'GET', `/api/clients/${clientId}/hospitalizations`)).status).toBe(403);
    const patch = await call(outsider, 'PATCH', `/api/hospitalizations/${stayId}`, { version, dischargedOn: day(-1) });
    expect(patch.status).toBe(403);
    expect(await auditCount(t, 'access.denied', clientId)).toBe(before + 3);
    expect(await countStays(clientId)).toBe(stays);
  });

  it('records the discharge (PATCH): the three follow-up tasks with their due dates, back in the community', async () => {
    const discharged = day(-2);
    const res = await call(cm, 'PATCH', `/api/hospitalizations/${stayId}`, { version, dischargedOn: discharged });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dischargedOn: discharged,
      version: version + 1,
      followUp: { contactDone: false, status7: 'due', status30: 'due', daysSinceDischarge: 2, firstFollowUpOn: null },
    });
    version = res.body.version;
    expect(await whereabouts(episodeId)).toBe('community');
    const tasks = await call(cm, 'GET', `/api/clients/${clientId}/tasks`);
    const items = (tasks.body.items as { kind: string; dueAt: string; assignedToId: string }[]).filter((i) =>
      i.kind.startsWith('discharge_'),
    );
    const due = Object.fromEntries(items.map((i) => [i.kind, new Date(i.dueAt).toISOString()]));
    expect(due).toEqual({
      discharge_contact: dischargeContactDueAt(discharged, 72, ZONE).toISOString(),
      discharge_follow_up_7: followUpDueAt(discharged, 7, ZONE).toISOString(),
      discharge_follow_up_30: followUpDueAt(discharged, 30, ZONE).toISOString(),
    });
    expect(items.every((i) => i.assignedToId === cm.userId)).toBe(true);
    expect(await auditActions(t, stayId)).toContain('hospitalization:hospitalization.discharge');
  });

  it('answers 409 on a stale version and changes nothing', async () => {
    const res = await call(cm, 'PATCH', `/api/hospitalizations/${stayId}`, { version: 1, dischargedOn: day(-1) });
    expect(res.status).toBe(409);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/hospitalizations`);
    expect((list.body.items as { dischargedOn: string; version: number }[])[0]).toMatchObject({
      dischargedOn: day(-2),
      version,
    });
    expect(await auditCount(t, 'hospitalization.list', clientId)).toBeGreaterThan(0);
  });

  it('a completed contact the day after discharge closes the contact, 7-day and 30-day tasks', async () => {
    const occurredAt = subDays(t.clock.now, 1).toISOString();
    const failed = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      outcome: 'no_answer',
      occurredAt,
      durationMinutes: 5,
    });
    expect(failed.status).toBe(201);
    expect((await hospitalTasks(stayId)).every((x) => x.status === 'open')).toBe(true);
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'face_to_face',
      occurredAt,
      durationMinutes: 30,
    });
    expect(res.status).toBe(201);
    expect((await hospitalTasks(stayId)).map((x) => x.status)).toEqual(['completed', 'completed', 'completed']);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/hospitalizations`);
    expect((list.body.items as { followUp: Record<string, unknown> }[])[0]!.followUp).toMatchObject({
      contactDone: true,
      firstFollowUpOn: day(-1),
      status7: 'met',
      status30: 'met',
      fuh: { inDenominator: expect.any(Boolean), daysAfterDischarge: 1 },
    });
  });

  it('counts stays for the risk tier', async () => {
    expect(await countHospitalizationsSince(t.ctx.database.db, clientId, subDays(t.clock.now, 180))).toBe(1);
  });
});

describe('escalation and the post-discharge worklist', () => {
  let quiet: { clientId: string; episodeId: string };
  let stayId: string;

  beforeAll(async () => {
    quiet = await enrolledClient(t, cm, 'intensive', 'Quietson');
    const res = await call(
      cm,
      'POST',
      `/api/clients/${quiet.clientId}/hospitalizations`,
      admission({ admittedOn: day(-10), dischargedOn: day(-4), principalDiagnosisCategory: 'self_harm' }),
    );
    expect(res.status).toBe(201);
    stayId = res.body.id;
  });

  it('the day-3 sweep tells the supervisors and marks the stay, once', async () => {
    const first = await runDischargeEscalationSweep(t.ctx, t.clock.now);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    const notes = await t.ctx.database.db.execute<{ user_id: string; kind: string }>(
      sql`select user_id, kind from notifications where client_id = ${quiet.clientId}`,
    );
    expect(notes.rows).toEqual([{ user_id: sup.userId, kind: 'escalation' }]);
    expect(await auditActions(t, stayId)).toContain('hospitalization:hospitalization.escalate');
    const again = await runDischargeEscalationSweep(t.ctx, t.clock.now);
    expect(again.escalated).toBe(0);
    const after = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from notifications where client_id = ${quiet.clientId}`,
    );
    expect(after.rows[0]!.n).toBe(1);
  });

  it('lists recent psychiatric discharges for the supervisor (audited), not for a case manager', async () => {
    const res = await call(sup, 'GET', '/api/post-discharge');
    expect(res.status).toBe(200);
    const items = res.body.items as Record<string, unknown>[];
    expect(items.find((i) => i.clientId === quiet.clientId)).toMatchObject({
      hospitalizationId: stayId,
      dischargedOn: day(-4),
      daysSinceDischarge: 4,
      contactDone: false,
      status7: 'due',
      status30: 'due',
      escalated: true,
    });
    expect(items.find((i) => i.clientId === clientId)).toMatchObject({ status7: 'met', contactDone: true });
    const audit = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'post_discharge.list'
        and ${quiet.clientId} = any(client_ids)`,
    );
    expect(audit.rows[0]!.n).toBe(1);
    expect((await call(cm, 'GET', '/api/post-discharge')).status).toBe(403);
  });

  it('keeps the contact window as an agency setting (admin or supervisor, versioned)', async () => {
    const get = await call(cm, 'GET', '/api/hospitalization-settings');
    expect(get.body).toEqual({ dischargeContactHours: 72, version: 0 });
    expect((await put(cm, '/api/hospitalization-settings', { dischargeContactHours: 48 })).status).toBe(403);
    const saved = await put(sup, '/api/hospitalization-settings', {
      dischargeContactHours: 48,
      version: 0,
    });
    expect(saved.body).toEqual({ dischargeContactHours: 48, version: 1 });
    const stale = await put(sup, '/api/hospitalization-settings', {
      dischargeContactHours: 24,
      version: 0,
    });
    expect(stale.status).toBe(409);
  });
});

describe('demo seed', () => {
  it('has a recent psychiatric discharge on a demo client with its open follow-up tasks', async () => {
    const res = await t.ctx.database.db.execute<{ id: string }>(
      sql`select id from hospitalizations where facility = 'Riverbend Regional Behavioral Health'`,
    );
    expect(res.rows).toHaveLength(1);
    const tasks = await hospitalTasks(res.rows[0]!.id);
    expect(tasks.map((x) => `${x.kind}:${x.status}`)).toEqual([
      'discharge_contact:open',
      'discharge_follow_up_30:open',
      'discharge_follow_up_7:open',
    ]);
  });
});
