import type { CareTaskView } from '@careloop/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from '../users/users.schema.js';
import { careTasks } from './tasks.schema.js';

/** Every task of one client, open first then by due time (the chart's alerts view). */
export async function listClientCareTasks(db: DbOrTx, clientId: string): Promise<CareTaskView[]> {
  const rows = await db
    .select({ t: careTasks, name: users.name })
    .from(careTasks)
    .leftJoin(users, eq(users.id, careTasks.assignedToId))
    .where(eq(careTasks.clientId, clientId))
    .orderBy(sql`${careTasks.status} = 'open' desc`, asc(careTasks.dueAt));
  return rows.map(({ t, name }) => ({
    id: t.id,
    clientId,
    kind: t.kind,
    title: t.title,
    priority: t.priority,
    status: t.status,
    dueAt: t.dueAt.toISOString(),
    assignedToId: t.assignedToId,
    assignedToName: name,
    sourceResultId: t.sourceResultId,
    createdAt: t.createdAt.toISOString(),
    completedAt: t.completedAt?.toISOString() ?? null,
    outcome: t.outcome,
    version: t.version,
  }));
}
