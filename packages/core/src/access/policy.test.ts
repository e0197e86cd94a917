import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { authorize, canBePrimaryCaseManager, type Actor } from './policy.js';

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

describe('chart access by relationship (DESIGN.md §3)', () => {
  const none = { careTeam: false, programSupervisor: false, onCall: false, intakeWork: false };
  const client = (relationship?: typeof none) => ({
    kind: 'client' as const,
    organizationId: 'o',
    clientId: 'c',
    relationship,
  });

  it('opens the chart to the care team, program supervisors, on-call staff and intake workers', () => {
    for (const key of ['careTeam', 'programSupervisor', 'onCall', 'intakeWork'] as const) {
      expect(authorize(actor('case_manager'), 'client.read', client({ ...none, [key]: true })).allowed).toBe(true);
    }
  });

  it('refuses a care role with no relationship, and fails closed when none was gathered', () => {
    expect(authorize(actor('case_manager'), 'client.read', client(none))).toEqual({
      allowed: false,
      reason: 'not_on_care_team',
    });
    expect(authorize(actor('supervisor'), 'episode.manage', client())).toEqual({
      allowed: false,
      reason: 'relationship_unknown',
    });
  });

  it('lets only a supervisor of the client’s program approve plans and co-sign notes', () => {
    for (const action of ['care_plan.approve', 'note.cosign'] as const) {
      expect(authorize(actor('supervisor'), action, client({ ...none, programSupervisor: true })).allowed).toBe(true);
      expect(authorize(actor('supervisor'), action, client({ ...none, careTeam: true }))).toEqual({
        allowed: false,
        reason: 'not_program_supervisor',
      });
      expect(authorize(actor('case_manager'), action, client({ ...none, programSupervisor: true }))).toEqual({
        allowed: false,
        reason: 'role_required:supervisor',
      });
      expect(authorize(actor('supervisor'), action, client())).toEqual({
        allowed: false,
        reason: 'relationship_unknown',
      });
    }
  });

  it('opens aggregate reports to supervisors and admins only', () => {
    expect(authorize(actor('supervisor'), 'reports.read').allowed).toBe(true);
    expect(authorize(actor('admin'), 'reports.read').allowed).toBe(true);
    expect(authorize(actor('case_manager'), 'reports.read')).toEqual({
      allowed: false,
      reason: 'role_required:admin_or_supervisor',
    });
  });

  it('still needs a care role: an admin on nobody’s team cannot read charts', () => {
    expect(authorize(actor('admin'), 'client.read', client({ ...none, careTeam: true })).allowed).toBe(false);
  });

  it('lets any care role search (limited results) but only intake roles and case managers enrol', () => {
    expect(authorize(actor('peer_specialist'), 'client.search').allowed).toBe(true);
    expect(authorize(actor('peer_specialist'), 'episode.enroll', client({ ...none, careTeam: true })).allowed).toBe(
      false,
    );
    expect(
      authorize(actor('intake_coordinator'), 'episode.enroll', client({ ...none, intakeWork: true })).allowed,
    ).toBe(true);
  });

  it('keeps the intake queue to intake coordinators and supervisors', () => {
    expect(authorize(actor('intake_coordinator'), 'intake.work').allowed).toBe(true);
    expect(authorize(actor('supervisor'), 'intake.work').allowed).toBe(true);
    expect(authorize(actor('case_manager'), 'intake.work').allowed).toBe(false);
  });

  it('refuses another organisation whatever the relationship', () => {
    const other = {
      kind: 'client' as const,
      organizationId: 'x',
      clientId: 'c',
      relationship: { ...none, careTeam: true },
    };
    expect(authorize(actor('case_manager'), 'client.read', other)).toEqual({
      allowed: false,
      reason: 'other_organization',
    });
  });
});

describe('clinical risk decisions', () => {
  const onTeam = {
    kind: 'client' as const,
    organizationId: 'o',
    clientId: 'c',
    relationship: { careTeam: true, programSupervisor: false, onCall: false, intakeWork: false },
  };
  it('are for clinicians with access to the chart', () => {
    expect(authorize(actor('clinician'), 'risk.clinical', onTeam).allowed).toBe(true);
    expect(authorize(actor('case_manager'), 'risk.clinical', onTeam)).toEqual({
      allowed: false,
      reason: 'role_required:clinician',
    });
    expect(
      authorize(actor('clinician'), 'risk.clinical', {
        ...onTeam,
        relationship: { ...onTeam.relationship, careTeam: false },
      }).allowed,
    ).toBe(false);
  });
});

describe('the worker who held a closed case (FORMER_WORKER_DAYS)', () => {
  const none = { careTeam: false, programSupervisor: false, onCall: false, intakeWork: false };
  const client = (relationship: typeof none & { recentCase?: boolean }) => ({
    kind: 'client' as const,
    organizationId: 'o',
    clientId: 'c',
    relationship,
  });

  it('may read and write late entries, but not change the chart otherwise', () => {
    const recent = client({ ...none, recentCase: true });
    expect(authorize(actor('case_manager'), 'client.read', recent).allowed).toBe(true);
    expect(authorize(actor('case_manager'), 'client.late_entry', recent).allowed).toBe(true);
    expect(authorize(actor('case_manager'), 'client.update', recent).allowed).toBe(false);
    expect(authorize(actor('case_manager'), 'episode.manage', recent).allowed).toBe(false);
  });

  it('needs a care role, and nothing is open once the window has passed', () => {
    expect(authorize(actor('admin'), 'client.late_entry', client({ ...none, recentCase: true })).allowed).toBe(false);
    expect(authorize(actor('case_manager'), 'client.late_entry', client(none))).toEqual({
      allowed: false,
      reason: 'not_on_care_team',
    });
  });
});

describe('lost-contact closure sign-off', () => {
  const rel = { careTeam: true, programSupervisor: false, onCall: false, intakeWork: false };
  const client = (programSupervisor: boolean) => ({
    kind: 'client' as const,
    organizationId: 'o',
    clientId: 'c',
    relationship: { ...rel, programSupervisor },
  });
  it('is for a supervisor of the client’s program only', () => {
    expect(authorize(actor('supervisor'), 'episode.closure_signoff', client(true)).allowed).toBe(true);
    expect(authorize(actor('supervisor'), 'episode.closure_signoff', client(false)).allowed).toBe(false);
    expect(authorize(actor('case_manager'), 'episode.closure_signoff', client(true)).allowed).toBe(false);
  });
});

describe('least privilege on the care team', () => {
  const rel = { careTeam: true, programSupervisor: false, onCall: false, intakeWork: false };
  const onEpisode = (episode?: { primary: boolean; programSupervisor: boolean }, relationship = rel) => ({
    kind: 'client' as const,
    organizationId: 'o',
    clientId: 'c',
    relationship,
    episode,
  });
  const holder = { primary: true, programSupervisor: false };
  const supervising = { primary: false, programSupervisor: true };
  const member = { primary: false, programSupervisor: false };

  it('lets the primary case manager and a supervisor of the program transfer, move and change the team', () => {
    for (const action of ['episode.change_primary', 'care_team.manage'] as const) {
      expect(authorize(actor('case_manager'), action, onEpisode(holder)).allowed).toBe(true);
      expect(authorize(actor('clinician'), action, onEpisode(holder)).allowed).toBe(true);
      const supRel = { ...rel, careTeam: false, programSupervisor: true };
      expect(authorize(actor('supervisor'), action, onEpisode(supervising, supRel)).allowed).toBe(true);
    }
  });

  it('refuses other team members, peer specialists, intake coordinators, on-call staff and admins', () => {
    for (const action of ['episode.change_primary', 'care_team.manage'] as const) {
      expect(authorize(actor('clinician'), action, onEpisode(member))).toEqual({
        allowed: false,
        reason: 'not_primary_or_supervisor',
      });
      // A peer specialist recorded as primary still cannot act as one.
      expect(authorize(actor('peer_specialist'), action, onEpisode(holder)).allowed).toBe(false);
      expect(authorize(actor('intake_coordinator'), action, onEpisode(holder)).allowed).toBe(false);
      const onCall = { ...rel, careTeam: false, onCall: true };
      expect(authorize(actor('clinician'), action, onEpisode(member, onCall)).allowed).toBe(false);
      // The supervisor flag needs the supervisor role; an admin has no chart role at all.
      expect(authorize(actor('case_manager'), action, onEpisode(supervising)).allowed).toBe(false);
      expect(authorize(actor('admin'), action, onEpisode(supervising)).allowed).toBe(false);
    }
  });

  it('fails closed without the episode relationship', () => {
    expect(authorize(actor('case_manager'), 'care_team.manage', onEpisode(undefined))).toEqual({
      allowed: false,
      reason: 'episode_relationship_unknown',
    });
  });

  it('knows which roles can hold a case', () => {
    expect(canBePrimaryCaseManager(['case_manager'])).toBe(true);
    expect(canBePrimaryCaseManager(['peer_specialist', 'clinician'])).toBe(true);
    for (const r of ['peer_specialist', 'intake_coordinator', 'admin', 'privacy_officer'] as const) {
      expect(canBePrimaryCaseManager([r])).toBe(false);
    }
  });
});
