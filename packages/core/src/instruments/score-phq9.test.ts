import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score.js';

// Expected totals, bands and flags worked out by hand from CLINICAL.md §1.1.
describe('PHQ-9 scoring', () => {
  it.each([
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, severity: 'minimal', flags: [] },
    { answers: [1, 1, 1, 1, 0, 0, 0, 0, 0], total: 4, severity: 'minimal', flags: [] },
    { answers: [1, 1, 1, 1, 1, 0, 0, 0, 0], total: 5, severity: 'mild', flags: [] },
    { answers: [2, 2, 2, 2, 1, 0, 0, 0, 0], total: 9, severity: 'mild', flags: [] },
    { answers: [2, 2, 2, 2, 2, 0, 0, 0, 0], total: 10, severity: 'moderate', flags: ['major_depressive_syndrome'] },
    { answers: [3, 3, 3, 3, 2, 0, 0, 0, 0], total: 14, severity: 'moderate', flags: ['major_depressive_syndrome'] },
    {
      answers: [3, 3, 3, 3, 3, 0, 0, 0, 0],
      total: 15,
      severity: 'moderately_severe',
      flags: ['major_depressive_syndrome'],
    },
    {
      answers: [3, 3, 3, 3, 3, 2, 2, 0, 0],
      total: 19,
      severity: 'moderately_severe',
      flags: ['major_depressive_syndrome'],
    },
    { answers: [3, 3, 3, 3, 3, 3, 2, 0, 0], total: 20, severity: 'severe', flags: ['major_depressive_syndrome'] },
    {
      answers: [3, 3, 3, 3, 3, 3, 3, 3, 3],
      total: 27,
      severity: 'severe',
      flags: ['suicide_risk_followup', 'major_depressive_syndrome'],
    },
  ])('total $total is $severity', ({ answers, total, severity, flags }) => {
    const r = scoreInstrument('phq9', answers);
    expect(r).toMatchObject({ instrument: 'phq9', definitionVersion: 'phq9@1', complete: true, total, severity });
    expect(r.flags).toEqual(flags);
  });

  describe('item 9 (suicide-risk) rule', () => {
    it('raises no follow-up when item 9 is 0', () => {
      expect(scoreInstrument('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0]).flags).toEqual([]);
      const high = scoreInstrument('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0]);
      expect(high).toMatchObject({ total: 24, severity: 'severe' });
      expect(high.flags).toEqual(['major_depressive_syndrome']);
    });

    it('raises a follow-up at item 9 = 1 even when the total is minimal', () => {
      const r = scoreInstrument('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
      expect(r).toMatchObject({ total: 1, severity: 'minimal' });
      expect(r.flags).toEqual(['suicide_risk_followup']);
    });

    it('raises a follow-up at item 9 = 3 with a low total', () => {
      const r = scoreInstrument('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 3]);
      expect(r).toMatchObject({ total: 3, severity: 'minimal' });
      expect(r.flags).toEqual(['suicide_risk_followup']);
    });

    it('raises a follow-up at item 9 = 1 with a high total', () => {
      const r = scoreInstrument('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 1]);
      expect(r).toMatchObject({ total: 25, severity: 'severe' });
      expect(r.flags).toEqual(['suicide_risk_followup', 'major_depressive_syndrome']);
    });

    it('raises a follow-up on an incomplete form when item 9 is positive', () => {
      const r = scoreInstrument('phq9', [null, null, null, null, null, null, null, null, 2]);
      expect(r).toMatchObject({ complete: false, total: null, severity: null });
      expect(r.flags).toEqual(['suicide_risk_followup']);
      const partly = scoreInstrument('phq9', [0, 0, null, 0, 0, 0, 0, 0, 1]);
      expect(partly).toMatchObject({ complete: false, total: null });
      expect(partly.flags).toEqual(['suicide_risk_followup']);
    });

    it('asks for item 9 when it is blank, whatever else was answered', () => {
      const r = scoreInstrument('phq9', [3, 3, 3, 3, 3, 3, 3, 3, null]);
      expect(r).toMatchObject({ complete: false, total: null, severity: null });
      expect(r.flags).toEqual(['ask_item9']);
      expect(scoreInstrument('phq9', Array(9).fill(null)).flags).toEqual(['ask_item9']);
    });
  });

  describe('missing items', () => {
    it('gives no total or severity if any scored item is blank (no proration)', () => {
      const r = scoreInstrument('phq9', [3, 3, 3, 3, 3, 3, 3, null, 0]);
      expect(r).toMatchObject({ complete: false, total: null, severity: null });
      expect(r.flags).toEqual([]);
      expect(r.decisionSupport?.majorDepressiveSyndrome).toBeNull();
    });
  });

  describe('item 10 (difficulty)', () => {
    it('is never added to the total', () => {
      expect(scoreInstrument('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0, 3])).toMatchObject({ total: 0, severity: 'minimal' });
      const r = scoreInstrument('phq9', [1, 1, 1, 1, 0, 0, 0, 0, 0, 3]);
      expect(r).toMatchObject({ total: 4, severity: 'minimal' });
      expect(r.itemValues.difficulty).toBe(3);
    });

    it('does not affect completeness when blank or absent', () => {
      expect(scoreInstrument('phq9', [1, 1, 1, 1, 1, 0, 0, 0, 0, null])).toMatchObject({ complete: true, total: 5 });
      expect(scoreInstrument('phq9', [1, 1, 1, 1, 1, 0, 0, 0, 0]).itemValues.difficulty).toBeNull();
    });
  });

  describe('major depressive syndrome (decision support)', () => {
    it('needs 5 items at ≥ 2 including item 1 or 2', () => {
      const r = scoreInstrument('phq9', [1, 1, 2, 2, 2, 2, 2, 0, 0]);
      expect(r).toMatchObject({ total: 12, severity: 'moderate' });
      expect(r.flags).toEqual([]);
      expect(r.decisionSupport?.majorDepressiveSyndrome).toBe(false);
    });

    it('needs at least 5 endorsed items', () => {
      const r = scoreInstrument('phq9', [2, 0, 2, 2, 2, 0, 0, 0, 0]);
      expect(r.total).toBe(8);
      expect(r.decisionSupport?.majorDepressiveSyndrome).toBe(false);
    });

    it('counts item 9 when it is ≥ 1', () => {
      const r = scoreInstrument('phq9', [2, 0, 2, 2, 2, 0, 0, 0, 1]);
      expect(r).toMatchObject({ total: 9, severity: 'mild' });
      expect(r.flags).toEqual(['suicide_risk_followup', 'major_depressive_syndrome']);
      expect(r.decisionSupport?.majorDepressiveSyndrome).toBe(true);
    });

    it('accepts item 2 as the cardinal item', () => {
      const r = scoreInstrument('phq9', [0, 2, 2, 2, 2, 2, 0, 0, 0]);
      expect(r.total).toBe(10);
      expect(r.flags).toEqual(['major_depressive_syndrome']);
    });
  });

  it('reports item values by code and the PHQ-2 total of items 1–2', () => {
    const r = scoreInstrument('phq9', [2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r.itemValues).toEqual({ q1: 2, q2: 1, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 0, difficulty: 1 });
    expect(r.decisionSupport?.phq2Total).toBe(3);
    expect(scoreInstrument('phq9', [2, null, 0, 0, 0, 0, 0, 0, 0]).decisionSupport?.phq2Total).toBeNull();
  });
});
