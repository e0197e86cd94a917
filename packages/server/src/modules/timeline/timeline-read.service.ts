import type { Actor, TimelineResponse } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { clientTimeline, type TimelineRequest } from './timeline.service.js';

/** A page of the client's timeline (audited with the kinds asked for and how many were shown). */
export function readClientTimeline(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  page: Omit<TimelineRequest, 'organizationId' | 'clientId'>,
  meta: RequestMeta,
): Promise<TimelineResponse> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientTimeline(tx, { organizationId: actor.organizationId, clientId, ...page }),
    (result) => ({
      action: 'timeline.read',
      entityType: 'client',
      entityId: clientId,
      clientId,
      details: { kinds: page.kinds, entries: result.items.length },
    }),
  );
}
