import { describe, expect, it } from 'vitest';
import { partnerBodyOf, partnerErrors, partnerFields, startAnswer } from './partner-model.js';

describe('partner answer', () => {
  it('asks for a reason when declining, holding or failing, not when accepting', () => {
    for (const s of ['rejected', 'on-hold', 'failed', 'cancelled'] as const) {
      expect(partnerFields(s).reason).toBe('required');
      expect(partnerErrors(startAnswer(s))).toHaveProperty('reason');
      expect(partnerErrors({ ...startAnswer(s), reason: 'No capacity' })).toEqual({});
    }
    expect(partnerErrors(startAnswer('accepted'))).toEqual({});
  });
  it('sends the appointment on accept and what was provided on completion, nothing else', () => {
    const a = { ...startAnswer('accepted'), appointmentDate: '2026-03-02', serviceProvided: 'x' };
    expect(partnerBodyOf(a)).toEqual({
      status: 'accepted',
      reason: null,
      appointmentDate: '2026-03-02',
      waitlistPosition: null,
    });
    expect(partnerBodyOf({ ...startAnswer('completed'), serviceProvided: ' Voucher issued ' })).toEqual({
      status: 'completed',
      reason: null,
      serviceProvided: 'Voucher issued',
    });
  });
  it('rejects a malformed date', () => {
    expect(partnerErrors({ ...startAnswer('accepted'), appointmentDate: '2/3/2026' })).toHaveProperty(
      'appointmentDate',
    );
  });
});
