import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, caller, enrolledClient, type Json } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { currentSafetyPlan } from './safety-plan-lookup.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let outsider: Session;
let clientId: string;
let episodeId: string;

/** The body the outside check sends: plain strings where it has them. */
const outsideBody = {
  warningSigns: ['Not sleeping', 'Staying in my room'],
  copingStrategies: ['Walk by the river'],
  socialDistractions: ['Coffee shop on Main', { name: 'Sam', phone: '555-0101' }],
  helpContacts: ['Mum 555-0100'],
  professionalContacts: [{ name: '988 Suicide & Crisis Lifeline', phone: '988' }],
  environmentSafety: [{ means: 'Spare medication', plan: 'Mum keeps it', responsiblePerson: 'Mum' }],
  reasonsForLiving: ['My daughter'],
};

async function plansOf(id: string) {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from safety_plans where client_id = ${id}`,
  );
  return res.rows[0]!.n;
}

async function openTasks(kind: string) {
  const res = await t.ctx.database.db.execute<{ id: string; status: string; completed_by_id: string | null }>(
    sql`select id, status, completed_by_id from care_tasks where client_id = ${clientId} and kind = ${kind}`,
  );
  return res.rows;
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  outsider = await addStaff(t, 'cm-off-team@riverbend.example', 'case_manager');
  ({ clientId, episodeId } = await enrolledClient(t, cm, 'intensive', 'Safetyplanson'));
});

describe('safety plans', () => {
  let planId: string;
  let version: number;

  it('answers 400 field by field and writes nothing', async () => {
    const r = await call(cm, 'POST', `/api/clients/${clientId}/safety-plans`, {
      warningSigns: [''],
      helpContacts: [7],
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect(await plansOf(clientId)).toBe(0);
  });

  it('answers 403 to someone off the care team and writes nothing', async () => {
    const r = await call(outsider, 'POST', `/api/clients/${clientId}/safety-plans`, outsideBody);
    expect(r.status).toBe(403);
    expect(await plansOf(clientId)).toBe(0);
    expect((await call(outsider, 'GET', `/api/clients/${clientId}/safety-plans`)).status).toBe(403);
  });

  it('creates a draft (201) from the outside body, strings normalized, audited', async () => {
    // A C-SSRS at high opens the urgent safety-plan task this plan answers.
    const cssrs = await call(cm, 'POST', `/api/clients/${clientId}/assessments`, {
      instrument: 'cssrs_screen',
      answers: { q1: true, q2: true, q3: true, q4: true, q5: true, q6: true, q6Within3Months: true },
      episodeId,
    });
    expect(cssrs.status).toBe(201);
    expect((await openTasks('safety_plan')).map((x) => x.status)).toEqual(['open']);

    const r = await call(cm, 'POST', `/api/clients/${clientId}/safety-plans`, outsideBody);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      clientId,
      planNumber: 1,
      version: 1,
      status: 'draft',
      helpContacts: [{ name: 'Mum 555-0100', relationship: null, phone: null }],
      socialDistractions: [
        { name: 'Coffee shop on Main', phone: null },
        { name: 'Sam', phone: '555-0101' },
      ],
    });
    planId = r.body.id;
    version = r.body.version;
    expect(await auditActions(t, planId)).toEqual(['safety_plan:safety_plan.create']);
  });

  it('edits the draft with its version, and answers 409 on a stale version (nothing written)', async () => {
    const r = await call(cm, 'PATCH', `/api/safety-plans/${planId}`, { version, copingStrategies: ['Music', 'Walk'] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ copingStrategies: ['Music', 'Walk'], warningSigns: outsideBody.warningSigns });
    const stale = await call(cm, 'PATCH', `/api/safety-plans/${planId}`, { version, copingStrategies: [] });
    expect(stale.status).toBe(409);
    version = r.body.version;
    expect((await call(cm, 'GET', `/api/safety-plans/${planId}`)).body.copingStrategies).toEqual(['Music', 'Walk']);
  });

  it('will not sign without the client, nor without a warning sign', async () => {
    const noClient = await call(cm, 'POST', `/api/safety-plans/${planId}/sign`, { signedByClient: false, version });
    expect(noClient.status).toBe(400);
    const other = await enrolledClient(t, cm, 'intensive', 'Nosignson');
    const empty = await call(cm, 'POST', `/api/clients/${other.clientId}/safety-plans`, { reasonsForLiving: ['x'] });
    expect(empty.status).toBe(201);
    const r = await call(cm, 'POST', `/api/safety-plans/${empty.body.id}/sign`, { signedByClient: true, version: 1 });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('warningSigns');
    expect((await call(cm, 'GET', `/api/safety-plans/${empty.body.id}`)).body.status).toBe('draft');
  });

  it('signs (200): staff is the actor, the client attested, the safety-plan and review tasks close', async () => {
    const [org] = (
      await t.ctx.database.db.execute<{ organization_id: string }>(
        sql`select organization_id from clients where id = ${clientId}`,
      )
    ).rows;
    await t.ctx.database.db.transaction((tx) =>
      openKeyedRuleTask(
        tx,
        {
          organizationId: org!.organization_id,
          clientId,
          episodeId,
          kind: 'safety_plan_review',
          priority: 'urgent',
          source: 'crisis',
          sourceKey: `safety_plan_review:${clientId}`,
          dueAt: new Date(t.clock.now.getTime() + 86_400_000),
          assignedToId: cm.userId,
        },
        t.clock.now,
      ),
    );
    const r = await call(cm, 'POST', `/api/safety-plans/${planId}/sign`, { signedByClient: true, version });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'signed', signedById: cm.userId, signedByClient: true });
    for (const kind of ['safety_plan', 'safety_plan_review']) {
      expect(await openTasks(kind)).toEqual([
        expect.objectContaining({ status: 'completed', completed_by_id: cm.userId }),
      ]);
    }
    expect(await auditActions(t, planId)).toContain('safety_plan:safety_plan.sign');
    version = r.body.version;
  });

  it('answers 409 to a PATCH of the signed version, which stays as it was', async () => {
    const r = await call(cm, 'PATCH', `/api/safety-plans/${planId}`, { version, warningSigns: ['changed'] });
    expect(r.status).toBe(409);
    expect((await call(cm, 'GET', `/api/safety-plans/${planId}`)).body.warningSigns).toEqual(outsideBody.warningSigns);
  });

  it('records "reviewed, no change" on the signed plan', async () => {
    const r = await call(cm, 'POST', `/api/safety-plans/${planId}/review`, { version, note: 'After the crisis call' });
    expect(r.status).toBe(200);
    expect(r.body.reviews).toEqual([
      expect.objectContaining({ reviewedById: cm.userId, note: 'After the crisis call' }),
    ]);
    expect(await auditActions(t, planId)).toContain('safety_plan:safety_plan.review');
  });

  it('makes a new draft version from the signed one; signing it supersedes the old', async () => {
    const next = await call(cm, 'POST', `/api/safety-plans/${planId}/revise`);
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({
      planNumber: 2,
      status: 'draft',
      basedOnId: planId,
      warningSigns: outsideBody.warningSigns,
    });
    expect((await call(cm, 'POST', `/api/safety-plans/${planId}/revise`)).status).toBe(409);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/safety-plans`);
    expect(list.body).toMatchObject({ current: { id: planId }, draft: { id: next.body.id } });
    expect((list.body.defaultProfessionalContacts as Json[])[0]).toMatchObject({ phone: '988' });
    const signed = await call(cm, 'POST', `/api/safety-plans/${next.body.id}/sign`, {
      signedByClient: true,
      version: next.body.version,
    });
    expect(signed.status).toBe(200);
    expect((await call(cm, 'GET', `/api/safety-plans/${planId}`)).body.status).toBe('superseded');
    const current = await currentSafetyPlan(t.ctx.database.db, cm.organizationId, clientId);
    expect(current).toMatchObject({ id: next.body.id, planNumber: 2, status: 'signed' });
  });

  it('prints the card as HTML with a print layout, audited', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/safety-plans/${planId}/print`,
      headers: { cookie: cm.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('@page');
    expect(res.body).toContain('Mum 555-0100');
    expect(res.body).toContain('People I can ask for help');
    expect(await auditActions(t, planId)).toContain('safety_plan:safety_plan.print');
    const outsiderPrint = await t.app.inject({
      method: 'GET',
      url: `/api/safety-plans/${planId}/print`,
      headers: { cookie: outsider.cookie },
    });
    expect(outsiderPrint.statusCode).toBe(403);
  });
});
