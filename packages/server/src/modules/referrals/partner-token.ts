import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the provider's key to one referral (never stored). */
export function newPartnerToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashPartnerToken(token) };
}

/** What is stored and looked up: SHA-256 of the token (a high-entropy secret needs no slow hash). */
export function hashPartnerToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The web page the provider opens; the path ends in the token. */
export const partnerLinkPath = (token: string) => `/partner/referrals/${token}`;

/** Path prefixes whose next segment is a secret: the assembly hands them to the logger. */
export const PARTNER_TOKEN_PATH_PREFIXES = ['/partner/referrals/'] as const;
