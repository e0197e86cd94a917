import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../instruments/score.js';
import { safetyActionsFor } from './safety-actions.js';

const phq9 = (item9: number | null) => {
  const r = scoreInstrument('phq9', [1, 1, 1, 1, 1, 1, 1, 1, item9]);
  return safetyActionsFor({ instrument: 'phq9', complete: r.complete, flags: r.flags });
};
const cssrs = (answers: Record<string, boolean | null>) => {
  const r = scoreInstrument('cssrs_screen', answers);
  return safetyActionsFor({ instrument: 'cssrs_screen', complete: r.complete, flags: r.flags, riskLevel: r.riskLevel });
};
const kinds = (p: ReturnType<typeof safetyActionsFor>) => p.tasks.map((t) => t.kind);

describe('PHQ-9 item 9 (CLINICAL.md §1.1)', () => {
  it('raises the suicide-risk flag, an urgent C-SSRS task due in 2 hours and the safety-plan offer at item 9 = 1, whatever the total', () => {
    const p = phq9(1);
    expect(p.flags).toEqual(['suicide_risk']);
    expect(p.tasks).toEqual([
      { kind: 'cssrs_screen', priority: 'urgent', dueInHours: 2 },
      { kind: 'safety_plan', priority: 'urgent', dueInHours: 24 },
    ]);
    expect(p.inSessionStep?.code).toBe('give_cssrs_now');
    expect(p.inSessionStep?.urgent).toBe(true);
  });

  it('raises nothing at item 9 = 0, and asks for item 9 when it is blank', () => {
    expect(phq9(0)).toMatchObject({ flags: [], tasks: [], inSessionStep: null });
    const blank = phq9(null);
    expect(blank.flags).toEqual([]);
    expect(blank.inSessionStep?.code).toBe('ask_item9');
  });

  it('closes an open "give the PHQ-9" task only with a complete PHQ-9', () => {
    expect(phq9(0).closes).toEqual(['administer_phq9']);
    expect(phq9(null).closes).toEqual([]);
  });
});

describe('C-SSRS screen (CLINICAL.md §2, columbia-triage@1)', () => {
  const no = { q1: false, q2: false, q6: false };

  it('answers the C-SSRS task and never asks for itself again', () => {
    for (const a of [
      no,
      { q1: true, q2: false, q6: false },
      { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
      { q1: true, q2: true, q3: true, q4: true, q5: false, q6: false },
    ]) {
      const p = cssrs(a);
      expect(p.closes).toEqual(['cssrs_screen']);
      expect(kinds(p)).not.toContain('cssrs_screen');
      expect(p.inSessionStep?.code).not.toBe('give_cssrs_now');
    }
  });

  it('names the step for each level', () => {
    expect(cssrs(no).inSessionStep).toMatchObject({ code: 'cssrs_none', urgent: false });
    expect(cssrs({ q1: true, q2: false, q6: false }).inSessionStep).toMatchObject({ code: 'cssrs_low', urgent: false });
    expect(cssrs({ q1: true, q2: false, q6: true, q6Within3Months: false }).inSessionStep?.code).toBe('cssrs_moderate');
    expect(cssrs({ q1: false, q2: false, q6: true, q6Within3Months: true }).inSessionStep?.code).toBe('cssrs_high');
  });

  it('opens a safety plan at moderate, and the urgent evaluation and precautions at high', () => {
    expect(cssrs(no)).toMatchObject({ flags: [], tasks: [] });
    expect(cssrs({ q1: true, q2: false, q6: false })).toMatchObject({ flags: ['suicide_risk'], tasks: [] });
    const moderate = cssrs({ q1: true, q2: true, q3: true, q4: false, q5: false, q6: false });
    expect(moderate.flags).toEqual(['suicide_risk']);
    expect(moderate.tasks).toEqual([{ kind: 'safety_plan', priority: 'urgent', dueInHours: 24 }]);
    const high = cssrs({ q1: true, q2: true, q3: false, q4: false, q5: true, q6: false });
    expect(high.flags).toEqual(['suicide_risk', 'safety_precautions']);
    expect(high.tasks).toEqual([
      { kind: 'urgent_bh_evaluation', priority: 'urgent', dueInHours: 2 },
      { kind: 'safety_plan', priority: 'urgent', dueInHours: 24 },
    ]);
  });

  it('leaves the task open while the screen is unfinished, but acts at once on a yes that makes it high', () => {
    const partial = cssrs({ q1: true, q2: null });
    expect(partial.closes).toEqual([]);
    expect(partial.inSessionStep?.code).toBe('cssrs_incomplete');
    const forcedHigh = cssrs({ q1: true, q2: true, q4: true });
    expect(forcedHigh.closes).toEqual([]);
    expect(forcedHigh.flags).toContain('safety_precautions');
    expect(kinds(forcedHigh)).toEqual(['urgent_bh_evaluation', 'safety_plan']);
  });
});
