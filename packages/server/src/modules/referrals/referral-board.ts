import {
  ACTIVE_REFERRAL_STATUSES,
  authorize,
  type Actor,
  type ReferralBoardItem,
  type ReferralBoardQuery,
  type ReferralStatus,
  type ServiceCategory,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { relationshipFlagsSql, relationshipOfRow, type RelationshipColumns } from '../access/client-relationship.js';
import { monitoringFacts } from './referral-settings.service.js';
import { followUpDue } from './referral-view.js';

const BOARD_LIMIT = 1000;

interface BoardRow extends RelationshipColumns, Record<string, unknown> {
  id: string;
  client_id: string;
  status: ReferralStatus;
  category: ServiceCategory;
  provider_name: string;
  service_name: string | null;
  status_changed_at: Date;
  sent_at: Date | null;
  appointment_date: string | null;
  checked_in_at: Date | null;
  version: number;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  mrn: string;
  created_by_name: string | null;
}

/**
 * The referrals board: `mine` = referrals I made or of clients whose primary case manager I am;
 * `team` = clients with an open episode in a program I supervise. Open referrals unless a status
 * is asked for; only clients whose chart the policy opens to me; overdue first, then oldest change.
 */
export async function referralBoard(
  db: DbOrTx,
  actor: Actor,
  query: ReferralBoardQuery,
  now: Date,
): Promise<ReferralBoardItem[]> {
  const me = actor.userId;
  const statuses: readonly ReferralStatus[] = query.status ? [query.status] : ACTIVE_REFERRAL_STATUSES;
  const scope =
    query.scope === 'team'
      ? sql`exists (select 1 from episodes e
          join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${me} and ps.role = 'supervisor'
          where e.client_id = r.client_id and e.stage <> 'closed')`
      : sql`(r.created_by_id = ${me} or exists (select 1 from care_team_members m
          join episodes e on e.id = m.episode_id and e.stage <> 'closed'
          where m.client_id = r.client_id and m.user_id = ${me} and m.role = 'primary_case_manager'
            and m.ended_at is null))`;
  const res = await db.execute<BoardRow>(sql`
    select r.id, r.client_id, r.status, r.category, r.provider_name, s.name as service_name, r.status_changed_at,
      r.sent_at, r.appointment_date::text as appointment_date, r.checked_in_at, r.version, c.first_name, c.last_name,
      c.preferred_name, c.mrn, u.name as created_by_name,
      ${relationshipFlagsSql(me, sql`coalesce(c.merged_into_id, c.id)`, sql`c.created_by`, now)}
    from referrals r
    join clients c on c.id = r.client_id
    left join directory_services s on s.id = r.service_id
    left join users u on u.id = r.created_by_id
    where r.organization_id = ${actor.organizationId}
      and r.status = any(${sql.param([...statuses])}::text[])
      and ${scope}
    order by r.status_changed_at
    limit ${BOARD_LIMIT}`);
  const facts = await monitoringFacts(db, actor.organizationId);
  const items = res.rows.flatMap((r): ReferralBoardItem[] => {
    const resource = {
      kind: 'client' as const,
      organizationId: actor.organizationId,
      clientId: r.client_id,
      relationship: relationshipOfRow(r),
    };
    if (!authorize(actor, 'client.read', resource).allowed) return [];
    const statusChangedAt = new Date(r.status_changed_at);
    const due = followUpDue(
      {
        status: r.status,
        statusChangedAt,
        appointmentDate: r.appointment_date,
        checkedInAt: r.checked_in_at ? new Date(r.checked_in_at) : null,
      },
      facts,
      now,
    );
    if (query.overdueOnly && !due) return [];
    return [
      {
        id: r.id,
        clientId: r.client_id,
        status: r.status,
        category: r.category,
        providerName: r.provider_name,
        serviceName: r.service_name,
        statusChangedAt: statusChangedAt.toISOString(),
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
        appointmentDate: r.appointment_date,
        followUpDue: due,
        version: r.version,
        clientName: `${r.last_name}, ${r.preferred_name ?? r.first_name}`,
        mrn: r.mrn,
        createdByName: r.created_by_name,
      },
    ];
  });
  // Overdue first; the sort is stable, so each group keeps the oldest change first.
  return items.sort((a, b) => Number(b.followUpDue) - Number(a.followUpDue));
}
