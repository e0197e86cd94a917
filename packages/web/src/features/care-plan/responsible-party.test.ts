import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/locales/en.js';
import { blankIntervention, type Intervention } from './plan-model.js';
import { responsibleParty, responsibleText } from './responsible-party.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params);

const team = [
  { external: false, name: 'Casey Manager', organization: null, role: 'primary_case_manager' as const },
  {
    external: true,
    name: 'Dr. Imani Okafor',
    organization: 'Riverbend Family Clinic',
    role: 'primary_care_provider' as const,
  },
  { external: true, name: 'Rosa Díaz', organization: null, role: 'family_natural_support' as const },
];
const iv = (responsibleKind: Intervention['responsibleKind'], responsibleName: string | null): Intervention => ({
  ...blankIntervention(),
  what: 'Something to do',
  responsibleKind,
  responsibleName,
});
const who = (i: Intervention) => responsibleText(responsibleParty(i, team), t);

describe('who carries out an intervention, in words', () => {
  it('names an external care-team member as a service, with the organization, even under "Team member"', () => {
    expect(who(iv('team_member', 'Dr. Imani Okafor'))).toBe('Service: Riverbend Family Clinic — Dr. Imani Okafor');
    expect(who(iv('team_member', ' riverbend family clinic '))).toBe(
      'Service: Riverbend Family Clinic — Dr. Imani Okafor',
    );
    expect(who(iv('outside_service', 'Dr. Imani Okafor'))).toBe('Service: Riverbend Family Clinic — Dr. Imani Okafor');
  });

  it('names an outside service as a service, never as a team member', () => {
    expect(who(iv('outside_service', 'Riverbend Food Bank'))).toBe('Service: Riverbend Food Bank');
    expect(who(iv('outside_service', null))).toBe('Service');
  });

  it('keeps staff as team members, and the client and family as they are', () => {
    expect(who(iv('team_member', 'Casey'))).toBe('Team member: Casey');
    expect(who(iv('team_member', 'Casey Manager'))).toBe('Team member: Casey Manager');
    expect(who(iv('team_member', null))).toBe('Team member');
    expect(who(iv('client', 'ignored'))).toBe('The client');
    expect(who(iv('family', 'Rosa'))).toBe('Family member: Rosa');
    expect(who(iv('team_member', 'Rosa Díaz'))).toBe('Family member: Rosa Díaz');
  });
});
