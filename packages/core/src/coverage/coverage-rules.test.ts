import { describe, expect, it } from 'vitest';
import { ageOn, coverageActiveOn, onCallAt, overlappingShift, shiftCovers, spansOverlap } from './coverage-rules.js';

const at = (iso: string) => new Date(iso);
const shift = (id: string, programId: string, userId: string, start: string, end: string) => ({
  id,
  programId,
  userId,
  startsAt: at(start),
  endsAt: at(end),
});

describe('on-call shifts', () => {
  const night = shift('s1', 'act', 'ana', '2026-03-01T17:00:00Z', '2026-03-02T08:00:00Z');
  const day = shift('s2', 'act', 'ben', '2026-03-02T08:00:00Z', '2026-03-02T17:00:00Z');
  const other = shift('s3', 'icm', 'cy', '2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z');

  it('covers from the start (inclusive) to the end (exclusive)', () => {
    expect(shiftCovers(night, at('2026-03-01T17:00:00Z'))).toBe(true);
    expect(shiftCovers(night, at('2026-03-01T16:59:59Z'))).toBe(false);
    expect(shiftCovers(night, at('2026-03-02T07:59:59Z'))).toBe(true);
    expect(shiftCovers(night, at('2026-03-02T08:00:00Z'))).toBe(false);
  });

  it('answers who is on call per program at an instant; at the hand-over only the next shift', () => {
    expect(onCallAt([night, day, other], at('2026-03-02T08:00:00Z'))).toEqual(
      new Map([
        ['icm', ['cy']],
        ['act', ['ben']],
      ]),
    );
    expect(onCallAt([night, day], at('2026-03-02T17:00:00Z')).size).toBe(0);
  });

  it('refuses the same person twice in the same program at once; back-to-back and backups pass', () => {
    expect(spansOverlap(night, day)).toBe(false);
    const again = shift('new', 'act', 'ana', '2026-03-02T07:00:00Z', '2026-03-02T09:00:00Z');
    expect(overlappingShift(again, [night, day])?.id).toBe('s1');
    const backup = shift('new', 'act', 'dee', '2026-03-02T07:00:00Z', '2026-03-02T09:00:00Z');
    expect(overlappingShift(backup, [night, day])).toBeNull();
    const otherProgram = shift('new', 'icm', 'ana', '2026-03-01T18:00:00Z', '2026-03-01T19:00:00Z');
    expect(overlappingShift(otherProgram, [night])).toBeNull();
    // An edited shift does not clash with itself.
    expect(overlappingShift({ ...night, endsAt: at('2026-03-02T09:00:00Z') }, [night])).toBeNull();
  });
});

describe('coverage date ranges', () => {
  const c = { startsOn: '2026-02-27', endsOn: '2026-03-01' };
  it('is in force on the first and the last day, not the day before or after', () => {
    expect(coverageActiveOn(c, '2026-02-26')).toBe(false);
    expect(coverageActiveOn(c, '2026-02-27')).toBe(true);
    expect(coverageActiveOn(c, '2026-03-01')).toBe(true);
    expect(coverageActiveOn(c, '2026-03-02')).toBe(false);
  });
  it('a one-day coverage', () => {
    expect(coverageActiveOn({ startsOn: '2028-02-29', endsOn: '2028-02-29' }, '2028-02-29')).toBe(true);
  });
});

describe('ageOn', () => {
  it('counts whole years; the birthday itself counts', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});
