import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { careTasks } from '../tasks/tasks.schema.js';
import type { FollowUp } from './follow-up.js';
import { closingOf, RULE_SOURCES, type RuleSource, type WantedTask } from './rule-tasks.js';

export interface TaskSyncResult {
  raised: { id: string; clientId: string }[];
  closed: { id: string; clientId: string }[];
}

/**
 * Make the open rule tasks of these clients what the rules want: close the ones no longer
 * wanted, raise the missing ones. Idempotent: `source_key` is unique among open tasks, and a
 * task a person closed is not raised again for the same due date (or the same disengagement).
 */
export async function syncRuleTasks(
  tx: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  wanted: readonly WantedTask[],
  followUps: ReadonlyMap<string, FollowUp>,
  now: Date,
): Promise<TaskSyncResult> {
  const result: TaskSyncResult = { raised: [], closed: [] };
  const wantedKeys = new Set(wanted.map((w) => w.key));
  const existing = await tx
    .select({
      id: careTasks.id,
      clientId: careTasks.clientId,
      episodeId: careTasks.episodeId,
      source: careTasks.source,
      key: careTasks.sourceKey,
      status: careTasks.status,
      createdAt: careTasks.createdAt,
      completedById: careTasks.completedById,
    })
    .from(careTasks)
    .where(
      and(
        eq(careTasks.organizationId, organizationId),
        inArray(careTasks.clientId, [...clientIds]),
        inArray(careTasks.source, [...RULE_SOURCES]),
        or(eq(careTasks.status, 'open'), inArray(careTasks.sourceKey, [...wantedKeys])),
      ),
    );

  for (const t of existing) {
    if (t.status !== 'open' || !t.clientId || (t.key && wantedKeys.has(t.key))) continue;
    const end = closingOf(t.source as RuleSource, t.episodeId ? followUps.get(t.episodeId) : undefined);
    const done = await tx
      .update(careTasks)
      .set({
        status: end.status,
        outcome: end.outcome,
        completedAt: now,
        // Closed by the rules, not by a person (the audit row names who set them off).
        completedById: null,
        updatedAt: now,
        version: sql`${careTasks.version} + 1`,
      })
      .where(and(eq(careTasks.id, t.id), eq(careTasks.status, 'open')))
      .returning({ id: careTasks.id });
    if (done.length) result.closed.push({ id: t.id, clientId: t.clientId });
  }

  for (const w of wanted) {
    // Open, or closed by a person for this same need: a closure by the rules themselves (the
    // need went away, then came back) does not count.
    const covered = existing.some(
      (t) =>
        t.key === w.key &&
        (t.status === 'open' ||
          (t.completedById !== null && (w.coveredSince === null || t.createdAt >= w.coveredSince))),
    );
    if (covered) continue;
    const inserted = await tx
      .insert(careTasks)
      .values({
        organizationId,
        clientId: w.clientId,
        episodeId: w.episodeId,
        kind: w.kind,
        details: w.details,
        priority: w.priority,
        dueAt: w.dueAt,
        assignedToId: w.assignedToId,
        assignedProgramId: w.assignedProgramId,
        source: w.source,
        sourceKey: w.key,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({
        target: [careTasks.organizationId, careTasks.sourceKey],
        where: sql`${careTasks.status} = 'open' and ${careTasks.sourceKey} is not null`,
      })
      .returning({ id: careTasks.id });
    const row = inserted[0];
    if (row) result.raised.push({ id: row.id, clientId: w.clientId });
  }
  return result;
}
