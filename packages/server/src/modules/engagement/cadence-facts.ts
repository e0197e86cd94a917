import {
  DEFAULT_FAILED_IN_A_ROW,
  FACE_TO_FACE_TYPES,
  isSuccessfulContact,
  type CadenceContact,
  type ContactOutcome,
  type ContactType,
  type RiskTier,
  type Whereabouts,
} from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** What the cadence and engagement rules need about one open episode. */
export interface CadenceFacts {
  episodeId: string;
  clientId: string;
  organizationId: string;
  programId: string;
  openedAt: Date;
  whereabouts: Whereabouts;
  program: {
    cadenceMinContacts: number;
    cadenceWindowDays: number;
    faceToFaceOnly: boolean;
    faceToFaceEveryDays: number | null;
  };
  riskTier: RiskTier | null;
  primaryCaseManagerId: string | null;
  timeZone: string;
  holidays: string[];
  /** Only the contacts the rules look at (see the query), not the whole history. */
  contacts: CadenceContact[];
}

interface FactsRow extends Record<string, unknown> {
  episode_id: string;
  client_id: string;
  organization_id: string;
  program_id: string;
  opened_at: Date;
  whereabouts: Whereabouts;
  cadence_min_contacts: number;
  cadence_window_days: number;
  face_to_face_only: boolean;
  face_to_face_every_days: number | null;
  risk_tier: RiskTier | null;
  primary_id: string | null;
  time_zone: string;
  holidays: string[];
  contacts: { at: string; type: ContactType; outcome: ContactOutcome }[];
}

/** Open episodes by id (the dashboards) or every open episode of some clients (the rules). */
export type EpisodeFilter = { episodeIds: readonly string[] } | { clientIds: readonly string[] };

function whereOf(filter: EpisodeFilter): SQL {
  return 'episodeIds' in filter
    ? sql`e.id = any(${sql.param([...filter.episodeIds])}::uuid[])`
    : sql`e.client_id = any(${sql.param([...filter.clientIds])}::uuid[])`;
}

// The episode's contacts: those filed on it, and unfiled ones with the client since it opened.
const ofEpisode = sql`c.client_id = e.client_id and c.organization_id = e.organization_id and c.voided_at is null
  and (c.episode_id = e.id or (c.episode_id is null and c.occurred_at >= e.opened_at))`;

/**
 * One query for any number of open episodes (no N+1): per episode, the latest N successful
 * client contacts (N = the program's count), the latest N face-to-face ones, and the latest few
 * of any outcome (for failed outreach in a row). That is all the rules ever need.
 */
export async function cadenceFacts(db: DbOrTx, organizationId: string, filter: EpisodeFilter): Promise<CadenceFacts[]> {
  const ids = 'episodeIds' in filter ? filter.episodeIds : filter.clientIds;
  if (ids.length === 0) return [];
  const f2f = sql.param([...FACE_TO_FACE_TYPES]);
  const res = await db.execute<FactsRow>(sql`
    select e.id as episode_id, e.client_id, e.organization_id, e.program_id, e.opened_at, e.whereabouts,
      p.cadence_min_contacts, p.cadence_window_days, p.face_to_face_only, p.face_to_face_every_days,
      rt.tier as risk_tier, pcm.user_id as primary_id, o.time_zone, o.holidays,
      coalesce(cs.items, '[]'::json) as contacts
    from episodes e
    join programs p on p.id = e.program_id
    join organizations o on o.id = e.organization_id
    left join care_team_members pcm
      on pcm.episode_id = e.id and pcm.role = 'primary_case_manager' and pcm.ended_at is null
    left join lateral (
      select tier from risk_tiers where client_id = e.client_id order by seq desc limit 1
    ) rt on true
    left join lateral (
      select json_agg(json_build_object('at', u.occurred_at, 'type', u.type, 'outcome', u.outcome)) as items
      from (
        (select c.id, c.occurred_at, c.type, c.outcome from contacts c
          where ${ofEpisode} and c.outcome = 'completed' and c.type <> 'collateral'
          order by c.occurred_at desc limit p.cadence_min_contacts)
        union
        (select c.id, c.occurred_at, c.type, c.outcome from contacts c
          where ${ofEpisode} and c.outcome = 'completed' and c.type = any(${f2f}::text[])
          order by c.occurred_at desc limit p.cadence_min_contacts)
        union
        (select c.id, c.occurred_at, c.type, c.outcome from contacts c
          where ${ofEpisode} and c.type <> 'collateral'
          order by c.occurred_at desc limit ${DEFAULT_FAILED_IN_A_ROW})
      ) u
    ) cs on true
    where e.organization_id = ${organizationId} and e.stage <> 'closed' and ${whereOf(filter)}`);
  return res.rows.map((r) => ({
    episodeId: r.episode_id,
    clientId: r.client_id,
    organizationId: r.organization_id,
    programId: r.program_id,
    openedAt: new Date(r.opened_at),
    whereabouts: r.whereabouts,
    program: {
      cadenceMinContacts: r.cadence_min_contacts,
      cadenceWindowDays: r.cadence_window_days,
      faceToFaceOnly: r.face_to_face_only,
      faceToFaceEveryDays: r.face_to_face_every_days,
    },
    riskTier: r.risk_tier,
    primaryCaseManagerId: r.primary_id,
    timeZone: r.time_zone,
    holidays: r.holidays,
    contacts: r.contacts.map((c) => ({
      occurredAt: new Date(c.at),
      type: c.type,
      successful: isSuccessfulContact(c.type, c.outcome),
    })),
  }));
}
