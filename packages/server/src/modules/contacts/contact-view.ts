import { isSuccessfulContact, noteStatus, type ContactView, type NoteView } from '@careloop/core';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { users } from '../users/users.schema.js';
import { contacts, notes } from './contacts.schema.js';

export type ContactRow = typeof contacts.$inferSelect;

export interface ContactPage {
  before?: string;
  beforeId?: string;
  limit: number;
}

interface NoteBrief {
  id: string;
  status: string;
  cosignRequired: boolean;
  cosignedAt: Date | null;
}

function toView(r: ContactRow, authorName: string, note: NoteBrief | null): ContactView {
  const type = r.type;
  const outcome = r.outcome;
  return {
    id: r.id,
    clientId: r.clientId,
    episodeId: r.episodeId,
    type,
    outcome,
    successful: isSuccessfulContact(type, outcome),
    occurredAt: r.occurredAt.toISOString(),
    durationMinutes: r.durationMinutes,
    location: r.location,
    participants: r.participants,
    goalIds: r.goalIds,
    interventionIds: r.interventionIds,
    services: r.services,
    billing: r.billing,
    authorId: r.authorId,
    authorName,
    enteredAt: r.enteredAt.toISOString(),
    lateEntry: r.lateEntry,
    voided: r.voidedAt !== null,
    noteId: note?.id ?? null,
    noteStatus: note ? noteStatus({ ...note, status: note.status as NoteView['status'] }) : null,
    version: r.version,
  };
}

// The contact's progress note (one at most); psychotherapy notes never show in the record's lists.
function selectContacts(db: DbOrTx) {
  return db
    .select({
      c: contacts,
      authorName: users.name,
      note: { id: notes.id, status: notes.status, cosignRequired: notes.cosignRequired, cosignedAt: notes.cosignedAt },
    })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.authorId))
    .leftJoin(notes, and(eq(notes.contactId, contacts.id), eq(notes.kind, 'progress')));
}

type Row = Awaited<ReturnType<typeof selectContacts>>[number];
const view = (r: Row) => toView(r.c, r.authorName, r.note);

export async function contactView(db: DbOrTx, organizationId: string, id: string): Promise<ContactView> {
  const [r] = await selectContacts(db).where(and(eq(contacts.id, id), eq(contacts.organizationId, organizationId)));
  if (!r) throw notFound('Contact');
  return view(r);
}

/** A client's contacts, newest first, voided ones included; keyset pages by (occurredAt, id). */
export async function clientContacts(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
  page: ContactPage,
): Promise<ContactView[]> {
  const before = page.before ? new Date(page.before) : undefined;
  const cursor = !before
    ? undefined
    : page.beforeId
      ? sql`(${contacts.occurredAt}, ${contacts.id}) < (${before.toISOString()}::timestamptz, ${page.beforeId}::uuid)`
      : lt(contacts.occurredAt, before);
  const rows = await selectContacts(db)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.clientId, clientId), cursor))
    .orderBy(desc(contacts.occurredAt), desc(contacts.id))
    .limit(page.limit);
  return rows.map(view);
}
