import type { DbOrTx } from '../../db/database.js';
import { syncRuleFlags, type FlagSyncResult } from '../assessments/flags.service.js';

/** How the engagement rules close the alert they raised. */
export const ENGAGED_AGAIN = 'Successful contact';
const NO_OPEN_EPISODE = 'No open episode';

/**
 * One open `disengaged` flag per disengaged client, and none for the others: the alert tracks the
 * state, so it closes itself when the client is reached. The flag rows are written by assessments.
 */
export async function syncDisengagedFlags(
  tx: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  disengaged: ReadonlySet<string>,
  withOpenEpisode: ReadonlySet<string>,
  now: Date,
  actorUserId: string | null,
): Promise<FlagSyncResult> {
  const resolution = (clientId: string) => (withOpenEpisode.has(clientId) ? ENGAGED_AGAIN : NO_OPEN_EPISODE);
  return syncRuleFlags(tx, organizationId, 'disengaged', clientIds, disengaged, resolution, now, actorUserId);
}
