import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { authorize, type Actor, type ClientRelationship } from './policy.js';

const actor = (...roles: Role[]): Actor => ({ userId: 'u', organizationId: 'o', roles });
const none: ClientRelationship = { careTeam: false, programSupervisor: false, onCall: false, intakeWork: false };
const client = (relationship: ClientRelationship) => ({
  kind: 'client' as const,
  organizationId: 'o',
  clientId: 'c',
  relationship,
});

describe('on-call crisis view and coverage (issue 12)', () => {
  it('opens the crisis view, and only it, to staff on a current on-call shift', () => {
    const shift = client({ ...none, onCallShift: true });
    expect(authorize(actor('peer_specialist'), 'client.crisis_view', shift).allowed).toBe(true);
    expect(authorize(actor('peer_specialist'), 'client.read', shift)).toEqual({
      allowed: false,
      reason: 'not_on_care_team',
    });
  });

  it('opens the crisis view to anyone with chart access, and refuses the rest', () => {
    for (const key of ['careTeam', 'onCall', 'programSupervisor', 'covering', 'recentCase'] as const) {
      expect(authorize(actor('case_manager'), 'client.crisis_view', client({ ...none, [key]: true })).allowed).toBe(
        true,
      );
    }
    expect(authorize(actor('case_manager'), 'client.crisis_view', client(none))).toEqual({
      allowed: false,
      reason: 'not_on_care_team',
    });
    expect(authorize(actor('admin'), 'client.crisis_view', client({ ...none, onCallShift: true })).allowed).toBe(false);
  });

  it('gives a covering case manager the whole chart', () => {
    const covering = client({ ...none, covering: true });
    for (const action of ['client.read', 'client.update', 'episode.manage'] as const) {
      expect(authorize(actor('case_manager'), action, covering).allowed).toBe(true);
    }
  });

  it('lets admins and supervisors manage the on-call schedule and coverages', () => {
    for (const action of ['on_call_schedule.manage', 'coverage.manage'] as const) {
      expect(authorize(actor('admin'), action).allowed).toBe(true);
      expect(authorize(actor('supervisor'), action).allowed).toBe(true);
      expect(authorize(actor('case_manager'), action).allowed).toBe(false);
    }
  });
});
