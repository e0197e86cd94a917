import { describe, expect, it } from 'vitest';
import { en } from '../../lib/locales/en.js';
import { teamRoleChoices } from './care-team-roles.js';

const label = (role: string) => (en.care.teamRoles as Record<string, string | undefined>)[role];

describe('care team roles offered when adding a member', () => {
  it('offers an external member the primary care provider role first, with its label', () => {
    const roles = teamRoleChoices('external');
    expect(roles.slice(0, 2)).toEqual(['primary_care_provider', 'family_natural_support']);
    expect(label('primary_care_provider')).toBe('Primary care provider');
    expect(roles).toContain('psychiatrist');
  });

  it('never offers a staff member a role only outside people hold, nor primary case manager', () => {
    const roles = teamRoleChoices('staff');
    expect(roles).not.toContain('primary_care_provider');
    expect(roles).not.toContain('family_natural_support');
    expect(roles).not.toContain('primary_case_manager');
    expect(roles).toContain('case_manager');
  });

  it('has a label for every role offered', () => {
    for (const role of [...teamRoleChoices('staff'), ...teamRoleChoices('external')]) {
      expect(label(role), role).toBeTruthy();
    }
  });
});
