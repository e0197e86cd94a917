import { AUDIT_OUTCOME_LIST, ROLE_LIST } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only (triggers refuse UPDATE/DELETE/TRUNCATE except sealing) and hash-chained per
 * organisation by the sealer: rows are inserted unsealed inside the request's transaction.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRoles: text('actor_roles', { enum: ROLE_LIST }).array().notNull().default([]),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: AUDIT_OUTCOME_LIST }).notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    clientId: uuid('client_id'),
    /** Every client a list showed (a list row names many; `clientId` names one). */
    clientIds: uuid('client_ids').array(),
    purpose: text('purpose'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    sealedAt: timestamp('sealed_at', { withTimezone: true }),
  },
  (t) => [
    index('audit_org_time_idx').on(t.organizationId, t.id),
    index('audit_client_idx').on(t.clientId, t.id),
    index('audit_actor_idx').on(t.actorUserId, t.id),
    // A user's recent searches, read after each search to spot registry walks.
    index('audit_search_actor_time_idx')
      .on(t.actorUserId, t.occurredAt)
      .where(sql`action in ('client.search', 'client.search_enumeration_suspected')`),
  ],
);
