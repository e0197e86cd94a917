import { describe, expect, it } from 'vitest';
import { LOCUS_DIMENSION_LABELS, LOCUS_LEVEL_LABELS, LocusDimensions, locusResultBody } from './locus.schemas.js';

const ratings = Object.fromEntries(LocusDimensions.map((d) => [d, 3]));
const valid = { ratings, recommendedLevel: 3, actualLevel: 3, raterAttestation: true };
const paths = (v: unknown) => {
  const r = locusResultBody.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('locusResultBody', () => {
  it('has seven rated scales (I, II, III, IV-A, IV-B, V, VI) and levels 0..6', () => {
    expect(LocusDimensions.map((d) => LOCUS_DIMENSION_LABELS[d].numeral)).toEqual([
      'I',
      'II',
      'III',
      'IV-A',
      'IV-B',
      'V',
      'VI',
    ]);
    expect(Object.keys(LOCUS_LEVEL_LABELS)).toHaveLength(7);
  });

  it('accepts a result that matches the recommendation without a variance reason', () => {
    expect(paths(valid)).toEqual([]);
  });

  it('requires a reason for variance when the actual level differs', () => {
    expect(paths({ ...valid, actualLevel: 2 })).toEqual(['reasonForVariance']);
    expect(paths({ ...valid, actualLevel: 2, reasonForVariance: '  ' })).toEqual(['reasonForVariance']);
    expect(paths({ ...valid, actualLevel: 2, reasonForVariance: 'No ICM vacancy; waitlisted.' })).toEqual([]);
  });

  it('rejects ratings outside 1..5, levels outside 0..6, and a missing dimension', () => {
    expect(paths({ ...valid, ratings: { ...ratings, risk_of_harm: 0 } })).toEqual(['ratings.risk_of_harm']);
    expect(paths({ ...valid, ratings: { ...ratings, engagement_recovery_status: 6 } })).toEqual([
      'ratings.engagement_recovery_status',
    ]);
    expect(paths({ ...valid, ratings: { ...ratings, comorbidity: 2.5 } })).toEqual(['ratings.comorbidity']);
    expect(paths({ ...valid, recommendedLevel: 7, actualLevel: 7 })).toEqual(['recommendedLevel', 'actualLevel']);
    const { functional_status: _, ...six } = ratings;
    expect(paths({ ...valid, ratings: six })).toEqual(['ratings.functional_status']);
  });

  it('requires the rater attestation', () => {
    expect(paths({ ...valid, raterAttestation: false })).toEqual(['raterAttestation']);
    expect(paths({ ...valid, raterAttestation: undefined })).toEqual(['raterAttestation']);
  });
});
