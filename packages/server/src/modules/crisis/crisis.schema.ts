import { CrisisActions, CrisisDispositions, CrisisRiskLevels, CrisisStatuses, CrisisTriggers } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A crisis the team responded to: when, what set it off, the risk seen, what was done, where the
 * person ended up and who responded. Open until resolved with a note (the banner's `open_crisis`).
 */
export const crisisEvents = pgTable(
  'crisis_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** The client's open episode when it was recorded (its tasks link to it). */
    episodeId: uuid('episode_id').references(() => episodes.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    triggers: text('triggers', { enum: CrisisTriggers }).array().notNull(),
    actions: text('actions', { enum: CrisisActions }).array().notNull(),
    disposition: text('disposition', { enum: CrisisDispositions }).notNull(),
    riskObserved: text('risk_observed', { enum: CrisisRiskLevels }),
    summary: text('summary').notNull(),
    respondedByIds: uuid('responded_by_ids').array().notNull(),
    otherResponders: text('other_responders'),
    location: text('location'),
    /** The follow-up contact's due time, fixed when recorded (the agency setting then in force). */
    followUpDueAt: timestamp('follow_up_due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: CrisisStatuses }).notNull().default('open'),
    resolutionNote: text('resolution_note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // The chart's list and the risk tier's 90-day count.
    index('crisis_events_client_idx').on(t.clientId, t.occurredAt),
    index('crisis_events_open_idx')
      .on(t.organizationId, t.clientId)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** The agency's crisis settings (the default applies until an admin or supervisor saves). */
export const crisisSettings = pgTable('crisis_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  followUpHours: integer('follow_up_hours').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});
