import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target.js';

describe('notification target', () => {
  it('opens a task by its id, whatever the kind', () => {
    for (const kind of ['due_today', 'overdue', 'escalation', 'task_assigned'] as const) {
      expect(notificationTarget({ kind, entityType: 'care_task', entityId: 't1', clientId: 'c1' })).toBe('/tasks/t1');
    }
    expect(notificationTarget({ kind: 'overdue', entityType: 'care_task', entityId: null, clientId: null })).toBe(
      '/tasks',
    );
  });

  it('opens the chart tab that shows the note, the flag or the episode', () => {
    expect(notificationTarget({ kind: 'cosign_request', entityType: 'note', entityId: 'n1', clientId: 'c1' })).toBe(
      '/clients/c1?tab=contacts',
    );
    expect(notificationTarget({ kind: 'alert', entityType: 'client_flag', entityId: 'f1', clientId: 'c1' })).toBe(
      '/clients/c1?tab=risk',
    );
    expect(notificationTarget({ kind: 'handoff_request', entityType: 'episode', entityId: 'e1', clientId: 'c1' })).toBe(
      '/clients/c1?tab=episodes',
    );
    expect(notificationTarget({ kind: 'closure_signoff', entityType: 'episode', entityId: 'e1', clientId: 'c1' })).toBe(
      '/clients/c1?tab=episodes',
    );
    expect(
      notificationTarget({ kind: 'care_team_change', entityType: 'episode', entityId: 'e1', clientId: 'c1' }),
    ).toBe('/clients/c1?tab=episodes');
    expect(
      notificationTarget({ kind: 'admin_change', entityType: 'admin_change', entityId: 'a1', clientId: null }),
    ).toBe('/admin/approvals');
  });

  it("opens a staff member's searches in the audit view by the staff id", () => {
    expect(
      notificationTarget({ kind: 'search_enumeration_suspected', entityType: 'user', entityId: 'u1', clientId: null }),
    ).toBe('/admin/audit?actor=u1&action=client.search');
  });

  it('opens the referral by its id', () => {
    expect(notificationTarget({ kind: 'new_referral', entityType: 'intake', entityId: 'i1', clientId: null })).toBe(
      '/intake/i1',
    );
  });

  it('falls back to the work list of the kind when there is nothing to open', () => {
    expect(notificationTarget({ kind: 'cosign_request', entityType: 'note', entityId: 'n1', clientId: null })).toBe(
      '/cosign',
    );
    expect(notificationTarget({ kind: 'alert', entityType: 'client_flag', entityId: 'f1', clientId: null })).toBe(
      '/caseload',
    );
    expect(notificationTarget({ kind: 'closure_signoff', entityType: 'episode', entityId: 'e1', clientId: null })).toBe(
      '/supervision',
    );
    expect(notificationTarget({ kind: 'new_referral', entityType: 'intake', entityId: null, clientId: null })).toBe(
      '/intake',
    );
    expect(notificationTarget({ kind: 'alert', entityType: null, entityId: null, clientId: 'c1' })).toBe(
      '/clients/c1?tab=risk',
    );
    expect(notificationTarget({ kind: 'task_assigned', entityType: null, entityId: null, clientId: null })).toBe(
      '/tasks',
    );
  });

  it('sends the owner of an account with repeated failed sign-ins to their account page, an admin to the staff list', () => {
    const base = { kind: 'sign_in_failures', entityType: 'user', entityId: 'u1', clientId: null } as const;
    expect(notificationTarget({ ...base, params: { as: 'owner' } })).toBe('/account');
    expect(notificationTarget({ ...base, params: { as: 'admin' } })).toBe('/admin/users');
  });
});
