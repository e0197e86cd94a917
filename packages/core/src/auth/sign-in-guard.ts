import type { Role } from './roles.js';

/** Counters the sign-in throttle keeps; failures with a valid device cookie count only under `device`. */
export const ThrottleScopes = {
  email_ip: 'email_ip',
  ip: 'ip',
  device: 'device',
} as const;
export type ThrottleScope = (typeof ThrottleScopes)[keyof typeof ThrottleScopes];
export const THROTTLE_SCOPE_LIST = Object.values(ThrottleScopes) as [ThrottleScope, ...ThrottleScope[]];

export interface ThrottlePolicy {
  /** Failures per (email, address) or per device before any delay. */
  freeFailures: number;
  /** The longest delay, however many failures. */
  maxDelaySeconds: number;
}

/** A shared address (a clinic) sees more honest mistakes than one person does. */
export const IP_FREE_FAILURE_FACTOR = 4;
const FIRST_DELAY_SECONDS = 15;

export function freeFailuresFor(scope: ThrottleScope, policy: ThrottlePolicy): number {
  switch (scope) {
    case 'email_ip':
    case 'device':
      return policy.freeFailures;
    case 'ip':
      return policy.freeFailures * IP_FREE_FAILURE_FACTOR;
  }
}

/**
 * Growing delay instead of a lock: none for the first few failures, then 15 s doubling with each
 * further failure up to the cap. The counter never locks the account itself.
 */
export function delayAfterFailures(scope: ThrottleScope, failures: number, policy: ThrottlePolicy): number {
  const over = failures - freeFailuresFor(scope, policy);
  if (over < 0) return 0;
  return Math.min(policy.maxDelaySeconds, FIRST_DELAY_SECONDS * 2 ** Math.min(over, 20));
}

/** The user and the admins hear of it once the per-account count reaches the free failures. */
export function shouldNotifyFailures(scope: ThrottleScope, failures: number, policy: ThrottlePolicy): boolean {
  return scope !== 'ip' && failures === policy.freeFailures;
}

/** A session is `active`, or `mfa_pending` between a right password and the second factor. */
export const SessionStates = ['active', 'mfa_pending'] as const;
export type SessionState = (typeof SessionStates)[number];

export const SignInRestrictions = {
  password_change_required: 'password_change_required',
  mfa_enrollment_required: 'mfa_enrollment_required',
} as const;
export type SignInRestriction = (typeof SignInRestrictions)[keyof typeof SignInRestrictions];

/** What a signed-in user must do before using the app: a one-time password first, then MFA enrolment. */
export function signInRestriction(input: {
  mustChangePassword: boolean;
  roles: readonly Role[];
  mfaRequiredRoles: readonly string[];
  mfaEnabled: boolean;
}): SignInRestriction | null {
  if (input.mustChangePassword) return 'password_change_required';
  if (!input.mfaEnabled && input.roles.some((r) => input.mfaRequiredRoles.includes(r))) {
    return 'mfa_enrollment_required';
  }
  return null;
}

/** Recovery codes are typed by hand: ignore case, spaces and dashes. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}

export const isTotpCode = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s+/g, ''));
