import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { authorize, type Actor } from './policy.js';

const actor = (...roles: Role[]): Actor => ({ userId: 'u', organizationId: 'o', roles });

describe('authorize', () => {
  it('lets only admins manage users', () => {
    expect(authorize(actor('admin'), 'users.manage').allowed).toBe(true);
    for (const r of ['supervisor', 'case_manager', 'clinician', 'privacy_officer'] as const) {
      expect(authorize(actor(r), 'users.manage').allowed).toBe(false);
    }
  });

  it('lets admins and privacy officers read the audit log', () => {
    expect(authorize(actor('privacy_officer'), 'audit.read').allowed).toBe(true);
    expect(authorize(actor('admin'), 'audit.read').allowed).toBe(true);
    expect(authorize(actor('supervisor'), 'audit.read')).toEqual({
      allowed: false,
      reason: 'role_required:admin_or_privacy_officer',
    });
  });

  it('lets any staff member with a role read programs', () => {
    expect(authorize(actor('peer_specialist'), 'programs.read').allowed).toBe(true);
    expect(authorize(actor(), 'programs.read').allowed).toBe(false);
  });
});
