import { TZDate } from '@date-fns/tz';
import { addHours, subMinutes } from 'date-fns';
import { daysAfterDischarge, fuhDueDate, FUH_WINDOW_30, FUH_WINDOW_7, withinFuhWindow } from '../measures/fuh.js';
import type { FollowUpStatus, HospitalizationType, PrincipalDiagnosisCategory } from './hospitalization.schemas.js';

/** How long after the discharge the supervisors' worklist keeps a discharge (past the 30-day window). */
export const POST_DISCHARGE_LIST_DAYS = 45;
/** Without a completed contact by this day after the discharge, the supervisors hear of it. */
export const DISCHARGE_ESCALATION_DAY = 3;

/**
 * A discharge that sets off the follow-up rules: acute psychiatric inpatient stays with a principal
 * diagnosis of mental illness or intentional self-harm, as FUH counts them (CLINICAL.md §7.1).
 * Residential and detox stays are non-acute settings in FUH (a transfer there even excludes the
 * discharge), and ED-only visits are not admissions, so none of them raise the discharge tasks.
 */
export function isPsychiatricDischarge(type: HospitalizationType, dx: PrincipalDiagnosisCategory): boolean {
  switch (type) {
    case 'psychiatric_inpatient':
      return dx === 'mental_illness' || dx === 'self_harm';
    case 'medical':
    case 'detox':
    case 'residential':
    case 'ed_only':
      return false;
  }
}

/** A stay the episode's whereabouts follow (the client is away in hospital until discharged). */
export function isInpatientStay(type: HospitalizationType): boolean {
  return type !== 'ed_only';
}

/** Midnight at the start of a local calendar day. */
export function localDayStart(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/**
 * The 72-hour contact's deadline. Only the discharge date is known, so the hours run from the end
 * of the discharge day (the discharge day does not count, as in FUH): 72 h = end of day D+3. Due
 * one minute before that midnight, so the task shows the last day it may be done (D+3, 23:59).
 */
export function dischargeContactDueAt(dischargedOn: string, hours: number, timeZone: string): Date {
  return subMinutes(addHours(localDayStart(fuhDueDate(dischargedOn, 1), timeZone), hours), 1);
}

/** End of the local day D+n (23:59, shown as that day): when the n-day follow-up task is due. */
export function followUpDueAt(dischargedOn: string, windowDays: number, timeZone: string): Date {
  return subMinutes(localDayStart(fuhDueDate(dischargedOn, windowDays + 1), timeZone), 1);
}

/** Met when the first follow-up fell in the window, missed once the window's last day has passed. */
export function followUpStatus(
  dischargedOn: string,
  firstFollowUpOn: string | null,
  today: string,
  windowDays: number,
): FollowUpStatus {
  const days = firstFollowUpOn === null ? null : daysAfterDischarge(dischargedOn, firstFollowUpOn);
  if (withinFuhWindow(days, windowDays)) return 'met';
  return today > fuhDueDate(dischargedOn, windowDays) ? 'missed' : 'due';
}

export const followUpStatuses = (dischargedOn: string, firstFollowUpOn: string | null, today: string) => ({
  status7: followUpStatus(dischargedOn, firstFollowUpOn, today, FUH_WINDOW_7),
  status30: followUpStatus(dischargedOn, firstFollowUpOn, today, FUH_WINDOW_30),
});

/** Escalate when day D+3 has come and nobody has had a completed contact since the discharge. */
export function dischargeNeedsEscalation(
  dischargedOn: string,
  contactedSinceDischarge: boolean,
  today: string,
): boolean {
  return !contactedSinceDischarge && today >= fuhDueDate(dischargedOn, DISCHARGE_ESCALATION_DAY);
}

/** Task keys: one per stay and discharge date (a corrected date retires the old tasks). */
export const dischargeTaskKey = (
  kind: 'discharge_contact' | 'discharge_follow_up_7' | 'discharge_follow_up_30',
  hospitalizationId: string,
  dischargedOn: string,
) => `${kind}:${hospitalizationId}:${dischargedOn}`;
export const dischargeTaskKeyPrefix = (hospitalizationId: string) => `:${hospitalizationId}:`;
