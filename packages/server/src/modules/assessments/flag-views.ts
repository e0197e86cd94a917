import type { ClientFlagView } from '@careloop/core';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from '../users/users.schema.js';
import { clientFlags } from './assessments.schema.js';

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
    kind: f.kind,
    status: f.status,
    raisedAt: f.raisedAt.toISOString(),
    lastRaisedAt: f.lastRaisedAt.toISOString(),
    sourceResultIds: f.sourceResultIds,
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
    resolvedByName: name,
    resolution: f.resolution,
    version: f.version,
  }));
}
