import { describe, expect, it } from 'vitest';
import { addBusinessDaysIn, timelinessTargets } from './timeliness.js';

const chicago = { timeZone: 'America/Chicago' };
// 2026-11-20 is a Friday; 2026-11-26 is Thanksgiving (Thursday).
const at = (iso: string) => new Date(iso);

describe('addBusinessDaysIn', () => {
  it('skips the weekend: Friday 15:00 + 1 business day = Monday 15:00 local', () => {
    expect(addBusinessDaysIn(at('2026-11-20T21:00:00Z'), 1, chicago).toISOString()).toBe('2026-11-23T21:00:00.000Z');
  });

  it('Thursday + 1 = Friday; Monday + 10 = Monday two weeks later', () => {
    expect(addBusinessDaysIn(at('2026-11-19T15:00:00Z'), 1, chicago).toISOString()).toBe('2026-11-20T15:00:00.000Z');
    expect(addBusinessDaysIn(at('2026-11-16T15:00:00Z'), 10, chicago).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('counts from the next business day when received on a weekend', () => {
    // Saturday 10:00 local + 1 business day -> Monday 10:00 local.
    expect(addBusinessDaysIn(at('2026-11-21T16:00:00Z'), 1, chicago).toISOString()).toBe('2026-11-23T16:00:00.000Z');
  });

  it('counts days in the organisation time zone, not UTC', () => {
    // Friday 20:00 in Chicago is already Saturday 02:00 UTC: still Friday locally -> Monday 20:00 local.
    expect(addBusinessDaysIn(at('2026-11-21T02:00:00Z'), 1, chicago).toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });

  it('skips agency holidays', () => {
    const calendar = { ...chicago, holidays: ['2026-11-26', '2026-11-27'] };
    // Wednesday + 1 business day over Thanksgiving and the day after -> Monday.
    expect(addBusinessDaysIn(at('2026-11-25T15:00:00Z'), 1, calendar).toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('keeps local clock time across a DST change', () => {
    // Friday 2026-10-30 09:00 CDT (14:00Z) + 1 business day -> Monday 2026-11-02 09:00 CST (15:00Z).
    expect(addBusinessDaysIn(at('2026-10-30T14:00:00Z'), 1, chicago).toISOString()).toBe('2026-11-02T15:00:00.000Z');
  });
});

describe('timelinessTargets', () => {
  const received = at('2026-11-20T21:00:00Z'); // Friday 15:00 Chicago
  it('emergent is due immediately', () => {
    expect(timelinessTargets(received, 'emergent', chicago).initialDueAt).toEqual(received);
  });
  it('urgent is due within 1 business day', () => {
    expect(timelinessTargets(received, 'urgent', chicago).initialDueAt.toISOString()).toBe('2026-11-23T21:00:00.000Z');
  });
  it('routine is due within 10 business days', () => {
    expect(timelinessTargets(received, 'routine', chicago).initialDueAt.toISOString()).toBe('2026-12-04T21:00:00.000Z');
  });
  it('the comprehensive evaluation is due 60 calendar days after the request', () => {
    expect(timelinessTargets(received, 'routine', chicago).comprehensiveDueAt.toISOString()).toBe(
      '2027-01-19T21:00:00.000Z',
    );
  });
});
