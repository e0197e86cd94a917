import { NeedDomains } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cm: Session;
let clinician: Session;
let peer: Session;
let clientId: string;
let episodeId: string;

type Json = Record<string, unknown>;
const call = async (s: Session | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) => {
  const res = await t.app.inject({ method, url, headers: s ? as(s) : {}, payload: payload as Json });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json & { id: string; version: number } };
};

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  const programs = await call(cm, 'GET', '/api/programs');
  const icm = (programs.body.items as { id: string; model: string }[]).find((p) => p.model === 'intensive')!;
  const c = await call(cm, 'POST', '/api/clients', {
    firstName: 'Ottoline',
    lastName: 'Vasquez',
    dateOfBirth: '1979-05-05',
  });
  clientId = c.body.id;
  const ep = await call(cm, 'POST', `/api/clients/${clientId}/episodes`, {
    programId: icm.id,
    primaryCaseManagerId: cm.userId,
  });
  const screened = await call(cm, 'POST', `/api/episodes/${ep.body.id}/screening`, {
    decision: 'eligible',
    reason: 'SMI',
    version: ep.body.version,
  });
  const moved = await call(cm, 'POST', `/api/episodes/${ep.body.id}/stage`, {
    to: 'assessment',
    version: screened.body.version,
  });
  expect(moved.status).toBe(200);
  episodeId = ep.body.id;
  await call(cm, 'POST', `/api/episodes/${episodeId}/team`, { role: 'psychiatrist', userId: clinician.userId });
});

describe('score preview (stateless)', () => {
  it('scores a PHQ-9 and flags item 9 whatever the total', async () => {
    const r = await call(peer, 'POST', '/api/instruments/phq9/score', { answers: [1, 1, 1, 1, 1, 1, 1, 0, 1] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ complete: true, total: 8, severity: 'mild' });
    expect(r.body.flags).toContain('suicide_risk_followup');
  });

  it('gives no total for incomplete answers but still raises item 9', async () => {
    const r = await call(cm, 'POST', '/api/instruments/phq9/score', { answers: [0, null, 0, 0, 0, 0, 0, 0, 2] });
    expect(r.body).toMatchObject({ complete: false, total: null, severity: null });
    expect(r.body.flags).toContain('suicide_risk_followup');
  });

  it('rejects invalid answers with the item named', async () => {
    const r = await call(cm, 'POST', '/api/instruments/gad7/score', { answers: [0, 1, 4, 0, 0, 0, 0] });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect(JSON.stringify(r.body)).toContain('answers.2');
    expect((await call(cm, 'POST', '/api/instruments/nope/score', { answers: [] })).status).toBe(400);
    expect((await call(null, 'POST', '/api/instruments/phq9/score', { answers: [] })).status).toBe(401);
  });

  it('derives the C-SSRS risk level and recommends a safety plan', async () => {
    const high = await call(cm, 'POST', '/api/instruments/cssrs_screen/score', {
      answers: { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false, q6Within3Months: null },
    });
    expect(high.body).toMatchObject({ riskLevel: 'high', complete: true });
    expect(high.body.flags).toEqual(expect.arrayContaining(['safety_precautions', 'safety_plan_recommended']));
    const skip = await call(cm, 'POST', '/api/instruments/cssrs_screen/score', {
      answers: { q1: false, q2: false, q3: true, q6: false },
    });
    expect(skip.status).toBe(400);
  });

  it('never ships C-SSRS wording unless the agency loads its licence', async () => {
    const def = await call(cm, 'GET', '/api/instruments/cssrs_screen');
    expect((def.body.items as { text: string | null }[]).every((i) => i.text === null)).toBe(true);
    const admin = await signIn(t.app, 'admin@riverbend.example');
    const items = def.body.items as { code: string }[];
    const wording = Object.fromEntries(items.map((i) => [i.code, `Licensed text for ${i.code}`]));
    const partial = await call(admin, 'PUT', '/api/admin/instrument-wording/cssrs_screen', {
      wording: { [items[0]!.code]: 'x' },
      licenceNote: 'Permission from Columbia, 2026-11-01',
    });
    expect(partial.status).toBe(400);
    const ok = await call(admin, 'PUT', '/api/admin/instrument-wording/cssrs_screen', {
      wording,
      licenceNote: 'Permission from Columbia, 2026-11-01',
    });
    expect(ok.status).toBe(204);
    const loaded = await call(cm, 'GET', '/api/instruments/cssrs_screen');
    expect((loaded.body.items as { text: string | null }[]).every((i) => i.text?.startsWith('Licensed text'))).toBe(
      true,
    );
  });
});

describe('stored results and the safety rules', () => {
  it('PHQ-9 item 9 = 1 with a total of 8: flag, C-SSRS task, alert and a tier', async () => {
    const r = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 0, 1],
      episodeId,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ total: 8, severity: 'mild', complete: true, signedById: cm.userId });
    // careloop-safety@3: item 9 ≥ 1 also offers a safety plan.
    expect(r.body.actions).toMatchObject({
      flagsRaised: ['suicide_risk'],
      tasksCreated: ['cssrs_screen', 'safety_plan'],
    });
    const alerts = await call(cm, 'GET', `/api/clients/${clientId}/alerts`);
    expect(alerts.body.flags).toMatchObject([{ kind: 'suicide_risk', status: 'open' }]);
    const task = (alerts.body.tasks as Json[]).find((x) => x.kind === 'cssrs_screen')!;
    expect(task).toMatchObject({ kind: 'cssrs_screen', priority: 'urgent', status: 'open' });
    const dueIn = new Date(task.dueAt as string).getTime() - new Date(task.createdAt as string).getTime();
    expect(dueIn).toBe(2 * 3_600_000);
    const risk = await call(cm, 'GET', `/api/clients/${clientId}/risk`);
    expect(risk.body.current).toMatchObject({ overridden: false });
    const caseload = await call(cm, 'GET', '/api/caseload');
    const row = (caseload.body.items as Json[]).find((i) => i.clientId === clientId)!;
    expect(row.riskTier).toBe((risk.body.current as Json).tier);
    expect(row.suicideRiskFlag).toBe(true);
  });

  it('attaches a repeat positive to the one open flag and does not duplicate the task', async () => {
    await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 2],
    });
    const alerts = await call(cm, 'GET', `/api/clients/${clientId}/alerts`);
    const flags = alerts.body.flags as Json[];
    expect(flags).toHaveLength(1);
    expect(flags[0]!.sourceResultIds).toHaveLength(2);
    expect((alerts.body.tasks as Json[]).filter((x) => x.kind === 'cssrs_screen')).toHaveLength(1);
    const count = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from client_flags where client_id = ${clientId} and status = 'open'`,
    );
    expect(count.rows[0]!.n).toBe(1);
  });

  it('clears the flag only with a clinician’s documented risk assessment', async () => {
    const alerts = await call(cm, 'GET', `/api/clients/${clientId}/alerts`);
    const flag = (alerts.body.flags as Json[])[0]!;
    const byCm = await call(cm, 'POST', `/api/flags/${flag.id as string}/resolve`, {
      riskAssessment: 'Denies intent or plan; protective factors strong; safety plan reviewed.',
      version: flag.version,
    });
    expect(byCm.status).toBe(403);
    const short = await call(clinician, 'POST', `/api/flags/${flag.id as string}/resolve`, {
      riskAssessment: 'fine',
      version: flag.version,
    });
    expect(short.status).toBe(400);
    const ok = await call(clinician, 'POST', `/api/flags/${flag.id as string}/resolve`, {
      riskAssessment: 'Denies intent or plan; protective factors strong; safety plan reviewed.',
      version: flag.version,
    });
    expect(ok.status).toBe(200);
    expect((ok.body as unknown as Json[])[0]).toMatchObject({
      status: 'resolved',
      resolvedByName: 'Dr. Jordan Clinician',
    });
  });

  it('stores nothing for invalid answers and keeps signed results immutable', async () => {
    const before = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from instrument_results`,
    );
    const bad = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', answers: [1, 2] });
    expect(bad.status).toBe(400);
    const after = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from instrument_results`,
    );
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/assessments`);
    const id = (list.body.items as Json[])[0]!.id as string;
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/assessments/${id}`, headers: as(cm), payload: {} })).statusCode,
    ).toBe(404);
  });

  it('refuses to store results for a client outside the care team', async () => {
    const r = await call(peer, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad2', answers: [0, 0] });
    expect(r.status).toBe(403);
  });
});

describe('needs assessment, tier override and the assessment stage guard', () => {
  it('holds the episode in assessment until needs are assessed, then lets it move on', async () => {
    const ep = await call(cm, 'GET', `/api/episodes/${episodeId}`);
    const planning = (ep.body.nextStages as { stage: string; unmet: { id: string }[] }[]).find(
      (s) => s.stage === 'planning',
    )!;
    expect(planning.unmet.map((u) => u.id)).toEqual(['needs_assessment_complete']);

    const draft = await call(cm, 'POST', `/api/clients/${clientId}/needs-assessments`, {
      status: 'completed',
      domains: { housing: { rating: 3, clientWords: 'I sleep in my car', strengths: 'Has a car' } },
      present: [{ role: 'case_manager' }],
      clientPriorities: 'Somewhere to live',
    });
    expect(draft.status).toBe(400); // completed needs every domain rated and the client present
    const ratings = Object.fromEntries(
      NeedDomains.map((d) => [d, { rating: d === 'housing' ? 3 : 1, clientWords: null, strengths: null }]),
    );
    const done = await call(cm, 'POST', `/api/clients/${clientId}/needs-assessments`, {
      status: 'completed',
      domains: ratings,
      present: [{ role: 'client' }, { role: 'case_manager' }],
      clientPriorities: 'Somewhere to live',
    });
    expect(done.status).toBe(201);
    expect(done.body.actionable).toEqual(['housing']);
    const edit = await call(cm, 'PATCH', `/api/needs-assessments/${done.body.id}`, {
      status: 'draft',
      domains: ratings,
      present: [{ role: 'client' }],
      clientPriorities: 'x',
      version: done.body.version,
    });
    expect(edit.status).toBe(409);

    const after = await call(cm, 'GET', `/api/episodes/${episodeId}`);
    const moved = await call(cm, 'POST', `/api/episodes/${episodeId}/stage`, {
      to: 'planning',
      version: after.body.version,
    });
    expect(moved.status).toBe(200);
  });

  it('lets a clinician override the tier with a reason, keeping the history', async () => {
    const noReason = await call(clinician, 'POST', `/api/clients/${clientId}/risk/override`, { tier: 'high' });
    expect(noReason.status).toBe(400);
    const byCm = await call(cm, 'POST', `/api/clients/${clientId}/risk/override`, {
      tier: 'high',
      reason: 'Recent loss',
    });
    expect(byCm.status).toBe(403);
    const ok = await call(clinician, 'POST', `/api/clients/${clientId}/risk/override`, {
      tier: 'high',
      reason: 'Anniversary of a loss next week; recent eviction notice.',
    });
    expect(ok.body.current).toMatchObject({ tier: 'high', overridden: true });
    expect((ok.body.history as Json[]).length).toBeGreaterThanOrEqual(2);
    const loc = await call(cm, 'GET', `/api/clients/${clientId}/level-of-care`);
    expect(loc.body).toMatchObject({ tier: 'high', recommendation: { model: expect.any(String) } });
  });
});
