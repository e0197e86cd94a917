import type { InstrumentItem, ResponseOption } from '../instrument-types.js';

/** PHQ/GAD frequency options and LOINC answer list LL358-3 (CLINICAL.md §1.1). */
export const FREQUENCY_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: 'Not at all', loincAnswer: 'LA6568-5' },
  { value: 1, label: 'Several days', loincAnswer: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loincAnswer: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loincAnswer: 'LA6571-9' },
];

/**
 * Difficulty options (labels from CLINICAL.md §1.1). The LA codes are not in CLINICAL.md; they follow
 * the HL7/MII FHIR questionnaires (LA6575-0 = Very, LA6574-3 = Extremely) — confirm against LOINC.
 */
export const DIFFICULTY_OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: 'Not difficult at all', loincAnswer: 'LA6572-7' },
  { value: 1, label: 'Somewhat difficult', loincAnswer: 'LA6573-5' },
  { value: 2, label: 'Very difficult', loincAnswer: 'LA6575-0' },
  { value: 3, label: 'Extremely difficult', loincAnswer: 'LA6574-3' },
];

/** The Pfizer line for PHQ-9/PHQ-2; §0 gives the "same Pfizer statement" for GAD-7/GAD-2. */
export const PFIZER_COPYRIGHT =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** The unscored functional-difficulty question (PHQ-9 item 10; also offered after the GAD-7). */
export const DIFFICULTY_ITEM: InstrumentItem = {
  code: 'difficulty',
  loinc: '69722-7',
  text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  conceptLabel: 'Functional difficulty',
  scored: false,
  responseOptions: DIFFICULTY_OPTIONS,
  askedWhen: null,
};

/** A scored 0–3 frequency item. */
export function frequencyItem(code: string, loinc: string, text: string, conceptLabel: string): InstrumentItem {
  return { code, loinc, text, conceptLabel, scored: true, responseOptions: FREQUENCY_OPTIONS, askedWhen: null };
}
