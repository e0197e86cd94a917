import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { cadenceRules, type ProgramCadence } from './cadence-rules.js';
import type { CadenceContact } from './contact-kinds.js';
import { calendarDaysOverdue, daysOverdue, nextContactDue, ruleDueAt } from './next-contact.js';

const DAY = 86_400_000;
const now = new Date('2026-11-20T15:00:00Z');
const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
const contact = (days: number, type = 'phone', successful = true, hours = 0): CadenceContact => ({
  occurredAt: ago(days, hours),
  type,
  successful,
});
const weekly: ProgramCadence = {
  cadenceMinContacts: 1,
  cadenceWindowDays: 7,
  faceToFaceOnly: false,
  faceToFaceEveryDays: null,
};
const act: ProgramCadence = {
  cadenceMinContacts: 4,
  cadenceWindowDays: 7,
  faceToFaceOnly: true,
  faceToFaceEveryDays: 7,
};
const openedAt = ago(60);
const zone = 'America/New_York';
const due = (
  p: ProgramCadence,
  contacts: CadenceContact[],
  extra: Partial<Parameters<typeof nextContactDue>[0]> = {},
) => nextContactDue({ rules: cadenceRules(p), contacts, openedAt, now, timeZone: zone, ...extra });

describe('nextContactDue: a weekly client', () => {
  it('last contact 7 days ago is due today, not overdue; 8 days ago is overdue by a day', () => {
    expect(due(weekly, [contact(7)])).toMatchObject({ dueAt: now, overdueDays: 0, inReach: false });
    expect(due(weekly, [contact(8)])).toMatchObject({ dueAt: ago(1), overdueDays: 1 });
  });

  it('counts days in the organisation zone, whatever the hour of the contact', () => {
    // Seen 7 days ago, earlier in the day than now: still due today, not overdue.
    expect(due(weekly, [contact(7, 'phone', true, 5)]).overdueDays).toBe(0);
    // 7 days and 20 hours ago is 8 calendar days ago: due yesterday, overdue today.
    expect(due(weekly, [contact(7, 'phone', true, 20)]).overdueDays).toBe(1);
  });

  it('never counts failed outreach or collateral contacts', () => {
    const r = due(weekly, [contact(8), contact(1, 'phone', false), contact(2, 'collateral')]);
    expect(r.overdueDays).toBe(1);
    expect(r.lastContactAt).toEqual(ago(8));
  });

  it('counts from the episode opening when there has been no contact', () => {
    const opened = ago(3);
    const r = nextContactDue({ rules: cadenceRules(weekly), contacts: [], openedAt: opened, now });
    expect(r.dueAt).toEqual(new Date(opened.getTime() + 7 * DAY));
    expect(r.lastContactAt).toBeNull();
  });
});

describe('N contacts per window', () => {
  const rule = cadenceRules(act)[0]!;
  it('is due W days after the Nth most recent qualifying contact', () => {
    const contacts = [contact(1, 'home_visit'), contact(2), contact(3, 'community'), contact(4), contact(5)];
    // Face-to-face only: the phone calls do not count, so only three qualify -> spacing from the last.
    expect(ruleDueAt(rule, contacts, openedAt)).toEqual(ago(0));
    const more = [...contacts, contact(4, 'face_to_face'), contact(6, 'face_to_face'), contact(9, 'face_to_face')];
    expect(ruleDueAt(rule, more, openedAt)).toEqual(ago(-1)); // 4th most recent (6 days ago) + 7
  });

  it('with fewer than N, spaces them W/N days apart (rounded down) from the last or the opening', () => {
    expect(ruleDueAt(rule, [], ago(2))).toEqual(ago(1));
    expect(ruleDueAt(rule, [contact(0, 'face_to_face')], ago(2))).toEqual(ago(-1));
  });

  it('the earliest rule drives: a face-to-face rule falls due before the contact rule', () => {
    const p = { ...weekly, faceToFaceEveryDays: 14 };
    const r = due(p, [contact(1, 'phone'), contact(20, 'home_visit')]);
    expect(r.rule.id).toBe('face_to_face');
    expect(r.dueAt).toEqual(ago(6));
    expect(r.overdueDays).toBe(6);
  });
});

describe('in hospital or jail', () => {
  it('is never overdue: an in-reach visit is due instead', () => {
    expect(due(weekly, [contact(8)], { whereabouts: 'hospital' })).toMatchObject({
      overdueDays: 0,
      inReach: true,
      inReachDue: true,
    });
    expect(due(weekly, [contact(7)], { whereabouts: 'jail' })).toMatchObject({ inReach: true, inReachDue: false });
    expect(due(weekly, [contact(8)], { whereabouts: 'community' })).toMatchObject({
      inReach: false,
      inReachDue: false,
    });
  });
});

describe('days overdue', () => {
  it('calendar days in the zone', () => {
    const at = new Date('2026-11-09T15:00:00Z');
    expect(calendarDaysOverdue(at, new Date('2026-11-09T23:00:00Z'), zone)).toBe(0);
    expect(calendarDaysOverdue(at, new Date('2026-11-10T04:59:00Z'), zone)).toBe(0); // 23:59 local
    expect(calendarDaysOverdue(at, new Date('2026-11-10T05:00:00Z'), zone)).toBe(1); // midnight local
    expect(calendarDaysOverdue(at, new Date('2026-11-01T05:00:00Z'), zone)).toBe(0); // not yet due
  });

  it('counts days as date-fns does in the zone, across DST changes and in every kind of zone', () => {
    const zones = [
      'America/Chicago',
      'America/St_Johns',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
      'UTC',
    ];
    for (const z of zones) {
      // Due times through 2026 every 7 h 13 min; "now" 0 to 40 days later at an odd hour.
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 26_000_000) {
        const due = new Date(t);
        const at = new Date(t + ((t / 26_000_000) % 40) * DAY + 3_700_000);
        const expected = Math.max(0, differenceInCalendarDays(at, due, { in: tz(z) }));
        expect(calendarDaysOverdue(due, at, z), `${z} ${due.toISOString()} -> ${at.toISOString()}`).toBe(expected);
      }
    }
  });

  it('elapsed: overdue only after the due time', () => {
    const at = new Date('2026-11-09T15:00:00Z');
    expect(daysOverdue(at, new Date('2026-11-09T15:00:00Z'))).toBe(0);
    expect(daysOverdue(at, new Date('2026-11-09T15:00:01Z'))).toBe(1);
    expect(daysOverdue(at, new Date('2026-11-12T16:00:00Z'))).toBe(3);
  });
});
