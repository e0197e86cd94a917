import { authorize, type Action, type ClientRelationship, type ClientResource } from '@careloop/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/audit.writer.js';
import type { AuthState } from '../auth/session.store.js';
import { clientRelationship } from './client-relationship.js';
import { episodeRelationship } from './episode-relationship.js';
import { forbidden, notFound } from '../../http/errors.js';
import { requestMeta, requireAuth } from '../auth/request-auth.js';

/** The session, and how the actor stands to the client the check was about (null for none). */
export type Guarded = AuthState & { relationship: ClientRelationship | null };

/**
 * Signed in + allowed by the one policy function. For a client, the actor's relationship to it
 * (care team, supervision, on call, intake work) is gathered first, and for an episode's care-team
 * actions also the actor's standing to that episode (its primary, its program's supervisor); an
 * id outside the organisation is 404. A refusal is audited in its own transaction, so it commits
 * nothing else.
 */
export async function guard(
  ctx: AppContext,
  req: FastifyRequest,
  action: Action,
  clientId?: string,
  episode?: { id: string; programId: string },
): Promise<Guarded> {
  const auth = requireAuth(req);
  let resource: ClientResource | undefined;
  if (clientId) {
    const relationship = await clientRelationship(
      ctx.database.pool,
      auth.actor.organizationId,
      auth.actor.userId,
      clientId,
      ctx.now(),
    );
    if (!relationship) throw notFound('Client');
    resource = { kind: 'client', organizationId: auth.actor.organizationId, clientId, relationship };
    if (episode) resource.episode = await episodeRelationship(ctx.database.db, auth.actor.userId, episode);
  }
  const decision = authorize(auth.actor, action, resource);
  if (decision.allowed) return { ...auth, relationship: resource?.relationship ?? null };
  await recordAudit(
    ctx.database.db,
    auth.actor,
    {
      action: 'access.denied',
      outcome: 'denied',
      clientId,
      details: {
        attempted: action,
        reason: decision.reason,
        route: req.routeOptions.url ?? null,
        method: req.method,
        ...(episode && { episodeId: episode.id }),
      },
    },
    requestMeta(req),
  );
  throw forbidden();
}
