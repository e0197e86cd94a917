import { describe, expect, it } from 'vitest';
import { referralCheckInOutcome, referralStatusOutcome } from './referral-outcome.js';

describe('referral outcome written back to the goal', () => {
  it('says what the provider answered', () => {
    expect(referralStatusOutcome('accepted', { appointmentDate: '2026-03-02' })).toBe(
      'Accepted — first appointment 2026-03-02',
    );
    expect(referralStatusOutcome('accepted', {})).toBe('Accepted');
    expect(referralStatusOutcome('completed', { serviceProvided: 'Housing voucher issued' })).toBe(
      'Completed: Housing voucher issued',
    );
    expect(referralStatusOutcome('rejected', { reason: 'Over income limit' })).toBe('Rejected: Over income limit');
    expect(referralStatusOutcome('requested', {})).toBeNull();
    expect(referralStatusOutcome('draft', {})).toBeNull();
  });

  it('says what the client said at the check-in', () => {
    expect(referralCheckInOutcome('attended', '2026-03-02')).toBe('First appointment attended 2026-03-02');
    expect(referralCheckInOutcome('attended', '2026-03-02', '2026-03-03')).toBe(
      'First appointment attended 2026-03-03',
    );
    expect(referralCheckInOutcome('not_attended', null)).toBe('First appointment not attended');
    expect(referralCheckInOutcome('not_reached', '2026-03-02')).toBe('Client not reached after the first appointment');
  });
});
