import { localDate, type Actor, type ClientSafetyPlans, type SafetyPlanView } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { clients } from '../clients/clients.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { safetyPlanCardHtml } from './safety-plan-print.js';
import { clientPlans, planView } from './safety-plan-view.js';

/** The client's plans (audited). */
export function listSafetyPlans(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<ClientSafetyPlans> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientPlans(tx, actor.organizationId, clientId),
    (r) => ({ action: 'safety_plan.list', entityType: 'safety_plan', clientId, details: { count: r.items.length } }),
  );
}

/** One version (audited). */
export function readSafetyPlan(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<SafetyPlanView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => planView(tx, actor.organizationId, id),
    (v) => ({ action: 'safety_plan.read', entityType: 'safety_plan', entityId: v.id, clientId: v.clientId }),
  );
}

/** The printable pocket card (audited as a print: the plan leaves the system on paper). */
export function printSafetyPlan(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<string> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => {
      const plan = await planView(tx, actor.organizationId, id);
      const [client] = await tx
        .select({ first: clients.firstName, preferred: clients.preferredName })
        .from(clients)
        .where(eq(clients.id, plan.clientId));
      const [org] = await tx
        .select({ timeZone: organizations.timeZone })
        .from(organizations)
        .where(eq(organizations.id, actor.organizationId));
      const signedOn = plan.signedAt ? localDate(new Date(plan.signedAt), org?.timeZone ?? 'UTC') : null;
      return { plan, html: safetyPlanCardHtml(plan, client?.preferred ?? client?.first ?? '', signedOn) };
    },
    (r) => ({
      action: 'safety_plan.print',
      entityType: 'safety_plan',
      entityId: r.plan.id,
      clientId: r.plan.clientId,
    }),
  ).then((r) => r.html);
}
