import { describe, expect, it } from 'vitest';
import { PROGRAM_DEFAULTS } from '../programs/program-defaults.js';
import { contactIntervalDays, daysOverdue, nextContactDue } from './next-contact.js';

const cadenceOf = (m: keyof typeof PROGRAM_DEFAULTS) => PROGRAM_DEFAULTS[m].cadence;

describe('contact cadence', () => {
  it('turns each level of care into a maximum gap between contacts, rounded down', () => {
    expect(contactIntervalDays(cadenceOf('act'))).toBe(1); // 4 a week
    expect(contactIntervalDays(cadenceOf('intensive'))).toBe(7); // weekly
    expect(contactIntervalDays(cadenceOf('clinical'))).toBe(14);
    expect(contactIntervalDays(cadenceOf('strengths_based'))).toBe(15); // twice a month
    expect(contactIntervalDays(cadenceOf('supportive'))).toBe(30); // monthly
    expect(contactIntervalDays({ minContacts: 10, windowDays: 7 })).toBe(1); // never below a day
  });

  it('counts from the last contact, or from enrolment when there is none', () => {
    const opened = new Date('2026-11-02T15:00:00Z');
    const last = new Date('2026-11-10T18:30:00Z');
    expect(nextContactDue(null, opened, cadenceOf('intensive')).toISOString()).toBe('2026-11-09T15:00:00.000Z');
    expect(nextContactDue(last, opened, cadenceOf('intensive')).toISOString()).toBe('2026-11-17T18:30:00.000Z');
  });

  it('is overdue only after the due time', () => {
    const due = new Date('2026-11-09T15:00:00Z');
    expect(daysOverdue(due, new Date('2026-11-09T15:00:00Z'))).toBe(0);
    expect(daysOverdue(due, new Date('2026-11-09T15:00:01Z'))).toBe(1);
    expect(daysOverdue(due, new Date('2026-11-12T16:00:00Z'))).toBe(3);
  });
});
