import { describe, expect, it } from 'vitest';
import { CSSRS_SCREEN } from './definitions/cssrs-screen.js';
import { GAD2 } from './definitions/gad2.js';
import { GAD7 } from './definitions/gad7.js';
import { PHQ2 } from './definitions/phq2.js';
import { PHQ9 } from './definitions/phq9.js';
import { INSTRUMENTS, getInstrumentDefinition } from './instrument-registry.js';
import { InstrumentIds } from './instrument-types.js';

// Expected wording and codes copied by hand from CLINICAL.md §1 and §2.
const PFIZER =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
const FREQUENCY = [
  { value: 0, label: 'Not at all', loincAnswer: 'LA6568-5' },
  { value: 1, label: 'Several days', loincAnswer: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loincAnswer: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loincAnswer: 'LA6571-9' },
];

describe('instrument definitions', () => {
  it('registers one definition per instrument id', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...InstrumentIds].sort());
    for (const id of InstrumentIds) {
      expect(getInstrumentDefinition(id).id).toBe(id);
      expect(getInstrumentDefinition(id).version).toBe(`${id}@1`);
      const codes = getInstrumentDefinition(id).items.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('PHQ-9 carries the verbatim stem, items, options, codes and copyright', () => {
    expect(PHQ9.stem).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(PHQ9.items.map((i) => [i.code, i.loinc, i.text, i.scored])).toEqual([
      ['q1', '44250-9', 'Little interest or pleasure in doing things', true],
      ['q2', '44255-8', 'Feeling down, depressed, or hopeless', true],
      ['q3', '44259-0', 'Trouble falling or staying asleep, or sleeping too much', true],
      ['q4', '44254-1', 'Feeling tired or having little energy', true],
      ['q5', '44251-7', 'Poor appetite or overeating', true],
      [
        'q6',
        '44258-2',
        'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        true,
      ],
      ['q7', '44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television', true],
      [
        'q8',
        '44253-3',
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        true,
      ],
      ['q9', '44260-8', 'Thoughts that you would be better off dead or of hurting yourself in some way', true],
      [
        'difficulty',
        '69722-7',
        'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
        false,
      ],
    ]);
    expect(PHQ9.responseOptions).toEqual(FREQUENCY);
    for (const item of PHQ9.items.slice(0, 9)) expect(item.responseOptions).toEqual(FREQUENCY);
    expect(PHQ9.items[9]?.responseOptions.map((o) => [o.value, o.label])).toEqual([
      [0, 'Not difficult at all'],
      [1, 'Somewhat difficult'],
      [2, 'Very difficult'],
      [3, 'Extremely difficult'],
    ]);
    expect(PHQ9).toMatchObject({ panelLoinc: '44249-1', totalLoinc: '44261-6', copyright: PFIZER, embedWording: true });
  });

  it('PHQ-2 is PHQ-9 items 1–2', () => {
    expect(PHQ2.items).toEqual(PHQ9.items.slice(0, 2));
    expect(PHQ2).toMatchObject({ stem: PHQ9.stem, panelLoinc: '55757-9', totalLoinc: '55758-7', copyright: PFIZER });
  });

  it('GAD-7 carries the verbatim stem, items, codes and copyright', () => {
    expect(GAD7.stem).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(GAD7.items.map((i) => [i.loinc, i.text, i.scored])).toEqual([
      ['69725-0', 'Feeling nervous, anxious, or on edge', true],
      ['68509-9', 'Not being able to stop or control worrying', true],
      ['69733-4', 'Worrying too much about different things', true],
      ['69734-2', 'Trouble relaxing', true],
      ['69735-9', 'Being so restless that it is hard to sit still', true],
      ['69689-8', 'Becoming easily annoyed or irritable', true],
      ['69736-7', 'Feeling afraid, as if something awful might happen', true],
      ['69722-7', PHQ9.items[9]?.text, false],
    ]);
    expect(GAD7.responseOptions).toEqual(FREQUENCY);
    expect(GAD7).toMatchObject({ panelLoinc: '69737-5', totalLoinc: '70274-6', copyright: PFIZER, embedWording: true });
  });

  it('GAD-2 is GAD-7 items 1–2 with no unconfirmed LOINC', () => {
    expect(GAD2.items).toEqual(GAD7.items.slice(0, 2));
    expect(GAD2).toMatchObject({ panelLoinc: null, totalLoinc: null, copyright: PFIZER });
  });
});

describe('C-SSRS screen definition', () => {
  it('embeds no item wording and no stem', () => {
    expect(CSSRS_SCREEN.embedWording).toBe(false);
    expect(CSSRS_SCREEN.wordingSource).toBe('withheld');
    expect(CSSRS_SCREEN.stem).toBeNull();
    for (const item of CSSRS_SCREEN.items) expect(item.text).toBeNull();
  });

  it('ships codes, LOINC concept labels and skip logic', () => {
    expect(CSSRS_SCREEN.items.map((i) => [i.code, i.loinc, i.conceptLabel, i.askedWhen?.itemCode ?? null])).toEqual([
      ['q1', '93246-7', 'Wish to be dead (1 month)', null],
      ['q2', '93247-5', 'Non-specific active suicidal thoughts (1 month)', null],
      ['q3', '93248-3', 'Active ideation with any methods (not plan) without intent to act', 'q2'],
      ['q4', '93249-1', 'Active ideation with some intent to act, without specific plan', 'q2'],
      ['q5', '93250-9', 'Active ideation with specific plan and intent', 'q2'],
      ['q6', '93267-3', 'Preparatory acts or suicidal behavior (lifetime)', null],
      ['q6Within3Months', '93269-9', 'Preparatory acts or behavior within the past 3 months', 'q6'],
    ]);
    for (const item of CSSRS_SCREEN.items) {
      if (item.askedWhen) expect(item.askedWhen.equals).toBe(true);
      expect(item.responseOptions).toEqual([
        { value: true, label: 'Yes', loincAnswer: 'LA33-6' },
        { value: false, label: 'No', loincAnswer: 'LA32-8' },
      ]);
    }
    expect(CSSRS_SCREEN).toMatchObject({
      panelLoinc: '93373-9',
      totalLoinc: null,
      riskLevelLoinc: '93374-7',
      copyright: '© 2008 The Research Foundation for Mental Hygiene, Inc.',
    });
  });
});
