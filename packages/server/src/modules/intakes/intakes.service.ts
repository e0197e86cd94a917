import {
  selfReferralTriage,
  timelinessTargets,
  type Actor,
  type CreateIntakeBody,
  type IntakeView,
  type SelfReferralBody,
  type Urgency,
} from '@careloop/core';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { validationFailed } from '../../http/errors.js';
import { recordAudit, systemActor, type RequestMeta } from '../audit/audit.writer.js';
import { clients } from '../clients/clients.schema.js';
import { businessCalendar } from '../organizations/org-settings.service.js';
import { users } from '../users/users.schema.js';
import { announceReferral } from './intake-notices.js';
import { nextIntakeReference } from './intake-reference.js';
import { intakeView, selectIntakes } from './intake-store.js';
import { toIntakeView } from './intake-view.js';
import { intakes } from './intakes.schema.js';

export async function dueTimes(db: DbOrTx, organizationId: string, receivedAt: Date, urgency: Urgency) {
  const t = timelinessTargets(receivedAt, urgency, await businessCalendar(db, organizationId));
  return { dueAt: t.initialDueAt, comprehensiveDueAt: t.comprehensiveDueAt };
}

/** The open queue sorted by due time; closed ones newest first. */
export async function listIntakes(
  ctx: AppContext,
  actor: Actor,
  status: 'open' | 'closed' | 'all',
  limit: number,
  meta: RequestMeta,
): Promise<IntakeView[]> {
  const org = eq(intakes.organizationId, actor.organizationId);
  const where =
    status === 'open'
      ? and(org, ne(intakes.status, 'closed'))
      : status === 'closed'
        ? and(org, eq(intakes.status, 'closed'))
        : org;
  return ctx.database.db.transaction(async (tx) => {
    const rows = await selectIntakes(tx)
      .where(where)
      .orderBy(status === 'closed' ? desc(intakes.closedAt) : asc(intakes.dueAt), asc(intakes.reference))
      .limit(limit);
    await recordAudit(
      tx,
      actor,
      {
        action: 'intake.list',
        entityType: 'intake',
        // The referrals shown by id; those already linked to a client record name that client.
        clientIds: [...new Set(rows.flatMap((r) => (r.intake.clientId ? [r.intake.clientId] : [])))],
        details: { status, shown: rows.map((r) => r.intake.id) },
      },
      meta,
    );
    const now = ctx.now();
    return rows.map((r) => toIntakeView(r.intake, r, now));
  });
}

export async function getIntake(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<IntakeView> {
  return ctx.database.db.transaction(async (tx) => {
    const view = await intakeView(tx, actor, id, ctx.now());
    await recordAudit(
      tx,
      actor,
      { action: 'intake.read', entityType: 'intake', entityId: id, clientId: view.clientId ?? undefined },
      meta,
    );
    return view;
  });
}

/** A person the intake may name: an active colleague in the organisation. */
export async function requireActiveStaff(db: DbOrTx, actor: Actor, userId: string, path: string): Promise<string> {
  const [u] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)));
  if (!u) throw validationFailed([{ path, message: 'Choose an active staff member.' }]);
  return u.name;
}

export async function requireClientInOrg(db: DbOrTx, actor: Actor, clientId: string, path: string): Promise<void> {
  const [c] = await db
    .select({ id: clients.id, mergedIntoId: clients.mergedIntoId })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.organizationId, actor.organizationId)));
  if (!c) throw validationFailed([{ path, message: 'No such client.' }]);
  if (c.mergedIntoId) throw validationFailed([{ path, message: 'This record was merged; use the surviving record.' }]);
}

/** A referral taken by staff. Timeliness counts from when it reached the agency. */
export async function createIntake(
  ctx: AppContext,
  actor: Actor,
  body: CreateIntakeBody,
  meta: RequestMeta,
): Promise<IntakeView> {
  const now = ctx.now();
  const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationFailed([{ path: 'receivedAt', message: 'Cannot be in the future.' }]);
  }
  return ctx.database.db.transaction(async (tx) => {
    if (body.clientId) await requireClientInOrg(tx, actor, body.clientId, 'clientId');
    if (body.assignedToId) await requireActiveStaff(tx, actor, body.assignedToId, 'assignedToId');
    const reference = await nextIntakeReference(tx, actor.organizationId);
    const due = await dueTimes(tx, actor.organizationId, receivedAt, body.urgency);
    const [row] = await tx
      .insert(intakes)
      .values({
        organizationId: actor.organizationId,
        reference,
        source: body.source,
        receivedAt,
        urgency: body.urgency,
        ...due,
        status: body.assignedToId ? 'in_progress' : 'new',
        firstName: body.firstName,
        lastName: body.lastName,
        dateOfBirth: body.dateOfBirth ?? null,
        phone: body.phone ?? null,
        email: body.email ?? null,
        reason: body.reason,
        needs: body.needs,
        referrerName: body.referrerName ?? null,
        referrerContact: body.referrerContact ?? null,
        clientId: body.clientId ?? null,
        assignedToId: body.assignedToId ?? null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('intake insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'intake.create',
        entityType: 'intake',
        entityId: row.id,
        clientId: row.clientId ?? undefined,
        details: { source: body.source, urgency: body.urgency },
      },
      meta,
    );
    await announceReferral(tx, actor.organizationId, { id: row.id, urgency: body.urgency }, actor.userId, now);
    return intakeView(tx, actor, row.id, now);
  });
}

/**
 * The public form files an intake for the organisation with no actor. "Not safe right now", a
 * need for crisis response or crisis words in the message make it emergent (an immediate
 * response, CLINICAL.md §5.3); the intake team hears of every referral at once, and the on-call
 * clinicians of an emergent one.
 */
export async function createSelfReferral(
  ctx: AppContext,
  organizationId: string,
  body: SelfReferralBody,
  meta: RequestMeta,
): Promise<string> {
  const now = ctx.now();
  const triage = selfReferralTriage({ safeNow: body.safeNow, needs: body.needs, message: body.message });
  const urgency: Urgency = triage.urgency;
  return ctx.database.db.transaction(async (tx) => {
    const reference = await nextIntakeReference(tx, organizationId);
    const due = await dueTimes(tx, organizationId, now, urgency);
    const [row] = await tx
      .insert(intakes)
      .values({
        organizationId,
        reference,
        source: 'web_form',
        receivedAt: now,
        urgency,
        ...due,
        status: 'new',
        firstName: body.firstName,
        lastName: body.lastName,
        dateOfBirth: body.dateOfBirth ?? null,
        phone: body.phone ?? null,
        email: body.email ?? null,
        safeContactNote: body.safeContactNote ?? null,
        safeNow: body.safeNow ?? null,
        preferredLanguage: body.preferredLanguage ?? null,
        emergentReasons: triage.reasons,
        preferredContact: body.preferredContact ?? null,
        okToLeaveMessage: body.okToLeaveMessage,
        submittedBy: body.submittedBy,
        submitterName: body.submitterName ?? null,
        message: body.message ?? null,
        needs: body.needs,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: intakes.id });
    if (!row) throw new Error('intake insert returned nothing');
    await recordAudit(
      tx,
      systemActor(organizationId),
      {
        action: 'intake.self_referral',
        entityType: 'intake',
        entityId: row.id,
        details: { urgency, reasons: triage.reasons, needs: body.needs.length },
      },
      meta,
    );
    await announceReferral(tx, organizationId, { id: row.id, urgency }, null, now);
    return reference;
  });
}
