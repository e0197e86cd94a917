import { describe, expect, it } from 'vitest';
import { authorize } from '../access/policy.js';
import { ROLE_LIST, type Role } from '../auth/roles.js';
import { canEditDirectory, canReadDirectory } from './directory-policy.js';

const actor = (roles: Role[]) => ({ userId: 'u', organizationId: 'o', roles });

describe('directory access', () => {
  it('every staff role keeps its own worklist (verification tasks reach a directory editor)', () => {
    expect(authorize(actor(['directory_editor']), 'tasks.own').allowed).toBe(true);
    expect(authorize(actor([]), 'tasks.own').allowed).toBe(false);
  });
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
