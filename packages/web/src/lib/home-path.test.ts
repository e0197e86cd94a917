import type { Role } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { homePath } from './home-path.js';

describe('homePath', () => {
  it('sends each single role to its own work page', () => {
    const cases: [Role, string][] = [
      ['intake_coordinator', '/intake'],
      ['supervisor', '/supervision'],
      ['admin', '/admin/users'],
      ['privacy_officer', '/admin/audit'],
      ['case_manager', '/caseload'],
      ['clinician', '/caseload'],
      ['peer_specialist', '/caseload'],
    ];
    for (const [role, path] of cases) expect({ role, path: homePath([role]) }).toEqual({ role, path });
  });

  it('takes the first match in the order supervisor, intake, direct care, admin, privacy', () => {
    expect(homePath(['case_manager', 'supervisor'])).toBe('/supervision');
    expect(homePath(['intake_coordinator', 'supervisor'])).toBe('/supervision');
    expect(homePath(['case_manager', 'intake_coordinator'])).toBe('/intake');
    expect(homePath(['admin', 'clinician'])).toBe('/caseload');
    expect(homePath(['privacy_officer', 'admin'])).toBe('/admin/users');
    expect(homePath(['privacy_officer', 'peer_specialist'])).toBe('/caseload');
  });

  it('falls back to the caseload for a user without roles', () => {
    expect(homePath([])).toBe('/caseload');
  });
});
