import type { Actor } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { episodes } from './episodes.schema.js';

export type EpisodeRow = typeof episodes.$inferSelect;

export async function loadEpisodeRow(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<EpisodeRow> {
  const q = db
    .select()
    .from(episodes)
    .where(and(eq(episodes.id, id), eq(episodes.organizationId, actor.organizationId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Episode');
  return row;
}
