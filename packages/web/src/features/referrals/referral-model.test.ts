import { ReferralStatuses, referralReasonRequired, staffNextStatuses, type ReferralView } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import {
  boardGroups,
  canSend,
  checkInApplies,
  EMPTY_STATUS_FORM,
  historySource,
  referralsOfGoal,
  statusBodyOf,
  statusChoices,
  statusFields,
  statusFormErrors,
} from './referral-model.js';

describe('statusChoices', () => {
  it('offers exactly the transitions of the core model', () => {
    for (const s of ReferralStatuses) expect(statusChoices(s)).toEqual(staffNextStatuses(s));
    expect(statusChoices('requested')).toEqual(['accepted', 'rejected', 'cancelled', 'entered-in-error']);
    expect(statusChoices('entered-in-error')).toEqual([]);
  });
});

describe('statusFields', () => {
  it('asks for a reason exactly where the core rule requires one', () => {
    for (const s of ReferralStatuses) {
      expect(statusFields(s).reason).toBe(referralReasonRequired(s) ? 'required' : 'optional');
    }
  });
  it('asks for the appointment on accept, what was provided on complete, the waitlist on hold', () => {
    expect(statusFields('accepted')).toMatchObject({ appointmentDate: true, waitlistPosition: true });
    expect(statusFields('completed')).toMatchObject({ serviceProvided: true, appointmentDate: false });
    expect(statusFields('on-hold')).toMatchObject({ waitlistPosition: true, serviceProvided: false });
  });
  it("marks the provider's statuses as recorded on its behalf; cancelled is either side's", () => {
    expect(statusFields('accepted').onBehalf).toBe('implied');
    expect(statusFields('cancelled').onBehalf).toBe('choice');
    expect(statusFields('requested').onBehalf).toBe('none');
    expect(statusFields('entered-in-error').onBehalf).toBe('none');
  });
});

describe('statusBodyOf and statusFormErrors', () => {
  it('needs a status', () => {
    expect(statusBodyOf(EMPTY_STATUS_FORM, 1)).toBeNull();
    expect(statusFormErrors(EMPTY_STATUS_FORM, 1)).toHaveProperty('status');
  });
  it('requires the reason for rejected, cancelled, on-hold and failed (blank is missing)', () => {
    for (const status of ['rejected', 'cancelled', 'on-hold', 'failed'] as const) {
      expect(statusFormErrors({ ...EMPTY_STATUS_FORM, status, reason: '  ' }, 1)).toHaveProperty('reason');
      expect(statusFormErrors({ ...EMPTY_STATUS_FORM, status, reason: 'Full' }, 1)).toEqual({});
    }
    expect(statusFormErrors({ ...EMPTY_STATUS_FORM, status: 'accepted' }, 1)).toEqual({});
  });
  it('sends only the fields the status asks for', () => {
    const form = {
      ...EMPTY_STATUS_FORM,
      status: 'completed' as const,
      appointmentDate: '2026-03-02',
      serviceProvided: ' Housing voucher issued ',
      waitlistPosition: 4,
      onBehalfOfProvider: true,
    };
    expect(statusBodyOf(form, 3)).toEqual({
      status: 'completed',
      reason: null,
      serviceProvided: 'Housing voucher issued',
      version: 3,
    });
    expect(statusBodyOf({ ...form, status: 'accepted' }, 3)).toEqual({
      status: 'accepted',
      reason: null,
      appointmentDate: '2026-03-02',
      waitlistPosition: 4,
      version: 3,
    });
    expect(statusBodyOf({ ...form, status: 'cancelled', reason: 'Moved away' }, 3)).toEqual({
      status: 'cancelled',
      reason: 'Moved away',
      onBehalfOfProvider: true,
      version: 3,
    });
  });
  it('reports a malformed appointment date', () => {
    const errors = statusFormErrors({ ...EMPTY_STATUS_FORM, status: 'accepted', appointmentDate: '03/02/2026' }, 1);
    expect(errors).toHaveProperty('appointmentDate');
  });
});

const row = (id: string, status: ReferralView['status'], at: string, followUpDue = false) => ({
  id,
  status,
  statusChangedAt: at,
  followUpDue,
});

describe('boardGroups', () => {
  it('puts overdue first, then active statuses before closed ones, oldest first', () => {
    const groups = boardGroups([
      row('a', 'completed', '2026-01-01T00:00:00Z'),
      row('b', 'requested', '2026-01-05T00:00:00Z'),
      row('c', 'requested', '2026-01-02T00:00:00Z', true),
      row('d', 'draft', '2026-01-03T00:00:00Z'),
      row('e', 'accepted', '2026-01-01T00:00:00Z', true),
      row('f', 'requested', '2026-01-04T00:00:00Z'),
    ]);
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['overdue', ['e', 'c']],
      ['draft', ['d']],
      ['requested', ['f', 'b']],
      ['completed', ['a']],
    ]);
  });
  it('is empty for no referrals', () => {
    expect(boardGroups([])).toEqual([]);
  });
});

describe('small rules', () => {
  const view = (over: Partial<ReferralView>) => ({ createdAt: '2026-01-01T00:00:00Z', ...over }) as ReferralView;
  it('lists a goal’s referrals newest first', () => {
    const items = [
      view({ id: '1', goalId: 'g1', createdAt: '2026-01-01T00:00:00Z' }),
      view({ id: '2', goalId: 'g2' }),
      view({ id: '3', goalId: 'g1', createdAt: '2026-02-01T00:00:00Z' }),
    ];
    expect(referralsOfGoal(items, 'g1').map((r) => r.id)).toEqual(['3', '1']);
  });
  it('tells staff, the provider link and staff on behalf of the provider apart', () => {
    expect(historySource({ source: 'partner_link', onBehalfOfProvider: false })).toBe('partner_link');
    expect(historySource({ source: 'staff', onBehalfOfProvider: true })).toBe('onBehalf');
    expect(historySource({ source: 'staff', onBehalfOfProvider: false })).toBe('staff');
  });
  it('offers the check-in once an appointment is known and sending for drafts or lost links', () => {
    expect(checkInApplies({ status: 'accepted', appointmentDate: '2026-03-02' })).toBe(true);
    expect(checkInApplies({ status: 'accepted', appointmentDate: null })).toBe(false);
    expect(checkInApplies({ status: 'rejected', appointmentDate: '2026-03-02' })).toBe(false);
    expect(checkInApplies({ status: 'requested', appointmentDate: '2026-03-02' })).toBe(false);
    expect(canSend({ status: 'draft', partnerLinkActive: false })).toBe(true);
    expect(canSend({ status: 'requested', partnerLinkActive: true })).toBe(false);
    expect(canSend({ status: 'requested', partnerLinkActive: false })).toBe(true);
    expect(canSend({ status: 'accepted', partnerLinkActive: false })).toBe(true);
    expect(canSend({ status: 'completed', partnerLinkActive: false })).toBe(false);
  });
});
