import {
  daysAfterDischarge,
  dischargeContactDueAt,
  followUpStatuses,
  fuhDueDate,
  FUH_WINDOW_30,
  FUH_WINDOW_7,
  isPsychiatricDischarge,
  localDate,
  scoreFuh,
  type DischargeFollowUp,
  type HospitalizationView,
} from '@careloop/core';
import { differenceInYears, parseISO } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { dischargeContacts } from './discharge-facts.js';
import type { HospitalizationRow } from './discharge-tasks.js';

/** What the views need besides the row: the agency's zone and hours, today, the client's birth date. */
export interface ViewFacts {
  timeZone: string;
  contactHours: number;
  now: Date;
  dateOfBirth: string | null;
}

export async function clientDateOfBirth(db: DbOrTx, clientId: string): Promise<string | null> {
  const res = await db.execute<{ dob: string | null }>(
    sql`select date_of_birth::text as dob from clients where id = ${clientId}`,
  );
  return res.rows[0]?.dob ?? null;
}

/** The follow-up picture of a psychiatric discharge; null for any other stay. */
export async function dischargeFollowUp(
  db: DbOrTx,
  h: HospitalizationRow,
  facts: ViewFacts,
): Promise<DischargeFollowUp | null> {
  if (!h.dischargedOn || !isPsychiatricDischarge(h.type, h.principalDiagnosisCategory)) return null;
  const today = localDate(facts.now, facts.timeZone);
  const seen = await dischargeContacts(db, h.clientId, h.dischargedOn, facts.timeZone);
  // Age unknown: FUH cannot exclude on it, so the discharge is scored as an adult's.
  const age = facts.dateOfBirth ? differenceInYears(parseISO(h.dischargedOn), parseISO(facts.dateOfBirth)) : 18;
  return {
    contactDueAt: dischargeContactDueAt(h.dischargedOn, facts.contactHours, facts.timeZone).toISOString(),
    contactDone: seen.contactDone,
    day7Due: fuhDueDate(h.dischargedOn, FUH_WINDOW_7),
    day30Due: fuhDueDate(h.dischargedOn, FUH_WINDOW_30),
    firstFollowUpOn: seen.firstFollowUpOn,
    daysSinceDischarge: daysAfterDischarge(h.dischargedOn, today),
    ...followUpStatuses(h.dischargedOn, seen.firstFollowUpOn, today),
    fuh: scoreFuh({ dischargeDate: h.dischargedOn, followUpVisitDate: seen.firstFollowUpOn, ageAtDischarge: age }),
    escalatedAt: h.escalatedAt?.toISOString() ?? null,
  };
}

export async function hospitalizationView(
  db: DbOrTx,
  h: HospitalizationRow,
  facts: ViewFacts,
): Promise<HospitalizationView> {
  return {
    id: h.id,
    clientId: h.clientId,
    type: h.type,
    facility: h.facility,
    admittedOn: h.admittedOn,
    dischargedOn: h.dischargedOn,
    principalDiagnosisCategory: h.principalDiagnosisCategory,
    crisisEventId: h.crisisEventId,
    followUp: await dischargeFollowUp(db, h, facts),
    createdAt: h.createdAt.toISOString(),
    version: h.version,
  };
}
