import { localDate, type Actor, type ServiceFields, type ServiceView } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/database.js';
import { notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from '../organizations/organizations.schema.js';
import { completeKeyedRuleTasks } from '../tasks/rule-task.service.js';
import { directoryProviders, directoryServices } from './directory.schema.js';
import { serviceColumns, toServiceView, type ServiceRow } from './directory-view.js';
import { findOrCreateProvider } from './providers.js';

/** The key of a service's verification task (one open at a time). */
export const verificationTaskKey = (serviceId: string) => `directory_verification:${serviceId}`;

/** Today in the agency's zone (staleness and verification are calendar days). */
export async function agencyToday(tx: DbOrTx, organizationId: string, now: Date) {
  const [org] = await tx
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return localDate(now, org?.timeZone ?? 'UTC');
}

async function providerName(tx: Tx, providerId: string): Promise<string> {
  const [p] = await tx
    .select({ name: directoryProviders.name })
    .from(directoryProviders)
    .where(eq(directoryProviders.id, providerId));
  return p?.name ?? '';
}

export async function createService(
  ctx: AppContext,
  actor: Actor,
  body: ServiceFields,
  meta: RequestMeta,
): Promise<ServiceView> {
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const today = await agencyToday(tx, actor.organizationId, now);
    const providerId = await findOrCreateProvider(tx, actor.organizationId, body.organizationName, now);
    const [row] = await tx
      .insert(directoryServices)
      .values({
        organizationId: actor.organizationId,
        providerId,
        ...serviceColumns(body),
        // Entering a service is confirming it with the provider, unless the editor says when that was.
        lastVerifiedOn: body.lastVerifiedOn === undefined ? today : body.lastVerifiedOn,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('service insert returned nothing');
    await recordAudit(
      tx,
      actor,
      { action: 'directory_service.create', entityType: 'directory_service', entityId: row.id },
      meta,
    );
    return toServiceView(row, await providerName(tx, providerId), today);
  });
}

/** Lock the service for a change at the version the editor saw. */
async function lockService(tx: Tx, actor: Actor, id: string, expected: number | undefined, today: string) {
  if (expected === undefined) throw preconditionRequired();
  const [row] = await tx
    .select()
    .from(directoryServices)
    .where(and(eq(directoryServices.id, id), eq(directoryServices.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw notFound('Service');
  if (row.version !== expected)
    throw versionConflict(toServiceView(row, await providerName(tx, row.providerId), today));
  return row;
}

async function finish(
  tx: Tx,
  actor: Actor,
  updated: ServiceRow | undefined,
  action: string,
  details: Record<string, unknown>,
  meta: RequestMeta,
  today: string,
): Promise<ServiceView> {
  if (!updated) throw notFound('Service');
  await recordAudit(tx, actor, { action, entityType: 'directory_service', entityId: updated.id, details }, meta);
  return toServiceView(updated, await providerName(tx, updated.providerId), today);
}

export async function updateService(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ServiceFields,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ServiceView> {
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const today = await agencyToday(tx, actor.organizationId, now);
    const row = await lockService(tx, actor, id, expected, today);
    const providerId = await findOrCreateProvider(tx, actor.organizationId, body.organizationName, now);
    const lastVerifiedOn = body.lastVerifiedOn === undefined ? row.lastVerifiedOn : body.lastVerifiedOn;
    const [updated] = await tx
      .update(directoryServices)
      .set({ ...serviceColumns(body), providerId, lastVerifiedOn, updatedAt: now, version: row.version + 1 })
      .where(eq(directoryServices.id, id))
      .returning();
    if (lastVerifiedOn !== row.lastVerifiedOn && updated && !toServiceView(updated, '', today).stale) {
      await completeKeyedRuleTasks(tx, 'directory', [verificationTaskKey(id)], 'The entry was verified.', now);
    }
    return finish(tx, actor, updated, 'directory_service.update', { version: row.version + 1 }, meta, today);
  });
}

/** Confirmed with the provider today: stamps the date and closes the open verification task. */
export async function verifyService(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ServiceView> {
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const today = await agencyToday(tx, actor.organizationId, now);
    const row = await lockService(tx, actor, id, expected, today);
    const [updated] = await tx
      .update(directoryServices)
      .set({ lastVerifiedOn: today, updatedAt: now, version: row.version + 1 })
      .where(eq(directoryServices.id, id))
      .returning();
    const closed = await completeKeyedRuleTasks(
      tx,
      'directory',
      [verificationTaskKey(id)],
      'The entry was verified.',
      now,
    );
    return finish(
      tx,
      actor,
      updated,
      'directory_service.verify',
      { verifiedOn: today, tasksClosed: closed },
      meta,
      today,
    );
  });
}

/** Hide from search (a provider closed the service) or bring back; a hidden service needs no verification. */
export async function setServiceActive(
  ctx: AppContext,
  actor: Actor,
  id: string,
  active: boolean,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ServiceView> {
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const today = await agencyToday(tx, actor.organizationId, now);
    const row = await lockService(tx, actor, id, expected, today);
    const [updated] = await tx
      .update(directoryServices)
      .set({ active, updatedAt: now, version: row.version + 1 })
      .where(eq(directoryServices.id, id))
      .returning();
    if (!active) {
      await completeKeyedRuleTasks(tx, 'directory', [verificationTaskKey(id)], 'The entry was deactivated.', now);
    }
    const action = active ? 'directory_service.reactivate' : 'directory_service.deactivate';
    return finish(tx, actor, updated, action, {}, meta, today);
  });
}
