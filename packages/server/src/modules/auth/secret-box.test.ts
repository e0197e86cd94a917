import { describe, expect, it } from 'vitest';
import { open, seal } from './secret-box.js';

const secret = 'unit-test-secret-0123456789abcdef0123456789';

describe('secret box', () => {
  it('opens what it sealed, and nothing sealed under another key or purpose or altered', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', secret, 'mfa-totp-secret');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(sealed, secret, 'mfa-totp-secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(seal('JBSWY3DPEHPK3PXP', secret, 'mfa-totp-secret')).not.toBe(sealed); // fresh IV each time
    expect(() => open(sealed, secret, 'other-purpose')).toThrow();
    expect(() => open(sealed, 'another-secret-0123456789abcdef012345', 'mfa-totp-secret')).toThrow();
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = `${v}:${iv}:${tag}:${body!.slice(0, -2)}AA`;
    expect(() => open(flipped, secret, 'mfa-totp-secret')).toThrow();
  });
});
