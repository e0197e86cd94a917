import { describe, expect, it } from 'vitest';
import { redactPathSecrets } from './logger.js';

describe('secret path segments', () => {
  const prefixes = ['/partner/referrals/'];

  it('replaces the segment after a secret prefix, wherever it occurs', () => {
    expect(redactPathSecrets('/api/partner/referrals/abc_DEF-123/status', prefixes)).toBe(
      '/api/partner/referrals/[redacted]/status',
    );
    expect(redactPathSecrets('/partner/referrals/abc', prefixes)).toBe('/partner/referrals/[redacted]');
  });

  it('leaves other paths and an empty segment alone', () => {
    expect(redactPathSecrets('/api/referrals/123', prefixes)).toBe('/api/referrals/123');
    expect(redactPathSecrets('/partner/referrals/', prefixes)).toBe('/partner/referrals/');
    expect(redactPathSecrets('/api/partner/referrals/x', [])).toBe('/api/partner/referrals/x');
  });
});
