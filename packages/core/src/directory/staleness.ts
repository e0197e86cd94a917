import { addMonths, isValid, parseISO } from 'date-fns';

/** A directory entry not verified for this many months is stale (flagged, and a task raised). */
export const STALE_AFTER_MONTHS = 6;

/**
 * Stale when never verified, or when `today` is past the day STALE_AFTER_MONTHS after the last
 * verification (verified 2026-01-15: still current on 2026-07-15, stale from 2026-07-16). Dates
 * are calendar days (YYYY-MM-DD) in the agency's time zone; the caller gives `today`.
 */
export function isStale(lastVerifiedOn: string | null | undefined, today: string): boolean {
  if (!lastVerifiedOn) return true;
  const verified = parseISO(lastVerifiedOn);
  if (!isValid(verified)) return true;
  const limit = addMonths(verified, STALE_AFTER_MONTHS);
  return parseISO(today).getTime() > limit.getTime();
}

/** The last verification date that is still current on `today` (older ones are stale). */
export function oldestCurrentVerification(today: string): string {
  // addMonths clamps month ends (Aug 31 - 6 months = Feb 28/29), the inverse of isStale's rule.
  const d = addMonths(parseISO(today), -STALE_AFTER_MONTHS);
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}
