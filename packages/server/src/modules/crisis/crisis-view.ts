import { crisisFollowUpKey, type CrisisEventView } from '@careloop/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { careTasks } from '../tasks/tasks.schema.js';
import { users } from '../users/users.schema.js';
import { crisisEvents } from './crisis.schema.js';

export type CrisisEventRow = typeof crisisEvents.$inferSelect;

/** Rows → API shape, with the names and follow-up state for all of them in two queries. */
export async function crisisViews(db: DbOrTx, rows: readonly CrisisEventRow[]): Promise<CrisisEventView[]> {
  if (rows.length === 0) return [];
  const userIds = new Set<string>();
  for (const r of rows) {
    r.respondedByIds.forEach((id) => userIds.add(id));
    userIds.add(r.recordedById);
    if (r.resolvedById) userIds.add(r.resolvedById);
  }
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...userIds]));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const followUps = await db
    .select({ key: careTasks.sourceKey, status: careTasks.status, completedAt: careTasks.completedAt })
    .from(careTasks)
    .where(
      and(
        eq(careTasks.source, 'crisis'),
        inArray(
          careTasks.sourceKey,
          rows.map((r) => crisisFollowUpKey(r.id)),
        ),
      ),
    );
  const doneAt = new Map(
    followUps.filter((t) => t.status !== 'open' && t.completedAt).map((t) => [t.key, t.completedAt]),
  );
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    episodeId: r.episodeId,
    occurredAt: r.occurredAt.toISOString(),
    triggers: r.triggers,
    actions: r.actions,
    disposition: r.disposition,
    riskObserved: r.riskObserved,
    summary: r.summary,
    responders: r.respondedByIds.map((id) => ({ id, name: nameOf.get(id) ?? null })),
    otherResponders: r.otherResponders,
    location: r.location,
    status: r.status,
    resolutionNote: r.resolutionNote,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolvedByName: r.resolvedById ? (nameOf.get(r.resolvedById) ?? null) : null,
    followUpDueAt: r.followUpDueAt.toISOString(),
    followUpDoneAt: doneAt.get(crisisFollowUpKey(r.id))?.toISOString() ?? null,
    recordedById: r.recordedById,
    recordedByName: nameOf.get(r.recordedById) ?? null,
    recordedAt: r.recordedAt.toISOString(),
    version: r.version,
  }));
}

export async function crisisView(db: DbOrTx, organizationId: string, id: string): Promise<CrisisEventView> {
  const [row] = await db
    .select()
    .from(crisisEvents)
    .where(and(eq(crisisEvents.id, id), eq(crisisEvents.organizationId, organizationId)));
  if (!row) throw notFound('Crisis event');
  const [view] = await crisisViews(db, [row]);
  if (!view) throw new Error('crisis view lost its row');
  return view;
}

/** The client a crisis event belongs to (for the access check before reading or changing it). */
export async function crisisClient(db: DbOrTx, organizationId: string, id: string): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: crisisEvents.clientId })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.id, id), eq(crisisEvents.organizationId, organizationId)));
  if (!row) throw notFound('Crisis event');
  return row;
}

/** A client's crisis events, newest first; `limit` for the chart's short lists. */
export async function clientCrisisEvents(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
  limit?: number,
): Promise<CrisisEventView[]> {
  const q = db
    .select()
    .from(crisisEvents)
    .where(and(eq(crisisEvents.organizationId, organizationId), eq(crisisEvents.clientId, clientId)))
    .orderBy(desc(crisisEvents.occurredAt));
  return crisisViews(db, limit === undefined ? await q : await q.limit(limit));
}
