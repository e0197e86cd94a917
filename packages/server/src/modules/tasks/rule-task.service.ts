import type { Actor, TaskKind, TaskPriority, TaskSource } from '@careloop/core';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, systemActor, type RequestMeta } from '../audit/audit.writer.js';
import { careTasks } from './tasks.schema.js';

/** A task another module's rule raises, in that module's transaction. */
export interface RuleTask {
  clientId: string;
  episodeId: string | null;
  kind: TaskKind;
  priority: TaskPriority;
  source: TaskSource;
  dueAt: Date;
  assignedToId: string | null;
  assignedProgramId: string | null;
  sourceResultId?: string | null;
  details?: string | null;
}

/**
 * Open the task unless the client already has an open one of the same kind (the rule that runs
 * again attaches to the work in hand instead of doubling it). Returns the new id, or null.
 */
export async function openRuleTask(
  tx: DbOrTx,
  actor: Actor,
  task: RuleTask,
  now: Date,
  meta: RequestMeta,
  auditDetails: Record<string, unknown> = {},
): Promise<string | null> {
  const [open] = await tx
    .select({ id: careTasks.id })
    .from(careTasks)
    .where(and(eq(careTasks.clientId, task.clientId), eq(careTasks.kind, task.kind), eq(careTasks.status, 'open')));
  if (open) return null;
  const [row] = await tx
    .insert(careTasks)
    .values({
      organizationId: actor.organizationId,
      clientId: task.clientId,
      episodeId: task.episodeId,
      kind: task.kind,
      priority: task.priority,
      source: task.source,
      dueAt: task.dueAt,
      assignedToId: task.assignedToId,
      assignedProgramId: task.assignedProgramId,
      sourceResultId: task.sourceResultId ?? null,
      details: task.details ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: careTasks.id });
  if (!row) throw new Error('task insert returned nothing');
  await recordAudit(
    tx,
    actor,
    {
      action: 'care_task.create',
      entityType: 'care_task',
      entityId: row.id,
      clientId: task.clientId,
      details: { kind: task.kind, source: task.source, assignedToId: task.assignedToId, ...auditDetails },
    },
    meta,
  );
  return row.id;
}

/**
 * Close the client's open tasks of these kinds because a result answered them (e.g. a signed
 * C-SSRS answers "give the C-SSRS"). Each closing is audited; returns what was closed.
 */
export async function completeAnsweredTasks(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  kinds: readonly TaskKind[],
  outcome: string,
  now: Date,
  meta: RequestMeta,
  answeredBy: { entityType: string; entityId: string },
): Promise<{ id: string; kind: TaskKind }[]> {
  if (kinds.length === 0) return [];
  const closed = await tx
    .update(careTasks)
    .set({
      status: 'completed',
      outcome,
      completedAt: now,
      completedById: actor.userId,
      updatedAt: now,
      version: sql`${careTasks.version} + 1`,
    })
    .where(and(eq(careTasks.clientId, clientId), eq(careTasks.status, 'open'), inArray(careTasks.kind, [...kinds])))
    .returning({ id: careTasks.id, kind: careTasks.kind });
  for (const t of closed) {
    await recordAudit(
      tx,
      actor,
      {
        action: 'care_task.complete',
        entityType: 'care_task',
        entityId: t.id,
        clientId,
        details: { kind: t.kind, answeredBy },
      },
      meta,
    );
  }
  return closed.map((t) => ({ id: t.id, kind: t.kind }));
}

/** A task a rule wants open now; `key` is its `source_key` (one open task per key). */
export interface WantedRuleTask<S extends TaskSource = TaskSource> {
  source: S;
  kind: TaskKind;
  key: string;
  clientId: string;
  episodeId: string;
  dueAt: Date;
  priority: TaskPriority;
  details: string;
  assignedToId: string | null;
  /** A team task when the episode has no primary case manager. */
  assignedProgramId: string | null;
  /** A task with this key made since then, even if closed by hand, covers it: not raised again. */
  coveredSince: Date | null;
}

/** What one rule asks of its tasks: the sources it owns, what it wants open, how the rest end. */
export interface RuleTaskSet<S extends TaskSource> {
  sources: readonly S[];
  wanted: readonly WantedRuleTask<S>[];
  closing: (task: { source: S; episodeId: string | null }) => { status: 'completed' | 'cancelled'; outcome: string };
}

export interface TaskSyncResult {
  raised: { id: string; clientId: string }[];
  closed: { id: string; clientId: string }[];
}

/**
 * Make the open rule tasks of these clients what the rule wants, in the caller's transaction:
 * close the ones no longer wanted, raise the missing ones. Idempotent: `source_key` is unique
 * among open tasks, and a task a person closed is not raised again for the same due date (or the
 * same disengagement). Used by the engagement rules.
 */
export async function syncRuleTasks<S extends TaskSource>(
  tx: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  rule: RuleTaskSet<S>,
  now: Date,
): Promise<TaskSyncResult> {
  const { wanted } = rule;
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
        inArray(careTasks.source, [...rule.sources]),
        or(eq(careTasks.status, 'open'), inArray(careTasks.sourceKey, [...wantedKeys])),
      ),
    );

  for (const t of existing) {
    if (t.status !== 'open' || !t.clientId || (t.key && wantedKeys.has(t.key))) continue;
    // The query kept only the rule's own sources.
    const end = rule.closing({ source: t.source as S, episodeId: t.episodeId });
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

const SYSTEM_META: RequestMeta = { ip: null, userAgent: null, requestId: null };

/** A task a background rule opens, at most one open per `sourceKey`; nobody is its author. */
export interface KeyedRuleTask {
  organizationId: string;
  /** Null for a task about no client (e.g. verifying a directory entry). */
  clientId: string | null;
  /** Null for a rule about a client with no open episode (e.g. an advocacy deadline). */
  episodeId: string | null;
  kind: TaskKind;
  priority: TaskPriority;
  source: TaskSource;
  sourceKey: string;
  dueAt: Date;
  assignedToId: string | null;
  /** The referral (referrals' monitoring) or plan goal the task is about. */
  referralId?: string | null;
  goalId?: string | null;
  /** What the task is about, when the kind alone does not say (ids and names, never client data). */
  title?: string | null;
  /** More about it, in a few words (no client data beyond the rule's own). */
  details?: string | null;
}

/**
 * Open the task unless one with its key is open, in the caller's transaction; audited with no
 * actor. Returns the new id, or null. Used by the plan-review sweep (careplans) and the referral
 * monitoring sweep (referrals).
 */
export async function openKeyedRuleTask(
  tx: DbOrTx,
  task: KeyedRuleTask,
  now: Date,
  auditDetails: Record<string, unknown> = {},
): Promise<string | null> {
  const inserted = await tx.execute<{ id: string }>(sql`
    insert into care_tasks (organization_id, client_id, episode_id, kind, priority, status, due_at, assigned_to_id,
      source, source_key, referral_id, goal_id, title, details, created_at, updated_at)
    values (${task.organizationId}, ${task.clientId}, ${task.episodeId}, ${task.kind}, ${task.priority}, 'open',
      ${task.dueAt}, ${task.assignedToId}, ${task.source}, ${task.sourceKey}, ${task.referralId ?? null},
      ${task.goalId ?? null}, ${task.title ?? null}, ${task.details ?? null}, ${now}, ${now})
    on conflict (organization_id, source_key) where status = 'open' and source_key is not null do nothing
    returning id`);
  const row = inserted.rows[0];
  if (!row) return null;
  await recordAudit(
    tx,
    systemActor(task.organizationId),
    {
      action: 'care_task.create',
      entityType: 'care_task',
      entityId: row.id,
      clientId: task.clientId ?? undefined,
      details: { kind: task.kind, source: task.source, ...auditDetails },
    },
    SYSTEM_META,
  );
  return row.id;
}

interface ClosedRow extends Record<string, unknown> {
  id: string;
  organization_id: string;
  client_id: string | null;
  kind: string;
}

/**
 * Close the open tasks of this rule source with these keys as done, by the rule (no actor), in
 * the caller's transaction; each is audited like one closed by hand. Returns how many closed.
 */
export async function completeKeyedRuleTasks(
  tx: DbOrTx,
  source: TaskSource,
  keys: readonly string[],
  outcome: string,
  now: Date,
): Promise<number> {
  if (keys.length === 0) return 0;
  const closed = await tx.execute<ClosedRow>(sql`
    update care_tasks t set status = 'completed', outcome = ${outcome}, completed_at = ${now},
      updated_at = ${now}, version = t.version + 1
    where t.source = ${source} and t.status = 'open' and t.source_key = any(${sql.param([...keys])}::text[])
    returning t.id, t.organization_id, t.client_id, t.kind`);
  for (const t of closed.rows) {
    await recordAudit(
      tx,
      systemActor(t.organization_id),
      {
        action: 'care_task.complete',
        entityType: 'care_task',
        entityId: t.id,
        clientId: t.client_id ?? undefined,
        details: { kind: t.kind, automatic: true },
      },
      SYSTEM_META,
    );
  }
  return closed.rows.length;
}
