import type { FlagKind, TaskKind } from '../assessments/assessment.schemas.js';
import type { CssrsRiskLevel, InstrumentFlag, InstrumentId } from '../instruments/instrument-types.js';

/**
 * What one signed instrument result asks of the team (CLINICAL.md §1.1 item-9 rule, §2 triage,
 * §3 safety plan). Versioned like the other rule sets: stored tasks name the rules that made them.
 */
export const SAFETY_RULE_SET_VERSION = 'careloop-safety@3';

export interface SafetyTaskRule {
  kind: TaskKind;
  priority: 'urgent' | 'routine';
  dueInHours: number;
}

/** The step the person giving the instrument takes before the person leaves; `urgent` reads as an alarm. */
export interface InSessionStep {
  code: string;
  text: string;
  urgent: boolean;
}

export interface SafetyActionPlan {
  flags: FlagKind[];
  /** Opened unless an open task of the same kind exists for the client. */
  tasks: SafetyTaskRule[];
  /** Open tasks of these kinds are answered by this result and close with it. */
  closes: TaskKind[];
  inSessionStep: InSessionStep | null;
}

export interface SafetyResultInput {
  instrument: InstrumentId;
  complete: boolean;
  flags: readonly InstrumentFlag[];
  /** C-SSRS only: the level the answers establish (null while an incomplete screen is still open). */
  riskLevel?: CssrsRiskLevel | null;
}

const CSSRS_TASK: SafetyTaskRule = { kind: 'cssrs_screen', priority: 'urgent', dueInHours: 2 };
const EVALUATION_TASK: SafetyTaskRule = { kind: 'urgent_bh_evaluation', priority: 'urgent', dueInHours: 2 };
const SAFETY_PLAN_TASK: SafetyTaskRule = { kind: 'safety_plan', priority: 'urgent', dueInHours: 24 };

const STEPS = {
  cssrs_now: {
    code: 'give_cssrs_now',
    text: 'Positive suicide-risk answer: give the C-SSRS screen now, or hand off to a named clinician (due within 2 hours).',
    urgent: true,
  },
  ask_item9: {
    code: 'ask_item9',
    text: 'Item 9 (thoughts of being better off dead or of self-harm) was not answered: ask it now.',
    urgent: true,
  },
  cssrs_high: {
    code: 'cssrs_high',
    text: 'High suicide risk: keep the person safe and with you, remove access to means, and get an immediate behavioural-health evaluation (within 2 hours). Write a safety plan with the person within 24 hours.',
    urgent: true,
  },
  cssrs_moderate: {
    code: 'cssrs_moderate',
    text: 'Moderate suicide risk: consult a behavioural-health clinician today, consider safety precautions, and write a safety plan with the person (due within 24 hours). Give crisis resources (988 and the agency crisis line).',
    urgent: true,
  },
  cssrs_low: {
    code: 'cssrs_low',
    text: 'Low suicide risk: give crisis resources (988 and the agency crisis line), arrange outpatient behavioural-health follow-up, and rescreen at the next contact.',
    urgent: false,
  },
  cssrs_none: {
    code: 'cssrs_none',
    text: 'No suicide risk found on the screen: continue routine care and rescreen if anything changes.',
    urgent: false,
  },
  cssrs_incomplete: {
    code: 'cssrs_incomplete',
    text: 'The C-SSRS screen is not finished: complete the remaining questions now.',
    urgent: true,
  },
} as const satisfies Record<string, InSessionStep>;

function cssrsPlan(r: SafetyResultInput): SafetyActionPlan {
  // The C-SSRS is the answer to the "give the C-SSRS" task: it never asks for itself again.
  const closes: TaskKind[] = r.complete ? ['cssrs_screen'] : [];
  const level = r.riskLevel ?? null;
  if (!r.complete && level !== 'high') {
    const flags: FlagKind[] = r.flags.includes('suicide_risk_followup') ? ['suicide_risk'] : [];
    return { flags, tasks: [], closes, inSessionStep: STEPS.cssrs_incomplete };
  }
  switch (level) {
    case 'high':
      return {
        flags: ['suicide_risk', 'safety_precautions'],
        tasks: [EVALUATION_TASK, SAFETY_PLAN_TASK],
        closes,
        inSessionStep: STEPS.cssrs_high,
      };
    case 'moderate':
      return { flags: ['suicide_risk'], tasks: [SAFETY_PLAN_TASK], closes, inSessionStep: STEPS.cssrs_moderate };
    case 'low':
      return { flags: ['suicide_risk'], tasks: [], closes, inSessionStep: STEPS.cssrs_low };
    case 'none':
    case null:
      return { flags: [], tasks: [], closes, inSessionStep: STEPS.cssrs_none };
  }
}

function frequencyPlan(r: SafetyResultInput): SafetyActionPlan {
  const plan: SafetyActionPlan = { flags: [], tasks: [], closes: [], inSessionStep: null };
  if (r.flags.includes('suicide_risk_followup')) {
    plan.flags.push('suicide_risk');
    // Item 9 ≥ 1 also offers a safety plan (CLINICAL.md §3): the urgent task opens the plan form.
    plan.tasks.push(CSSRS_TASK, SAFETY_PLAN_TASK);
    plan.inSessionStep = STEPS.cssrs_now;
  } else if (r.flags.includes('ask_item9')) {
    plan.inSessionStep = STEPS.ask_item9;
  }
  if (r.flags.includes('administer_phq9'))
    plan.tasks.push({ kind: 'administer_phq9', priority: 'routine', dueInHours: 7 * 24 });
  if (r.flags.includes('administer_gad7'))
    plan.tasks.push({ kind: 'administer_gad7', priority: 'routine', dueInHours: 7 * 24 });
  // A complete full measure answers the screener's request for it.
  if (r.complete && r.instrument === 'phq9') plan.closes.push('administer_phq9');
  if (r.complete && r.instrument === 'gad7') plan.closes.push('administer_gad7');
  return plan;
}

/** Pure: the flags, tasks, closings and in-session step one result calls for. */
export function safetyActionsFor(r: SafetyResultInput): SafetyActionPlan {
  return r.instrument === 'cssrs_screen' ? cssrsPlan(r) : frequencyPlan(r);
}

/** The kinds of task the safety rules raise, whose owner and clock the supervisor watches. */
export const SAFETY_TASK_KINDS: readonly TaskKind[] = ['cssrs_screen', 'urgent_bh_evaluation', 'safety_plan'];
