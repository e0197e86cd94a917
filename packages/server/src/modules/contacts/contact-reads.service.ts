import type { Actor, ContactView, NoteKind, NoteView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { noteEntityType } from './contact-audit.js';
import { clientContacts, type ContactPage } from './contact-view.js';
import { noteView } from './note-view.js';

/** A page of the client's contacts (audited with how many were shown). */
export function listClientContacts(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  page: ContactPage,
  meta: RequestMeta,
): Promise<ContactView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientContacts(tx, actor.organizationId, clientId, page),
    (items) => ({ action: 'contact.list', entityType: 'contact', clientId, details: { count: items.length } }),
  );
}

/** One note (audited as a progress or a psychotherapy note). */
export function readNote(
  ctx: AppContext,
  actor: Actor,
  note: { id: string; kind: NoteKind; clientId: string },
  meta: RequestMeta,
): Promise<NoteView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => noteView(tx, actor.organizationId, note.id),
    () => ({ action: 'note.read', entityType: noteEntityType(note.kind), entityId: note.id, clientId: note.clientId }),
  );
}
