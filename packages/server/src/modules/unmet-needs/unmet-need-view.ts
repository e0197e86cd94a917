import type { UnmetNeedView } from '@careloop/core';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { directoryServices } from '../directory/directory.schema.js';
import { users } from '../users/users.schema.js';
import { unmetNeeds } from './unmet-needs.schema.js';

const columns = { n: unmetNeeds, serviceName: directoryServices.name, recordedByName: users.name };

type Joined = { n: typeof unmetNeeds.$inferSelect; serviceName: string | null; recordedByName: string | null };

function toView({ n, serviceName, recordedByName }: Joined): UnmetNeedView {
  return {
    id: n.id,
    clientId: n.clientId,
    category: n.category,
    reason: n.reason,
    note: n.note,
    serviceId: n.serviceId,
    serviceName,
    referralId: n.referralId,
    status: n.status,
    resolutionNote: n.resolutionNote,
    recordedAt: n.recordedAt.toISOString(),
    recordedByName,
    resolvedAt: n.resolvedAt?.toISOString() ?? null,
    version: n.version,
  };
}

function joined(db: DbOrTx) {
  return db
    .select(columns)
    .from(unmetNeeds)
    .leftJoin(directoryServices, eq(directoryServices.id, unmetNeeds.serviceId))
    .leftJoin(users, eq(users.id, unmetNeeds.recordedById));
}

/** A client's unmet needs, open first, newest first. */
export async function clientUnmetNeeds(db: DbOrTx, organizationId: string, clientId: string): Promise<UnmetNeedView[]> {
  const rows = await joined(db)
    .where(and(eq(unmetNeeds.organizationId, organizationId), eq(unmetNeeds.clientId, clientId)))
    .orderBy(desc(unmetNeeds.recordedAt));
  const views = rows.map(toView);
  return [...views.filter((v) => v.status === 'open'), ...views.filter((v) => v.status !== 'open')];
}

export async function unmetNeedView(db: DbOrTx, organizationId: string, id: string): Promise<UnmetNeedView> {
  const [row] = await joined(db).where(and(eq(unmetNeeds.id, id), eq(unmetNeeds.organizationId, organizationId)));
  if (!row) throw notFound('Unmet need');
  return toView(row);
}

/** The client an unmet need belongs to (for the access check), within the organisation. */
export async function unmetNeedClient(db: DbOrTx, organizationId: string, id: string): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: unmetNeeds.clientId })
    .from(unmetNeeds)
    .where(and(eq(unmetNeeds.id, id), eq(unmetNeeds.organizationId, organizationId)));
  if (!row) throw notFound('Unmet need');
  return row;
}
