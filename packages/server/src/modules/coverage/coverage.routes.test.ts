import { addDays, addHours, subHours } from 'date-fns';
import { localDate } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, caller, enrolledClient } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let sup: Session;
let peer: Session;
let actClient: string;
let icmClient: string;
let actProgram: string;

const n = async (q: ReturnType<typeof sql>) =>
  (await t.ctx.database.db.execute<{ n: number }>(q)).rows[0]!.n;
const shiftCount = () => n(sql`select count(*)::int as n from on_call_shifts`);
const coverageCount = () => n(sql`select count(*)::int as n from coverages`);
const today = (offset = 0) => localDate(addDays(t.clock.now, offset), 'America/Chicago');

async function crisisAudits(clientId: string) {
  const res = await t.ctx.database.db.execute<{ purpose: string | null; actor_user_id: string; details: unknown }>(sql`
    select purpose, actor_user_id, details from audit_events
    where action = 'client.crisis_view' and client_id = ${clientId} order by occurred_at, id`);
  return res.rows;
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  // The demo seed puts the peer specialist on the ACT on-call shift now.
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  ({ clientId: actClient, programId: actProgram } = await enrolledClient(t, cm, 'act', 'Crisisview'));
  ({ clientId: icmClient } = await enrolledClient(t, cm, 'intensive', 'Notoncall'));
});

describe('on-call schedule', () => {
  it('shows everyone who is on call now', async () => {
    const res = await call(cm, 'GET', '/api/on-call/shifts');
    expect(res.status).toBe(200);
    const items = res.body.items as { userId: string; programId: string; current: boolean }[];
    expect(items.some((s) => s.userId === peer.userId && s.programId === actProgram && s.current)).toBe(true);
    expect(res.body.canManage).toBe(false);
  });

  it('refuses a case manager (403) and a shift ending before it starts (400), writing nothing', async () => {
    const before = await shiftCount();
    const body = {
      programId: actProgram,
      userId: cm.userId,
      startsAt: addHours(t.clock.now, 30).toISOString(),
      endsAt: addHours(t.clock.now, 40).toISOString(),
    };
    expect((await call(cm, 'POST', '/api/on-call/shifts', body)).status).toBe(403);
    const bad = await call(sup, 'POST', '/api/on-call/shifts', { ...body, endsAt: body.startsAt });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect(await shiftCount()).toBe(before);
  });

  it('lets the program supervisor add a shift (201, audited) and refuses an overlapping one (409)', async () => {
    const before = await shiftCount();
    const body = {
      programId: actProgram,
      userId: cm.userId,
      startsAt: addHours(t.clock.now, 30).toISOString(),
      endsAt: addHours(t.clock.now, 40).toISOString(),
      note: 'Weekend cover',
    };
    const res = await call(sup, 'POST', '/api/on-call/shifts', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ current: false, userId: cm.userId });
    expect(await n(sql`select count(*)::int as n from audit_events where action = 'on_call_shift.create'
      and entity_id = ${res.body.id}`)).toBe(1);
    const clash = await call(sup, 'POST', '/api/on-call/shifts', {
      ...body,
      startsAt: addHours(t.clock.now, 39).toISOString(),
      endsAt: addHours(t.clock.now, 45).toISOString(),
    });
    expect(clash.status).toBe(409);
    expect(await shiftCount()).toBe(before + 1);
    expect((await call(sup, 'DELETE', `/api/on-call/shifts/${res.body.id}`)).status).toBe(200);
    expect(await shiftCount()).toBe(before);
  });
});

describe('crisis view', () => {
  it('opens the crisis part of an ACT client to the on-call worker, audited with the purpose', async () => {
    const res = await call(peer, 'POST', `/api/clients/${actClient}/crisis-view`, {
      purpose: 'Crisis line call at night',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ client: { id: actClient, lastName: 'Crisisview' }, accessBasis: 'on_call_shift' });
    expect((res.body.careTeam as { role: string }[]).some((m) => m.role === 'primary_case_manager')).toBe(true);
    expect(res.body.programs).toHaveLength(1);
    const audits = await crisisAudits(actClient);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ purpose: 'Crisis line call at night', actor_user_id: peer.userId });
    // The shift opens the crisis view only, not the whole chart.
    expect((await call(peer, 'GET', `/api/clients/${actClient}`)).status).toBe(403);
  });

  it('needs a purpose (400, no audit row of a view) and refuses clients of other programs (403)', async () => {
    expect((await call(peer, 'POST', `/api/clients/${actClient}/crisis-view`, {})).status).toBe(400);
    expect(await crisisAudits(actClient)).toHaveLength(1);
    expect((await call(peer, 'POST', `/api/clients/${icmClient}/crisis-view`, { purpose: 'Call' })).status).toBe(403);
    expect(await crisisAudits(icmClient)).toHaveLength(0);
  });

  it('finds the on-call programs’ clients only', async () => {
    const res = await call(peer, 'GET', '/api/on-call/clients?q=crisisv');
    expect((res.body.items as { id: string }[]).map((i) => i.id)).toEqual([actClient]);
    const none = await call(peer, 'GET', '/api/on-call/clients?q=notoncall');
    expect(none.body.items).toEqual([]);
  });

  it('refuses staff without a shift, and ends with the shift', async () => {
    const other = await addStaff(t, 'oncall2@riverbend.example', 'peer_specialist');
    expect((await call(other, 'POST', `/api/clients/${actClient}/crisis-view`, { purpose: 'Call' })).status).toBe(403);
    const shift = await call(sup, 'POST', '/api/on-call/shifts', {
      programId: actProgram,
      userId: other.userId,
      startsAt: subHours(t.clock.now, 1).toISOString(),
      endsAt: addHours(t.clock.now, 1).toISOString(),
    });
    expect(shift.status).toBe(201);
    expect((await call(other, 'POST', `/api/clients/${actClient}/crisis-view`, { purpose: 'Call' })).status).toBe(200);
    t.clock.advance(2 * 3_600_000);
    // Sessions idle out when the clock jumps: sign in again.
    const again = await signIn(t.app, 'oncall2@riverbend.example');
    expect((await call(again, 'POST', `/api/clients/${actClient}/crisis-view`, { purpose: 'Call' })).status).toBe(403);
  });
});

describe('coverage', () => {
  let cover: Session;
  let coverageId: string;

  it('refuses a case manager (403) and a range ending before it starts (400), writing nothing', async () => {
    // The clock moved in the crisis-view tests: fresh sessions.
    cm = await signIn(t.app, 'case_manager@riverbend.example');
    sup = await signIn(t.app, 'supervisor@riverbend.example');
    cover = await addStaff(t, 'cover@riverbend.example', 'case_manager');
    const before = await coverageCount();
    const body = { coveredUserId: cm.userId, coveringUserId: cover.userId, startsOn: today(), endsOn: today(2) };
    expect((await call(cm, 'POST', '/api/coverages', { ...body, reason: 'leave' })).status).toBe(403);
    expect((await call(sup, 'POST', '/api/coverages', { ...body, reason: 'leave', endsOn: today(-1) })).status).toBe(
      400,
    );
    expect(await coverageCount()).toBe(before);
    expect((await call(cover, 'GET', `/api/clients/${icmClient}`)).status).toBe(403);
  });

  it('gives the cover the covered clients, their tasks and a caseload badge during the range', async () => {
    const task = await call(cm, 'POST', '/api/tasks', {
      title: 'Call the landlord',
      clientId: icmClient,
      assignedToId: cm.userId,
      dueAt: addDays(t.clock.now, 1).toISOString(),
    });
    expect(task.status).toBe(201);
    const res = await call(sup, 'POST', '/api/coverages', {
      coveredUserId: cm.userId,
      coveringUserId: cover.userId,
      startsOn: today(),
      endsOn: today(2),
      reason: 'leave',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ active: true, version: 1 });
    coverageId = res.body.id;
    expect(await n(sql`select count(*)::int as n from audit_events where action = 'coverage.create'
      and entity_id = ${coverageId}`)).toBe(1);

    expect((await call(cover, 'GET', `/api/clients/${icmClient}`)).status).toBe(200);
    const mine = await call(cover, 'GET', '/api/tasks/mine');
    const routed = (mine.body.items as { id: string; coveringFor?: string }[]).find((i) => i.id === task.body.id);
    expect(routed?.coveringFor).toBe('Casey Manager');
    const caseload = await call(cover, 'GET', '/api/caseload');
    const row = (caseload.body.items as { clientId: string; relation: string; coveringFor?: string }[]).find(
      (i) => i.clientId === icmClient,
    );
    expect(row).toMatchObject({ relation: 'covering', coveringFor: 'Casey Manager' });
  });

  it('refuses a stale version (409, nothing written) and accepts the current one', async () => {
    const stale = await call(sup, 'PATCH', `/api/coverages/${coverageId}`, { version: 9, endsOn: today(3) });
    expect(stale.status).toBe(409);
    expect(await n(sql`select version as n from coverages where id = ${coverageId}`)).toBe(1);
    const ok = await call(sup, 'PATCH', `/api/coverages/${coverageId}`, { version: 1, endsOn: today(1) });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ endsOn: today(1), version: 2 });
  });

  it('ends access and the routing when the range is over', async () => {
    t.clock.advance(2 * 86_400_000);
    cover = await signIn(t.app, 'cover@riverbend.example');
    expect((await call(cover, 'GET', `/api/clients/${icmClient}`)).status).toBe(403);
    const mine = await call(cover, 'GET', '/api/tasks/mine');
    expect((mine.body.items as { coveringFor?: string }[]).some((i) => i.coveringFor)).toBe(false);
  });
});
