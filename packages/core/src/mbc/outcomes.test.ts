import { describe, expect, it } from 'vitest';
import { GAD7_RULES, gad7Outcome, isRepeatWithinWindow, phq9Outcome, type MbcScore } from './outcomes.js';

/** Scores two weeks apart (the shortest gap that counts), in order. */
const series = (...totals: number[]): MbcScore[] =>
  totals.map((total, i) => ({ at: new Date(Date.UTC(2025, 0, 1 + 14 * i)).toISOString(), total }));

describe('phq9Outcome: baseline and change', () => {
  it('has no results without scores, and no change with the baseline only', () => {
    expect(phq9Outcome([])).toMatchObject({ baseline: null, latest: null, eligible: false, change: null });
    const one = phq9Outcome(series(14));
    expect(one).toMatchObject({ hasFollowUp: false, eligible: true, change: null, response: null, remission: null });
    expect(one.latest).toEqual(one.baseline);
    expect(one.labels).toContain('PHQ-9 baseline only: no follow-up yet');
  });

  it('compares the latest score with the first one by date, not with the previous score', () => {
    const [a, b, c] = series(20, 3, 12);
    const r = phq9Outcome([c!, a!, b!]);
    expect(r.baseline).toEqual(a);
    expect(r.latest).toEqual(c);
    expect(r.change).toBe(-8);
  });

  it('skips scores that are not valid PHQ-9 totals or have no valid date', () => {
    const r = phq9Outcome([
      { at: 'soon', total: 20 },
      { at: '2025-01-01T00:00:00Z', total: 28 },
      { at: '2025-01-02T00:00:00Z', total: 3.5 },
      { at: '2025-01-03T00:00:00Z', total: 16 },
      { at: '2025-01-04T00:00:00Z', total: -1 },
      { at: '2025-01-17T00:00:00Z', total: 27 },
    ]);
    expect(r.baseline?.total).toBe(16);
    expect(r.latest?.total).toBe(27);
  });

  it('reports the percent reduction unrounded', () => {
    const r = phq9Outcome(series(15, 8));
    expect(r.percentReduction).toBeCloseTo(46.6667, 4);
    expect(r.change).toBe(-7);
  });

  it('has no percent reduction from a baseline of 0', () => {
    expect(phq9Outcome(series(0, 4))).toMatchObject({ change: 4, percentReduction: null });
  });
});

describe('phq9Outcome: eligibility, response and remission', () => {
  it('baseline 9 is not eligible: response and remission are not applicable', () => {
    const r = phq9Outcome(series(9, 2));
    expect(r).toMatchObject({ eligible: false, response: null, remission: null, reliableImprovement: true });
    expect(r.labels).toContain('Baseline PHQ-9 below 10: not eligible for response or remission');
  });

  it('baseline 10 is eligible', () => {
    expect(phq9Outcome(series(10, 9))).toMatchObject({ eligible: true, response: false, remission: false });
  });

  it('response at exactly 50% (10 -> 5), not at 40% (10 -> 6)', () => {
    expect(phq9Outcome(series(10, 5))).toMatchObject({ percentReduction: 50, response: true });
    expect(phq9Outcome(series(10, 6))).toMatchObject({ percentReduction: 40, response: false });
    expect(phq9Outcome(series(15, 7)).response).toBe(true);
    expect(phq9Outcome(series(15, 8)).response).toBe(false);
  });

  it('remission at follow-up 4, not at 5', () => {
    expect(phq9Outcome(series(12, 4))).toMatchObject({ remission: true, response: true });
    expect(phq9Outcome(series(12, 5))).toMatchObject({ remission: false });
    expect(phq9Outcome(series(12, 4)).labels).toContain('Remission (PHQ-9 below 5)');
  });
});

describe('phq9Outcome: reliable and clinically important change', () => {
  it('change -4: neither clinically important nor reliable', () => {
    expect(phq9Outcome(series(16, 12))).toMatchObject({ clinicallyImportant: false, reliableImprovement: false });
    expect(phq9Outcome(series(16, 12)).labels).toContain('No reliable change');
  });

  it('change -5: clinically important (5 points) but not a reliable improvement', () => {
    const r = phq9Outcome(series(16, 11));
    expect(r).toMatchObject({ change: -5, clinicallyImportant: true, reliableImprovement: false });
    expect(r.labels).toContain('Clinically important improvement (5 points or more)');
  });

  it('change -6: reliable improvement', () => {
    const r = phq9Outcome(series(16, 10));
    expect(r).toMatchObject({ reliableImprovement: true, reliableDeterioration: false });
    expect(r.labels).toContain('Reliable improvement (down 6 or more)');
  });

  it('change +5: clinically important worsening, not reliable deterioration', () => {
    const r = phq9Outcome(series(10, 15));
    expect(r).toMatchObject({ clinicallyImportant: true, reliableDeterioration: false });
    expect(r.labels).toContain('Clinically important worsening (5 points or more)');
  });

  it('change +6: reliable deterioration', () => {
    const r = phq9Outcome(series(10, 16));
    expect(r).toMatchObject({ change: 6, reliableDeterioration: true, reliableImprovement: false, response: false });
    expect(r.labels).toContain('Reliable deterioration (up 6 or more)');
  });
});

describe('gad7Outcome', () => {
  it('reliable improvement at -4, not at -3', () => {
    expect(gad7Outcome(series(12, 8)).reliableImprovement).toBe(true);
    expect(gad7Outcome(series(12, 9)).reliableImprovement).toBe(false);
  });

  it('reliable deterioration at +4, not at +3', () => {
    expect(gad7Outcome(series(6, 10)).reliableDeterioration).toBe(true);
    expect(gad7Outcome(series(6, 9)).reliableDeterioration).toBe(false);
  });

  it('response at exactly 50% and remission below 5, from an eligible baseline of 10', () => {
    expect(gad7Outcome(series(10, 5))).toMatchObject({ eligible: true, response: true, remission: false });
    expect(gad7Outcome(series(10, 4))).toMatchObject({ response: true, remission: true });
    expect(gad7Outcome(series(10, 6))).toMatchObject({ response: false });
  });

  it('baseline 9 is not eligible for response or remission by default', () => {
    expect(gad7Outcome(series(9, 2))).toMatchObject({ eligible: false, response: null, remission: null });
  });

  it('has no clinically important change threshold unless configured', () => {
    expect(gad7Outcome(series(15, 5)).clinicallyImportant).toBeNull();
    expect(gad7Outcome(series(15, 11), { ...GAD7_RULES, minimalImportantChange: 4 }).clinicallyImportant).toBe(true);
  });

  it('rejects totals above 21', () => {
    expect(gad7Outcome(series(22, 10)).baseline?.total).toBe(10);
  });
});

describe('repeats within 14 days', () => {
  const at = (day: number, hour = 0) => new Date(Date.UTC(2025, 0, 1 + day, hour)).toISOString();

  it('leaves a repeat less than 14 days after the last counted score out of change', () => {
    const r = phq9Outcome([
      { at: at(0), total: 20 },
      { at: at(3), total: 4 },
      { at: at(13, 23), total: 2 },
    ]);
    expect(r.hasFollowUp).toBe(false);
    expect(r.change).toBeNull();
    expect(r.repeatsExcluded.map((s) => s.total)).toEqual([4, 2]);
    expect(r.labels).toContain('2 PHQ-9 repeats within 14 days left out of change');
  });

  it('counts a score exactly 14 days later, measured from the last counted one', () => {
    const r = phq9Outcome([
      { at: at(0), total: 20 },
      { at: at(10), total: 15 },
      { at: at(14), total: 9 },
      { at: at(20), total: 3 },
    ]);
    expect(r.latest?.total).toBe(9);
    expect(r.change).toBe(-11);
    expect(r.repeatsExcluded.map((s) => s.total)).toEqual([15, 3]);
    expect(isRepeatWithinWindow(at(0), at(13, 23))).toBe(true);
    expect(isRepeatWithinWindow(at(0), at(14))).toBe(false);
  });
});
