import {
  isInFuture,
  isLateEntry,
  requiresOutcome,
  type Actor,
  type ContactView,
  type CreateContactBody,
  type FieldError,
  type UpdateContactBody,
  type VoidContactBody,
} from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden, preconditionRequired, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { closeCrisisFollowUps } from '../crisis/crisis-tasks.js';
import { afterContactLogged } from '../engagement/engagement.service.js';
import { afterContactForDischarges } from '../hospitalizations/discharge-tasks.js';
import { loadContactRow } from './contact-access.js';
import { contactEpisodeId, formerWorkerEpisode } from './contact-episode.js';
import { contactView, type ContactRow } from './contact-view.js';
import { contacts, notes } from './contacts.schema.js';
import { assertMayWrite, insertDraftNote, noteSigned } from './notes.service.js';

type ContactFields = Omit<UpdateContactBody, 'version'>;

/** The columns a create or an edit sets (only the fields sent). */
function columns(b: ContactFields) {
  return {
    ...(b.type !== undefined && { type: b.type }),
    ...(b.outcome !== undefined && { outcome: b.outcome }),
    ...(b.occurredAt !== undefined && { occurredAt: new Date(b.occurredAt) }),
    ...(b.durationMinutes !== undefined && { durationMinutes: b.durationMinutes }),
    ...(b.location !== undefined && { location: b.location }),
    ...(b.participants !== undefined && { participants: b.participants }),
    ...(b.goalIds !== undefined && { goalIds: [...new Set(b.goalIds)] }),
    ...(b.interventionIds !== undefined && { interventionIds: [...new Set(b.interventionIds)] }),
    ...(b.services !== undefined && { services: [...new Set(b.services)] }),
    ...(b.billing !== undefined && { billing: b.billing }),
  };
}

function futureCheck(occurredAt: string | undefined, now: Date): FieldError[] {
  return occurredAt && isInFuture(new Date(occurredAt), now)
    ? [{ path: 'occurredAt', message: 'A contact cannot be logged for a time in the future.' }]
    : [];
}

/** Log a contact (a failed outreach attempt too), with an optional draft note, in one transaction. */
export async function createContact(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateContactBody,
  meta: RequestMeta,
  opts: { formerWorker: boolean } = { formerWorker: false },
): Promise<{ id: string; noteId?: string }> {
  const now = ctx.now();
  const fields = futureCheck(body.occurredAt, now);
  if (requiresOutcome(body.type) && !body.outcome) {
    fields.push({ path: 'outcome', message: 'Say how the outreach attempt went.' });
  }
  if (fields.length) throw validationFailed(fields);
  const { note, episodeId: requestedEpisode, ...detail } = body;
  if (note) assertMayWrite(actor, note.kind ?? 'progress');
  return ctx.database.db.transaction(async (tx) => {
    const occurredAt = new Date(body.occurredAt);
    const episodeId = opts.formerWorker
      ? await formerWorkerEpisode(tx, actor, clientId, requestedEpisode, occurredAt, now)
      : await contactEpisodeId(tx, actor, clientId, requestedEpisode);
    const [row] = await tx
      .insert(contacts)
      .values({
        ...columns(detail),
        organizationId: actor.organizationId,
        clientId,
        episodeId,
        type: body.type,
        outcome: body.outcome ?? 'completed',
        occurredAt,
        durationMinutes: body.durationMinutes,
        authorId: actor.userId,
        enteredAt: now,
        lateEntry: isLateEntry(occurredAt, now),
        updatedAt: now,
      })
      .returning({ id: contacts.id });
    if (!row) throw new Error('contact insert returned nothing');
    await recordAudit(tx, actor, { action: 'contact.create', entityType: 'contact', entityId: row.id, clientId }, meta);
    await afterContactLogged(tx, ctx, actor, { clientId, episodeId }, meta);
    // A completed contact after a psychiatric discharge answers its follow-up tasks.
    await afterContactForDischarges(tx, clientId, now);
    const outcome = body.outcome ?? 'completed';
    await closeCrisisFollowUps(tx, { clientId, type: body.type, outcome, occurredAt }, now);
    if (!note) return { id: row.id };
    const { kind, ...sections } = note;
    const draft = { clientId, episodeId, contactId: row.id, kind: kind ?? 'progress', sections } as const;
    return { id: row.id, noteId: await insertDraftNote(tx, actor, draft, now, meta) };
  });
}

/** Lock a contact for a change by its author (or, to void it, a supervisor) at the version they saw. */
async function lockForChange(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  expected: number | undefined,
  mayChange: (c: ContactRow) => boolean,
): Promise<ContactRow> {
  if (expected === undefined) throw preconditionRequired();
  const contact = await loadContactRow(tx, actor, id, { lock: true });
  if (contact.voidedAt) throw new AppError(409, 'conflict', 'This contact was entered in error and cannot change.');
  if (!mayChange(contact)) throw forbidden('Only the author can change this contact.');
  if (contact.version !== expected) throw versionConflict(await contactView(tx, actor.organizationId, id));
  return contact;
}

/** Edit a contact while its progress note is unsigned (or it has none). */
export async function updateContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateContactBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ContactView> {
  const { version: _version, ...changes } = body;
  const now = ctx.now();
  const fields = futureCheck(changes.occurredAt, now);
  if (fields.length) throw validationFailed(fields);
  return ctx.database.db.transaction(async (tx) => {
    const contact = await lockForChange(tx, actor, id, expected, (c) => c.authorId === actor.userId);
    const [signed] = await tx
      .select({ id: notes.id })
      .from(notes)
      .where(and(eq(notes.contactId, id), eq(notes.kind, 'progress'), eq(notes.status, 'signed')));
    if (signed) throw noteSigned();
    const occurredAt = changes.occurredAt ? new Date(changes.occurredAt) : contact.occurredAt;
    await tx
      .update(contacts)
      .set({
        ...columns(changes),
        lateEntry: isLateEntry(occurredAt, contact.enteredAt),
        updatedAt: now,
        version: contact.version + 1,
      })
      .where(eq(contacts.id, id));
    const target = { entityType: 'contact', entityId: id, clientId: contact.clientId };
    await recordAudit(
      tx,
      actor,
      { action: 'contact.update', ...target, details: { fields: Object.keys(changes) } },
      meta,
    );
    await afterContactLogged(tx, ctx, actor, { clientId: contact.clientId, episodeId: contact.episodeId }, meta);
    await afterContactForDischarges(tx, contact.clientId, now);
    return contactView(tx, actor.organizationId, id);
  });
}

/** Entered in error: kept with who, when and why, never deleted; it stops counting anywhere. */
export async function voidContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: VoidContactBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ContactView> {
  return ctx.database.db.transaction(async (tx) => {
    const mayVoid = (c: ContactRow) => c.authorId === actor.userId || actor.roles.includes('supervisor');
    const contact = await lockForChange(tx, actor, id, expected, mayVoid);
    const now = ctx.now();
    await tx
      .update(contacts)
      .set({
        voidedAt: now,
        voidedById: actor.userId,
        voidReason: body.reason,
        updatedAt: now,
        version: contact.version + 1,
      })
      .where(eq(contacts.id, id));
    const target = { entityType: 'contact', entityId: id, clientId: contact.clientId };
    await recordAudit(tx, actor, { action: 'contact.void', ...target }, meta);
    await afterContactLogged(tx, ctx, actor, { clientId: contact.clientId, episodeId: contact.episodeId }, meta);
    return contactView(tx, actor.organizationId, id);
  });
}
