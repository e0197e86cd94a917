import type { ReferralStatus, ServiceCategory } from '@careloop/core';
import { subDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { referralEvents, referrals } from '../modules/referrals/referrals.schema.js';

interface DemoReferral {
  status: ReferralStatus;
  category: ServiceCategory;
  provider: string;
  reason: string;
  /** Days since the last status change (and since creation, for simplicity). */
  daysAgo: number;
  appointmentDaysAgo?: number;
  serviceProvided?: string;
  outcome?: string;
}

// A requested one past the 7-day follow-up, an accepted one whose check-in is due, a completed one, a draft.
const DEMO_REFERRALS: DemoReferral[] = [
  {
    status: 'requested',
    category: 'housing',
    provider: 'Riverbend Housing Authority',
    reason: 'Needs stable housing; on a friend\u2019s couch.',
    daysAgo: 9,
  },
  {
    status: 'accepted',
    category: 'food',
    provider: 'Eastside Community Food Pantry',
    reason: 'Runs out of food at the end of the month.',
    daysAgo: 6,
    appointmentDaysAgo: 3,
  },
  {
    status: 'completed',
    category: 'income_and_entitlements',
    provider: 'Legal Aid Benefits Clinic',
    reason: 'Help with the SSI application.',
    daysAgo: 20,
    serviceProvided: 'SSI application filed with the clinic',
  },
  {
    status: 'draft',
    category: 'transportation',
    provider: 'County Ride Program',
    reason: 'Rides to appointments.',
    daysAgo: 1,
  },
];

const TRAIL: Record<ReferralStatus, ReferralStatus[]> = {
  draft: ['draft'],
  requested: ['draft', 'requested'],
  accepted: ['draft', 'requested', 'accepted'],
  completed: ['draft', 'requested', 'accepted', 'completed'],
  rejected: ['draft', 'requested', 'rejected'],
  cancelled: ['draft', 'requested', 'cancelled'],
  'in-progress': ['draft', 'requested', 'accepted', 'in-progress'],
  'on-hold': ['draft', 'requested', 'accepted', 'on-hold'],
  failed: ['draft', 'requested', 'accepted', 'failed'],
  'entered-in-error': ['draft', 'entered-in-error'],
};

/** A few referrals of the demo case manager's clients, one per state the monitoring shows. */
export async function seedDemoReferrals(
  tx: DbOrTx,
  organizationId: string,
  cm: string | undefined,
  now: Date,
): Promise<void> {
  if (!cm) return;
  const refs = { organizationId };
  const res = await tx.execute<{ client_id: string; episode_id: string }>(sql`
    select m.client_id, m.episode_id from care_team_members m
    join episodes e on e.id = m.episode_id and e.stage <> 'closed'
    where m.organization_id = ${refs.organizationId} and m.user_id = ${cm} and m.role = 'primary_case_manager'
      and m.ended_at is null
    order by e.opened_at limit ${DEMO_REFERRALS.length}`);
  for (const [i, d] of DEMO_REFERRALS.entries()) {
    const c = res.rows[i % Math.max(1, res.rows.length)];
    if (!c) return;
    const at = subDays(now, d.daysAgo);
    const appointment = d.appointmentDaysAgo ? subDays(now, d.appointmentDaysAgo).toISOString().slice(0, 10) : null;
    const [row] = await tx
      .insert(referrals)
      .values({
        organizationId: refs.organizationId,
        clientId: c.client_id,
        episodeId: c.episode_id,
        status: d.status,
        category: d.category,
        reason: d.reason,
        needs: [],
        provider: { name: d.provider },
        providerName: d.provider,
        appointmentDate: appointment,
        serviceProvided: d.serviceProvided ?? null,
        outcome: d.serviceProvided
          ? `Completed: ${d.serviceProvided}`
          : appointment
            ? `Accepted — first appointment ${appointment}`
            : null,
        contactPreferences: { method: 'through_case_manager' },
        statusChangedAt: at,
        sentAt: d.status === 'draft' ? null : at,
        createdById: cm,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: referrals.id });
    if (!row) throw new Error('demo referral insert failed');
    await tx.insert(referralEvents).values(
      TRAIL[d.status].map((status) => ({
        organizationId: refs.organizationId,
        referralId: row.id,
        status,
        at,
        source: 'staff' as const,
        userId: cm,
        // The provider's answers, recorded by the case manager after a phone call.
        onBehalfOfProvider: !['draft', 'requested'].includes(status),
      })),
    );
  }
}
