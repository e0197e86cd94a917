import { describe, expect, it } from 'vitest';
import { checkPassword, describePasswordProblem, PASSWORD_MIN_LENGTH } from './password-policy.js';

const common = new Set(['password', 'qwerty123456', '123qweasdzxc']);
const isCommon = (s: string) => common.has(s);

describe('checkPassword', () => {
  it('requires at least 12 characters, counted as characters not bytes', () => {
    expect(checkPassword({ password: 'a'.repeat(PASSWORD_MIN_LENGTH - 1) + 'x'.slice(1), isCommon })).toContain(
      'too_short',
    );
    expect(checkPassword({ password: 'abcdefghijk', isCommon })).toEqual(['too_short']);
    expect(checkPassword({ password: 'abcdefghijkl', isCommon })).toEqual([]);
    expect(checkPassword({ password: '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', isCommon })).toEqual(['too_short']);
  });

  it('rejects passwords from the common list, case-insensitively and with trailing digits', () => {
    expect(checkPassword({ password: 'QWERTY123456', isCommon })).toContain('common');
    expect(checkPassword({ password: 'password2026!!', isCommon })).toContain('common');
    expect(checkPassword({ password: 'correct horse battery', isCommon })).toEqual([]);
  });

  it('rejects a password containing the email name', () => {
    expect(checkPassword({ password: 'jordan.smith-rocks', email: 'jordan.smith@x.org', isCommon })).toContain(
      'contains_email',
    );
  });

  it('describes every problem', () => {
    for (const p of ['too_short', 'too_long', 'common', 'contains_email'] as const) {
      expect(describePasswordProblem(p).length).toBeGreaterThan(5);
    }
  });
});
