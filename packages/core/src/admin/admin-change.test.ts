import { describe, expect, it } from 'vitest';
import { addedRoles, decisionProblem, selfChangeRoute } from './admin-change.js';

describe('admin self-changes', () => {
  it('counts only roles not already held as a raise', () => {
    expect(addedRoles(['admin'], ['admin', 'supervisor', 'supervisor'])).toEqual(['supervisor']);
    expect(addedRoles(['admin', 'clinician'], ['admin'])).toEqual([]);
  });

  it('waits for a second admin when there is one, else applies and alerts', () => {
    expect(selfChangeRoute(1)).toBe('await_second_admin');
    expect(selfChangeRoute(0)).toBe('apply_and_alert');
  });

  it('lets only another admin decide a pending change', () => {
    expect(decisionProblem({ status: 'pending', requestedById: 'a' }, 'b')).toBeNull();
    expect(decisionProblem({ status: 'pending', requestedById: 'a' }, 'a')).toBe('own_request');
    expect(decisionProblem({ status: 'approved', requestedById: 'a' }, 'b')).toBe('not_pending');
  });
});
