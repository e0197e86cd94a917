import type { Actor, AddendumView } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { noteEntityType } from './contact-audit.js';
import { loadNoteRow } from './contact-access.js';
import { noteAddenda } from './contacts.schema.js';
import { addendumView } from './note-view.js';

/**
 * Append a signed addendum to a signed note: the only way to correct or add to it. Any care-team
 * member may; on a psychotherapy note only its author can even see it.
 */
export async function addAddendum(
  ctx: AppContext,
  actor: Actor,
  noteId: string,
  text: string,
  meta: RequestMeta,
): Promise<AddendumView> {
  return ctx.database.db.transaction(async (tx) => {
    const note = await loadNoteRow(tx, actor, noteId);
    if (note.status !== 'signed') {
      throw new AppError(409, 'conflict', 'This note is still a draft: edit it instead. Addenda go on signed notes.');
    }
    const [row] = await tx
      .insert(noteAddenda)
      .values({
        organizationId: actor.organizationId,
        clientId: note.clientId,
        noteId,
        text,
        authorId: actor.userId,
        signedAt: ctx.now(),
      })
      .returning();
    if (!row) throw new Error('addendum insert returned nothing');
    const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    await recordAudit(
      tx,
      actor,
      {
        action: 'note.addendum',
        entityType: noteEntityType(note.kind),
        entityId: noteId,
        clientId: note.clientId,
        details: { addendumId: row.id },
      },
      meta,
    );
    return addendumView(row, author?.name ?? '');
  });
}
