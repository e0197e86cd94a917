import { z } from 'zod';
import { clientIdentity } from '../clients/client-identity.js';

export const AuditOutcomes = { success: 'success', failure: 'failure', denied: 'denied' } as const;
export type AuditOutcome = (typeof AuditOutcomes)[keyof typeof AuditOutcomes];
export const AUDIT_OUTCOME_LIST = Object.values(AuditOutcomes) as [AuditOutcome, ...AuditOutcome[]];

export const auditQuery = z.object({
  actorUserId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  /** Rows about this client, or lists and searches that showed it (client_ids). */
  clientId: z.uuid().optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Keyset cursor: the id of the last row of the previous page. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEventView = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  clientId: z.string().nullable(),
  /** MRN and name of the audited client, joined at read time for the reviewer (null when none). */
  client: clientIdentity.nullable(),
  /** Every client a list or search showed (ids; the reviewer filters by one to find them). */
  clientIds: z.array(z.string()),
  purpose: z.string().nullable(),
  /** What the row records beyond its columns: ids, codes and counts only (never client data). */
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  sealed: z.boolean(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

export const auditPage = z.object({
  items: z.array(auditEventView),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;
