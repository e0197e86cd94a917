import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { notFound } from '../../http/errors.js';
import { requireAuth } from '../auth/request-auth.js';
import type { AuthState } from '../auth/session.store.js';
import { programStaff } from '../programs/programs.schema.js';
import { careTasks } from './tasks.schema.js';

export type TaskRecord = typeof careTasks.$inferSelect;

/**
 * Signed in and allowed to see (`read`) or work on (`update`) one task. A task about a client
 * follows the chart's rule (client.read / client.update on that client). A task about no client
 * is for the people it involves: its assignee, its author, and the team (or supervisors) of the
 * program it is assigned to; to anyone else it does not exist (404).
 */
export async function guardTask(
  ctx: AppContext,
  req: FastifyRequest,
  taskId: string,
  mode: 'read' | 'update',
): Promise<{ auth: AuthState; task: TaskRecord }> {
  const actor = requireAuth(req).actor;
  const db = ctx.database.db;
  const [task] = await db
    .select()
    .from(careTasks)
    .where(and(eq(careTasks.id, taskId), eq(careTasks.organizationId, actor.organizationId)));
  if (!task) throw notFound('Task');
  if (task.clientId) {
    const auth = await guard(ctx, req, mode === 'read' ? 'client.read' : 'client.update', task.clientId);
    return { auth, task };
  }
  const auth = await guard(ctx, req, 'tasks.own');
  if (task.assignedToId === actor.userId || task.createdById === actor.userId) return { auth, task };
  if (task.assignedProgramId) {
    const [member] = await db
      .select({ id: programStaff.id })
      .from(programStaff)
      .where(
        and(
          eq(programStaff.programId, task.assignedProgramId),
          eq(programStaff.userId, actor.userId),
          inArray(programStaff.role, ['team_member', 'supervisor']),
        ),
      );
    if (member) return { auth, task };
  }
  throw notFound('Task');
}
