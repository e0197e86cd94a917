import { caseloadLoad, daysOverdue, type Actor, type SupervisionResponse } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { reviewDueByEpisode } from '../careplans/plan-reviews.service.js';
import { followUpsFor } from '../engagement/follow-up.js';
import { supervisedPrograms } from './caseload.service.js';
import { disengagedClients, overdueByStaff, overdueContacts } from './follow-up-lists.js';
import { safetyView } from './safety-view.js';
import { lateIntakes, primaryLoads, supervisedCases } from './supervision-queries.js';

/**
 * The supervisor's view of the programs they supervise: the safety view first (open suicide-risk
 * flags, late or unowned safety tasks, high-risk clients past contact, lost-contact closures to
 * sign off), then each worker's load weighted by intensity against the cap, clients past their
 * contact cadence, late intakes, the waitlist.
 */
export async function supervision(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<SupervisionResponse> {
  return ctx.database.db.transaction(async (tx) => {
    const programs = await supervisedPrograms(tx, actor.organizationId, actor.userId);
    const programIds = programs.map((p) => p.id);
    const now = ctx.now();
    const cases = await supervisedCases(tx, actor.organizationId, programIds);

    // A worker's load counts every open primary case, in any program: it is one person's time.
    const staffIds = [...new Set(cases.map((c) => c.primary_id).filter((id): id is string => !!id))];
    const loads = await primaryLoads(tx, staffIds);

    const followUps = await followUpsFor(
      tx,
      actor.organizationId,
      cases.map((c) => c.episode_id),
      now,
    );
    const overdueCounts = overdueByStaff(cases, followUps);

    const intakes = await lateIntakes(tx, actor.organizationId, now);

    const reviewDue = await reviewDueByEpisode(
      tx,
      cases.map((c) => c.episode_id),
    );
    const overdueReviews = cases.flatMap((c) => {
      const due = reviewDue.get(c.episode_id);
      const late = due ? daysOverdue(due.dueAt, now) : 0;
      return due && late > 0
        ? [
            {
              episodeId: c.episode_id,
              clientId: c.client_id,
              mrn: c.mrn,
              firstName: c.first_name,
              lastName: c.last_name,
              programName: c.program_name,
              primaryCaseManagerName: c.primary_name,
              reviewDueAt: due.dueAt.toISOString(),
              daysOverdue: late,
              reason: due.reason,
            },
          ]
        : [];
    });

    const safety = await safetyView(tx, cases, followUps, now);

    const result: SupervisionResponse = {
      safety,
      programs: programs.map((p) => ({
        id: p.id,
        name: p.name,
        model: p.model,
        caseloadCap: p.caseload_cap,
      })),
      staff: loads.map((l) => {
        const load = caseloadLoad(l.caps.map((cap) => ({ caseloadCap: cap })));
        return {
          userId: l.user_id,
          name: l.name,
          discipline: l.discipline,
          clients: load.clients,
          weightedLoad: Math.round(load.weightedLoad * 1000) / 1000,
          percentOfCap: load.percentOfCap,
          overCap: load.overCap,
          overdueContacts: overdueCounts.get(l.user_id) ?? 0,
        };
      }),
      overdueContacts: overdueContacts(cases, followUps),
      disengaged: disengagedClients(cases, followUps),
      overdueReviews,
      overdueIntakes: intakes.rows.map((i) => ({
        id: i.id,
        reference: i.reference,
        urgency: i.urgency,
        dueAt: new Date(i.due_at).toISOString(),
        assignedToName: i.assigned_name,
        status: i.status,
      })),
      waitlist: cases
        .filter((c) => c.waitlisted)
        .map((c) => ({
          episodeId: c.episode_id,
          clientId: c.client_id,
          mrn: c.mrn,
          firstName: c.first_name,
          lastName: c.last_name,
          programName: c.program_name,
          waitlistedSince: new Date(c.waitlisted_since ?? c.opened_at).toISOString(),
          note: c.waitlist_note,
        })),
    };
    await recordAudit(
      tx,
      actor,
      {
        action: 'caseload.supervision',
        entityType: 'caseload',
        clientIds: [
          ...new Set(
            [
              ...result.overdueContacts,
              ...result.disengaged,
              ...result.overdueReviews,
              ...result.waitlist,
              ...safety.openSuicideFlags,
              ...safety.overdueSafetyTasks,
              ...safety.unownedSafetyTasks,
              ...safety.highRiskPastContact,
              ...safety.lostContactAwaitingSignOff,
            ].map((o) => o.clientId),
          ),
        ],
        details: { programs: programIds },
      },
      meta,
    );
    return result;
  });
}
