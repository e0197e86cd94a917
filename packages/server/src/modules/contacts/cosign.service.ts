import type { Actor, CosignQueueItem, NoteView } from '@careloop/core';
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { programStaff } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { loadNoteRow } from './contact-access.js';
import { contacts, notes } from './contacts.schema.js';
import { noteView } from './note-view.js';

/** A supervisor co-signs a signed note that needs it; the note becomes final. Never one's own. */
export async function cosignNote(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<NoteView> {
  return ctx.database.db.transaction(async (tx) => {
    const note = await loadNoteRow(tx, actor, id, { lock: true });
    if (note.authorId === actor.userId) throw forbidden('A note is co-signed by someone other than its author.');
    if (note.status !== 'signed') throw new AppError(409, 'conflict', 'The author has not signed this note yet.');
    if (!note.cosignRequired) throw new AppError(409, 'conflict', 'This note does not need a co-sign.');
    if (note.cosignedAt) throw new AppError(409, 'conflict', 'This note is already co-signed.');
    await tx
      .update(notes)
      .set({ cosignedAt: ctx.now(), cosignedById: actor.userId, version: note.version + 1 })
      .where(eq(notes.id, id));
    await recordAudit(
      tx,
      actor,
      { action: 'note.cosign', entityType: 'progress_note', entityId: id, clientId: note.clientId },
      meta,
    );
    return noteView(tx, actor.organizationId, id);
  });
}

/**
 * Signed progress notes awaiting a co-sign in the programs this supervisor supervises, oldest
 * first, in one query. Notes on contacts entered in error are left out.
 */
export async function cosignQueue(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<CosignQueueItem[]> {
  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        noteId: notes.id,
        clientId: notes.clientId,
        firstName: clients.firstName,
        lastName: clients.lastName,
        mrn: clients.mrn,
        authorName: users.name,
        contactType: contacts.type,
        occurredAt: contacts.occurredAt,
        signedAt: notes.signedAt,
      })
      .from(notes)
      .innerJoin(episodes, eq(episodes.id, notes.episodeId))
      .innerJoin(
        programStaff,
        and(
          eq(programStaff.programId, episodes.programId),
          eq(programStaff.userId, actor.userId),
          eq(programStaff.role, 'supervisor'),
        ),
      )
      .innerJoin(clients, eq(clients.id, notes.clientId))
      .innerJoin(users, eq(users.id, notes.authorId))
      .leftJoin(contacts, eq(contacts.id, notes.contactId))
      .where(
        and(
          eq(notes.organizationId, actor.organizationId),
          eq(notes.status, 'signed'),
          eq(notes.cosignRequired, true),
          isNull(notes.cosignedAt),
          eq(notes.kind, 'progress'),
          ne(notes.authorId, actor.userId),
          or(isNull(contacts.id), isNull(contacts.voidedAt)),
        ),
      )
      .orderBy(asc(notes.signedAt), asc(notes.id));
    const items = rows.map((r): CosignQueueItem => ({
      noteId: r.noteId,
      clientId: r.clientId,
      clientName: `${r.lastName}, ${r.firstName}`,
      mrn: r.mrn,
      authorName: r.authorName,
      contactType: r.contactType,
      occurredAt: r.occurredAt?.toISOString() ?? null,
      signedAt: (r.signedAt ?? new Date(0)).toISOString(),
    }));
    await recordAudit(
      tx,
      actor,
      {
        action: 'note.cosign_queue',
        entityType: 'progress_note',
        clientIds: [...new Set(items.map((i) => i.clientId))],
        details: { shown: items.map((i) => i.noteId) },
      },
      meta,
    );
    return items;
  });
}
