import {
  dueReminder,
  endOfLocalDay,
  escalationRule,
  localDate,
  reminderKeys,
  type NotificationParams,
} from '@careloop/core';
import { subDays } from 'date-fns';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { organizations } from '../organizations/organizations.schema.js';
import { sendReminderEmails } from './reminder-email.js';
import { alertCandidates, cosignCandidates, dueTaskCandidates, escalationCandidates } from './reminder-candidates.js';
import { notify, type Notice } from './notify.js';

/** Flags raised longer ago than this were announced when they were raised (or predate reminders). */
const ALERT_LOOKBACK_DAYS = 7;

export interface ReminderSweepResult {
  created: number;
  emailed: number;
}

async function organizationReminders(db: DbOrTx, org: { id: string; timeZone: string }, now: Date): Promise<Notice[]> {
  const base = (userId: string, clientId: string | null, params: NotificationParams) => ({
    organizationId: org.id,
    userId,
    clientId,
    params,
    createdAt: now,
  });
  const rows: Notice[] = [];
  for (const c of await dueTaskCandidates(db, org.id, endOfLocalDay(now, org.timeZone))) {
    const dueAt = new Date(c.due_at);
    const kind = dueReminder(dueAt, now, org.timeZone);
    if (!kind) continue;
    rows.push({
      ...base(c.user_id, c.client_id, { taskKind: c.kind, dueAt: dueAt.toISOString() }),
      kind,
      entityType: 'care_task',
      entityId: c.task_id,
      dedupeKey:
        kind === 'overdue'
          ? reminderKeys.overdue(c.task_id)
          : reminderKeys.dueToday(c.task_id, localDate(now, org.timeZone)),
    });
  }
  for (const c of await cosignCandidates(db, org.id)) {
    rows.push({
      ...base(c.user_id, c.client_id, {}),
      kind: 'cosign_request',
      entityType: 'note',
      entityId: c.note_id,
      dedupeKey: reminderKeys.cosign(c.note_id),
    });
  }
  for (const c of await alertCandidates(db, org.id, subDays(now, ALERT_LOOKBACK_DAYS))) {
    rows.push({
      ...base(c.user_id, c.client_id, { flagKind: c.kind }),
      kind: 'alert',
      entityType: 'client_flag',
      entityId: c.flag_id,
      dedupeKey: reminderKeys.alert(c.flag_id),
    });
  }
  for (const c of await escalationCandidates(db, org.id, now)) {
    const rule = escalationRule(c.source, c.priority);
    if (!rule?.to.includes(c.standing)) continue;
    rows.push({
      ...base(c.user_id, c.client_id, { taskKind: c.kind, dueAt: new Date(c.due_at).toISOString(), as: c.standing }),
      kind: 'escalation',
      entityType: 'care_task',
      entityId: c.task_id,
      dedupeKey: reminderKeys.escalation(c.task_id),
    });
  }
  return rows;
}

/**
 * The reminder job: due-today, overdue, co-sign, alert and escalation notifications for every organisation,
 * then (when email is on) one digest email per person with new unread items. Idempotent: the
 * dedupe key makes a second run, or a run on another instance, add nothing.
 */
export async function runReminderSweep(ctx: AppContext, now: Date): Promise<ReminderSweepResult> {
  const db = ctx.database.db;
  const orgs = await db.select({ id: organizations.id, timeZone: organizations.timeZone }).from(organizations);
  let created = 0;
  for (const org of orgs) {
    created += await db.transaction(async (tx) => notify(tx, await organizationReminders(tx, org, now)));
  }
  const emailed = await sendReminderEmails(ctx, now);
  return { created, emailed };
}
