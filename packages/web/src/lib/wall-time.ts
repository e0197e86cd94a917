import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';

// datetime-local inputs hold a wall time with no zone; the agency's zone (not the browser's) gives it
// its instant, so a worker abroad or on a mis-set tablet still records the agency's hour.

/** An instant as the value of a datetime-local input, in the agency's zone. */
export function toWallTime(instant: number, timeZone: string): string {
  return lightFormat(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local value read in the agency's zone, as an ISO instant; null when malformed. */
export function fromWallTime(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return null;
  const [, y = 1970, mo = 1, d = 1, h = 0, mi = 0] = m.map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime()).toISOString();
}
