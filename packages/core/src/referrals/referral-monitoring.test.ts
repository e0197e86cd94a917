import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERRAL_SETTINGS as S } from './referral.schemas.js';
import {
  referralCheckInDue,
  referralCheckInDueAt,
  referralFollowUpDue,
  referralFollowUpDueAt,
  referralTaskKey,
} from './referral-monitoring.js';
import { ReferralStatuses } from './referral-status.js';

const DAY = 24 * 60 * 60 * 1000;
const at = new Date('2026-03-01T15:00:00Z');
const plus = (ms: number) => new Date(at.getTime() + ms);

describe('referral follow-up rule', () => {
  it('is due only after longer than the limit in requested (7 days) or accepted (14 days)', () => {
    expect(referralFollowUpDueAt('requested', at, S)).toEqual(plus(7 * DAY));
    expect(referralFollowUpDue('requested', at, plus(7 * DAY), S)).toBe(false);
    expect(referralFollowUpDue('requested', at, plus(7 * DAY + 1), S)).toBe(true);
    expect(referralFollowUpDue('accepted', at, plus(14 * DAY), S)).toBe(false);
    expect(referralFollowUpDue('accepted', at, plus(14 * DAY + 1), S)).toBe(true);
  });

  it('follows the agency setting', () => {
    const limits = { ...S, requestedFollowUpDays: 1 };
    expect(referralFollowUpDue('requested', at, plus(DAY + 1), limits)).toBe(true);
  });

  it('never chases other statuses', () => {
    for (const s of ReferralStatuses.filter((x) => x !== 'requested' && x !== 'accepted')) {
      expect(referralFollowUpDueAt(s, at, S)).toBeNull();
      expect(referralFollowUpDue(s, at, plus(365 * DAY), S)).toBe(false);
    }
  });
});

describe('referral check-in rule', () => {
  const facts = { status: 'accepted' as const, appointmentDate: '2026-03-02', checkedIn: false };
  const tz = 'America/Chicago';

  it('is due from the start of the agency day checkInAfterDays after the appointment', () => {
    // 2026-03-04 00:00 in Chicago (CST, UTC-6).
    const due = new Date('2026-03-04T06:00:00Z');
    expect(referralCheckInDueAt(facts, S, tz)).toEqual(due);
    expect(referralCheckInDue(facts, new Date(due.getTime() - 1), S, tz)).toBe(false);
    expect(referralCheckInDue(facts, due, S, tz)).toBe(true);
    expect(referralCheckInDueAt(facts, { ...S, checkInAfterDays: 0 }, tz)).toEqual(new Date('2026-03-02T06:00:00Z'));
  });

  it('wants no check-in without a date, once checked in, or outside accepted / in progress / on hold', () => {
    expect(referralCheckInDueAt({ ...facts, appointmentDate: null }, S, tz)).toBeNull();
    expect(referralCheckInDueAt({ ...facts, checkedIn: true }, S, tz)).toBeNull();
    for (const status of ReferralStatuses) {
      const wanted = ['accepted', 'in-progress', 'on-hold'].includes(status);
      expect(referralCheckInDueAt({ ...facts, status }, S, tz) !== null).toBe(wanted);
    }
  });

  it('keys a task by referral, kind and subject', () => {
    expect(referralTaskKey('r1', 'follow_up', 'requested')).toBe('referral:r1:follow_up:requested');
  });
});
