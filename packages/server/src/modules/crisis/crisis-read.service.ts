import type { Actor, CrisisEventView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { clientCrisisEvents, crisisView } from './crisis-view.js';

/** The client's crisis events, newest first (audited). */
export function listCrisisEvents(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<CrisisEventView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientCrisisEvents(tx, actor.organizationId, clientId),
    (items) => ({
      action: 'crisis_event.list',
      entityType: 'crisis_event',
      clientId,
      details: { count: items.length },
    }),
  );
}

/** One crisis event (audited). */
export function readCrisisEvent(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<CrisisEventView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => crisisView(tx, actor.organizationId, id),
    (view) => ({ action: 'crisis_event.read', entityType: 'crisis_event', entityId: view.id, clientId: view.clientId }),
  );
}
