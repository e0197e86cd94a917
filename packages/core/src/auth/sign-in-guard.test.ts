import { describe, expect, it } from 'vitest';
import {
  delayAfterFailures,
  isTotpCode,
  normalizeRecoveryCode,
  shouldNotifyFailures,
  signInRestriction,
} from './sign-in-guard.js';

const policy = { freeFailures: 5, maxDelaySeconds: 900 };

describe('delayAfterFailures', () => {
  it('lets the first failures through, then doubles up to the cap', () => {
    expect([1, 4].map((n) => delayAfterFailures('email_ip', n, policy))).toEqual([0, 0]);
    expect([5, 6, 7].map((n) => delayAfterFailures('email_ip', n, policy))).toEqual([15, 30, 60]);
    expect(delayAfterFailures('email_ip', 50, policy)).toBe(900);
    expect(delayAfterFailures('email_ip', 5000, policy)).toBe(900);
  });

  it('gives a shared address four times the free failures', () => {
    expect(delayAfterFailures('ip', 19, policy)).toBe(0);
    expect(delayAfterFailures('ip', 20, policy)).toBe(15);
    expect(delayAfterFailures('device', 5, policy)).toBe(15);
  });

  it('notifies once per account counter, never for the address alone', () => {
    expect(shouldNotifyFailures('email_ip', 5, policy)).toBe(true);
    expect(shouldNotifyFailures('email_ip', 6, policy)).toBe(false);
    expect(shouldNotifyFailures('device', 5, policy)).toBe(true);
    expect(shouldNotifyFailures('ip', 5, policy)).toBe(false);
  });
});

describe('signInRestriction', () => {
  const base = { mustChangePassword: false, roles: ['admin' as const], mfaRequiredRoles: ['admin'], mfaEnabled: false };
  it('asks for a password change first, then MFA enrolment where the role requires it', () => {
    expect(signInRestriction({ ...base, mustChangePassword: true })).toBe('password_change_required');
    expect(signInRestriction(base)).toBe('mfa_enrollment_required');
    expect(signInRestriction({ ...base, mfaEnabled: true })).toBeNull();
    expect(signInRestriction({ ...base, mfaRequiredRoles: [] })).toBeNull();
    expect(signInRestriction({ ...base, roles: ['clinician'] })).toBeNull();
  });
});

describe('codes', () => {
  it('tells a TOTP code from a recovery code and normalises the latter', () => {
    expect(isTotpCode('123456')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('abcde-fghij')).toBe(false);
    expect(normalizeRecoveryCode(' ABCDE-fghij ')).toBe('abcdefghij');
  });
});
