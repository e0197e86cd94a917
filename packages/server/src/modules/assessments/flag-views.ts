import type { CareTaskView, ClientFlagView, FlagKind, TaskKind } from '@careloop/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from '../users/users.schema.js';
import { clientFlags } from './assessments.schema.js';
import { careTasks } from '../tasks/tasks.schema.js';

export async function listFlags(db: DbOrTx, clientId: string, openOnly = false): Promise<ClientFlagView[]> {
  const rows = await db
    .select({ f: clientFlags, name: users.name })
    .from(clientFlags)
    .leftJoin(users, eq(users.id, clientFlags.resolvedById))
    .where(
      openOnly
        ? and(eq(clientFlags.clientId, clientId), eq(clientFlags.status, 'open'))
        : eq(clientFlags.clientId, clientId),
    )
    .orderBy(desc(clientFlags.lastRaisedAt));
  return rows.map(({ f, name }) => ({
    id: f.id,
    clientId: f.clientId,
    kind: f.kind as FlagKind,
    status: f.status as 'open' | 'resolved',
    raisedAt: f.raisedAt.toISOString(),
    lastRaisedAt: f.lastRaisedAt.toISOString(),
    sourceResultIds: f.sourceResultIds,
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
    resolvedByName: name,
    resolution: f.resolution,
    version: f.version,
  }));
}

export async function listTasks(db: DbOrTx, clientId: string): Promise<CareTaskView[]> {
  const rows = await db
    .select({ t: careTasks, name: users.name })
    .from(careTasks)
    .leftJoin(users, eq(users.id, careTasks.assignedToId))
    .where(eq(careTasks.clientId, clientId))
    .orderBy(asc(careTasks.status), asc(careTasks.dueAt));
  return rows.map(({ t, name }) => ({
    id: t.id,
    clientId,
    kind: t.kind as TaskKind,
    priority: t.priority as 'urgent' | 'routine',
    status: t.status as 'open' | 'done',
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
