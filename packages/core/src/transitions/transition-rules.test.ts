import { describe, expect, it } from 'vitest';
import { checkTransition } from '../episodes/episode-stage.js';
import { TRANSITION_STAGE_GUARDS } from './transition-guards.js';
import {
  addDaysToDate,
  checkInSchedule,
  checklistComplete,
  missingChecklistItems,
  postTransitionEndsOn,
  sendingAccessEnded,
  transitionClosingSummary,
  transitionTaskKeys,
} from './transition-rules.js';
import { HandoffChecklistItems } from './transition.schemas.js';

describe('hand-off checklist', () => {
  it('is incomplete until every item is checked', () => {
    expect(checklistComplete([])).toBe(false);
    expect(missingChecklistItems([{ item: 'records_shared' }])).toEqual(HandoffChecklistItems.slice(1));
    const four = HandoffChecklistItems.slice(0, 4).map((item) => ({ item }));
    expect(checklistComplete(four)).toBe(false);
    expect(missingChecklistItems(four)).toEqual(['safety_plan_reviewed']);
    expect(checklistComplete(HandoffChecklistItems.map((item) => ({ item })))).toBe(true);
  });
  it('counts a re-checked item once', () => {
    const twice = [...HandoffChecklistItems, 'records_shared' as const].map((item) => ({ item }));
    expect(checklistComplete(twice)).toBe(true);
  });
});

describe('dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDaysToDate('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToDate('2027-02-28', 1)).toBe('2027-03-01');
    // Daylight-saving changes do not move a calendar date.
    expect(addDaysToDate('2026-03-07', 2)).toBe('2026-03-09');
    expect(() => addDaysToDate('nope', 1)).toThrow(RangeError);
  });
  it('ends the period acceptance day + period days', () => {
    expect(postTransitionEndsOn('2026-12-04', 30)).toBe('2027-01-03');
  });
});

describe('check-in schedule', () => {
  it('is weekly within a 30-day period (day 28 the last, day 35 outside)', () => {
    expect(checkInSchedule('2026-12-04', 30, 7)).toEqual([
      { index: 1, dueOn: '2026-12-11' },
      { index: 2, dueOn: '2026-12-18' },
      { index: 3, dueOn: '2026-12-25' },
      { index: 4, dueOn: '2027-01-01' },
    ]);
  });
  it('includes a check-in falling on the last day of the period', () => {
    expect(checkInSchedule('2026-01-01', 28, 7).map((c) => c.dueOn)).toEqual([
      '2026-01-08',
      '2026-01-15',
      '2026-01-22',
      '2026-01-29',
    ]);
    expect(checkInSchedule('2026-01-01', 27, 7)).toHaveLength(3);
  });
  it('gives a period shorter than the interval one check-in on its last day', () => {
    expect(checkInSchedule('2026-01-01', 7, 14)).toEqual([{ index: 1, dueOn: '2026-01-08' }]);
  });
  it('rejects a zero interval or period', () => {
    expect(() => checkInSchedule('2026-01-01', 30, 0)).toThrow(RangeError);
    expect(() => checkInSchedule('2026-01-01', 0, 7)).toThrow(RangeError);
  });
});

describe('sending team access', () => {
  const base = { acceptedOn: '2026-12-04', periodDays: 30 };
  it('continues until the hand-off is accepted', () => {
    expect(sendingAccessEnded({ ...base, acceptedOn: null, today: '2030-01-01' })).toBe(false);
  });
  it('continues through the last day of the period and ends the day after', () => {
    expect(sendingAccessEnded({ ...base, today: '2026-12-04' })).toBe(false);
    expect(sendingAccessEnded({ ...base, today: '2027-01-03' })).toBe(false);
    expect(sendingAccessEnded({ ...base, today: '2027-01-04' })).toBe(true);
  });
});

it('keys tasks per check-in and the safety-plan review per client', () => {
  expect(transitionTaskKeys.checkIn('p1', 2)).toBe('transition_check_in:p1:2');
  expect(transitionTaskKeys.safetyPlanReview('c1')).toBe('safety_plan_review:c1');
});

describe('stage guard', () => {
  it('blocks transition → post_transition until the checklist fact holds, and nothing else', () => {
    const blocked = checkTransition(
      'transition',
      'post_transition',
      { handoff_accepted: true },
      TRANSITION_STAGE_GUARDS,
    );
    expect(blocked.unmet.map((u) => u.id)).toEqual(['handoff_checklist_complete']);
    expect(
      checkTransition('transition', 'post_transition', { handoff_checklist_complete: true }, TRANSITION_STAGE_GUARDS)
        .allowed,
    ).toBe(true);
    expect(checkTransition('transition', 'closed', {}, TRANSITION_STAGE_GUARDS).allowed).toBe(true);
  });
});

it('summarises the transfer for the closing summary', () => {
  expect(
    transitionClosingSummary({
      targetProgramName: 'Supportive CM',
      reason: 'Stable for six months',
      acceptedOn: '2026-12-04',
      periodEndsOn: '2027-01-03',
      checkInsRecorded: 3,
      checkInsScheduled: 4,
    }),
  ).toBe(
    'Transferred out to Supportive CM (Stable for six months); the receiving team accepted the hand-off on 2026-12-04 with the hand-off checklist complete. Post-transition follow-up ended on 2027-01-03: 3 of 4 check-ins recorded.',
  );
});
