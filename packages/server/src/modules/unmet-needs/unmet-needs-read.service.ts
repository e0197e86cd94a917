import type { Actor, UnmetNeedView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { clientUnmetNeeds } from './unmet-need-view.js';

/** The client's unmet needs (audited). */
export function listUnmetNeeds(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<UnmetNeedView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientUnmetNeeds(tx, actor.organizationId, clientId),
    (items) => ({ action: 'unmet_need.list', entityType: 'unmet_need', clientId, details: { count: items.length } }),
  );
}
