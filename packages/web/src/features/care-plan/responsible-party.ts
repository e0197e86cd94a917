import type { CareTeamMemberView } from '@careloop/core';
import type { Intervention } from './plan-model.js';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Who carries out an intervention, as the read views and the client's copy name it. */
export type ResponsibleParty =
  | { kind: 'team_member'; name: string | null }
  | { kind: 'service'; organization: string | null; name: string | null }
  | { kind: 'client' }
  | { kind: 'family'; name: string | null };

type TeamMember = Pick<CareTeamMemberView, 'external' | 'name' | 'organization' | 'role'>;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The external care-team member an intervention names, by their name or their organization's. */
function externalMember(name: string, team: readonly TeamMember[]): TeamMember | undefined {
  return team.find((m) => m.external && (same(m.name, name) || (!!m.organization && same(m.organization, name))));
}

/**
 * An intervention's responsible party. "Team member" is the editor's default, so an external
 * member of the care team (a GP, a clinic) written there is a service, as is any outside service.
 */
export function responsibleParty(iv: Intervention, team: readonly TeamMember[]): ResponsibleParty {
  const name = iv.responsibleName?.trim() || null;
  switch (iv.responsibleKind) {
    case 'client':
      return { kind: 'client' };
    case 'family':
      return { kind: 'family', name };
    case 'team_member':
    case 'outside_service': {
      const member = name ? externalMember(name, team) : undefined;
      if (member?.role === 'family_natural_support') return { kind: 'family', name: member.name };
      if (member) return { kind: 'service', organization: member.organization, name: member.name };
      return iv.responsibleKind === 'outside_service'
        ? { kind: 'service', organization: null, name }
        : { kind: 'team_member', name };
    }
  }
}

/** The "Who" of an intervention in words ("Service: Riverbend Family Clinic — Dr. Okafor"). */
export function responsibleText(party: ResponsibleParty, t: Translate): string {
  switch (party.kind) {
    case 'client':
      return t('carePlan.whoLine.client');
    case 'family':
      return party.name ? t('carePlan.whoLine.family', { name: party.name }) : t('carePlan.whoLine.familyUnnamed');
    case 'team_member':
      return party.name
        ? t('carePlan.whoLine.teamMember', { name: party.name })
        : t('carePlan.whoLine.teamMemberUnnamed');
    case 'service':
      if (party.organization && party.name && !same(party.organization, party.name)) {
        return t('carePlan.whoLine.serviceAt', { organization: party.organization, name: party.name });
      }
      return party.name || party.organization
        ? t('carePlan.whoLine.service', { name: party.organization ?? party.name })
        : t('carePlan.whoLine.serviceUnnamed');
  }
}
