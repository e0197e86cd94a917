import { localDate } from '@careloop/core';
import { addDays, addHours, subHours } from 'date-fns';
import type { DbOrTx } from '../db/database.js';
import { coverages, onCallShifts } from '../modules/coverage/coverage.schema.js';
import type { DemoRefs } from './demo-refs.js';

/**
 * The peer specialist carries the ACT on-call phone now (a 24-hour shift around the seed time,
 * then the clinician's), so the on-call crisis view works on a client not on their caseload; and
 * the clinician covers the case manager's caseload during a planned leave next week (in the
 * future, so today's caseloads stay as they are).
 */
export async function seedDemoCoverage(tx: DbOrTx, refs: DemoRefs, now: Date): Promise<void> {
  const org = refs.organizationId;
  const start = subHours(now, 2);
  await tx.insert(onCallShifts).values([
    {
      organizationId: org,
      programId: refs.programs.act,
      userId: refs.users.peer_specialist,
      startsAt: start,
      endsAt: addHours(start, 24),
      note: 'Crisis line forwards to the on-call cell.',
      createdById: refs.users.supervisor,
      createdAt: now,
    },
    {
      organizationId: org,
      programId: refs.programs.act,
      userId: refs.users.clinician,
      startsAt: addHours(start, 24),
      endsAt: addHours(start, 48),
      note: null,
      createdById: refs.users.supervisor,
      createdAt: now,
    },
  ]);
  await tx.insert(coverages).values({
    organizationId: org,
    coveredUserId: refs.users.case_manager,
    coveringUserId: refs.users.clinician,
    startsOn: localDate(addDays(now, 7), refs.timeZone),
    endsOn: localDate(addDays(now, 13), refs.timeZone),
    reason: 'leave',
    note: 'Planned leave; urgent items to the clinician.',
    createdById: refs.users.supervisor,
    createdAt: now,
    updatedAt: now,
  });
}
