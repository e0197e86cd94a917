import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { caller, planGoal as goal, planningEpisode, PNG } from '../../test/careplans-fixture.js';

let t: TestApp;
let cm: Session;
let clientId: string;
let episodeId: string;
const call = caller(
  () => t,
  () => cm,
);

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  ({ clientId, episodeId } = await planningEpisode(call, cm, 'Okonkwo'));
});

describe('GAS endpoint', () => {
  it('computes the T-score rounded to 2 decimals and rejects ratings outside -2..+2', async () => {
    expect((await call('POST', '/api/outcomes/gas', { attainment: [1, 1, 0] })).body).toEqual({ tScore: 59.13 });
    expect((await call('POST', '/api/outcomes/gas', { attainment: [1, -1], weights: [2, 1] })).body).toEqual({
      tScore: 54.02,
    });
    const bad = await call('POST', '/api/outcomes/gas', { attainment: [3] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: { fields: [{ path: 'attainment.0' }] } } });
  });
});

describe('care plans', () => {
  it('cover every actionable need before the client can sign, then become effective and immutable', async () => {
    const draft = await call('POST', `/api/episodes/${episodeId}/care-plans`, {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ versionNumber: 1, status: 'draft' });
    expect((await call('POST', `/api/episodes/${episodeId}/care-plans`, {})).status).toBe(409);

    const one = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [goal('g1', ['housing'], 'I want my own place')], deferredNeeds: [] },
      version: draft.body.version,
    });
    expect(one.body.coverage).toEqual({ covered: ['housing'], deferred: [], missing: ['income_benefits'] });
    const stale = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [] },
      version: draft.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict', details: { current: { version: 2 } } } });

    const blocked = await call('POST', `/api/care-plans/${draft.body.id}/sign`, {
      clientAgreement: { method: 'signature', signatureDataUrl: PNG },
      staffAttestation: true,
      version: one.body.version,
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({
      error: { code: 'plan_incomplete', details: { missing: ['income_benefits'] } },
    });

    const two = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: {
        goals: [goal('g1', ['housing'], 'I want my own place'), goal('g2', ['income_benefits'], 'Money for food')],
      },
      version: one.body.version,
    });
    const noSig = await call('POST', `/api/care-plans/${draft.body.id}/sign`, {
      clientAgreement: { method: 'signature' },
      staffAttestation: true,
      version: two.body.version,
    });
    expect(noSig.status).toBe(400);
    const signed = await call('POST', `/api/care-plans/${draft.body.id}/sign`, {
      clientAgreement: { method: 'signature', signatureDataUrl: PNG },
      staffAttestation: true,
      version: two.body.version,
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'effective',
      signedById: cm.userId,
      clientAgreementMethod: 'signature',
    });
    expect(signed.body.reviewDueAt).toBeTruthy();
    const edit = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [] },
      version: signed.body.version,
    });
    expect(edit.status).toBe(409);
    await expect(
      t.ctx.database.db.execute(sql`update care_plans set content = '{}'::jsonb where id = ${draft.body.id}`),
    ).rejects.toThrow();
  });

  it('lets the episode go active only with an agreed plan, and versions later changes', async () => {
    const ep = await call('GET', `/api/episodes/${episodeId}`);
    const active = await call('POST', `/api/episodes/${episodeId}/stage`, { to: 'active', version: ep.body.version });
    expect(active.status).toBe(200);

    const v2 = await call('POST', `/api/episodes/${episodeId}/care-plans`, {});
    expect(v2.body).toMatchObject({ versionNumber: 2, status: 'draft' });
    expect((v2.body.content as { goals: unknown[] }).goals).toHaveLength(2);
    const noSummary = await call('POST', `/api/care-plans/${v2.body.id}/sign`, {
      clientAgreement: { method: 'verbal', verbalReason: 'Reviewed by phone' },
      staffAttestation: true,
      version: v2.body.version,
    });
    expect(noSummary.status).toBe(400);
    const ok = await call('POST', `/api/care-plans/${v2.body.id}/sign`, {
      clientAgreement: { method: 'verbal', verbalReason: 'Reviewed by phone' },
      staffAttestation: true,
      changeSummary: 'Added a weekly budgeting session.',
      version: v2.body.version,
    });
    expect(ok.body).toMatchObject({ status: 'effective', versionNumber: 2 });
    const list = await call('GET', `/api/episodes/${episodeId}/care-plans`);
    expect(
      (list.body.items as { versionNumber: number; status: string }[]).map((p) => [p.versionNumber, p.status]),
    ).toEqual([
      [2, 'effective'],
      [1, 'superseded'],
    ]);
  });

  it('reviews the effective plan with GAS, and brings the review forward when the risk tier rises', async () => {
    const v3 = await call('POST', `/api/episodes/${episodeId}/care-plans`, {});
    const content = v3.body.content as { goals: Record<string, unknown>[] };
    const levels = { minus2: 'worse', minus1: 'as now', zero: 'lease signed', plus1: 'moved in', plus2: 'settled' };
    content.goals[0] = { ...content.goals[0], gas: { levels, weight: 2, baseline: -1 } };
    const saved = await call('PUT', `/api/care-plans/${v3.body.id}`, { content, version: v3.body.version });
    const signed = await call('POST', `/api/care-plans/${v3.body.id}/sign`, {
      clientAgreement: { method: 'verbal', verbalReason: 'By phone' },
      staffAttestation: true,
      changeSummary: 'Added a GAS scale for housing.',
      version: saved.body.version,
    });
    expect(signed.body.status).toBe('effective');
    const noScale = await call('POST', `/api/care-plans/${v3.body.id}/reviews`, {
      goals: [{ goalId: 'g2', progress: 'Applied for benefits', attainment: 0 }],
    });
    expect(noScale.status).toBe(400);
    const review = await call('POST', `/api/care-plans/${v3.body.id}/reviews`, {
      goals: [
        { goalId: 'g1', progress: 'Moved in last week', attainment: 1 },
        { goalId: 'g2', progress: 'Benefits approved' },
      ],
      clientComments: 'Feels good to have keys.',
    });
    expect(review.status).toBe(201);
    // One rated goal, weight 2, x = 1: T = 50 + 10·2 / √(0.7·4 + 0.3·4) = 60
    expect(review.body.gasTScore).toBe(60);

    const cl = await call('GET', '/api/caseload');
    expect(cl.body).toMatchObject({ items: expect.any(Array) });
    const before = cl.body.items as {
      episodeId: string;
      overdue: { kind: string }[];
    }[];
    expect(before.find((i) => i.episodeId === episodeId)?.overdue.map((o) => o.kind)).not.toContain('plan_review');
    t.clock.advance(60_000);
    await call('POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'cssrs_screen',
      answers: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false, q6Within3Months: null },
    });
    t.clock.advance(2 * 86_400_000);
    cm = await signIn(t.app, 'case_manager@riverbend.example'); // the session idled out meanwhile
    const after = (await call('GET', '/api/caseload')).body.items as {
      episodeId: string;
      overdue: { kind: string }[];
    }[];
    expect(after.find((i) => i.episodeId === episodeId)?.overdue.map((o) => o.kind)).toContain('plan_review');
    const sup = await signIn(t.app, 'supervisor@riverbend.example');
    const view = await call('GET', '/api/caseload/supervision', undefined, sup);
    expect(view.body.overdueReviews).toEqual(
      expect.arrayContaining([expect.objectContaining({ episodeId, reason: 'tier_rose' })]),
    );
  });
});

describe('draft autosave', () => {
  const auditCount = async (planId: string) => {
    const r = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'care_plan.save_draft' and entity_id = ${planId}`,
    );
    return r.rows[0]?.n ?? 0;
  };

  it('saves a draft with an unfinished goal, and signs it only once the goal is written', async () => {
    const { episodeId: ep } = await planningEpisode(call, cm, 'Adebayo', {
      firstName: 'Tunde',
      dateOfBirth: '1975-02-11',
    });
    const draft = await call('POST', `/api/episodes/${ep}/care-plans`, {});
    const unfinished = {
      preferences: 'Mornings',
      goals: [goal('g1', ['housing'], 'A home of my own'), { ...goal('g2', ['income_benefits'], ''), objectives: [] }],
    };
    const saved = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: unfinished,
      version: draft.body.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(draft.body.version + 1);
    const content = saved.body.content as { preferences: string; goals: { clientWords: string }[] };
    expect(content.preferences).toBe('Mornings');
    expect(content.goals.map((g) => g.clientWords)).toEqual(['A home of my own', '']);
    expect(await auditCount(draft.body.id)).toBe(1);

    const agreement = { clientAgreement: { method: 'verbal', verbalReason: 'By phone' }, staffAttestation: true };
    const refused = await call('POST', `/api/care-plans/${draft.body.id}/sign`, {
      ...agreement,
      version: saved.body.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: {
        code: 'validation_failed',
        details: {
          fields: [{ path: 'content.goals.1.clientWords', message: "Write the goal in the client's own words." }],
        },
      },
    });
    const still = await call('GET', `/api/care-plans/${draft.body.id}`);
    expect(still.body).toMatchObject({ status: 'draft', version: saved.body.version, signedAt: null });

    const finished = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: {
        ...unfinished,
        goals: [unfinished.goals[0], { ...unfinished.goals[1], clientWords: 'Money for rent' }],
      },
      version: saved.body.version,
    });
    expect(finished.status).toBe(200);
    const signed = await call('POST', `/api/care-plans/${draft.body.id}/sign`, {
      ...agreement,
      version: finished.body.version,
    });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('effective');
  });

  it('refuses a draft that breaks a limit with the field named, and writes nothing', async () => {
    const { episodeId: ep } = await planningEpisode(call, cm, 'Lindqvist', {
      firstName: 'Maja',
      dateOfBirth: '1993-12-30',
    });
    const draft = await call('POST', `/api/episodes/${ep}/care-plans`, {});
    const first = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [goal('g1', ['housing'], 'A home')] },
      version: draft.body.version,
    });
    expect(first.status).toBe(200);
    const audits = await auditCount(draft.body.id);

    const tooLong = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [goal('g1', ['housing'], 'x'.repeat(2001))] },
      version: first.body.version,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      error: { code: 'validation_failed', details: { fields: [{ path: 'content.goals.0.clientWords' }] } },
    });
    const badKind = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: {
        goals: [
          { ...goal('g1', ['housing'], 'A home'), interventions: [{ id: 'i1', what: '', responsibleKind: 'x' }] },
        ],
      },
      version: first.body.version,
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body).toMatchObject({
      error: { details: { fields: [{ path: 'content.goals.0.interventions.0.responsibleKind' }] } },
    });

    const after = await call('GET', `/api/care-plans/${draft.body.id}`);
    expect(after.body.version).toBe(first.body.version);
    expect((after.body.content as { goals: { clientWords: string }[] }).goals[0]?.clientWords).toBe('A home');
    expect(await auditCount(draft.body.id)).toBe(audits);
  });
});
