import { describe, expect, it } from 'vitest';
import {
  ACTIVE_REFERRAL_STATUSES,
  canMoveReferral,
  decideReferralTransition,
  isTerminalReferralStatus,
  partnerNextStatuses,
  referralReasonRequired,
  ReferralStatuses,
  type ReferralStatus,
} from './referral-status.js';

/** CLINICAL.md §10.2, written out independently of the rules table. */
const ALLOWED: Record<ReferralStatus, ReferralStatus[]> = {
  draft: ['requested', 'entered-in-error'],
  requested: ['accepted', 'rejected', 'cancelled', 'entered-in-error'],
  accepted: ['in-progress', 'on-hold', 'completed', 'failed', 'cancelled', 'entered-in-error'],
  'in-progress': ['completed', 'failed', 'cancelled', 'on-hold', 'entered-in-error'],
  'on-hold': ['in-progress', 'completed', 'failed', 'cancelled', 'entered-in-error'],
  rejected: ['entered-in-error'],
  cancelled: ['entered-in-error'],
  failed: ['entered-in-error'],
  completed: ['entered-in-error'],
  'entered-in-error': [],
};
const TARGET_SETS: ReferralStatus[] = [
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
];
const REASON: ReferralStatus[] = ['rejected', 'cancelled', 'on-hold', 'failed'];

describe('referral status model (SDOHCC STU 3)', () => {
  it('has the IG codes without ready and received', () => {
    expect(ReferralStatuses).toHaveLength(10);
    expect(ReferralStatuses).not.toContain('ready');
    expect(ReferralStatuses).not.toContain('received');
  });

  const pairs = ReferralStatuses.flatMap((from) => ReferralStatuses.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s follows the state diagram', (from, to) => {
    const allowed = ALLOWED[from].includes(to);
    expect(canMoveReferral(from, to)).toBe(allowed);
    const staff = decideReferralTransition({ from, to, source: 'staff', reason: 'because' });
    expect(staff.allowed).toBe(allowed);
    if (!allowed) expect(staff).toEqual({ allowed: false, code: 'invalid_transition' });
    const partner = decideReferralTransition({ from, to, source: 'partner_link', reason: 'because' });
    expect(partner.allowed).toBe(allowed && TARGET_SETS.includes(to));
    if (!allowed) expect(partner).toEqual({ allowed: false, code: 'invalid_transition' });
  });

  it('keeps terminal states terminal (only entered-in-error follows them)', () => {
    for (const s of ['rejected', 'cancelled', 'completed', 'failed', 'entered-in-error'] as const) {
      expect(isTerminalReferralStatus(s)).toBe(true);
      expect(ReferralStatuses.filter((to) => canMoveReferral(s, to) && to !== 'entered-in-error')).toEqual([]);
    }
    expect(ACTIVE_REFERRAL_STATUSES).toEqual(['draft', 'requested', 'accepted', 'in-progress', 'on-hold']);
  });

  it('lets the partner link set only the receiving provider statuses', () => {
    expect(decideReferralTransition({ from: 'draft', to: 'requested', source: 'partner_link' })).toEqual({
      allowed: false,
      code: 'not_your_status',
    });
    expect(decideReferralTransition({ from: 'accepted', to: 'entered-in-error', source: 'partner_link' })).toEqual({
      allowed: false,
      code: 'not_your_status',
    });
    expect(decideReferralTransition({ from: 'requested', to: 'accepted', source: 'partner_link' })).toEqual({
      allowed: true,
      onBehalfOfProvider: false,
    });
    expect(partnerNextStatuses('requested')).toEqual(['accepted', 'rejected', 'cancelled']);
    expect(partnerNextStatuses('on-hold')).toEqual(['in-progress', 'completed', 'failed', 'cancelled']);
    expect(partnerNextStatuses('completed')).toEqual([]);
  });

  it('marks a provider status set by staff as recorded on its behalf', () => {
    expect(decideReferralTransition({ from: 'requested', to: 'accepted', source: 'staff' })).toEqual({
      allowed: true,
      onBehalfOfProvider: true,
    });
    expect(decideReferralTransition({ from: 'draft', to: 'requested', source: 'staff' })).toEqual({
      allowed: true,
      onBehalfOfProvider: false,
    });
    // Cancelled is either side's: staff cancel as the requester unless they say otherwise.
    expect(decideReferralTransition({ from: 'requested', to: 'cancelled', source: 'staff', reason: 'moved' })).toEqual({
      allowed: true,
      onBehalfOfProvider: false,
    });
    expect(
      decideReferralTransition({
        from: 'requested',
        to: 'cancelled',
        source: 'staff',
        reason: 'x',
        onBehalfOfProvider: true,
      }),
    ).toEqual({ allowed: true, onBehalfOfProvider: true });
    // Entered-in-error is the requester's alone: the flag cannot make it the provider's.
    expect(
      decideReferralTransition({ from: 'draft', to: 'entered-in-error', source: 'staff', onBehalfOfProvider: true }),
    ).toEqual({ allowed: true, onBehalfOfProvider: false });
  });

  it.each(ReferralStatuses)('asks a reason for %s only when the IG expects one', (to) => {
    expect(referralReasonRequired(to)).toBe(REASON.includes(to));
  });

  it('refuses a reason-needing change without a reason, blank included', () => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(decideReferralTransition({ from: 'requested', to: 'rejected', source: 'partner_link', reason })).toEqual({
        allowed: false,
        code: 'reason_required',
      });
    }
    expect(
      decideReferralTransition({ from: 'accepted', to: 'on-hold', source: 'staff', reason: 'waitlist' }).allowed,
    ).toBe(true);
    expect(decideReferralTransition({ from: 'accepted', to: 'completed', source: 'partner_link' }).allowed).toBe(true);
  });
});
