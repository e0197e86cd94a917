import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let intake: Session;
let cm: Session;
let sup: Session;
let peer: Session;
let clinician: Session;
const programId: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const who = (role: string) => signIn(t.app, `${role}@riverbend.example`);
  [intake, cm, sup, peer, clinician] = [
    await who('intake_coordinator'),
    await who('case_manager'),
    await who('supervisor'),
    await who('peer_specialist'),
    await who('clinician'),
  ];
  const programs = await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(cm) });
  for (const p of programs.json<{ items: { id: string; model: string }[] }>().items) programId[p.model] = p.id;
});

type Json = Record<string, unknown>;
const call = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Json) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Json & { version: number; id: string }>() };
};

async function registerClient(by: Session, firstName: string, lastName: string, dateOfBirth: string) {
  const res = await call(by, 'POST', '/api/clients', { firstName, lastName, dateOfBirth });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('from self-referral to the case manager’s caseload', () => {
  let clientId: string;
  let episodeId: string;

  it('screens, registers, enrols with a care team, and closes the intake as enrolled', async () => {
    const ref = await t.app.inject({
      method: 'POST',
      url: '/api/public/self-referral',
      payload: { firstName: 'Marisol', lastName: 'Quintero', phone: '555 010 3030', needs: ['housing'] },
    });
    const reference = ref.json<{ reference: string }>().reference;
    const queue = await call(intake, 'GET', '/api/intakes');
    const item = (queue.body.items as (Json & { id: string; version: number })[]).find(
      (i) => i.reference === reference,
    )!;
    clientId = await registerClient(intake, 'Marisol', 'Quintero', '1984-03-02');
    const linked = await call(intake, 'PATCH', `/api/intakes/${item.id}`, { clientId, version: item.version });
    expect(linked.body).toMatchObject({ clientId, status: 'in_progress' });
    const decided = await call(intake, 'POST', `/api/intakes/${item.id}/decision`, {
      decision: 'eligible',
      reason: 'SMI with recent hospitalisation',
      programId: programId.intensive,
      version: linked.body.version,
    });
    expect(decided.body).toMatchObject({ status: 'eligible' });

    const enrolled = await call(intake, 'POST', `/api/clients/${clientId}/episodes`, {
      programId: programId.intensive,
      primaryCaseManagerId: cm.userId,
      intakeId: item.id,
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ stage: 'assessment', primaryCaseManagerId: cm.userId });
    episodeId = enrolled.body.id;
    const after = await call(intake, 'GET', `/api/intakes/${item.id}`);
    expect(after.body).toMatchObject({ status: 'closed', outcome: 'enrolled', episodeId });
  });

  it('puts the client on the case manager’s dashboard with the next contact due from the cadence', async () => {
    const res = await call(cm, 'GET', '/api/caseload');
    const row = (res.body.items as Json[]).find((i) => i.clientId === clientId)!;
    expect(row).toMatchObject({ relation: 'primary', model: 'intensive', stage: 'assessment', lastContactAt: null });
    const weekAfter = new Date(new Date(row.openedAt as string).getTime() + 7 * 86_400_000).toISOString();
    expect(row.nextContactDueAt).toBe(weekAfter);
  });

  it('refuses the chart to staff with no relationship, audits it, and limits their search results', async () => {
    const denied = await call(peer, 'GET', `/api/clients/${clientId}`);
    expect(denied.status).toBe(403);
    const audit = await t.ctx.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from audit_events
      where action = 'access.denied' and client_id = ${clientId} and actor_user_id = ${peer.userId}`);
    expect(audit.rows[0]!.n).toBe(1);
    const search = await call(peer, 'POST', '/api/clients/search', { q: 'Quintero 1984-03-02' });
    expect((search.body.items as Json[]).find((i) => i.id === clientId)).toMatchObject({ access: 'limited' });
    expect(Object.keys((search.body.items as Json[])[0]!)).not.toContain('phones');
    const mine = await call(cm, 'POST', '/api/clients/search', { q: 'Quintero' });
    expect((mine.body.items as Json[]).find((i) => i.id === clientId)).toMatchObject({ access: 'full' });
    // Intake work ends with enrolment.
    expect((await call(intake, 'GET', `/api/clients/${clientId}`)).status).toBe(403);
    // Supervising the program opens it.
    expect((await call(sup, 'GET', `/api/clients/${clientId}`)).status).toBe(200);
  });

  it('allows one open episode per client per program', async () => {
    const again = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
      programId: programId.intensive,
      primaryCaseManagerId: cm.userId,
    });
    expect(again.status).toBe(409);
  });

  it('adds staff and external members; a staff member joins the chart’s readers', async () => {
    expect((await call(clinician, 'GET', `/api/clients/${clientId}`)).status).toBe(403);
    const psych = await call(cm, 'POST', `/api/episodes/${episodeId}/team`, {
      role: 'psychiatrist',
      userId: clinician.userId,
    });
    expect(psych.status).toBe(201);
    expect((await call(clinician, 'GET', `/api/clients/${clientId}`)).status).toBe(200);
    const pcp = await call(cm, 'POST', `/api/episodes/${episodeId}/team`, {
      role: 'primary_care_provider',
      name: 'Dr. Ama Mensah',
      organization: 'Eastside Clinic',
      phone: '555-777-1212',
    });
    expect(pcp.body).toMatchObject({ external: true, name: 'Dr. Ama Mensah' });
    const ended = await call(cm, 'POST', `/api/care-team/${psych.body.id}/end`, { version: psych.body.version });
    expect(ended.body.endedAt).toBeTruthy();
    expect((await call(clinician, 'GET', `/api/clients/${clientId}`)).status).toBe(403);
  });
});

describe('stage guards', () => {
  it('lists unmet conditions with 409 and records who, when and why on success', async () => {
    const clientId = await registerClient(cm, 'Bartholomew', 'Guardtest', '1961-07-19');
    const ep = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
      programId: programId.clinical,
      primaryCaseManagerId: cm.userId,
    });
    expect(ep.body.stage).toBe('screening');
    const blocked = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'assessment',
      version: ep.body.version,
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({
      error: { code: 'stage_blocked', details: { unmet: [{ id: 'screening_decided' }] } },
    });
    const illegal = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'active',
      version: ep.body.version,
    });
    expect(illegal.body).toMatchObject({ error: { details: { unmet: [{ id: 'transition_not_allowed' }] } } });

    const screened = await call(cm, 'POST', `/api/episodes/${ep.body.id}/screening`, {
      decision: 'eligible',
      reason: 'Meets criteria',
      version: ep.body.version,
    });
    const moved = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'assessment',
      reason: 'Screened eligible',
      version: screened.body.version,
    });
    expect(moved.status).toBe(200);
    expect((moved.body.history as Json[])[0]).toMatchObject({
      fromStage: 'screening',
      toStage: 'assessment',
      reason: 'Screened eligible',
      changedById: cm.userId,
    });

    const noSummary = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'closed',
      closureReason: 'client_declined',
      version: moved.body.version,
    });
    expect(noSummary.body).toMatchObject({ error: { details: { unmet: [{ id: 'closure_documented' }] } } });
    const closed = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'closed',
      closureReason: 'client_declined',
      closingSummary: 'Declined services after assessment; given crisis numbers.',
      version: moved.body.version,
    });
    expect(closed.body).toMatchObject({ stage: 'closed', closureReason: 'client_declined' });
    // Closing ends the team's memberships, and with them the chart access.
    expect((closed.body.team as Json[]).every((m) => m.endedAt)).toBe(true);
  });
});

describe('transfers', () => {
  it('moves to another program through transition, and the receiving team accepts the hand-off', async () => {
    const caseload = await call(cm, 'GET', '/api/caseload');
    const active = (caseload.body.items as Json[]).find((i) => i.stage === 'active' && i.model === 'intensive')!;
    const ep = await call(cm, 'GET', `/api/episodes/${active.episodeId as string}`);
    const moved = await call(cm, 'POST', `/api/episodes/${ep.body.id}/move`, {
      toProgramId: programId.act,
      primaryCaseManagerId: clinician.userId,
      reason: 'Step up after two hospitalisations',
      version: ep.body.version,
    });
    expect(moved.status).toBe(201);
    const { from, to } = moved.body as unknown as { from: Json; to: Json & { id: string } };
    expect(from).toMatchObject({ stage: 'transition', nextEpisodeId: to.id });
    expect(to).toMatchObject({ stage: 'assessment', previousEpisodeId: ep.body.id, model: 'act' });
    const accepted = await call(clinician, 'POST', `/api/episodes/${to.id}/accept-handoff`, {});
    expect(accepted.status).toBe(200);
    const sending = await call(cm, 'GET', `/api/episodes/${ep.body.id}`);
    expect(sending.body).toMatchObject({ stage: 'post_transition' });
    expect(sending.body.handoffAcceptedAt).toBeTruthy();
  });

  it('reassigns one case, then a whole caseload, keeping the history', async () => {
    const clientId = await registerClient(cm, 'Yevgenia', 'Transferee', '1999-12-30');
    const ep = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
      programId: programId.strengths_based,
      primaryCaseManagerId: cm.userId,
    });
    const moved = await call(sup, 'POST', `/api/episodes/${ep.body.id}/transfer`, {
      toUserId: clinician.userId,
      reason: 'Caseload balancing',
      version: ep.body.version,
    });
    expect(moved.body).toMatchObject({ primaryCaseManagerId: clinician.userId });
    const primaries = (moved.body.team as Json[]).filter((m) => m.role === 'primary_case_manager');
    expect(primaries).toHaveLength(2);
    expect(primaries.filter((m) => m.endedAt === null)).toHaveLength(1);

    const bulk = await call(sup, 'POST', '/api/caseload/reassign', {
      fromUserId: clinician.userId,
      toUserId: cm.userId,
      reason: 'Dr. Clinician on leave',
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.moved).toBeGreaterThanOrEqual(2);
    const theirs = await call(clinician, 'GET', '/api/caseload');
    expect((theirs.body.items as Json[]).filter((i) => i.relation === 'primary')).toHaveLength(0);
    expect(
      (await call(cm, 'POST', '/api/caseload/reassign', { fromUserId: cm.userId, toUserId: sup.userId, reason: 'x' }))
        .status,
    ).toBe(403);
  });
});

describe('supervisor view', () => {
  it('shows each worker’s load weighted against the cap, overdue contacts and late intakes', async () => {
    const res = await call(sup, 'GET', '/api/caseload/supervision');
    expect(res.status).toBe(200);
    const casey = (res.body.staff as Json[]).find((s) => s.userId === cm.userId)!;
    expect(casey.clients as number).toBeGreaterThan(5);
    expect(casey.percentOfCap as number).toBeGreaterThan(0);
    expect((res.body.overdueContacts as Json[]).length).toBeGreaterThan(0);
    expect((res.body.overdueIntakes as Json[]).length).toBeGreaterThan(0);
    expect((res.body.waitlist as Json[]).length).toBeGreaterThan(0);
    expect((await call(cm, 'GET', '/api/caseload/supervision')).status).toBe(403);
  });
});
