import type { Actor, TaskDetailView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { taskDetail } from './task-detail.js';

/** One task with its comments (audited against its client, when it has one). */
export function readTask(
  ctx: AppContext,
  actor: Actor,
  task: { id: string; clientId: string | null },
  meta: RequestMeta,
): Promise<TaskDetailView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => taskDetail(tx, actor, task.id, ctx.now()),
    () => ({
      action: 'care_task.read',
      entityType: 'care_task',
      entityId: task.id,
      clientId: task.clientId ?? undefined,
    }),
  );
}
