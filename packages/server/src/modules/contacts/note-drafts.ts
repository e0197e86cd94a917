import type { Actor, NoteDraftItem } from '@careloop/core';
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { notes } from './contacts.schema.js';

/** My unsigned drafts, most recently touched first (psychotherapy drafts included: they are mine). */
export async function myDrafts(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<NoteDraftItem[]> {
  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({ noteId: notes.id, clientId: notes.clientId, contactId: notes.contactId, updatedAt: notes.updatedAt })
      .from(notes)
      .where(
        and(
          eq(notes.authorId, actor.userId),
          eq(notes.status, 'draft'),
          eq(notes.organizationId, actor.organizationId),
        ),
      )
      .orderBy(desc(notes.updatedAt));
    await recordAudit(
      tx,
      actor,
      {
        action: 'note.drafts_list',
        entityType: 'note',
        clientIds: [...new Set(rows.map((r) => r.clientId))],
        details: { shown: rows.map((r) => r.noteId) },
      },
      meta,
    );
    return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  });
}
