import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { caller, planGoal, planningEpisode, PNG } from '../../test/careplans-fixture.js';

let t: TestApp;
let cm: Session;
let sup: Session;
let episodeId: string;
const call = caller(
  () => t,
  () => cm,
);

const sign = (id: string, version: number, changeSummary?: string) =>
  call('POST', `/api/care-plans/${id}/sign`, {
    clientAgreement: { method: 'signature', signatureDataUrl: PNG },
    staffAttestation: true,
    changeSummary,
    version,
  });

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  const admin = await signIn(t.app, 'admin@riverbend.example');
  const ids = await planningEpisode(call, cm, 'Abernathy');
  episodeId = ids.episodeId;
  const program = (await call('GET', '/api/programs', undefined, admin)).body.items as {
    id: string;
    version: number;
  }[];
  const icm = program.find((p) => p.id === ids.programId)!;
  const set = await call(
    'PATCH',
    `/api/programs/${icm.id}`,
    { planApprovalRequired: true, version: icm.version },
    admin,
  );
  expect(set.body).toMatchObject({ planApprovalRequired: true });
});

describe('supervisor approval of care plans', () => {
  it('holds a signed plan for approval; a return sends it back as a draft without signatures', async () => {
    const draft = await call('POST', `/api/episodes/${episodeId}/care-plans`, {});
    const saved = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [planGoal('g1', ['housing'], 'A home'), planGoal('g2', ['income_benefits'], 'Money')] },
      version: draft.body.version,
    });
    const signed = await sign(draft.body.id, saved.body.version);
    expect(signed.body).toMatchObject({ status: 'pending_approval', reviewDueAt: null });

    // Not effective yet: the episode cannot leave planning, and nobody can edit or start another version.
    const ep = await call('GET', `/api/episodes/${episodeId}`);
    const blocked = await call('POST', `/api/episodes/${episodeId}/stage`, { to: 'active', version: ep.body.version });
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({ error: { code: 'stage_blocked' } });
    expect((await call('POST', `/api/episodes/${episodeId}/care-plans`, {})).status).toBe(409);
    const edit = await call('PUT', `/api/care-plans/${draft.body.id}`, {
      content: { goals: [] },
      version: signed.body.version,
    });
    expect(edit.status).toBe(409);
    await expect(
      t.ctx.database.db.execute(sql`update care_plans set content = '{}'::jsonb where id = ${draft.body.id}`),
    ).rejects.toThrow();

    // Only a program supervisor decides; a return needs a reason.
    const byCm = await call('POST', `/api/care-plans/${draft.body.id}/approval`, {
      decision: 'approve',
      version: signed.body.version,
    });
    expect(byCm.status).toBe(403);
    const queue = await call('GET', '/api/care-plans/pending-approval', undefined, sup);
    expect(queue.body.items).toEqual([expect.objectContaining({ planId: draft.body.id, versionNumber: 1 })]);
    const noReason = await call(
      'POST',
      `/api/care-plans/${draft.body.id}/approval`,
      { decision: 'return', version: signed.body.version },
      sup,
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ error: { details: { fields: [{ path: 'reason' }] } } });
    const returned = await call(
      'POST',
      `/api/care-plans/${draft.body.id}/approval`,
      { decision: 'return', reason: 'Add how often the housing visits happen.', version: signed.body.version },
      sup,
    );
    expect(returned.body).toMatchObject({
      status: 'draft',
      returnReason: 'Add how often the housing visits happen.',
      returnedByName: expect.any(String),
      signedAt: null,
      signatureDataUrl: null,
    });
  });

  it('makes the plan effective when approved, starting the review interval, and audits both steps', async () => {
    const [draft] = (await call('GET', `/api/episodes/${episodeId}/care-plans`)).body.items as {
      id: string;
      version: number;
    }[];
    const signed = await sign(draft!.id, draft!.version);
    expect(signed.body.status).toBe('pending_approval');
    const stale = await call(
      'POST',
      `/api/care-plans/${draft!.id}/approval`,
      { decision: 'approve', version: draft!.version },
      sup,
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });
    const approved = await call(
      'POST',
      `/api/care-plans/${draft!.id}/approval`,
      { decision: 'approve', version: signed.body.version },
      sup,
    );
    expect(approved.body).toMatchObject({ status: 'effective', approvedByName: expect.any(String) });
    expect(approved.body.reviewDueAt).toBeTruthy();
    const again = await call(
      'POST',
      `/api/care-plans/${draft!.id}/approval`,
      { decision: 'approve', version: approved.body.version },
      sup,
    );
    expect(again.status).toBe(409);
    expect((await call('GET', '/api/care-plans/pending-approval', undefined, sup)).body.items).toEqual([]);

    const ep = await call('GET', `/api/episodes/${episodeId}`);
    expect(
      (await call('POST', `/api/episodes/${episodeId}/stage`, { to: 'active', version: ep.body.version })).status,
    ).toBe(200);
    const audit = await t.ctx.database.db.execute<{ action: string }>(
      sql`select action from audit_events where entity_id = ${draft!.id} and action like 'care_plan.%' order by id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['care_plan.sign_pending_approval', 'care_plan.return', 'care_plan.approve']),
    );
  });
});
