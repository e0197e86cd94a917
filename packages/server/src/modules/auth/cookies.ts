import { createHmac } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { Config } from '../../config.js';
import { newToken, safeEqual } from './session-token.js';

const DEVICE_MAX_AGE_SECONDS = 400 * 24 * 3600; // browsers cap cookie lifetime near 400 days
const MAX_DEVICE_ENTRIES = 5; // a shared clinic workstation may know a few staff

export interface CookieNames {
  session: string;
  device: string;
}

/**
 * In production the cookies carry the __Host- prefix (browser-enforced: Secure, path /, no Domain),
 * so neither a sibling sub-domain nor plain HTTP can plant or read them. Tests and development keep
 * the plain names over HTTP.
 */
export function cookieNames(config: Config): CookieNames {
  const production = config.env === 'production';
  return {
    session: production ? '__Host-careloop_session' : 'careloop_session',
    device: production ? '__Host-careloop_device' : 'careloop_device',
  };
}

export function cookieOptions(config: Config, https: boolean, maxAge?: number): CookieSerializeOptions {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.env === 'production' || https,
    ...(maxAge !== undefined && { maxAge }),
  };
}

export const deviceCookieMaxAge = DEVICE_MAX_AGE_SECONDS;

/** One browser's proof that this user signed in on it before: `userId.random.signature`. */
export interface DeviceEntry {
  userId: string;
  nonce: string;
}

function sign(entry: DeviceEntry, secret: string): string {
  return createHmac('sha256', secret).update(`device:${entry.userId}.${entry.nonce}`).digest('base64url');
}

/** The entries whose signature checks out; anything else in the cookie is ignored. */
export function parseDeviceCookie(value: string | undefined, secret: string): DeviceEntry[] {
  if (!value) return [];
  const entries: DeviceEntry[] = [];
  for (const part of value.split('~').slice(0, MAX_DEVICE_ENTRIES)) {
    const [userId, nonce, sig] = part.split('.');
    if (!userId || !nonce || !sig) continue;
    const entry = { userId, nonce };
    if (safeEqual(sig, sign(entry, secret))) entries.push(entry);
  }
  return entries;
}

/** The cookie after a successful sign-in of this user: their entry first, a few others kept. */
export function deviceCookieWith(entries: readonly DeviceEntry[], userId: string, secret: string): string {
  const own = entries.find((e) => e.userId === userId) ?? { userId, nonce: newToken().slice(0, 22) };
  const rest = entries.filter((e) => e.userId !== userId);
  return [own, ...rest]
    .slice(0, MAX_DEVICE_ENTRIES)
    .map((e) => `${e.userId}.${e.nonce}.${sign(e, secret)}`)
    .join('~');
}
