import { localDate } from '@careloop/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { careTeamMembers } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';

/** The episode's current primary case manager: the owner of its transition follow-up tasks. */
export async function primaryCaseManager(db: DbOrTx, episodeId: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: careTeamMembers.userId })
    .from(careTeamMembers)
    .where(
      and(
        eq(careTeamMembers.episodeId, episodeId),
        eq(careTeamMembers.role, 'primary_case_manager'),
        isNull(careTeamMembers.endedAt),
      ),
    );
  return row?.userId ?? null;
}

/** Today in the agency's calendar (dates of the post-transition schedule are local days). */
export async function agencyToday(db: DbOrTx, organizationId: string, now: Date): Promise<string> {
  const [org] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return localDate(now, org?.timeZone ?? 'UTC');
}

/** A check-in is due by the middle of its day (UTC), so it is "due today" wherever the agency is. */
export const dueAtOf = (dueOn: string): Date => new Date(`${dueOn}T12:00:00Z`);
