import { describe, expect, it } from 'vitest';
import { notificationListQuery } from './notification.schemas.js';
import { dueReminder, endOfLocalDay, localDate, reminderDigest, reminderKeys } from './reminder-rules.js';

const d = (s: string) => new Date(s);

describe('due reminders', () => {
  // 2026-03-10 in New York runs from 05:00Z (EDT starts 8 March) to 04:00Z the next day.
  const tz = 'America/New_York';
  const now = d('2026-03-10T15:00:00Z');

  it('is overdue once the due instant has passed', () => {
    expect(dueReminder(d('2026-03-10T14:59:59Z'), now, tz)).toBe('overdue');
    expect(dueReminder(d('2026-03-01T00:00:00Z'), now, tz)).toBe('overdue');
  });

  it('is due today until the end of the local day', () => {
    expect(dueReminder(now, now, tz)).toBe('due_today');
    expect(dueReminder(d('2026-03-11T03:59:59Z'), now, tz)).toBe('due_today');
    expect(dueReminder(d('2026-03-11T04:00:00Z'), now, tz)).toBeNull();
  });

  it('ends the local day at the next local midnight', () => {
    expect(endOfLocalDay(now, tz)).toEqual(d('2026-03-11T04:00:00Z'));
    expect(endOfLocalDay(d('2026-03-11T03:59:59Z'), tz)).toEqual(d('2026-03-11T04:00:00Z'));
    expect(endOfLocalDay(d('2026-03-11T04:00:00Z'), tz)).toEqual(d('2026-03-12T04:00:00Z'));
  });

  it('uses the organisation zone, not UTC, for the day', () => {
    expect(localDate(d('2026-03-11T02:00:00Z'), tz)).toBe('2026-03-10');
    expect(localDate(d('2026-03-11T02:00:00Z'), 'UTC')).toBe('2026-03-11');
  });
});

describe('dedupe keys', () => {
  it('are stable per task, day, note and flag', () => {
    expect(reminderKeys.dueToday('t1', '2026-03-10')).toBe('due_today:t1:2026-03-10');
    expect(reminderKeys.overdue('t1')).toBe('overdue:t1');
    expect(reminderKeys.cosign('n1')).toBe('cosign:n1');
    expect(reminderKeys.alert('f1')).toBe('alert:f1');
  });
});

describe('digest email', () => {
  it('says only how many items there are and links to the app', () => {
    expect(reminderDigest(1, 'https://careloop.example/')).toEqual({
      subject: 'You have 1 new item in Careloop',
      text: 'You have 1 new item in Careloop.\n\nSign in to see them: https://careloop.example/notifications\n',
    });
    expect(reminderDigest(3, 'http://localhost:3000').subject).toBe('You have 3 new items in Careloop');
  });
});

describe('list query', () => {
  it('treats a bare ?unread as true', () => {
    expect(notificationListQuery.parse({ unread: '' }).unread).toBe(true);
    expect(notificationListQuery.parse({}).unread).toBe(false);
    expect(notificationListQuery.parse({ unread: 'false' }).unread).toBe(false);
    expect(notificationListQuery.safeParse({ limit: '101' }).success).toBe(false);
  });
});
