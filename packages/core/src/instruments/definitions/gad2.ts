import type { InstrumentDefinition } from '../instrument-types.js';
import { GAD7_ITEM1, GAD7_ITEM2, GAD_STEM } from './gad7.js';
import { FREQUENCY_OPTIONS, PFIZER_COPYRIGHT } from './shared.js';

/** GAD-2 = GAD-7 items 1–2. No panel or total LOINC is confirmed (CLINICAL.md §1.4, §12.3): store a local-coded total. */
export const GAD2: InstrumentDefinition = {
  id: 'gad2',
  version: 'gad2@1',
  title: 'Generalized Anxiety Disorder (GAD-2)',
  stem: GAD_STEM,
  responseOptions: FREQUENCY_OPTIONS,
  items: [GAD7_ITEM1, GAD7_ITEM2],
  panelLoinc: null,
  totalLoinc: null,
  riskLevelLoinc: null,
  copyright: PFIZER_COPYRIGHT,
  embedWording: true,
  wordingSource: 'embedded',
};
