import { describe, expect, it } from 'vitest';
import type { FieldError } from '../http/errors.js';
import { InstrumentValidationError } from './instrument-errors.js';
import { scoreInstrument } from './score.js';

// Levels and actions worked out by hand from the CLINICAL.md §2 table (rule set columbia-triage@1).
const HIGH = ['suicide_risk_followup', 'safety_precautions', 'safety_plan_recommended', 'urgent_bh_evaluation'];
const MODERATE = ['suicide_risk_followup', 'safety_plan_recommended'];
const LOW = ['suicide_risk_followup'];

const score = (answers: unknown) => scoreInstrument('cssrs_screen', answers);

function fields(answers: unknown): readonly FieldError[] {
  try {
    score(answers);
  } catch (e) {
    if (e instanceof InstrumentValidationError) return e.fields;
    throw e;
  }
  throw new Error('expected an InstrumentValidationError');
}

describe('C-SSRS screen: complete answers', () => {
  it.each([
    { name: 'all asked items no', answers: { q1: false, q2: false, q6: false }, level: 'none', flags: [] },
    { name: 'Q1 yes only', answers: { q1: true, q2: false, q6: false }, level: 'low', flags: LOW },
    {
      name: 'Q2 yes, Q3–Q5 no',
      answers: { q1: false, q2: true, q3: false, q4: false, q5: false, q6: false },
      level: 'low',
      flags: LOW,
    },
    {
      name: 'Q3 yes',
      answers: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
      level: 'moderate',
      flags: MODERATE,
    },
    {
      name: 'Q4 yes',
      answers: { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false },
      level: 'high',
      flags: HIGH,
    },
    {
      name: 'Q5 yes',
      answers: { q1: false, q2: true, q3: false, q4: false, q5: true, q6: false },
      level: 'high',
      flags: HIGH,
    },
    {
      name: 'Q6 yes within 3 months, no ideation',
      answers: { q1: false, q2: false, q6: true, q6Within3Months: true },
      level: 'high',
      flags: HIGH,
    },
    {
      name: 'Q6 yes more than 3 months ago, no ideation',
      answers: { q1: false, q2: false, q6: true, q6Within3Months: false },
      level: 'moderate',
      flags: MODERATE,
    },
    {
      name: 'Q6 yes more than 3 months ago with Q1 yes',
      answers: { q1: true, q2: false, q6: true, q6Within3Months: false },
      level: 'moderate',
      flags: MODERATE,
    },
    {
      name: 'Q6 remote but Q4 yes',
      answers: { q1: true, q2: true, q3: true, q4: true, q5: false, q6: true, q6Within3Months: false },
      level: 'high',
      flags: HIGH,
    },
    {
      name: 'Q3 yes and Q6 within 3 months',
      answers: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: true, q6Within3Months: true },
      level: 'high',
      flags: HIGH,
    },
  ])('$name → $level', ({ answers, level, flags }) => {
    const r = score(answers);
    expect(r).toMatchObject({
      instrument: 'cssrs_screen',
      definitionVersion: 'cssrs_screen@1',
      complete: true,
      total: null,
      severity: null,
      riskLevel: level,
    });
    expect(r.flags).toEqual(flags);
    expect(r.ruleSet).toBe('columbia-triage@1');
    expect(r.decisionSupport).toEqual({ cssrsMinimumRiskLevel: level });
  });

  it('skips Q3–Q5 when Q2 is no and stores them as not asked (null)', () => {
    const r = score({ q1: true, q2: false, q6: false });
    expect(r.complete).toBe(true);
    expect(r.itemValues).toEqual({
      q1: true,
      q2: false,
      q3: null,
      q4: null,
      q5: null,
      q6: false,
      q6Within3Months: null,
    });
  });

  it('treats explicit null and undefined like a missing key', () => {
    expect(score({ q1: false, q2: false, q3: null, q4: undefined, q6: false, q6Within3Months: null })).toMatchObject({
      complete: true,
      riskLevel: 'none',
    });
  });

  it('uses the named rule set', () => {
    const r = scoreInstrument(
      'cssrs_screen',
      { q1: true, q2: false, q6: false },
      { cssrsRuleSet: 'columbia-triage@1' },
    );
    expect(r.riskLevel).toBe('low');
    expect(r.ruleSet).toBe('columbia-triage@1');
  });
});

describe('C-SSRS screen: incomplete answers', () => {
  it('gives no level and no flags when nothing is answered', () => {
    const r = score({});
    expect(r).toMatchObject({ complete: false, riskLevel: null, total: null, severity: null, flags: [] });
    expect(r.decisionSupport?.cssrsMinimumRiskLevel).toBe('none');
  });

  it('is incomplete without Q6, even when Q1 and Q2 are no (Q6 could still be high)', () => {
    expect(score({ q1: false, q2: false })).toMatchObject({ complete: false, riskLevel: null, flags: [] });
  });

  it('is incomplete without Q1 or Q2', () => {
    expect(score({ q2: false, q6: false }).complete).toBe(false);
    expect(score({ q1: false, q6: false })).toMatchObject({ complete: false, riskLevel: null, flags: [] });
  });

  it('is incomplete when Q2 is yes and one of Q3–Q5 is blank', () => {
    const r = score({ q1: false, q2: true, q3: false, q4: false, q6: false });
    expect(r).toMatchObject({ complete: false, riskLevel: null });
    // Q2 yes already means at least low.
    expect(r.flags).toEqual(LOW);
  });

  it('is incomplete when Q6 is yes and its timing is blank, and flags at least moderate', () => {
    const r = score({ q1: false, q2: false, q6: true });
    expect(r).toMatchObject({ complete: false, riskLevel: null });
    expect(r.flags).toEqual(MODERATE);
    expect(r.decisionSupport?.cssrsMinimumRiskLevel).toBe('moderate');
  });

  it('raises high at once on Q4 yes with other items blank', () => {
    const r = score({ q2: true, q4: true });
    expect(r).toMatchObject({ complete: false, riskLevel: 'high' });
    expect(r.flags).toEqual(HIGH);
  });

  it('raises high at once on Q5 yes with other items blank', () => {
    expect(score({ q2: true, q5: true })).toMatchObject({ complete: false, riskLevel: 'high', flags: HIGH });
  });

  it('raises high at once on recent behaviour with ideation items blank', () => {
    expect(score({ q6: true, q6Within3Months: true })).toMatchObject({
      complete: false,
      riskLevel: 'high',
      flags: HIGH,
    });
  });

  it('flags follow-up for a lone Q1 yes but does not state a level yet', () => {
    const r = score({ q1: true });
    expect(r).toMatchObject({ complete: false, riskLevel: null });
    expect(r.flags).toEqual(LOW);
  });

  it('flags at least moderate for Q3 yes while Q4/Q5 are blank', () => {
    const r = score({ q1: true, q2: true, q3: true, q6: false });
    expect(r).toMatchObject({ complete: false, riskLevel: null });
    expect(r.flags).toEqual(MODERATE);
  });
});

describe('C-SSRS screen: skip-logic and type violations', () => {
  it.each(['q3', 'q4', 'q5'])('refuses %s when Q2 is no, even as "no"', (key) => {
    for (const value of [true, false]) {
      expect(fields({ q1: true, q2: false, [key]: value, q6: false })).toEqual([
        {
          path: `answers.${key}`,
          message: `Question ${key.slice(1)} is asked only when question 2 is yes; question 2 is no, so leave it null.`,
        },
      ]);
    }
  });

  it.each(['q3', 'q4', 'q5'])('refuses %s when Q2 is blank', (key) => {
    expect(fields({ q1: true, [key]: true })).toEqual([
      {
        path: `answers.${key}`,
        message: `Question ${key.slice(1)} is asked only when question 2 is yes; question 2 is unanswered, so leave it null.`,
      },
    ]);
  });

  it('refuses the 3-month question when Q6 is no or blank', () => {
    expect(fields({ q1: false, q2: false, q6: false, q6Within3Months: false })).toEqual([
      {
        path: 'answers.q6Within3Months',
        message: '"Within the past 3 months" is asked only when question 6 is yes; question 6 is no, so leave it null.',
      },
    ]);
    expect(fields({ q6Within3Months: true })[0]?.path).toBe('answers.q6Within3Months');
  });

  it('reports every skip-logic violation at once', () => {
    expect(
      fields({ q2: false, q3: false, q4: true, q5: false, q6: false, q6Within3Months: true }).map((e) => e.path),
    ).toEqual(['answers.q3', 'answers.q4', 'answers.q5', 'answers.q6Within3Months']);
  });

  it.each([
    { value: 'yes', shown: 'the string "yes"' },
    { value: 1, shown: '1' },
    { value: 0, shown: '0' },
    { value: [], shown: 'an array' },
  ])('refuses a non-boolean answer ($shown)', ({ value, shown }) => {
    expect(fields({ q1: value })).toEqual([
      { path: 'answers.q1', message: `q1 must be true (yes), false (no) or null (not answered); got ${shown}.` },
    ]);
  });

  it('refuses unknown keys, so a misspelt yes is never dropped', () => {
    expect(fields({ q1: false, q2: false, q6: true, q6within3months: true }).map((e) => e.path)).toEqual([
      'answers.q6within3months',
    ]);
    expect(fields({ q7: true })[0]?.message).toContain('"q7" is not a C-SSRS screen item');
  });

  it.each([null, undefined, [], 'q1', 5])('refuses a non-object (%s)', (answers) => {
    const errors = fields(answers);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('answers');
  });
});
