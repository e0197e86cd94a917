import type { Actor } from '@careloop/core';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { syncRuleTasks } from '../tasks/rule-task.service.js';
import { cadenceFacts } from './cadence-facts.js';
import { syncDisengagedFlags } from './engagement-flag.js';
import { followUpOf, type FollowUp } from './follow-up.js';
import { closingOf, RULE_SOURCES, wantedTasks, type RuleSource, type WantedTask } from './rule-tasks.js';

const SYSTEM_META: RequestMeta = { ip: null, userAgent: null, requestId: null };

export interface EngagementChange {
  clientId: string;
  flag: 'raised' | 'resolved' | null;
  tasksRaised: string[];
  tasksClosed: string[];
}

export interface EvaluateInput {
  organizationId: string;
  clientIds: readonly string[];
  /** The person whose action triggered it; null for the background sweep. */
  actorUserId?: string | null;
  meta?: RequestMeta;
}

/**
 * Apply the follow-up rules to every open episode of these clients, in the caller's
 * transaction: the `disengaged` alert and outreach-plan task, follow-up tasks for overdue
 * contact, in-reach tasks while in hospital or jail; closes what no longer applies. Each client
 * whose alerts or tasks changed gets one audit row (ids only).
 */
export async function evaluateClients(tx: DbOrTx, ctx: AppContext, input: EvaluateInput): Promise<EngagementChange[]> {
  const { organizationId, clientIds } = input;
  if (clientIds.length === 0) return [];
  const actorUserId = input.actorUserId ?? null;
  const now = ctx.now();
  const facts = await cadenceFacts(tx, organizationId, { clientIds });
  const followUps = new Map<string, FollowUp>();
  const wanted: WantedTask[] = [];
  const disengaged = new Set<string>();
  for (const f of facts) {
    const fu = followUpOf(f, now);
    followUps.set(f.episodeId, fu);
    wanted.push(...wantedTasks(f, fu, now));
    if (fu.engagement.disengaged) disengaged.add(f.clientId);
  }
  const withOpenEpisode = new Set(facts.map((f) => f.clientId));
  const closing = (t: { source: RuleSource; episodeId: string | null }) =>
    closingOf(t.source, t.episodeId ? followUps.get(t.episodeId) : undefined);
  const tasks = await syncRuleTasks(tx, organizationId, clientIds, { sources: RULE_SOURCES, wanted, closing }, now);
  const flags = await syncDisengagedFlags(tx, organizationId, clientIds, disengaged, withOpenEpisode, now, actorUserId);

  const changes: EngagementChange[] = [];
  for (const clientId of clientIds) {
    const change: EngagementChange = {
      clientId,
      flag: flags.raised.includes(clientId) ? 'raised' : flags.resolved.includes(clientId) ? 'resolved' : null,
      tasksRaised: tasks.raised.filter((t) => t.clientId === clientId).map((t) => t.id),
      tasksClosed: tasks.closed.filter((t) => t.clientId === clientId).map((t) => t.id),
    };
    if (!change.flag && change.tasksRaised.length === 0 && change.tasksClosed.length === 0) continue;
    changes.push(change);
    // Only the triggering person's id reaches this far: the row names them without roles.
    await recordAudit(
      tx,
      { organizationId, userId: actorUserId, roles: [] },
      {
        action: 'engagement.evaluate',
        entityType: 'client',
        entityId: clientId,
        clientId,
        details: { flag: change.flag, tasksRaised: change.tasksRaised, tasksClosed: change.tasksClosed },
      },
      input.meta ?? SYSTEM_META,
    );
  }
  return changes;
}

/** One client's follow-up rules, in the caller's transaction. */
export async function evaluateEngagement(
  tx: DbOrTx,
  ctx: AppContext,
  input: { organizationId: string; clientId: string; actorUserId?: string | null; meta?: RequestMeta },
): Promise<EngagementChange | null> {
  const [change] = await evaluateClients(tx, ctx, { ...input, clientIds: [input.clientId] });
  return change ?? null;
}

/**
 * Called at the end of the transaction that logs or voids a contact: a successful contact
 * resolves the alert and closes follow-up tasks at once; a third failed attempt raises them.
 * The whole client is evaluated (the alert is per client), whichever episode the contact is on.
 */
export async function afterContactLogged(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  contact: { clientId: string; episodeId?: string | null },
  meta?: RequestMeta,
): Promise<EngagementChange | null> {
  return evaluateEngagement(tx, ctx, {
    organizationId: actor.organizationId,
    clientId: contact.clientId,
    actorUserId: actor.userId,
    meta,
  });
}
