import { noteStatus, type NoteFinality, type TimelineKind } from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';

export interface SourceScope {
  organizationId: string;
  clientId: string;
}

/**
 * One source of the client timeline: a select of the common columns
 * (`kind, row_id, at, actor_id, entity_id, episode_id, facts`) over one module's tables.
 * Times are cut to milliseconds so the keyset cursor (a JavaScript instant) matches exactly.
 * A new source (referrals) is one more entry here and one more kind in core.
 */
export interface TimelineSource {
  kind: TimelineKind;
  select: (s: SourceScope) => SQL;
  /** Facts a core rule works out from the selected ones, applied to each row after the query. */
  derive?: (facts: Record<string, unknown>) => Record<string, unknown>;
}

const ms = (column: SQL) => sql`date_trunc('milliseconds', ${column})`;

export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  {
    kind: 'contact',
    // The contact with the status of its progress note; a psychotherapy note is never looked at.
    // The note's raw fields are selected and its status is the core rule, applied by `derive`.
    select: (s) => sql`
      select 'contact'::text as kind, c.id as row_id, ${ms(sql`c.occurred_at`)} as at, c.author_id as actor_id,
        c.id as entity_id, c.episode_id,
        jsonb_build_object(
          'type', c.type, 'outcome', c.outcome, 'durationMinutes', c.duration_minutes,
          'lateEntry', c.late_entry, 'enteredAt', c.entered_at, 'voided', c.voided_at is not null,
          'noteId', n.id,
          'note', case when n.id is not null then
            jsonb_build_object('status', n.status, 'cosignRequired', n.cosign_required, 'cosignedAt', n.cosigned_at)
          end
        ) as facts
      from contacts c
      left join lateral (
        select id, status, cosign_required, cosigned_at from notes
        where contact_id = c.id and kind = 'progress' order by created_at desc limit 1
      ) n on true
      where c.organization_id = ${s.organizationId} and c.client_id = ${s.clientId}`,
    derive: ({ note, ...facts }) => ({ ...facts, noteStatus: note ? noteStatus(note as NoteFinality) : null }),
  },
  {
    kind: 'note',
    select: (s) => sql`
      select 'note'::text, n.id, ${ms(sql`n.signed_at`)}, n.signed_by_id, n.id, n.episode_id,
        jsonb_build_object(
          'contactId', n.contact_id, 'contactType', c.type, 'format', n.format, 'lateEntry', n.late_entry,
          'cosignRequired', n.cosign_required, 'cosignedAt', n.cosigned_at
        )
      from notes n
      left join contacts c on c.id = n.contact_id
      where n.organization_id = ${s.organizationId} and n.client_id = ${s.clientId}
        and n.kind = 'progress' and n.status = 'signed'`,
  },
  {
    kind: 'addendum',
    select: (s) => sql`
      select 'addendum'::text, a.id, ${ms(sql`a.signed_at`)}, a.author_id, a.note_id, n.episode_id,
        jsonb_build_object('noteId', a.note_id)
      from note_addenda a
      join notes n on n.id = a.note_id and n.kind = 'progress'
      where a.organization_id = ${s.organizationId} and a.client_id = ${s.clientId}`,
  },
  {
    kind: 'assessment',
    select: (s) => sql`
      select 'assessment'::text, r.id, ${ms(sql`r.administered_at`)}, r.signed_by_id, r.id, r.episode_id,
        jsonb_build_object('instrument', r.instrument, 'total', r.total, 'severity', r.severity,
          'riskLevel', r.risk_level)
      from instrument_results r
      where r.organization_id = ${s.organizationId} and r.client_id = ${s.clientId}`,
  },
  {
    kind: 'needs_assessment',
    select: (s) => sql`
      select 'needs_assessment'::text, a.id, ${ms(sql`a.completed_at`)}, a.completed_by_id, a.id, a.episode_id,
        '{}'::jsonb
      from needs_assessments a
      where a.organization_id = ${s.organizationId} and a.client_id = ${s.clientId}
        and a.status = 'completed' and a.completed_at is not null`,
  },
  {
    kind: 'plan_version',
    select: (s) => sql`
      select 'plan_version'::text, p.id, ${ms(sql`p.signed_at`)}, p.signed_by_id, p.id, p.episode_id,
        jsonb_build_object('versionNumber', p.version_number)
      from care_plans p
      where p.organization_id = ${s.organizationId} and p.client_id = ${s.clientId} and p.signed_at is not null`,
  },
  {
    kind: 'plan_review',
    select: (s) => sql`
      select 'plan_review'::text, r.id, ${ms(sql`r.reviewed_at`)}, r.reviewed_by_id, r.plan_id, p.episode_id,
        jsonb_build_object('versionNumber', p.version_number, 'gasTScore', r.gas_t_score)
      from care_plan_reviews r
      join care_plans p on p.id = r.plan_id
      where r.organization_id = ${s.organizationId} and r.client_id = ${s.clientId}`,
  },
  {
    kind: 'stage_change',
    select: (s) => sql`
      select 'stage_change'::text, sc.id, ${ms(sql`sc.changed_at`)}, sc.changed_by_id, sc.episode_id, sc.episode_id,
        jsonb_build_object('fromStage', sc.from_stage, 'toStage', sc.to_stage, 'programName', pr.name)
      from episode_stage_changes sc
      join episodes e on e.id = sc.episode_id
      join programs pr on pr.id = e.program_id
      where sc.organization_id = ${s.organizationId} and e.client_id = ${s.clientId}`,
  },
];
