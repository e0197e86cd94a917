import { describe, expect, it } from 'vitest';
import {
  answersCrisisFollowUp,
  crisisFollowUpDueAt,
  crisisFollowUpKey,
  safetyPlanReviewKey,
  suggestsAdmission,
} from './crisis-rules.js';
import { createCrisisEventBody, resolveCrisisEventBody } from './crisis.schemas.js';

const at = (iso: string) => new Date(iso);

describe('crisisFollowUpDueAt', () => {
  it('is 24 hours after the crisis by default', () => {
    expect(crisisFollowUpDueAt(at('2026-03-01T22:30:00Z')).toISOString()).toBe('2026-03-02T22:30:00.000Z');
  });
  it('follows the agency setting', () => {
    expect(crisisFollowUpDueAt(at('2026-03-01T22:30:00Z'), 48).toISOString()).toBe('2026-03-03T22:30:00.000Z');
    expect(crisisFollowUpDueAt(at('2026-03-01T22:30:00Z'), 1).toISOString()).toBe('2026-03-01T23:30:00.000Z');
  });
  it('counts elapsed hours across a daylight-saving change (23 local hours on the spring day)', () => {
    // 2026-03-08 is the US spring-forward day: 24 elapsed hours, not "same clock time tomorrow".
    expect(crisisFollowUpDueAt(at('2026-03-08T06:00:00Z')).toISOString()).toBe('2026-03-09T06:00:00.000Z');
  });
  it('refuses a zero, negative or fractional setting', () => {
    expect(() => crisisFollowUpDueAt(at('2026-03-01T00:00:00Z'), 0)).toThrow(RangeError);
    expect(() => crisisFollowUpDueAt(at('2026-03-01T00:00:00Z'), -1)).toThrow(RangeError);
    expect(() => crisisFollowUpDueAt(at('2026-03-01T00:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('answersCrisisFollowUp', () => {
  const crisis = at('2026-03-01T10:00:00Z');
  it('a completed contact with the client at or after the crisis answers it', () => {
    expect(answersCrisisFollowUp({ type: 'phone', outcome: 'completed', occurredAt: crisis }, crisis)).toBe(true);
    expect(
      answersCrisisFollowUp(
        { type: 'home_visit', outcome: 'completed', occurredAt: at('2026-03-02T09:00:00Z') },
        crisis,
      ),
    ).toBe(true);
  });
  it('a contact before the crisis, a failed attempt or a collateral call does not', () => {
    expect(
      answersCrisisFollowUp({ type: 'phone', outcome: 'completed', occurredAt: at('2026-03-01T09:59:59Z') }, crisis),
    ).toBe(false);
    expect(
      answersCrisisFollowUp({ type: 'phone', outcome: 'no_answer', occurredAt: at('2026-03-01T12:00:00Z') }, crisis),
    ).toBe(false);
    expect(
      answersCrisisFollowUp(
        { type: 'collateral', outcome: 'completed', occurredAt: at('2026-03-01T12:00:00Z') },
        crisis,
      ),
    ).toBe(false);
  });
});

describe('keys and dispositions', () => {
  it('keys the follow-up per event and the plan review per client', () => {
    expect(crisisFollowUpKey('e1')).toBe('crisis_follow_up:e1');
    expect(safetyPlanReviewKey('c1')).toBe('safety_plan_review:c1');
  });
  it('offers to record the admission after an ED visit or an admission only', () => {
    expect(suggestsAdmission('admitted')).toBe(true);
    expect(suggestsAdmission('ed_visit')).toBe(true);
    expect(suggestsAdmission('stabilized_in_community')).toBe(false);
    expect(suggestsAdmission('police_involvement')).toBe(false);
  });
});

describe('schemas', () => {
  const valid = {
    occurredAt: '2026-03-01T10:00:00Z',
    triggers: ['loss', 'loss', 'isolation'],
    actions: ['phone_deescalation'],
    disposition: 'stabilized_in_community',
    summary: 'Called after her sister died; talked it through.',
  };
  it('accepts the outside contract and drops repeated choices', () => {
    const parsed = createCrisisEventBody.parse(valid);
    expect(parsed.triggers).toEqual(['loss', 'isolation']);
  });
  it('needs a trigger, an action, a known disposition and a summary', () => {
    const r = createCrisisEventBody.safeParse({ ...valid, triggers: [], actions: [], disposition: 'x', summary: ' ' });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['triggers', 'actions', 'disposition', 'summary']));
  });
  it('takes the everyday words for the same codes (case, spaces and hyphens do not matter)', () => {
    const parsed = createCrisisEventBody.parse({
      ...valid,
      triggers: ['Frustration or anxiety', 'unexpected-change'],
      actions: ['Phone de-escalation', 'mobile crisis team'],
      disposition: 'Stabilized in the community',
    });
    expect(parsed.triggers).toEqual(['frustration_anxiety', 'unexpected_change']);
    expect(parsed.actions).toEqual(['phone_deescalation', 'mobile_crisis_team']);
    expect(parsed.disposition).toBe('stabilized_in_community');
    expect(createCrisisEventBody.safeParse({ ...valid, disposition: 'ED' }).data?.disposition).toBe('ed_visit');
    expect(createCrisisEventBody.safeParse({ ...valid, triggers: ['weather'] }).success).toBe(false);
  });
  it('resolving needs a note', () => {
    expect(resolveCrisisEventBody.safeParse({ note: '  ', version: 1 }).success).toBe(false);
    expect(resolveCrisisEventBody.safeParse({ note: 'Stable at follow-up.', version: 1 }).success).toBe(true);
  });
});
