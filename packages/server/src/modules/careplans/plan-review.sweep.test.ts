import { addDays } from 'date-fns';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { careTasks } from '../tasks/tasks.schema.js';
import { carePlanReviews, carePlans } from './careplans.schema.js';
import { runPlanReviewSweep } from './plan-review.sweep.js';

let t: TestApp;
let cm: Session;
let clientId: string;
let episodeId: string;
let planId: string;
const signedAt = new Date('2026-01-05T15:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  const call = async (url: string, payload: Record<string, unknown>) =>
    (await t.app.inject({ method: 'POST', url, headers: as(cm), payload })).json<{ id: string }>();
  const programs = (await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(cm) })).json<{
    items: { id: string; model: string }[];
  }>();
  const icm = programs.items.find((p) => p.model === 'intensive')!;
  clientId = (await call('/api/clients', { firstName: 'Ines', lastName: 'Halloran', dateOfBirth: '1990-07-07' })).id;
  episodeId = (await call(`/api/clients/${clientId}/episodes`, { programId: icm.id, primaryCaseManagerId: cm.userId }))
    .id;
  // An effective plan signed on 5 January: the ICM review interval (90 days) makes it due on 5 April.
  const [plan] = await t.ctx.database.db
    .insert(carePlans)
    .values({
      organizationId: cm.organizationId,
      clientId,
      episodeId,
      versionNumber: 1,
      status: 'effective',
      content: { goals: [], deferredNeeds: [] },
      signedById: cm.userId,
      signedAt,
      reviewDueAt: addDays(signedAt, 90),
      createdAt: signedAt,
      updatedAt: signedAt,
    })
    .returning();
  planId = plan!.id;
});

const openReviewTasks = () =>
  t.ctx.database.db
    .select()
    .from(careTasks)
    .where(and(eq(careTasks.sourceKey, `plan_review:${planId}`), eq(careTasks.status, 'open')));

describe('plan-review rule', () => {
  it('raises nothing while the review is more than 7 days away', async () => {
    await runPlanReviewSweep(t.ctx, new Date('2026-03-28T14:59:00Z'));
    expect(await openReviewTasks()).toHaveLength(0);
  });

  it('raises one task for the primary case manager within 7 days of the review, however often it runs', async () => {
    const now = new Date('2026-03-29T15:00:00Z');
    const first = await runPlanReviewSweep(t.ctx, now);
    const second = await runPlanReviewSweep(t.ctx, now);
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(second.created).toBe(0);
    const tasks = await openReviewTasks();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'plan_review',
      source: 'plan_review',
      clientId,
      episodeId,
      assignedToId: cm.userId,
      dueAt: addDays(signedAt, 90),
    });
    const mine = await t.app.inject({ method: 'GET', url: '/api/tasks/mine', headers: as(cm) });
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(tasks[0]!.id);
  });

  it('closes the task once the review is recorded', async () => {
    await t.ctx.database.db.insert(carePlanReviews).values({
      organizationId: cm.organizationId,
      clientId,
      planId,
      reviewedAt: new Date('2026-03-30T15:00:00Z'),
      reviewedById: cm.userId,
      goals: [],
    });
    const result = await runPlanReviewSweep(t.ctx, new Date('2026-03-30T16:00:00Z'));
    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect(await openReviewTasks()).toHaveLength(0);
  });
});
