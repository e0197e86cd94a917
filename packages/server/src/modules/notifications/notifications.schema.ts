import { NotificationEntityTypes, NotificationKinds, type NotificationParams } from '@careloop/core';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * One in-app notification for one staff member. `dedupe_key` makes the reminder job idempotent
 * across runs and app instances (an insert that would repeat one is skipped). No PHI in `params`:
 * ids and counts only; the page resolves names through the API with the access check.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** due_today | overdue | cosign_request | alert */
    kind: text('kind', { enum: NotificationKinds }).notNull(),
    clientId: uuid('client_id'),
    entityType: text('entity_type', { enum: NotificationEntityTypes }),
    entityId: uuid('entity_id'),
    params: jsonb('params').$type<NotificationParams>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
