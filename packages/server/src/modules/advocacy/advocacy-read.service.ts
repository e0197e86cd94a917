import type { Actor, AdvocacyCaseSummary, AdvocacyCaseView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { caseView, clientCases } from './advocacy-view.js';

/** The client's advocacy cases (audited). */
export function listAdvocacyCases(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<AdvocacyCaseSummary[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => clientCases(tx, actor.organizationId, clientId),
    (items) => ({
      action: 'advocacy_case.list',
      entityType: 'advocacy_case',
      clientId,
      details: { count: items.length },
    }),
  );
}

/** One case with its deadlines, documents and steps (audited). */
export function readAdvocacyCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<AdvocacyCaseView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => caseView(tx, actor.organizationId, id),
    (view) => ({
      action: 'advocacy_case.read',
      entityType: 'advocacy_case',
      entityId: view.id,
      clientId: view.clientId,
    }),
  );
}
