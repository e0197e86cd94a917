import { describe, expect, it } from 'vitest';
import { incompletePlanFields, planContent, planDraftContent, saveDraftBody } from './care-plan.schemas.js';

const goal = (clientWords: string) => ({
  id: 'g1',
  clientWords,
  objectives: [{ id: 'o1', what: 'Apply for a flat' }],
  interventions: [{ id: 'i1', what: 'Help with the form', responsibleKind: 'team_member' }],
});

/** The paths of the fields refused (once each: a date can fail two checks). */
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => [
  ...new Set(r.error?.issues.map((i) => i.path.join('.')) ?? []),
];

describe('care plan content: a draft saves while unfinished, a signed plan is complete', () => {
  it('accepts a draft with an empty goal, objective, intervention, GAS level and deferral reason', () => {
    const unfinished = {
      goals: [
        {
          ...goal(''),
          objectives: [{ id: 'o1', what: '' }],
          interventions: [{ id: 'i1', what: '  ', responsibleKind: 'outside_service' }],
          gas: { levels: { minus2: '', minus1: '', zero: '', plus1: '', plus2: '' } },
        },
      ],
      deferredNeeds: [{ domain: 'legal', reason: '' }],
    };
    expect(planDraftContent.safeParse(unfinished).success).toBe(true);
    expect(saveDraftBody.safeParse({ content: unfinished, version: 3 }).success).toBe(true);
    expect(paths(planContent.safeParse(unfinished))).toEqual([
      'goals.0.clientWords',
      'goals.0.gas.levels.zero',
      'goals.0.objectives.0.what',
      'goals.0.interventions.0.what',
      'deferredNeeds.0.reason',
    ]);
  });

  it('keeps every other limit for drafts: length, shape, kinds and dates', () => {
    const tooLong = planDraftContent.safeParse({ goals: [goal('x'.repeat(2001))] });
    expect(paths(tooLong)).toEqual(['goals.0.clientWords']);
    expect(paths(planDraftContent.safeParse({ goals: [{ ...goal('Mine'), id: '' }] }))).toEqual(['goals.0.id']);
    expect(
      paths(
        planDraftContent.safeParse({
          goals: [{ ...goal('Mine'), interventions: [{ id: 'i1', what: '', responsibleKind: 'the neighbour' }] }],
        }),
      ),
    ).toEqual(['goals.0.interventions.0.responsibleKind']);
    expect(paths(planDraftContent.safeParse({ goals: [{ ...goal('Mine'), targetDate: '31/12/2027' }] }))).toEqual([
      'goals.0.targetDate',
    ]);
    expect(paths(planDraftContent.safeParse({ goals: Array.from({ length: 31 }, () => goal('')) }))).toEqual(['goals']);
    expect(saveDraftBody.safeParse({ content: { goals: 'none' } }).success).toBe(false);
  });

  it('names what is left to finish, with the message the form shows', () => {
    const content = planDraftContent.parse({ goals: [goal('A home'), goal('')] });
    expect(incompletePlanFields(content)).toEqual([
      { path: 'goals.1.clientWords', message: "Write the goal in the client's own words." },
    ]);
    expect(incompletePlanFields(planDraftContent.parse({ goals: [goal('A home')] }))).toEqual([]);
  });
});
