import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

/** Date and time as the organisation reads them, in its own time zone. */
export function formatDateTime(iso: string | null | undefined, timeZone: string, locale = 'en-US'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The time of day (e.g. "3:05 PM") in the organisation's zone: when a draft was last saved. */
export function formatTime(iso: string, timeZone: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) is not an instant: shown as is, never shifted by a time zone. */
export function formatDate(ymd: string | null | undefined, locale = 'en-US'): string {
  if (!ymd) return '—';
  const [y, m, d] = ymd.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(Date.UTC(y!, m! - 1, d)),
  );
}

/**
 * A due instant as a calendar date in the organisation's zone (a bare YYYY-MM-DD as it is): the
 * dashboard is about days, and the hour a cadence falls due carries no meaning for the worker.
 */
export function formatDueDate(iso: string, timeZone: string, locale = 'en-US'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  return new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(iso),
  );
}

/** Whole years between a date of birth and today (in the organisation's zone). */
export function ageOn(dob: string, today: string): number {
  const [by, bm, bd] = dob.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty! - by!;
  if (tm! < bm! || (tm === bm && td! < bd!)) age -= 1;
  return age;
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return lightFormat(new TZDate(now, timeZone), 'yyyy-MM-dd');
}

const dayIn = (ymd: string, timeZone: string, plusDays = 0): TZDate => {
  const [y = 1970, m = 1, d = 1] = ymd.split('-').map(Number);
  return new TZDate(y, m - 1, d + plusDays, timeZone);
};

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone, as ISO. Filters by day mean the
 * organisation's day, not the browser's: a reviewer abroad must see the same rows.
 */
export function startOfDayIn(ymd: string, timeZone: string): string {
  return new Date(dayIn(ymd, timeZone).getTime()).toISOString();
}

/** The last millisecond of a calendar day in a time zone (for inclusive "to" filters). */
export function endOfDayIn(ymd: string, timeZone: string): string {
  return new Date(dayIn(ymd, timeZone, 1).getTime() - 1).toISOString();
}
