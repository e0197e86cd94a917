import { describe, expect, it } from 'vitest';
import {
  defaultProfessionalContacts,
  emptySections,
  missingBeforeSigning,
  safetyPlanChanges,
} from './safety-plan-rules.js';
import { safetyPlanContent, signSafetyPlanBody, updateSafetyPlanBody } from './safety-plan.schemas.js';

const parse = (v: unknown) => safetyPlanContent.parse(v);

describe('safety plan content', () => {
  it('accepts plain strings for list items and normalizes them into the item object', () => {
    const plan = parse({
      warningSigns: ['Not sleeping'],
      socialDistractions: ['Library', { name: 'Sam', phone: '555-0101' }],
      helpContacts: ['Mum 555-0100'],
      professionalContacts: ['Dr Lee'],
      environmentSafety: ['Medication locked away'],
    });
    expect(plan.socialDistractions).toEqual([
      { name: 'Library', phone: null },
      { name: 'Sam', phone: '555-0101' },
    ]);
    expect(plan.helpContacts).toEqual([{ name: 'Mum 555-0100', relationship: null, phone: null }]);
    expect(plan.professionalContacts).toEqual([{ name: 'Dr Lee', role: null, phone: null }]);
    expect(plan.environmentSafety).toEqual([
      { means: 'Medication locked away', plan: '', responsiblePerson: null, byDate: null, completedOn: null },
    ]);
    expect(plan.copingStrategies).toEqual([]);
    expect(plan.reasonsForLiving).toEqual([]);
  });

  it('rejects empty lines and empty names, field by field', () => {
    const r = safetyPlanContent.safeParse({ warningSigns: ['  '], helpContacts: [{ name: '' }] });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('warningSigns.0');
    expect(paths?.some((p) => p.startsWith('helpContacts.0'))).toBe(true);
  });

  it('needs the client signature attestation and a version to sign, and a version to edit', () => {
    expect(signSafetyPlanBody.safeParse({ signedByClient: true, version: 1 }).success).toBe(true);
    expect(signSafetyPlanBody.safeParse({ signedByClient: false, version: 1 }).success).toBe(false);
    expect(signSafetyPlanBody.safeParse({ signedByClient: true }).success).toBe(false);
    expect(updateSafetyPlanBody.safeParse({ warningSigns: ['x'] }).success).toBe(false);
  });
});

describe('safety plan rules', () => {
  it('blocks signing without a warning sign, and only then', () => {
    expect(missingBeforeSigning(parse({}))).toEqual([{ path: 'warningSigns', message: expect.any(String) }]);
    expect(missingBeforeSigning(parse({ warningSigns: ['Pacing at night'] }))).toEqual([]);
  });

  it('lists the empty sections in the order of the plan', () => {
    expect(emptySections(parse({ warningSigns: ['a'], reasonsForLiving: ['my dog'] }))).toEqual([
      'copingStrategies',
      'socialDistractions',
      'helpContacts',
      'professionalContacts',
      'environmentSafety',
    ]);
  });

  it('counts added and removed items per changed section', () => {
    const before = parse({ warningSigns: ['a', 'b'], helpContacts: ['Mum'] });
    const after = parse({ warningSigns: ['a', 'c', 'd'], helpContacts: ['Mum'], reasonsForLiving: ['x'] });
    expect(safetyPlanChanges(before, after)).toEqual([
      { section: 'warningSigns', added: 2, removed: 1 },
      { section: 'reasonsForLiving', added: 1, removed: 0 },
    ]);
    expect(safetyPlanChanges(before, before)).toEqual([]);
  });

  it('prefills 988, and the agency crisis line only when the agency has one', () => {
    expect(defaultProfessionalContacts({ crisisLineName: null, crisisLinePhone: null })).toEqual([
      { name: '988 Suicide & Crisis Lifeline', role: 'Call or text, 24/7', phone: '988' },
    ]);
    const both = defaultProfessionalContacts({
      crisisLineName: 'Riverbend crisis line',
      crisisLinePhone: '(555) 010-2400',
    });
    expect(both.map((c) => c.phone)).toEqual(['988', '(555) 010-2400']);
    expect(both[1]?.name).toBe('Riverbend crisis line');
  });
});
