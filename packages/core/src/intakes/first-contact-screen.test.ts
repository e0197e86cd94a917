import { describe, expect, it } from 'vitest';
import { InstrumentValidationError } from '../instruments/instrument-errors.js';
import { evaluateFirstContactScreen, firstContactBody, raiseUrgency } from './first-contact-screen.js';

const none = { q1: false, q2: false, q6: false };
const screen = (phq2: unknown, cssrs: unknown) => evaluateFirstContactScreen({ method: 'phone', phq2, cssrs });

describe('first-contact brief screen', () => {
  it('needs the PHQ-2 and the C-SSRS, or a reason the screen was not done', () => {
    const empty = firstContactBody.safeParse({ method: 'phone' });
    expect(empty.error?.issues.map((i) => i.path.join('.'))).toEqual(['phq2', 'cssrs']);
    expect(firstContactBody.safeParse({ method: 'phone', notScreenedReason: 'Could not talk privately' }).success).toBe(
      true,
    );
  });

  it('flags a positive PHQ-2 at the cut-off 3, not at 2', () => {
    expect(screen([1, 2], none)).toMatchObject({ phq2: { total: 3, positive: true }, urgencyAtLeast: null });
    expect(screen([1, 1], none)).toMatchObject({ phq2: { total: 2, positive: false }, nextSteps: [] });
  });

  it('raises urgency with the C-SSRS level', () => {
    expect(screen([0, 0], { q1: true, q2: false, q6: false }).urgencyAtLeast).toBe('urgent');
    expect(screen([0, 0], { q1: true, q2: false, q6: true, q6Within3Months: false }).urgencyAtLeast).toBe('emergent');
    expect(screen([0, 0], { q1: true, q2: true, q3: false, q4: true, q5: false, q6: false })).toMatchObject({
      cssrsRiskLevel: 'high',
      urgencyAtLeast: 'emergent',
    });
  });

  it('refuses an unfinished C-SSRS unless its answers already make it high', () => {
    expect(() => screen([0, 0], { q1: true })).toThrow(InstrumentValidationError);
    expect(screen([0, 0], { q1: true, q2: true, q4: true }).cssrsRiskLevel).toBe('high');
  });

  it('never lowers urgency', () => {
    expect(raiseUrgency('routine', 'urgent')).toBe('urgent');
    expect(raiseUrgency('emergent', 'urgent')).toBe('emergent');
    expect(raiseUrgency('urgent', null)).toBe('urgent');
  });
});
