import type { InstrumentDefinition } from '../instrument-types.js';
import { DIFFICULTY_ITEM, FREQUENCY_OPTIONS, PFIZER_COPYRIGHT, frequencyItem } from './shared.js';

export const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

/** PHQ-9 items 1–2 are also the PHQ-2. Wording verbatim from CLINICAL.md §1.1 (free to embed, §0). */
export const PHQ9_ITEM1 = frequencyItem('q1', '44250-9', 'Little interest or pleasure in doing things', 'Anhedonia');
export const PHQ9_ITEM2 = frequencyItem('q2', '44255-8', 'Feeling down, depressed, or hopeless', 'Depressed mood');

export const PHQ9: InstrumentDefinition = {
  id: 'phq9',
  version: 'phq9@1',
  title: 'Patient Health Questionnaire (PHQ-9)',
  stem: PHQ_STEM,
  responseOptions: FREQUENCY_OPTIONS,
  items: [
    PHQ9_ITEM1,
    PHQ9_ITEM2,
    frequencyItem('q3', '44259-0', 'Trouble falling or staying asleep, or sleeping too much', 'Sleep disturbance'),
    frequencyItem('q4', '44254-1', 'Feeling tired or having little energy', 'Fatigue or low energy'),
    frequencyItem('q5', '44251-7', 'Poor appetite or overeating', 'Appetite change'),
    frequencyItem(
      'q6',
      '44258-2',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Worthlessness or guilt',
    ),
    frequencyItem(
      'q7',
      '44252-5',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Poor concentration',
    ),
    frequencyItem(
      'q8',
      '44253-3',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Psychomotor change',
    ),
    frequencyItem(
      'q9',
      '44260-8',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
      'Thoughts of death or self-harm',
    ),
    DIFFICULTY_ITEM,
  ],
  panelLoinc: '44249-1',
  totalLoinc: '44261-6',
  riskLevelLoinc: null,
  copyright: PFIZER_COPYRIGHT,
  embedWording: true,
  wordingSource: 'embedded',
};
