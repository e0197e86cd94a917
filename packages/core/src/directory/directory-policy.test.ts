import { describe, expect, it } from 'vitest';
import { ROLE_LIST, type Role } from '../auth/roles.js';
import { canEditDirectory, canReadDirectory } from './directory-policy.js';

const actor = (roles: Role[]) => ({ userId: 'u', organizationId: 'o', roles });

describe('directory access', () => {
  it('admins and directory editors edit; nobody else', () => {
    for (const role of ROLE_LIST) {
      expect(canEditDirectory(actor([role]))).toBe(role === 'admin' || role === 'directory_editor');
    }
    expect(canEditDirectory(actor(['case_manager', 'directory_editor']))).toBe(true);
  });
  it('every staff role reads; no role reads nothing', () => {
    for (const role of ROLE_LIST) expect(canReadDirectory(actor([role]))).toBe(true);
    expect(canReadDirectory(actor([]))).toBe(false);
  });
});
