import { describe, expect, it } from 'vitest';
import { iaptOutcome } from './iapt-outcome.js';
import type { MbcScore } from './outcomes.js';

/** Two weeks apart: a shorter gap would be a repeat, left out of change. */
const series = (...totals: number[]): MbcScore[] =>
  totals.map((total, i) => ({ at: new Date(Date.UTC(2025, 0, 1 + 14 * i)).toISOString(), total }));

describe('iaptOutcome', () => {
  it('needs both measures at the start and at a later session', () => {
    const r = iaptOutcome(series(14, 6), series(12));
    expect(r).toMatchObject({ paired: false, caseAtStart: true, recovery: null, reliableRecovery: null });
    expect(iaptOutcome(series(14, 6), []).caseAtStart).toBeNull();
  });

  it('caseness at start: GAD-7 8 is a case, 7 is not (PHQ-9 below 10)', () => {
    expect(iaptOutcome(series(9, 3), series(8, 3))).toMatchObject({ caseAtStart: true, recovery: true });
    const notCase = iaptOutcome(series(9, 3), series(7, 3));
    expect(notCase).toMatchObject({ caseAtStart: false, recovery: null, reliableRecovery: null });
    expect(notCase.labels).toContain('Not a case at start: recovery does not apply');
  });

  it('caseness at start: PHQ-9 10 is a case, 9 is not', () => {
    expect(iaptOutcome(series(10, 3), series(2, 2)).caseAtStart).toBe(true);
    expect(iaptOutcome(series(9, 3), series(2, 2)).caseAtStart).toBe(false);
  });

  it('recovery: a case at start and a case on neither measure at the end (PHQ-9 9, GAD-7 7)', () => {
    const r = iaptOutcome(series(14, 9), series(12, 7));
    expect(r).toMatchObject({ caseAtEnd: false, recovery: true });
  });

  it('no recovery while still a case on one measure at the end (GAD-7 8 or PHQ-9 10)', () => {
    expect(iaptOutcome(series(14, 5), series(12, 8))).toMatchObject({ caseAtEnd: true, recovery: false });
    expect(iaptOutcome(series(14, 10), series(12, 2))).toMatchObject({ caseAtEnd: true, recovery: false });
  });

  it('reliable recovery: recovery with one measure reliably improved (GAD-7 -5), none deteriorated', () => {
    const r = iaptOutcome(series(14, 9), series(12, 7));
    expect(r).toMatchObject({ reliableImprovement: true, reliableDeterioration: false, reliableRecovery: true });
    expect(r.labels).toEqual(expect.arrayContaining(['Recovery', 'Reliable recovery', 'Reliable improvement']));
  });

  it('recovery without reliable improvement is not reliable recovery', () => {
    expect(iaptOutcome(series(11, 9), series(9, 7))).toMatchObject({
      recovery: true,
      reliableImprovement: false,
      reliableRecovery: false,
    });
  });

  it('a reliable deterioration on the other measure cancels reliable improvement and reliable recovery', () => {
    const r = iaptOutcome(series(12, 4), series(3, 7));
    expect(r).toMatchObject({
      recovery: true,
      reliableImprovement: false,
      reliableDeterioration: true,
      reliableRecovery: false,
    });
  });

  it('GAD-7 +3 beside PHQ-9 -6 is still reliable improvement', () => {
    expect(iaptOutcome(series(15, 9), series(3, 6))).toMatchObject({
      reliableImprovement: true,
      reliableDeterioration: false,
      reliableRecovery: true,
    });
  });
});
