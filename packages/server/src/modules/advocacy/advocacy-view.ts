import { nextOpenDeadline, type AdvocacyCaseSummary, type AdvocacyCaseView } from '@careloop/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { users } from '../users/users.schema.js';
import { advocacyCases, advocacySteps } from './advocacy.schema.js';

export type AdvocacyCaseRow = typeof advocacyCases.$inferSelect;

export function caseSummary(r: AdvocacyCaseRow, ownerName: string | null): AdvocacyCaseSummary {
  return {
    id: r.id,
    clientId: r.clientId,
    kind: r.kind,
    otherParty: { name: r.otherPartyName, contact: r.otherPartyContact },
    summary: r.summary,
    status: r.status,
    outcome: r.outcome,
    nextDeadline: r.status === 'open' ? nextOpenDeadline(r.deadlines) : null,
    ownerId: r.createdById,
    ownerName,
    openedAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    version: r.version,
  };
}

const owner = alias(users, 'owner');

/** A client's cases, open ones first, newest first. */
export async function clientCases(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
): Promise<AdvocacyCaseSummary[]> {
  const rows = await db
    .select({ c: advocacyCases, ownerName: owner.name })
    .from(advocacyCases)
    .leftJoin(owner, eq(owner.id, advocacyCases.createdById))
    .where(and(eq(advocacyCases.organizationId, organizationId), eq(advocacyCases.clientId, clientId)))
    .orderBy(desc(advocacyCases.createdAt));
  const summaries = rows.map((r) => caseSummary(r.c, r.ownerName));
  return [...summaries.filter((s) => s.status === 'open'), ...summaries.filter((s) => s.status !== 'open')];
}

/** One case with its steps (oldest first). */
export async function caseView(db: DbOrTx, organizationId: string, id: string): Promise<AdvocacyCaseView> {
  const [row] = await db
    .select({ c: advocacyCases, ownerName: owner.name })
    .from(advocacyCases)
    .leftJoin(owner, eq(owner.id, advocacyCases.createdById))
    .where(and(eq(advocacyCases.id, id), eq(advocacyCases.organizationId, organizationId)));
  if (!row) throw notFound('Advocacy case');
  const steps = await db
    .select({ s: advocacySteps, byName: users.name })
    .from(advocacySteps)
    .leftJoin(users, eq(users.id, advocacySteps.byId))
    .where(eq(advocacySteps.caseId, id))
    .orderBy(asc(advocacySteps.date), asc(advocacySteps.recordedAt));
  return {
    ...caseSummary(row.c, row.ownerName),
    deadlines: [...row.c.deadlines].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    documents: [...row.c.documents].sort((a, b) => a.date.localeCompare(b.date)),
    steps: steps.map(({ s, byName }) => ({
      id: s.id,
      date: s.date,
      what: s.what,
      byId: s.byId,
      byName,
      recordedAt: s.recordedAt.toISOString(),
    })),
  };
}

/** The client a case belongs to (for the access check), within the organisation. */
export async function caseClient(db: DbOrTx, organizationId: string, id: string): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: advocacyCases.clientId })
    .from(advocacyCases)
    .where(and(eq(advocacyCases.id, id), eq(advocacyCases.organizationId, organizationId)));
  if (!row) throw notFound('Advocacy case');
  return row;
}

/** Open cases of these clients (for the caseload). */
export function openCasesOf(db: DbOrTx, organizationId: string, clientIds: readonly string[]) {
  if (clientIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: advocacyCases.id, clientId: advocacyCases.clientId, deadlines: advocacyCases.deadlines })
    .from(advocacyCases)
    .where(
      and(
        eq(advocacyCases.organizationId, organizationId),
        eq(advocacyCases.status, 'open'),
        inArray(advocacyCases.clientId, [...clientIds]),
      ),
    );
}
