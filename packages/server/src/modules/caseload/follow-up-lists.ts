import type { SupervisionResponse } from '@careloop/core';
import type { EpisodeFollowUp } from '../engagement/follow-up.js';

/** The columns of an open case the supervisor's follow-up lists show. */
export interface SupervisedCase {
  episode_id: string;
  client_id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  program_name: string;
  primary_id: string | null;
  primary_name: string | null;
}

type FollowUps = ReadonlyMap<string, EpisodeFollowUp>;

/** Clients past their contact cadence, most overdue first (in-reach clients are never overdue). */
export function overdueContacts(cases: readonly SupervisedCase[], followUps: FollowUps) {
  return cases
    .flatMap((c) => {
      const next = followUps.get(c.episode_id)?.followUp.next;
      return next && next.overdueDays > 0 ? [{ c, next }] : [];
    })
    .sort((a, b) => b.next.overdueDays - a.next.overdueDays)
    .map(({ c, next }): SupervisionResponse['overdueContacts'][number] => ({
      episodeId: c.episode_id,
      clientId: c.client_id,
      mrn: c.mrn,
      firstName: c.first_name,
      lastName: c.last_name,
      programName: c.program_name,
      primaryCaseManagerName: c.primary_name,
      nextContactDueAt: next.dueAt.toISOString(),
      daysOverdue: next.overdueDays,
    }));
}

/** Overdue clients per primary case manager (for the load table). */
export function overdueByStaff(cases: readonly SupervisedCase[], followUps: FollowUps): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const late = followUps.get(c.episode_id)?.followUp.next.overdueDays ?? 0;
    if (late > 0 && c.primary_id) counts.set(c.primary_id, (counts.get(c.primary_id) ?? 0) + 1);
  }
  return counts;
}

/** Disengaged clients, longest first, with the first reason that holds. */
export function disengagedClients(
  cases: readonly SupervisedCase[],
  followUps: FollowUps,
): SupervisionResponse['disengaged'] {
  return cases
    .flatMap((c) => {
      const e = followUps.get(c.episode_id)?.followUp.engagement;
      const reason = e?.reasons[0];
      return e?.since && reason ? [{ c, reason, since: e.since }] : [];
    })
    .sort((a, b) => a.since.getTime() - b.since.getTime())
    .map(({ c, reason, since }) => ({
      episodeId: c.episode_id,
      clientId: c.client_id,
      mrn: c.mrn,
      name: `${c.last_name}, ${c.first_name}`,
      programName: c.program_name,
      primaryCaseManagerName: c.primary_name,
      reason,
      since: since.toISOString(),
    }));
}
