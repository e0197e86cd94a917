import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score.js';

// CLINICAL.md §1.2 / §1.4: positive at total ≥ 3 by default; 2 is the configurable, more sensitive cut-off.
describe.each([
  { id: 'phq2', option: 'phq2Cutoff', flag: 'administer_phq9', version: 'phq2@1' },
  { id: 'gad2', option: 'gad2Cutoff', flag: 'administer_gad7', version: 'gad2@1' },
] as const)('$id', ({ id, option, flag, version }) => {
  it.each([
    { answers: [0, 0], total: 0, at3: false, at2: false },
    { answers: [1, 0], total: 1, at3: false, at2: false },
    { answers: [1, 1], total: 2, at3: false, at2: true },
    { answers: [0, 2], total: 2, at3: false, at2: true },
    { answers: [2, 1], total: 3, at3: true, at2: true },
    { answers: [3, 3], total: 6, at3: true, at2: true },
  ])('total $total: positive at cut-off 3 = $at3, at cut-off 2 = $at2', ({ answers, total, at3, at2 }) => {
    const byDefault = scoreInstrument(id, answers);
    expect(byDefault).toMatchObject({
      instrument: id,
      definitionVersion: version,
      complete: true,
      total,
      severity: null,
    });
    expect(byDefault.flags).toEqual(at3 ? [flag] : []);
    expect(byDefault.decisionSupport).toEqual({ screenCutoff: 3, positiveScreen: at3 });

    expect(scoreInstrument(id, answers, { [option]: 3 }).flags).toEqual(at3 ? [flag] : []);
    const sensitive = scoreInstrument(id, answers, { [option]: 2 });
    expect(sensitive.flags).toEqual(at2 ? [flag] : []);
    expect(sensitive.decisionSupport).toEqual({ screenCutoff: 2, positiveScreen: at2 });
  });

  it('does not score or flag an incomplete screen', () => {
    const r = scoreInstrument(id, [3, null]);
    expect(r).toMatchObject({ complete: false, total: null, severity: null, flags: [] });
    expect(r.decisionSupport?.positiveScreen).toBeNull();
    expect(r.itemValues).toEqual({ q1: 3, q2: null });
  });

  it('has no difficulty question', () => {
    expect(() => scoreInstrument(id, [0, 0, 0])).toThrow(/takes 2 answers; got 3/);
  });
});

it('ignores the other screener’s cut-off', () => {
  expect(scoreInstrument('phq2', [1, 1], { gad2Cutoff: 2 }).flags).toEqual([]);
  expect(scoreInstrument('gad2', [1, 1], { phq2Cutoff: 2 }).flags).toEqual([]);
});
