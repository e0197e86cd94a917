import type { InstrumentDefinition } from '../instrument-types.js';
import { DIFFICULTY_ITEM, FREQUENCY_OPTIONS, PFIZER_COPYRIGHT, frequencyItem } from './shared.js';

export const GAD_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

/** GAD-7 items 1–2 are also the GAD-2. Wording verbatim from CLINICAL.md §1.3 (free to embed, §0). */
export const GAD7_ITEM1 = frequencyItem('q1', '69725-0', 'Feeling nervous, anxious, or on edge', 'Nervousness');
export const GAD7_ITEM2 = frequencyItem(
  'q2',
  '68509-9',
  'Not being able to stop or control worrying',
  'Uncontrollable worry',
);

export const GAD7: InstrumentDefinition = {
  id: 'gad7',
  version: 'gad7@1',
  title: 'Generalized Anxiety Disorder (GAD-7)',
  stem: GAD_STEM,
  responseOptions: FREQUENCY_OPTIONS,
  items: [
    GAD7_ITEM1,
    GAD7_ITEM2,
    frequencyItem('q3', '69733-4', 'Worrying too much about different things', 'Excessive worry'),
    frequencyItem('q4', '69734-2', 'Trouble relaxing', 'Trouble relaxing'),
    frequencyItem('q5', '69735-9', 'Being so restless that it is hard to sit still', 'Restlessness'),
    frequencyItem('q6', '69689-8', 'Becoming easily annoyed or irritable', 'Irritability'),
    frequencyItem('q7', '69736-7', 'Feeling afraid, as if something awful might happen', 'Fear of something awful'),
    // Optional; 69722-7 in the GAD-7 context is [K] in CLINICAL.md §1.3.
    DIFFICULTY_ITEM,
  ],
  panelLoinc: '69737-5',
  totalLoinc: '70274-6',
  riskLevelLoinc: null,
  copyright: PFIZER_COPYRIGHT,
  embedWording: true,
  wordingSource: 'embedded',
};
