/** Vocabulary of the standardized-instrument engine (CLINICAL.md §1, §2). */
export const InstrumentIds = ['phq9', 'phq2', 'gad7', 'gad2', 'cssrs_screen'] as const;
export type InstrumentId = (typeof InstrumentIds)[number];

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (InstrumentIds as readonly string[]).includes(value);
}

/** Severity bands; GAD-7 has no moderately_severe band, screeners and C-SSRS have no severity. */
export const Severities = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'] as const;
export type Severity = (typeof Severities)[number];

/**
 * What a result asks the care team to do. Flags are stable storage and API codes.
 * - `suicide_risk_followup`: PHQ-9 item 9 ≥ 1 (whatever the total, even on an incomplete form), or
 *   C-SSRS low or above — create a C-SSRS screen task and a clinician alert.
 * - `ask_item9`: PHQ-9 item 9 was left blank, so suicide risk has not been ruled out; ask it.
 * - `administer_phq9`: PHQ-2 total at or above the cut-off — give the full PHQ-9.
 * - `administer_gad7`: GAD-2 total at or above the cut-off — give the full GAD-7.
 * - `safety_precautions`: C-SSRS high — patient safety precautions until seen by a mental-health professional.
 * - `safety_plan_recommended`: C-SSRS moderate or high — create or review a safety plan.
 * - `urgent_bh_evaluation`: C-SSRS high — immediate behavioral-health consult; consider a higher level of care.
 * - `major_depressive_syndrome`: complete PHQ-9 meets the §1.1 diagnostic algorithm; decision support only, not a diagnosis.
 */
export const InstrumentFlags = [
  'suicide_risk_followup',
  'ask_item9',
  'administer_phq9',
  'administer_gad7',
  'safety_precautions',
  'safety_plan_recommended',
  'urgent_bh_evaluation',
  'major_depressive_syndrome',
] as const;
export type InstrumentFlag = (typeof InstrumentFlags)[number];

/** Derived C-SSRS screen risk level (LOINC 93374-7), lowest first. */
export const CssrsRiskLevels = ['none', 'low', 'moderate', 'high'] as const;
export type CssrsRiskLevel = (typeof CssrsRiskLevels)[number];

/** Versioned C-SSRS risk-mapping rule sets (CLINICAL.md §2, §12.1: the low/moderate split is unverified). */
export const CssrsRuleSetIds = ['columbia-triage@1'] as const;
export type CssrsRuleSetId = (typeof CssrsRuleSetIds)[number];
export const DEFAULT_CSSRS_RULE_SET: CssrsRuleSetId = 'columbia-triage@1';

export interface ResponseOption {
  /** Stored value: 0–3 for frequency and difficulty items, true/false for C-SSRS. */
  value: number | boolean;
  label: string;
  /** LOINC answer code (LA…). */
  loincAnswer: string;
}

/** Skip logic: the item is asked only when another item has the given answer. */
export interface AskedWhen {
  itemCode: string;
  equals: boolean;
  description: string;
}

export interface InstrumentItem {
  /** Item code, also the FHIR linkId and the answer key (C-SSRS) in our API. */
  code: string;
  loinc: string;
  /** Verbatim wording, or null when the instrument may not be embedded (C-SSRS). */
  text: string | null;
  /** Short concept label, never the instrument wording; safe to show when `text` is null. */
  conceptLabel: string;
  /** Whether the item counts towards the total. */
  scored: boolean;
  responseOptions: readonly ResponseOption[];
  /** Null when always asked. */
  askedWhen: AskedWhen | null;
}

/** Where the item wording of a definition object came from. */
export const WordingSources = ['embedded', 'withheld', 'licensed_runtime'] as const;
export type WordingSource = (typeof WordingSources)[number];

export interface InstrumentDefinition {
  id: InstrumentId;
  /** Bumped whenever wording, codes or scoring change; stored with every result. */
  version: string;
  title: string;
  /** Verbatim stem, or null when none may be embedded. */
  stem: string | null;
  /** Options shared by the scored items (an item may carry its own, e.g. the difficulty question). */
  responseOptions: readonly ResponseOption[];
  items: readonly InstrumentItem[];
  panelLoinc: string | null;
  /** Null when no total code is confirmed (GAD-2) or the instrument has no total (C-SSRS). */
  totalLoinc: string | null;
  /** Code of the derived risk level (C-SSRS only). */
  riskLevelLoinc: string | null;
  /** Copyright line to display, verbatim from CLINICAL.md. */
  copyright: string;
  /** Whether Careloop may ship the full wording (CLINICAL.md §0). */
  embedWording: boolean;
  wordingSource: WordingSource;
}

/** Extra, non-scoring information for the clinician. */
export interface DecisionSupport {
  /** PHQ-9 §1.1 algorithm; null when the PHQ-9 is incomplete. */
  majorDepressiveSyndrome?: boolean | null;
  /** PHQ-2 total from PHQ-9 items 1–2 (storable as 55758-7); null if either is blank. */
  phq2Total?: number | null;
  /** PHQ-2/GAD-2: the cut-off applied and whether the screen is positive (null when incomplete). */
  screenCutoff?: number;
  positiveScreen?: boolean | null;
  /** C-SSRS: the lowest level every completion of the given answers reaches (flags follow this). */
  cssrsMinimumRiskLevel?: CssrsRiskLevel;
}

export interface ScoreResult {
  instrument: InstrumentId;
  definitionVersion: string;
  /** Every item that should have been asked was answered. */
  complete: boolean;
  /** Null when incomplete, and always for C-SSRS. */
  total: number | null;
  /** Null when incomplete, and always for screeners and C-SSRS. */
  severity: Severity | null;
  flags: InstrumentFlag[];
  /** C-SSRS only. */
  riskLevel?: CssrsRiskLevel | null;
  /** C-SSRS only: the versioned rule set that produced riskLevel and the flags. */
  ruleSet?: CssrsRuleSetId;
  /** Normalized answers keyed by item code; null = unanswered or not asked. */
  itemValues: Record<string, number | boolean | null>;
  decisionSupport?: DecisionSupport;
}

export interface ScoringOptions {
  /** PHQ-2 positive-screen cut-off; 3 per CLINICAL.md §1.2, 2 is the more sensitive option. */
  phq2Cutoff?: 2 | 3;
  /** GAD-2 positive-screen cut-off; 3 per CLINICAL.md §1.4. */
  gad2Cutoff?: 2 | 3;
  /** Versioned C-SSRS rule set; default 'columbia-triage@1'. */
  cssrsRuleSet?: CssrsRuleSetId;
}
