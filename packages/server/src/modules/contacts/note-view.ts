import { noteIsFinal, normalizeSections, type AddendumView, type NoteView } from '@careloop/core';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { users } from '../users/users.schema.js';
import { noteAddenda, notes } from './contacts.schema.js';

export type NoteRow = typeof notes.$inferSelect;

const author = alias(users, 'author');
const signer = alias(users, 'signer');
const cosigner = alias(users, 'cosigner');

export async function noteAddendaViews(db: DbOrTx, noteId: string): Promise<AddendumView[]> {
  const rows = await db
    .select({ a: noteAddenda, authorName: users.name })
    .from(noteAddenda)
    .innerJoin(users, eq(users.id, noteAddenda.authorId))
    .where(eq(noteAddenda.noteId, noteId))
    .orderBy(asc(noteAddenda.signedAt), asc(noteAddenda.id));
  return rows.map((r) => addendumView(r.a, r.authorName));
}

export function addendumView(a: typeof noteAddenda.$inferSelect, authorName: string): AddendumView {
  return {
    id: a.id,
    noteId: a.noteId,
    text: a.text,
    authorId: a.authorId,
    authorName,
    signedAt: a.signedAt.toISOString(),
  };
}

/** One note with its names and addenda. Callers have already applied the psychotherapy rule. */
export async function noteView(db: DbOrTx, organizationId: string, id: string): Promise<NoteView> {
  const [r] = await db
    .select({ n: notes, authorName: author.name, signedByName: signer.name, cosignedByName: cosigner.name })
    .from(notes)
    .innerJoin(author, eq(author.id, notes.authorId))
    .leftJoin(signer, eq(signer.id, notes.signedById))
    .leftJoin(cosigner, eq(cosigner.id, notes.cosignedById))
    .where(and(eq(notes.id, id), eq(notes.organizationId, organizationId)));
  if (!r) throw notFound('Note');
  const n = r.n;
  const status = n.status;
  const format = n.format;
  return {
    id: n.id,
    clientId: n.clientId,
    contactId: n.contactId,
    episodeId: n.episodeId,
    kind: n.kind,
    format,
    sections: normalizeSections(format, n.body),
    status,
    authorId: n.authorId,
    authorName: r.authorName,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    signedAt: n.signedAt?.toISOString() ?? null,
    signedByName: r.signedByName,
    lateEntry: n.lateEntry,
    cosignRequired: n.cosignRequired,
    cosignedAt: n.cosignedAt?.toISOString() ?? null,
    cosignedByName: r.cosignedByName,
    final: noteIsFinal({ status, cosignRequired: n.cosignRequired, cosignedAt: n.cosignedAt }),
    addenda: await noteAddendaViews(db, n.id),
    version: n.version,
  };
}
