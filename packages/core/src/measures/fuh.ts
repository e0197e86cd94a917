import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';

/**
 * HEDIS FUH, Follow-Up After Hospitalization for Mental Illness (CLINICAL.md §7.1), on calendar
 * dates only (YYYY-MM-DD, no clock, no time zone): the measure counts days, not hours.
 */
export const fuhInput = z.object({
  dischargeDate: isoDate,
  /** Null (or left out) when there was no follow-up visit. */
  followUpVisitDate: isoDate.nullable().optional(),
  ageAtDischarge: z.number().int().min(0).max(150),
  /** Older specs count only visits with a mental-health provider; newer ones also MH-dx visits. */
  visitWithMentalHealthProvider: z.boolean().optional(),
  /** Principal diagnosis of mental illness or intentional self-harm. */
  principalDxMentalIllness: z.boolean().optional(),
});
export type FuhInput = z.input<typeof fuhInput>;

export const fuhResult = z.object({
  inDenominator: z.boolean(),
  /**
   * Calendar days from discharge to the visit; null without a visit. Negative when the visit
   * came before the discharge (kept so a data-entry slip shows), and then no numerator counts.
   */
  daysAfterDischarge: z.number().int().nullable(),
  numerator7Day: z.boolean(),
  numerator30Day: z.boolean(),
});
export type FuhResult = z.infer<typeof fuhResult>;

export const FUH_MIN_AGE = 6;
export const FUH_WINDOW_7 = 7;
export const FUH_WINDOW_30 = 30;

/** Discharges after December 1 leave too little of the year for the 30-day window: not counted. */
export function dischargeInMeasurementWindow(dischargeDate: string): boolean {
  const year = dischargeDate.slice(0, 4);
  return dischargeDate >= `${year}-01-01` && dischargeDate <= `${year}-12-01`;
}

/** Calendar days from discharge to the visit (the discharge day itself is day 0). */
export function daysAfterDischarge(dischargeDate: string, visitDate: string): number {
  return differenceInCalendarDays(parseISO(visitDate), parseISO(dischargeDate));
}

/** The last calendar day of the follow-up window: discharge + n days (the discharge day does not count). */
export function fuhDueDate(dischargeDate: string, windowDays: number): string {
  return format(addDays(parseISO(dischargeDate), windowDays), 'yyyy-MM-dd');
}

/** A visit on day 1..window after the discharge; a same-day visit does not count. */
export function withinFuhWindow(days: number | null, windowDays: number): boolean {
  return days !== null && days >= 1 && days <= windowDays;
}

/** One discharge scored on the measure. */
export function scoreFuh(input: FuhInput): FuhResult {
  const inDenominator =
    dischargeInMeasurementWindow(input.dischargeDate) &&
    input.ageAtDischarge >= FUH_MIN_AGE &&
    (input.principalDxMentalIllness ?? true);
  const visit = input.followUpVisitDate ?? null;
  const days = visit === null ? null : daysAfterDischarge(input.dischargeDate, visit);
  const qualifies = inDenominator && (input.visitWithMentalHealthProvider ?? true);
  return {
    inDenominator,
    daysAfterDischarge: days,
    numerator7Day: qualifies && withinFuhWindow(days, FUH_WINDOW_7),
    numerator30Day: qualifies && withinFuhWindow(days, FUH_WINDOW_30),
  };
}
