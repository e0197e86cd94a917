import { createHmac, randomBytes } from 'node:crypto';
import { normalizeRecoveryCode } from '@careloop/core';
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;
const ISSUER = 'Careloop';
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i to misread

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUrl(secretBase32: string, label: string): string {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secretBase32), period: PERIOD }).toString();
}

/** The time step a code belongs to (window ±1), or null; the caller refuses steps already used. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    period: PERIOD,
    timestamp: now.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD, timestamp: now.getTime() }) + delta;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes are random (50 bits), so a keyed hash is enough; no slow hash needed. */
export function recoveryCodeHash(code: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`recovery:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}
