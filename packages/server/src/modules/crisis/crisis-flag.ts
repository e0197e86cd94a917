import { reminderKeys, type Actor } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { clientFlags } from '../assessments/assessments.schema.js';
import { syncRuleFlags } from '../assessments/flags.service.js';
import { recomputeRiskTier } from '../assessments/risk-tier.service.js';
import { notify } from '../notifications/notify.js';
import { flagAudience } from '../notifications/reminder-candidates.js';
import { crisisEvents } from './crisis.schema.js';

/**
 * Make the client's `open_crisis` flag follow their crisis events (open while any is open; the
 * flag rows are the assessments module's, written through its service), tell the flag's audience
 * when it is newly raised, and recompute the risk tier (crisis events in 90 days feed it).
 */
export async function syncCrisisState(tx: DbOrTx, actor: Actor, clientId: string, now: Date): Promise<void> {
  const open = await tx
    .select({ id: crisisEvents.id })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.clientId, clientId), eq(crisisEvents.status, 'open')))
    .limit(1);
  const wanted = new Set(open.length ? [clientId] : []);
  const sync = await syncRuleFlags(
    tx,
    actor.organizationId,
    'open_crisis',
    [clientId],
    wanted,
    () => 'Crisis resolved with a note.',
    now,
    actor.userId,
  );
  if (sync.raised.length) {
    const [flag] = await tx
      .select({ id: clientFlags.id })
      .from(clientFlags)
      .where(
        and(eq(clientFlags.clientId, clientId), eq(clientFlags.kind, 'open_crisis'), eq(clientFlags.status, 'open')),
      );
    if (flag) {
      const audience = (await flagAudience(tx, clientId)).filter((u) => u !== actor.userId);
      await notify(
        tx,
        audience.map((userId) => ({
          organizationId: actor.organizationId,
          userId,
          kind: 'alert' as const,
          clientId,
          entityType: 'client_flag' as const,
          entityId: flag.id,
          params: { flagKind: 'open_crisis' },
          dedupeKey: reminderKeys.alert(flag.id),
          createdAt: now,
        })),
      );
    }
  }
  await recomputeRiskTier(tx, actor, clientId, now);
}
