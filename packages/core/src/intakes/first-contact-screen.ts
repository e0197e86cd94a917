import { z } from 'zod';
import { CssrsRiskLevels, type CssrsRiskLevel } from '../instruments/instrument-types.js';
import { InstrumentValidationError } from '../instruments/instrument-errors.js';
import { scoreInstrument } from '../instruments/score.js';
import type { Urgency } from '../time/timeliness.js';

/**
 * CCBHC §5.3: preliminary screening and risk assessment at first contact. The brief screen is
 * the PHQ-2 and the C-SSRS screener under its versioned triage rules; a person may decline it,
 * and then the reason is recorded instead (never a bare timestamp).
 */
export const firstContactBody = z
  .object({
    /** When the contact happened (defaults to now; never in the future). */
    at: z.iso.datetime({ offset: true }).optional(),
    method: z.enum(['phone', 'in_person', 'video', 'text', 'email']),
    /** PHQ-2 items 1–2, 0–3 each (scored by the instrument engine, which names a bad item). */
    phq2: z.unknown().optional(),
    /** C-SSRS screener answers keyed q1…q6, q6Within3Months. */
    cssrs: z.unknown().optional(),
    /** Why the screen was not done (declined, could not talk privately, …). */
    notScreenedReason: z.string().trim().min(1).max(1000).nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    version: z.number().int().positive().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.notScreenedReason) return;
    if (b.phq2 === undefined || b.phq2 === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['phq2'],
        message: 'Answer the PHQ-2, or say why the screen was not done.',
      });
    }
    if (b.cssrs === undefined || b.cssrs === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['cssrs'],
        message: 'Answer the C-SSRS screener, or say why the screen was not done.',
      });
    }
  });
export type FirstContactBody = z.infer<typeof firstContactBody>;

export const firstContactScreenView = z.object({
  at: z.string(),
  method: z.enum(['phone', 'in_person', 'video', 'text', 'email']),
  screenedById: z.uuid().nullable(),
  screenedByName: z.string().nullable(),
  phq2: z.object({ total: z.number().int().nullable(), positive: z.boolean().nullable() }).nullable(),
  cssrsRiskLevel: z.enum(CssrsRiskLevels).nullable(),
  notScreenedReason: z.string().nullable(),
  note: z.string().nullable(),
  /** What the screen asks for next, in words. */
  nextSteps: z.array(z.string()),
});
export type FirstContactScreenView = z.infer<typeof firstContactScreenView>;

export interface ScreenOutcome {
  phq2: { total: number | null; positive: boolean | null } | null;
  cssrsRiskLevel: CssrsRiskLevel | null;
  /** The intake's urgency must rise at least to this (never lowered by a screen). */
  urgencyAtLeast: Urgency | null;
  nextSteps: string[];
}

/**
 * Score the brief screen and say what it calls for. Throws InstrumentValidationError (with the
 * item named) on invalid answers. Pure.
 */
export function evaluateFirstContactScreen(b: FirstContactBody): ScreenOutcome {
  if (b.notScreenedReason) {
    return {
      phq2: null,
      cssrsRiskLevel: null,
      urgencyAtLeast: null,
      nextSteps: ['Screen at the next contact: the brief screen was not done.'],
    };
  }
  const phq2 = scoreInstrument('phq2', b.phq2);
  const cssrs = scoreInstrument('cssrs_screen', b.cssrs);
  const level = cssrs.riskLevel ?? null;
  // A half-asked screener cannot rule risk out; a yes that already makes it high may stop there.
  if (!cssrs.complete && level !== 'high') {
    throw new InstrumentValidationError([{ path: 'cssrs', message: 'Answer every question the screener asks.' }]);
  }
  const steps: string[] = [];
  let urgencyAtLeast: Urgency | null = null;
  switch (level) {
    case 'high':
      urgencyAtLeast = 'emergent';
      steps.push('High suicide risk: keep the person on the line or with you and get the on-call clinician now.');
      break;
    case 'moderate':
      urgencyAtLeast = 'emergent';
      steps.push('Moderate suicide risk: the on-call clinician consults today; a safety plan is due within 24 hours.');
      break;
    case 'low':
      urgencyAtLeast = 'urgent';
      steps.push('Low suicide risk: give 988 and the crisis line; evaluation within 1 business day.');
      break;
    case 'none':
    case null:
      break;
  }
  const positive = phq2.decisionSupport?.positiveScreen ?? null;
  if (positive) steps.push('PHQ-2 positive: give the full PHQ-9 at assessment.');
  return { phq2: { total: phq2.total, positive }, cssrsRiskLevel: level, urgencyAtLeast, nextSteps: steps };
}

const RANK: Record<Urgency, number> = { routine: 0, urgent: 1, emergent: 2 };

/** The higher of two urgencies: a screen or a sign can raise an intake's urgency, never lower it. */
export function raiseUrgency(current: Urgency, atLeast: Urgency | null): Urgency {
  return atLeast && RANK[atLeast] > RANK[current] ? atLeast : current;
}
