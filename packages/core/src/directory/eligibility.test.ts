import { describe, expect, it } from 'vitest';
import { matchEligibility } from './eligibility.js';

describe('matchEligibility', () => {
  const adults = { minAge: 18, maxAge: 64 };
  it('age bounds are inclusive', () => {
    expect(matchEligibility(adults, { age: 18 }).eligible).toBe(true);
    expect(matchEligibility(adults, { age: 64 }).eligible).toBe(true);
    expect(matchEligibility(adults, { age: 17 }).misses).toEqual(['too_young']);
    expect(matchEligibility(adults, { age: 65 }).misses).toEqual(['too_old']);
  });
  it('unknown facts and unstated limits never exclude', () => {
    expect(matchEligibility(adults, {}).eligible).toBe(true);
    expect(matchEligibility({}, { age: 5, insurance: 'none', diagnosis: 'x', residency: 'y' }).eligible).toBe(true);
  });
  it('insurance matches case-insensitively and by containment', () => {
    const e = { insurance: ['Medicaid', 'Medicare'] };
    expect(matchEligibility(e, { insurance: 'medicaid' }).eligible).toBe(true);
    expect(matchEligibility(e, { insurance: 'Medicaid MCO' }).eligible).toBe(true);
    expect(matchEligibility(e, { insurance: 'Private' }).misses).toEqual(['insurance']);
  });
  it('diagnosis and residency', () => {
    const e = { diagnoses: ['Serious mental illness'], residency: 'Cook County' };
    expect(matchEligibility(e, { diagnosis: 'serious mental illness', residency: 'cook county' }).eligible).toBe(true);
    expect(matchEligibility(e, { diagnosis: 'Diabetes', residency: 'Lake County' }).misses).toEqual([
      'diagnosis',
      'residency',
    ]);
  });
  it('lists every miss', () => {
    expect(matchEligibility({ minAge: 21, insurance: ['Medicaid'] }, { age: 19, insurance: 'Private' }).misses).toEqual(
      ['too_young', 'insurance'],
    );
  });
});
