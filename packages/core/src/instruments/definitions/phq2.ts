import type { InstrumentDefinition } from '../instrument-types.js';
import { PHQ9_ITEM1, PHQ9_ITEM2, PHQ_STEM } from './phq9.js';
import { FREQUENCY_OPTIONS, PFIZER_COPYRIGHT } from './shared.js';

/** PHQ-2 = PHQ-9 items 1 and 2 with the same stem, options and LOINC item codes (CLINICAL.md §1.2). */
export const PHQ2: InstrumentDefinition = {
  id: 'phq2',
  version: 'phq2@1',
  title: 'Patient Health Questionnaire (PHQ-2)',
  stem: PHQ_STEM,
  responseOptions: FREQUENCY_OPTIONS,
  items: [PHQ9_ITEM1, PHQ9_ITEM2],
  panelLoinc: '55757-9',
  totalLoinc: '55758-7',
  riskLevelLoinc: null,
  copyright: PFIZER_COPYRIGHT,
  embedWording: true,
  wordingSource: 'embedded',
};
