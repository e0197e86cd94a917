import type { Actor } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { notify } from '../notifications/notify.js';
import { episodeTeamLeads } from '../notifications/recipients.js';

export type TeamChange = 'member_added' | 'member_ended' | 'transfer' | 'move';

/**
 * Tell the episode's primary case manager and its program's supervisors (and `also`, e.g. the
 * primary who handed the case on) that its team changed, in the change's transaction; the one who
 * made the change is not told. `key` names the event so a notice is sent once.
 */
export async function announceTeamChange(
  tx: DbOrTx,
  actor: Actor,
  change: { episodeId: string; clientId: string; kind: TeamChange; key: string; also?: readonly (string | null)[] },
  now: Date,
): Promise<void> {
  const to = new Set([...(await episodeTeamLeads(tx, change.episodeId)), ...(change.also ?? [])]);
  to.delete(actor.userId);
  await notify(
    tx,
    [...to]
      .filter((id): id is string => id !== null)
      .map((userId) => ({
        organizationId: actor.organizationId,
        userId,
        kind: 'care_team_change' as const,
        clientId: change.clientId,
        entityType: 'episode' as const,
        entityId: change.episodeId,
        params: { change: change.kind },
        dedupeKey: `care_team:${change.kind}:${change.key}`,
        createdAt: now,
      })),
  );
}
