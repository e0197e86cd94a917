import { authorize, type Action, type ClientResource } from '@careloop/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { recordAudit } from '../modules/audit/audit.writer.js';
import type { AuthState } from '../modules/auth/session.store.js';
import { forbidden } from './errors.js';
import { requestMeta, requireAuth } from './request-auth.js';

/**
 * Signed in + allowed by the one policy function. A refusal is audited in its own
 * transaction, so the refused request commits nothing else.
 */
export async function guard(
  ctx: AppContext,
  req: FastifyRequest,
  action: Action,
  clientId?: string,
): Promise<AuthState> {
  const auth = requireAuth(req);
  const resource: ClientResource | undefined = clientId
    ? { kind: 'client', organizationId: auth.actor.organizationId, clientId }
    : undefined;
  const decision = authorize(auth.actor, action, resource);
  if (decision.allowed) return auth;
  await recordAudit(ctx.database.db, {
    organizationId: auth.actor.organizationId,
    actorUserId: auth.actor.userId,
    actorRoles: auth.actor.roles,
    action: 'access.denied',
    outcome: 'denied',
    clientId,
    details: { attempted: action, reason: decision.reason, route: req.routeOptions.url ?? null, method: req.method },
    meta: requestMeta(req),
  });
  throw forbidden();
}
