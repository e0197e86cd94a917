import {
  daysAfterDischarge,
  dischargeContactDueAt,
  dischargeTaskKey,
  dischargeTaskKeyPrefix,
  followUpDueAt,
  FUH_WINDOW_30,
  FUH_WINDOW_7,
  isPsychiatricDischarge,
  safetyTaskOwner,
  type TaskKind,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { dischargeContacts, stayContext } from './discharge-facts.js';
import { hospitalizationSettingsOf } from './hospitalization-settings.service.js';
import type { hospitalizations } from './hospitalizations.schema.js';

export type HospitalizationRow = typeof hospitalizations.$inferSelect;

type DischargeKind = 'discharge_contact' | 'discharge_follow_up_7' | 'discharge_follow_up_30';

async function taskKeys(tx: DbOrTx, h: HospitalizationRow): Promise<{ key: string; status: string }[]> {
  const res = await tx.execute<{ source_key: string; status: string }>(sql`
    select source_key, status from care_tasks
    where organization_id = ${h.organizationId} and source = 'hospitalization'
      and source_key like ${`%${dischargeTaskKeyPrefix(h.id)}%`}`);
  return res.rows.map((r) => ({ key: r.source_key, status: r.status }));
}

/**
 * Close the stay's open tasks that a completed contact answers: the post-discharge contact by any
 * contact from the discharge day on; the 7- and 30-day follow-ups by the first contact after the
 * discharge day (a late one still answers the task; the worklist shows the window as missed).
 */
type AnsweredStay = Pick<
  HospitalizationRow,
  'id' | 'clientId' | 'dischargedOn' | 'type' | 'principalDiagnosisCategory'
>;

export async function closeAnsweredDischargeTasks(
  tx: DbOrTx,
  h: AnsweredStay,
  timeZone: string,
  now: Date,
): Promise<number> {
  if (!h.dischargedOn || !isPsychiatricDischarge(h.type, h.principalDiagnosisCategory)) return 0;
  const seen = await dischargeContacts(tx, h.clientId, h.dischargedOn, timeZone);
  let closed = 0;
  if (seen.contactDone) {
    const key = dischargeTaskKey('discharge_contact', h.id, h.dischargedOn);
    closed += await completeKeyedRuleTasks(tx, 'hospitalization', [key], 'The client was contacted.', now);
  }
  if (seen.firstFollowUpOn) {
    const day = daysAfterDischarge(h.dischargedOn, seen.firstFollowUpOn);
    for (const [kind, window] of [
      ['discharge_follow_up_7', FUH_WINDOW_7],
      ['discharge_follow_up_30', FUH_WINDOW_30],
    ] as const) {
      const outcome =
        day <= window
          ? `Follow-up contact on day ${day} after discharge.`
          : `Late follow-up contact on day ${day} after discharge.`;
      closed += await completeKeyedRuleTasks(
        tx,
        'hospitalization',
        [dischargeTaskKey(kind, h.id, h.dischargedOn)],
        outcome,
        now,
      );
    }
  }
  return closed;
}

/**
 * Make the stay's follow-up tasks what it wants, in the caller's transaction: on a psychiatric
 * discharge the post-discharge contact (discharge day + the agency's hours), the 7-day and the
 * 30-day follow-up (end of day D+7 / D+30), owned by the episode's primary case manager (else the
 * program's on-call clinician, else whoever recorded the stay). Each task is raised once per stay
 * and discharge date, even if closed by hand; a corrected date or type retires the old ones.
 */
export async function syncDischargeTasks(tx: DbOrTx, h: HospitalizationRow, now: Date): Promise<void> {
  const context = await stayContext(tx, h.organizationId, h.episodeId);
  const existing = await taskKeys(tx, h);
  const psychiatric = !!h.dischargedOn && isPsychiatricDischarge(h.type, h.principalDiagnosisCategory);
  const wanted: { kind: DischargeKind; dueAt: Date; priority: 'urgent' | 'high' }[] = [];
  if (psychiatric && h.dischargedOn) {
    const { dischargeContactHours } = await hospitalizationSettingsOf(tx, h.organizationId);
    const zone = context.time_zone;
    wanted.push(
      {
        kind: 'discharge_contact',
        dueAt: dischargeContactDueAt(h.dischargedOn, dischargeContactHours, zone),
        priority: 'urgent',
      },
      { kind: 'discharge_follow_up_7', dueAt: followUpDueAt(h.dischargedOn, FUH_WINDOW_7, zone), priority: 'high' },
      { kind: 'discharge_follow_up_30', dueAt: followUpDueAt(h.dischargedOn, FUH_WINDOW_30, zone), priority: 'high' },
    );
  }
  const keyOf = (kind: DischargeKind) => dischargeTaskKey(kind, h.id, h.dischargedOn ?? '');
  const wantedKeys = new Set(wanted.map((w) => keyOf(w.kind)));
  const stale = existing.filter((t) => t.status === 'open' && !wantedKeys.has(t.key)).map((t) => t.key);
  await completeKeyedRuleTasks(
    tx,
    'hospitalization',
    stale,
    psychiatric ? 'The discharge date was corrected.' : 'No longer a psychiatric discharge.',
    now,
  );

  const owner = safetyTaskOwner({
    giverId: null,
    giverCanHold: false,
    primaryCaseManagerId: context.primary_id,
    onCallIds: context.on_call_id ? [context.on_call_id] : [],
  });
  const known = new Set(existing.map((t) => t.key));
  for (const w of wanted) {
    const key = keyOf(w.kind);
    if (known.has(key)) continue;
    const kind: TaskKind = w.kind;
    await openKeyedRuleTask(
      tx,
      {
        organizationId: h.organizationId,
        clientId: h.clientId,
        episodeId: h.episodeId,
        kind,
        priority: w.priority,
        source: 'hospitalization',
        sourceKey: key,
        dueAt: w.dueAt,
        assignedToId: owner.userId ?? h.createdById,
        details: `Discharged ${h.dischargedOn ?? ''}`,
      },
      now,
      { hospitalizationId: h.id, ownerReason: owner.userId ? owner.reason : 'recorder' },
    );
  }
  await closeAnsweredDischargeTasks(tx, h, context.time_zone, now);
}

/**
 * A contact was logged (contacts calls this in its transaction): close the discharge tasks of the
 * client's stays that it answers.
 */
export async function afterContactForDischarges(tx: DbOrTx, clientId: string, now: Date): Promise<number> {
  const res = await tx.execute<AnsweredStay & { time_zone: string }>(sql`
    select h.id, h.client_id as "clientId", h.type, h.discharged_on::text as "dischargedOn",
      h.principal_diagnosis_category as "principalDiagnosisCategory", o.time_zone
    from hospitalizations h join organizations o on o.id = h.organization_id
    where h.client_id = ${clientId} and h.discharged_on is not null
      and exists (select 1 from care_tasks t where t.source = 'hospitalization' and t.status = 'open'
        and t.client_id = h.client_id and t.source_key like '%:' || h.id::text || ':%')`);
  let closed = 0;
  for (const row of res.rows) {
    closed += await closeAnsweredDischargeTasks(tx, row, row.time_zone, now);
  }
  return closed;
}
