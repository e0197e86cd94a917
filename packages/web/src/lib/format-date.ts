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

/** A calendar date (YYYY-MM-DD) is not an instant: shown as is, never shifted by a time zone. */
export function formatDate(ymd: string | null | undefined, locale = 'en-US'): string {
  if (!ymd) return '—';
  const [y, m, d] = ymd.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(Date.UTC(y!, m! - 1, d)),
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
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Minutes the zone is ahead of UTC at an instant (negative west of Greenwich). */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone, as ISO. Filters by day mean the
 * organisation's day, not the browser's: a reviewer abroad must see the same rows.
 */
export function startOfDayIn(ymd: string, timeZone: string): string {
  const [y = 1970, m = 1, d = 1] = ymd.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d);
  // Offsets differ across a DST change: correct once with the offset at the first guess.
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(first, timeZone) * 60_000).toISOString();
}

/** The last millisecond of a calendar day in a time zone (for inclusive "to" filters). */
export function endOfDayIn(ymd: string, timeZone: string): string {
  const [y = 1970, m = 1, d = 1] = ymd.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(Date.parse(startOfDayIn(next, timeZone)) - 1).toISOString();
}
