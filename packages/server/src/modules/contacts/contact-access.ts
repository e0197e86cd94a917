import { hasAnyRelationship, type Action, type Actor } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { guard, type Guarded } from '../access/guard.js';
import { forbidden, notFound } from '../../http/errors.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';
import type { AuthState } from '../auth/session.store.js';
import { recordAudit } from '../audit/audit.writer.js';
import { contacts, notes } from './contacts.schema.js';
import type { ContactRow } from './contact-view.js';
import type { NoteRow } from './note-view.js';

type Lockable = { lock?: boolean };

export async function loadContactRow(db: DbOrTx, actor: Actor, id: string, { lock }: Lockable = {}) {
  const q = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.organizationId, actor.organizationId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Contact');
  return row;
}

/**
 * A note as its reader may know it: a psychotherapy note exists only for its author (CLINICAL.md
 * §11.5), so anyone else gets the same 404 as for a missing id.
 */
export async function loadNoteRow(db: DbOrTx, actor: Actor, id: string, { lock }: Lockable = {}) {
  const row = await findNote(db, actor, id, lock);
  if (!row || !visibleTo(row, actor)) throw notFound('Note');
  return row;
}

async function findNote(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<NoteRow | undefined> {
  const q = db
    .select()
    .from(notes)
    .where(and(eq(notes.id, id), eq(notes.organizationId, actor.organizationId)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

const visibleTo = (n: NoteRow, actor: Actor) => n.kind !== 'psychotherapy' || n.authorId === actor.userId;

/**
 * True when the actor passed the check only as the worker who held a recently closed case
 * (FORMER_WORKER_DAYS): they may write late entries and addenda, and only their own.
 */
export function isFormerWorkerOnly(auth: Guarded): boolean {
  return auth.relationship !== null && !hasAnyRelationship(auth.relationship);
}

const ownOnly = () =>
  forbidden('After a case closes, the worker who held it may add late entries and addenda of their own only.');

/** Guard a contact route by the client the contact belongs to. */
export async function guardContact(
  ctx: AppContext,
  req: FastifyRequest,
  id: string,
  action: Action,
): Promise<{ auth: AuthState; contact: ContactRow }> {
  const contact = await loadContactRow(ctx.database.db, requireAuth(req).actor, id);
  const auth = await guard(ctx, req, action, contact.clientId);
  if (isFormerWorkerOnly(auth) && contact.authorId !== auth.actor.userId) throw ownOnly();
  return { auth, contact };
}

/**
 * Guard a note route by the note's client. Reaching for someone else's psychotherapy note is
 * audited as a refusal and answered like a missing note.
 */
export async function guardNote(
  ctx: AppContext,
  req: FastifyRequest,
  id: string,
  action: Action,
): Promise<{ auth: AuthState; note: NoteRow }> {
  const { actor } = requireAuth(req);
  const note = await findNote(ctx.database.db, actor, id);
  if (!note) throw notFound('Note');
  if (!visibleTo(note, actor)) {
    await recordAudit(
      ctx.database.db,
      actor,
      {
        action: 'access.denied',
        outcome: 'denied',
        entityType: 'psychotherapy_note',
        entityId: note.id,
        clientId: note.clientId,
        details: { attempted: action, reason: 'psychotherapy_note_author_only', method: req.method },
      },
      requestMeta(req),
    );
    throw notFound('Note');
  }
  const auth = await guard(ctx, req, action, note.clientId);
  if (isFormerWorkerOnly(auth) && note.authorId !== actor.userId) throw ownOnly();
  return { auth, note };
}
