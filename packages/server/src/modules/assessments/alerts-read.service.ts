import type { Actor, CareTaskView, ClientFlagView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { listClientCareTasks } from '../tasks/client-care-tasks.js';
import { listFlags } from './flag-views.js';

/** The chart's alerts: the client's flags and tasks (audited). */
export function readAlerts(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<{ flags: ClientFlagView[]; tasks: CareTaskView[] }> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    async (tx) => ({ flags: await listFlags(tx, clientId), tasks: await listClientCareTasks(tx, clientId) }),
    () => ({ action: 'alerts.read', clientId }),
  );
}
