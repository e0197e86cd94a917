import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.js';
import { closureSignoffError } from './closure-signoff-queries.js';

const t = (key: string) => key;

describe('closure sign-off errors', () => {
  it('says the list was refreshed on a version conflict', () => {
    expect(closureSignoffError(new ApiError(409, 'version_conflict', 'Version mismatch'), t)).toBe('closure.conflict');
  });

  it("shows the server's own message otherwise (e.g. the requester may not sign off)", () => {
    const forbidden = new ApiError(
      403,
      'forbidden',
      'Someone other than the person who asked signs off a "lost contact" closure.',
    );
    expect(closureSignoffError(forbidden, t)).toBe(forbidden.message);
    expect(closureSignoffError(new Error('boom'), t)).toBe('app.genericError');
    expect(closureSignoffError(null, t)).toBeNull();
  });
});
