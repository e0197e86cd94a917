import { describe, expect, it } from 'vitest';
import {
  dischargeContactDueAt,
  dischargeNeedsEscalation,
  followUpDueAt,
  followUpStatus,
  isPsychiatricDischarge,
} from './discharge-rules.js';

describe('discharge rules', () => {
  it('raises follow-up only for acute psychiatric stays with a mental-health or self-harm diagnosis', () => {
    expect(isPsychiatricDischarge('psychiatric_inpatient', 'mental_illness')).toBe(true);
    expect(isPsychiatricDischarge('psychiatric_inpatient', 'self_harm')).toBe(true);
    expect(isPsychiatricDischarge('psychiatric_inpatient', 'other')).toBe(false);
    expect(isPsychiatricDischarge('residential', 'mental_illness')).toBe(false);
    expect(isPsychiatricDischarge('detox', 'mental_illness')).toBe(false);
    expect(isPsychiatricDischarge('ed_only', 'self_harm')).toBe(false);
  });

  it('dates the tasks from the end of the discharge day, in the agency zone', () => {
    const zone = 'America/New_York';
    expect(dischargeContactDueAt('2025-03-10', 72, zone).toISOString()).toBe('2025-03-14T03:59:00.000Z');
    expect(followUpDueAt('2025-03-10', 7, zone).toISOString()).toBe('2025-03-18T03:59:00.000Z');
    expect(followUpDueAt('2025-03-10', 30, 'UTC').toISOString()).toBe('2025-04-09T23:59:00.000Z');
    // Leap year: day 7 after 2024-02-22 is 2024-02-29.
    expect(followUpDueAt('2024-02-22', 7, 'UTC').toISOString()).toBe('2024-02-29T23:59:00.000Z');
  });

  it('says met, due or missed per window', () => {
    expect(followUpStatus('2025-03-10', '2025-03-17', '2025-03-20', 7)).toBe('met');
    expect(followUpStatus('2025-03-10', '2025-03-10', '2025-03-12', 7)).toBe('due');
    expect(followUpStatus('2025-03-10', null, '2025-03-17', 7)).toBe('due');
    expect(followUpStatus('2025-03-10', null, '2025-03-18', 7)).toBe('missed');
    expect(followUpStatus('2025-03-10', '2025-03-18', '2025-03-18', 7)).toBe('missed');
    expect(followUpStatus('2025-03-10', '2025-03-18', '2025-03-18', 30)).toBe('met');
  });

  it('escalates from day 3 without a contact', () => {
    expect(dischargeNeedsEscalation('2025-03-10', false, '2025-03-12')).toBe(false);
    expect(dischargeNeedsEscalation('2025-03-10', false, '2025-03-13')).toBe(true);
    expect(dischargeNeedsEscalation('2025-03-10', true, '2025-03-20')).toBe(false);
  });
});
