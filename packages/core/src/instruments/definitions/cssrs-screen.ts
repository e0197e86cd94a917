import type { AskedWhen, CssrsRiskLevel, InstrumentDefinition, ResponseOption } from '../instrument-types.js';

/** Answer keys of the C-SSRS screen; also the item codes. */
export const CssrsItemCodes = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q6Within3Months'] as const;
export type CssrsItemCode = (typeof CssrsItemCodes)[number];

/** Yes/No (CLINICAL.md §2: LA32-8 verified, LA33-6 [K]). */
export const YES_NO_OPTIONS: readonly ResponseOption[] = [
  { value: true, label: 'Yes', loincAnswer: 'LA33-6' },
  { value: false, label: 'No', loincAnswer: 'LA32-8' },
];

/** Answer codes of the risk-level list LL465-6; only "Low" is verified, the others are [U] in CLINICAL.md §2. */
export const CSSRS_RISK_LEVEL_LOINC_ANSWERS: Readonly<Record<CssrsRiskLevel, string | null>> = {
  none: null,
  low: 'LA9194-7',
  moderate: null,
  high: null,
};

export const CSSRS_COPYRIGHT = '© 2008 The Research Foundation for Mental Hygiene, Inc.';

const ifQ2Yes: AskedWhen = { itemCode: 'q2', equals: true, description: 'Asked only if question 2 is yes.' };

function yesNoItem(code: CssrsItemCode, loinc: string, conceptLabel: string, askedWhen: AskedWhen | null) {
  return { code, loinc, text: null, conceptLabel, scored: false, responseOptions: YES_NO_OPTIONS, askedWhen };
}

/**
 * C-SSRS screen, past-month ("recent") version. The wording is licensed (§0): this definition ships
 * codes, LOINC display names as concept labels and skip logic only; see withLicensedWording.
 */
export const CSSRS_SCREEN: InstrumentDefinition = {
  id: 'cssrs_screen',
  version: 'cssrs_screen@1',
  title: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen',
  stem: null,
  responseOptions: YES_NO_OPTIONS,
  items: [
    yesNoItem('q1', '93246-7', 'Wish to be dead (1 month)', null),
    yesNoItem('q2', '93247-5', 'Non-specific active suicidal thoughts (1 month)', null),
    yesNoItem('q3', '93248-3', 'Active ideation with any methods (not plan) without intent to act', ifQ2Yes),
    yesNoItem('q4', '93249-1', 'Active ideation with some intent to act, without specific plan', ifQ2Yes),
    yesNoItem('q5', '93250-9', 'Active ideation with specific plan and intent', ifQ2Yes),
    yesNoItem('q6', '93267-3', 'Preparatory acts or suicidal behavior (lifetime)', null),
    yesNoItem('q6Within3Months', '93269-9', 'Preparatory acts or behavior within the past 3 months', {
      itemCode: 'q6',
      equals: true,
      description: 'Asked only if question 6 is yes.',
    }),
  ],
  panelLoinc: '93373-9',
  totalLoinc: null,
  riskLevelLoinc: '93374-7',
  copyright: CSSRS_COPYRIGHT,
  embedWording: false,
  wordingSource: 'withheld',
};
