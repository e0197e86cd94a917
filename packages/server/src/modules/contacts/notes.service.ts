import {
  cosignRequired,
  foreignSections,
  inferNoteFormat,
  isLateEntry,
  mayWritePsychotherapyNotes,
  missingSections,
  normalizeSections,
  type Actor,
  type NoteKind,
  type NoteSections,
  type NoteView,
  type Role,
} from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { noteEntityType } from './contact-audit.js';
import { loadContactRow, loadNoteRow } from './contact-access.js';
import { contacts, notes } from './contacts.schema.js';
import { noteView, type NoteRow } from './note-view.js';

export const noteSigned = () =>
  new AppError(409, 'note_signed', 'This note is signed and cannot change. Add an addendum instead.');

const notAuthor = () => forbidden('Only the author can change or sign this draft.');

/** Refuse a psychotherapy note from anyone but a clinician, before anything is written. */
export function assertMayWrite(actor: Actor, kind: NoteKind): void {
  if (kind === 'psychotherapy' && !mayWritePsychotherapyNotes(actor.roles)) {
    throw forbidden('Only clinicians write psychotherapy notes.');
  }
}

export interface DraftInput {
  clientId: string;
  episodeId: string | null;
  contactId: string | null;
  kind: NoteKind;
  sections: NoteSections;
}

/** A new draft in the agency's format (or the other one, when the sections clearly are). */
export async function insertDraftNote(
  tx: DbOrTx,
  actor: Actor,
  input: DraftInput,
  now: Date,
  meta: RequestMeta,
): Promise<string> {
  const [org] = await tx
    .select({ noteFormat: organizations.noteFormat })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const format = inferNoteFormat(org?.noteFormat ?? 'dap', input.sections);
  if (!format) {
    throw validationFailed([
      { path: 'note', message: 'Write either DAP (data, assessment, plan) or SOAP sections, not both.' },
    ]);
  }
  const [row] = await tx
    .insert(notes)
    .values({
      organizationId: actor.organizationId,
      clientId: input.clientId,
      episodeId: input.episodeId,
      contactId: input.contactId,
      kind: input.kind,
      format,
      body: normalizeSections(format, input.sections),
      status: 'draft',
      authorId: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: notes.id });
  if (!row) throw new Error('note insert returned nothing');
  await recordAudit(
    tx,
    actor,
    { action: 'note.create', entityType: noteEntityType(input.kind), entityId: row.id, clientId: input.clientId },
    meta,
  );
  return row.id;
}

/** A draft note on an existing contact; a contact has one progress note at most. */
export async function createNoteOnContact(
  ctx: AppContext,
  actor: Actor,
  contactId: string,
  kind: NoteKind,
  sections: NoteSections,
  meta: RequestMeta,
): Promise<NoteView> {
  assertMayWrite(actor, kind);
  return ctx.database.db.transaction(async (tx) => {
    const contact = await loadContactRow(tx, actor, contactId, { lock: true });
    if (contact.voidedAt) throw new AppError(409, 'conflict', 'This contact was entered in error.');
    if (kind === 'progress') {
      const [existing] = await tx
        .select({ id: notes.id })
        .from(notes)
        .where(and(eq(notes.contactId, contactId), eq(notes.kind, 'progress')));
      if (existing) throw new AppError(409, 'conflict', 'This contact already has a progress note: open it.');
    }
    const input = { clientId: contact.clientId, episodeId: contact.episodeId, contactId, kind, sections };
    const id = await insertDraftNote(tx, actor, input, ctx.now(), meta);
    return noteView(tx, actor.organizationId, id);
  });
}

/** Lock the note and check it is still an editable draft of this actor, at the version they saw. */
async function lockDraft(tx: DbOrTx, actor: Actor, id: string, expected: number | undefined): Promise<NoteRow> {
  const note = await loadNoteRow(tx, actor, id, { lock: true });
  if (note.status === 'signed') throw noteSigned();
  if (note.authorId !== actor.userId) throw notAuthor();
  if (expected !== undefined && expected !== note.version) {
    throw versionConflict(await noteView(tx, actor.organizationId, id));
  }
  return note;
}

/**
 * Autosave of a draft: the sections sent replace theirs, the rest stay. The version is checked
 * when sent; without one the author's last write wins, because the outside contract PATCHes
 * without a version and a draft only ever has one writer (its author).
 */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  sections: NoteSections,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<NoteView> {
  return ctx.database.db.transaction(async (tx) => {
    const note = await lockDraft(tx, actor, id, expected);
    const format = note.format;
    const foreign = foreignSections(format, sections);
    if (foreign.length) throw validationFailed(foreign);
    const body = normalizeSections(format, { ...note.body, ...sections });
    await tx
      .update(notes)
      .set({ body, updatedAt: ctx.now(), version: note.version + 1 })
      .where(eq(notes.id, id));
    const target = { entityType: noteEntityType(note.kind), entityId: id, clientId: note.clientId };
    await recordAudit(tx, actor, { action: 'note.save_draft', ...target }, meta);
    return noteView(tx, actor.organizationId, id);
  });
}

/** Throw a draft away (never a signed note: the database refuses that too). */
export async function deleteDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const note = await lockDraft(tx, actor, id, expected);
    await tx.delete(notes).where(eq(notes.id, id));
    const target = { entityType: noteEntityType(note.kind), entityId: id, clientId: note.clientId };
    await recordAudit(tx, actor, { action: 'note.delete', ...target }, meta);
  });
}

/** Whether this author's note needs a co-sign in the program of its episode. */
async function needsCosign(tx: DbOrTx, note: NoteRow, authorRoles: readonly Role[]): Promise<boolean> {
  if (note.kind === 'psychotherapy' || !note.episodeId) return false;
  const [p] = await tx
    .select({ required: programs.noteCosignRequired, roles: programs.cosignRoles })
    .from(episodes)
    .innerJoin(programs, eq(programs.id, episodes.programId))
    .where(eq(episodes.id, note.episodeId));
  return p ? cosignRequired({ programRequires: p.required, cosignRoles: p.roles, authorRoles }) : false;
}

/**
 * Sign: every section of the format written, then locked for good. Late when signed more than
 * 24 hours after the contact (or after the note was started, without one).
 */
export async function signNote(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<NoteView> {
  return ctx.database.db.transaction(async (tx) => {
    const note = await lockDraft(tx, actor, id, expected);
    const missing = missingSections(note.format, note.body);
    if (missing.length) throw validationFailed(missing);
    const [contact] = note.contactId
      ? await tx.select({ occurredAt: contacts.occurredAt }).from(contacts).where(eq(contacts.id, note.contactId))
      : [];
    const now = ctx.now();
    await tx
      .update(notes)
      .set({
        status: 'signed',
        signedAt: now,
        signedById: actor.userId,
        lateEntry: isLateEntry(contact?.occurredAt ?? note.createdAt, now),
        cosignRequired: await needsCosign(tx, note, actor.roles),
        updatedAt: now,
        version: note.version + 1,
      })
      .where(eq(notes.id, id));
    const target = { entityType: noteEntityType(note.kind), entityId: id, clientId: note.clientId };
    await recordAudit(tx, actor, { action: 'note.sign', ...target }, meta);
    return noteView(tx, actor.organizationId, id);
  });
}
