import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { cookieNames, cookieOptions, deviceCookieWith, parseDeviceCookie } from './cookies.js';

const secret = 'unit-test-secret-0123456789abcdef0123456789';

describe('cookie names and flags', () => {
  it('uses __Host- names and Secure in production, plain names elsewhere', () => {
    const prod = loadConfig({ NODE_ENV: 'production' });
    const test = loadConfig({ NODE_ENV: 'test' });
    expect(cookieNames(prod)).toEqual({ session: '__Host-careloop_session', device: '__Host-careloop_device' });
    expect(cookieNames(test)).toEqual({ session: 'careloop_session', device: 'careloop_device' });
    expect(cookieOptions(prod, false)).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'lax' });
    expect(cookieOptions(test, false).secure).toBe(false);
  });
});

describe('device cookie', () => {
  it('round-trips signed entries, newest user first, and drops tampered ones', () => {
    const a = deviceCookieWith([], 'user-a', secret);
    const ab = deviceCookieWith(parseDeviceCookie(a, secret), 'user-b', secret);
    const entries = parseDeviceCookie(ab, secret);
    expect(entries.map((e) => e.userId)).toEqual(['user-b', 'user-a']);
    // Signing in again keeps the same nonce for that user.
    expect(parseDeviceCookie(deviceCookieWith(entries, 'user-a', secret), secret)[0]).toEqual(entries[1]);
    const tampered = ab.replace('user-a', 'user-c');
    expect(parseDeviceCookie(tampered, secret).map((e) => e.userId)).toEqual(['user-b']);
    expect(parseDeviceCookie(ab, 'another-secret-0123456789abcdef012345')).toEqual([]);
    expect(parseDeviceCookie('garbage', secret)).toEqual([]);
  });
});
