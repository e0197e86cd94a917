import {
  crisisFollowUpDueAt,
  isInFuture,
  type Actor,
  type CreateCrisisEventBody,
  type CrisisEventView,
  type FieldError,
  type ResolveCrisisEventBody,
  type UpdateCrisisEventBody,
} from '@careloop/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { crisisEvents } from './crisis.schema.js';
import { syncCrisisState } from './crisis-flag.js';
import { crisisSettingsOf } from './crisis-settings.service.js';
import { openCrisisTasks } from './crisis-tasks.js';
import { crisisView, type CrisisEventRow } from './crisis-view.js';

async function openEpisodeOf(tx: DbOrTx, clientId: string): Promise<string | null> {
  const res = await tx.execute<{ id: string }>(sql`
    select id from episodes where client_id = ${clientId} and stage <> 'closed' order by opened_at desc limit 1`);
  return res.rows[0]?.id ?? null;
}

/** Field errors the schema cannot see: a time in the future, responders who are not staff here. */
async function checkFields(
  tx: DbOrTx,
  organizationId: string,
  body: { occurredAt?: string; respondedByIds?: readonly string[] },
  now: Date,
): Promise<void> {
  const fields: FieldError[] = [];
  if (body.occurredAt && isInFuture(new Date(body.occurredAt), now)) {
    fields.push({ path: 'occurredAt', message: 'A crisis cannot be recorded for a time in the future.' });
  }
  const ids = [...new Set(body.respondedByIds ?? [])];
  if (ids.length) {
    const found = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organizationId, organizationId), inArray(users.id, ids)));
    if (found.length !== ids.length) {
      fields.push({ path: 'respondedByIds', message: 'Choose responders from the agency staff.' });
    }
  }
  if (fields.length) throw validationFailed(fields);
}

/**
 * Record a crisis, in one transaction: the event, the follow-up contact task (due the agency's
 * hours after it), the safety-plan review task, the `open_crisis` flag with its alert to the care
 * team, the recomputed risk tier and the audit row.
 */
export async function createCrisisEvent(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateCrisisEventBody,
  meta: RequestMeta,
): Promise<CrisisEventView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    await checkFields(tx, actor.organizationId, body, now);
    const settings = await crisisSettingsOf(tx, actor.organizationId);
    const occurredAt = new Date(body.occurredAt);
    const responders = body.respondedByIds?.length ? [...new Set(body.respondedByIds)] : [actor.userId];
    const [row] = await tx
      .insert(crisisEvents)
      .values({
        organizationId: actor.organizationId,
        clientId,
        episodeId: await openEpisodeOf(tx, clientId),
        occurredAt,
        triggers: body.triggers,
        actions: body.actions,
        disposition: body.disposition,
        riskObserved: body.riskObserved ?? null,
        summary: body.summary,
        respondedByIds: responders,
        otherResponders: body.otherResponders ?? null,
        location: body.location ?? null,
        followUpDueAt: crisisFollowUpDueAt(occurredAt, settings.followUpHours),
        recordedById: actor.userId,
        recordedAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('crisis event insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'crisis_event.create',
        entityType: 'crisis_event',
        entityId: row.id,
        clientId,
        details: { disposition: row.disposition, triggers: row.triggers, actions: row.actions },
      },
      meta,
    );
    await openCrisisTasks(tx, row, now);
    await syncCrisisState(tx, actor, clientId, now);
    return crisisView(tx, actor.organizationId, row.id);
  });
}

async function lockEvent(tx: DbOrTx, actor: Actor, id: string, version: number): Promise<CrisisEventRow> {
  const [row] = await tx
    .select()
    .from(crisisEvents)
    .where(and(eq(crisisEvents.id, id), eq(crisisEvents.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw notFound('Crisis event');
  if (row.version !== version) throw versionConflict(await crisisView(tx, actor.organizationId, id));
  if (row.status !== 'open') throw new AppError(409, 'conflict', 'This crisis is resolved and cannot change.');
  return row;
}

const EDIT_FIELDS = [
  'occurredAt',
  'triggers',
  'actions',
  'disposition',
  'summary',
  'riskObserved',
  'respondedByIds',
  'otherResponders',
  'location',
] as const;

/**
 * Correct an open crisis (optimistic concurrency). The follow-up due time stays as first set: the
 * task was promised for it. A moved time can change the 90-day count, so the tier is recomputed.
 */
export async function updateCrisisEvent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateCrisisEventBody,
  meta: RequestMeta,
): Promise<CrisisEventView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockEvent(tx, actor, id, body.version);
    const now = ctx.now();
    await checkFields(tx, actor.organizationId, body, now);
    const edited = EDIT_FIELDS.filter((f) => body[f] !== undefined);
    await tx
      .update(crisisEvents)
      .set({
        ...(body.occurredAt !== undefined && { occurredAt: new Date(body.occurredAt) }),
        ...(body.triggers !== undefined && { triggers: body.triggers }),
        ...(body.actions !== undefined && { actions: body.actions }),
        ...(body.disposition !== undefined && { disposition: body.disposition }),
        ...(body.summary !== undefined && { summary: body.summary }),
        ...(body.riskObserved !== undefined && { riskObserved: body.riskObserved }),
        ...(body.respondedByIds !== undefined && {
          respondedByIds: body.respondedByIds.length ? [...new Set(body.respondedByIds)] : row.respondedByIds,
        }),
        ...(body.otherResponders !== undefined && { otherResponders: body.otherResponders }),
        ...(body.location !== undefined && { location: body.location }),
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(crisisEvents.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'crisis_event.update',
        entityType: 'crisis_event',
        entityId: id,
        clientId: row.clientId,
        details: { fields: edited },
      },
      meta,
    );
    await syncCrisisState(tx, actor, row.clientId, now);
    return crisisView(tx, actor.organizationId, id);
  });
}

/** Resolve with a note: the banner's `open_crisis` flag clears when no other crisis is open. */
export async function resolveCrisisEvent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ResolveCrisisEventBody,
  meta: RequestMeta,
): Promise<CrisisEventView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockEvent(tx, actor, id, body.version);
    const now = ctx.now();
    await tx
      .update(crisisEvents)
      .set({
        status: 'resolved',
        resolutionNote: body.note,
        resolvedAt: now,
        resolvedById: actor.userId,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(crisisEvents.id, id));
    await recordAudit(
      tx,
      actor,
      { action: 'crisis_event.resolve', entityType: 'crisis_event', entityId: id, clientId: row.clientId },
      meta,
    );
    await syncCrisisState(tx, actor, row.clientId, now);
    return crisisView(tx, actor.organizationId, id);
  });
}
