import {
  defaultProfessionalContacts,
  type ClientSafetyPlans,
  type SafetyPlanSummary,
  type SafetyPlanView,
} from '@careloop/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';
import { safetyPlanReviews, safetyPlans } from './safety.schema.js';

export type SafetyPlanRow = typeof safetyPlans.$inferSelect;

const creator = alias(users, 'creator');
const signer = alias(users, 'signer');

interface Joined {
  p: SafetyPlanRow;
  createdByName: string | null;
  signedByName: string | null;
}

async function joined(db: DbOrTx, where: ReturnType<typeof and>): Promise<Joined[]> {
  return db
    .select({ p: safetyPlans, createdByName: creator.name, signedByName: signer.name })
    .from(safetyPlans)
    .leftJoin(creator, eq(creator.id, safetyPlans.createdById))
    .leftJoin(signer, eq(signer.id, safetyPlans.signedById))
    .where(where)
    .orderBy(desc(safetyPlans.planNumber));
}

async function lastReviews(db: DbOrTx, planIds: readonly string[]): Promise<Map<string, Date>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: safetyPlanReviews.planId, at: safetyPlanReviews.reviewedAt })
    .from(safetyPlanReviews)
    .where(inArray(safetyPlanReviews.planId, [...planIds]));
  const last = new Map<string, Date>();
  for (const r of rows) if (!last.has(r.planId) || last.get(r.planId)! < r.at) last.set(r.planId, r.at);
  return last;
}

function summary(j: Joined, lastReviewedAt: Date | undefined): SafetyPlanSummary {
  const { p } = j;
  return {
    id: p.id,
    clientId: p.clientId,
    planNumber: p.planNumber,
    version: p.version,
    status: p.status,
    basedOnId: p.basedOnId,
    createdAt: p.createdAt.toISOString(),
    createdById: p.createdById,
    createdByName: j.createdByName,
    updatedAt: p.updatedAt.toISOString(),
    signedAt: p.signedAt?.toISOString() ?? null,
    signedById: p.signedById,
    signedByName: j.signedByName,
    signedByClient: p.signedByClient,
    lastReviewedAt: lastReviewedAt?.toISOString() ?? null,
  };
}

async function fullView(db: DbOrTx, j: Joined): Promise<SafetyPlanView> {
  const reviews = await db
    .select({ r: safetyPlanReviews, byName: users.name })
    .from(safetyPlanReviews)
    .leftJoin(users, eq(users.id, safetyPlanReviews.reviewedById))
    .where(eq(safetyPlanReviews.planId, j.p.id))
    .orderBy(asc(safetyPlanReviews.reviewedAt));
  return {
    ...summary(j, reviews.at(-1)?.r.reviewedAt),
    ...j.p.content,
    reviews: reviews.map(({ r, byName }) => ({
      id: r.id,
      reviewedAt: r.reviewedAt.toISOString(),
      reviewedById: r.reviewedById,
      reviewedByName: byName,
      note: r.note,
    })),
  };
}

/** One version with its reviews, within the organisation. */
export async function planView(db: DbOrTx, organizationId: string, id: string): Promise<SafetyPlanView> {
  const [j] = await joined(db, and(eq(safetyPlans.id, id), eq(safetyPlans.organizationId, organizationId)));
  if (!j) throw notFound('Safety plan');
  return fullView(db, j);
}

/** The newest signed version, else the newest draft (what the chart, the card and the lead's views show). */
export async function currentPlanOf(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
): Promise<SafetyPlanView | null> {
  const all = await joined(db, and(eq(safetyPlans.organizationId, organizationId), eq(safetyPlans.clientId, clientId)));
  const current = all.find((j) => j.p.status === 'signed') ?? all.find((j) => j.p.status === 'draft');
  return current ? fullView(db, current) : null;
}

/** The client's plans: current, the draft being written, the history (newest first), the form's defaults. */
export async function clientPlans(db: DbOrTx, organizationId: string, clientId: string): Promise<ClientSafetyPlans> {
  const all = await joined(db, and(eq(safetyPlans.organizationId, organizationId), eq(safetyPlans.clientId, clientId)));
  const last = await lastReviews(
    db,
    all.map((j) => j.p.id),
  );
  const signed = all.find((j) => j.p.status === 'signed');
  const draft = all.find((j) => j.p.status === 'draft');
  const current = signed ?? draft;
  const [org] = await db
    .select({ crisisLineName: organizations.crisisLineName, crisisLinePhone: organizations.crisisLinePhone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return {
    current: current ? await fullView(db, current) : null,
    draft: draft ? await fullView(db, draft) : null,
    items: all.map((j) => summary(j, last.get(j.p.id))),
    defaultProfessionalContacts: defaultProfessionalContacts(org ?? { crisisLineName: null, crisisLinePhone: null }),
  };
}

/** The client a version belongs to (for the access check), within the organisation. */
export async function planClient(db: DbOrTx, organizationId: string, id: string): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: safetyPlans.clientId })
    .from(safetyPlans)
    .where(and(eq(safetyPlans.id, id), eq(safetyPlans.organizationId, organizationId)));
  if (!row) throw notFound('Safety plan');
  return row;
}
