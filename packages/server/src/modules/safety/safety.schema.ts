import { SafetyPlanStatuses, type SafetyPlanContent } from '@careloop/core';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * One version of a client's safety plan (CLINICAL.md §3). A draft is edited in place; signing makes
 * it immutable and supersedes the previously signed version; editing a signed plan makes the next
 * draft (`plan_number` + 1, `based_on_id` pointing back).
 */
export const safetyPlans = pgTable(
  'safety_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    planNumber: integer('plan_number').notNull(),
    basedOnId: uuid('based_on_id'),
    status: text('status', { enum: SafetyPlanStatuses }).notNull().default('draft'),
    /** The seven sections, normalized by the core schema (never the branded form's headings). */
    content: jsonb('content').$type<SafetyPlanContent>().notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** The staff member who signed with the client. */
    signedById: uuid('signed_by_id').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** The client's signature, attested by the signing staff member. */
    signedByClient: boolean('signed_by_client').notNull().default(false),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Not unique: a client merge brings the other record's plans along with their own numbers
    // (numbering of new versions is serialised by an advisory lock on the client).
    index('safety_plans_client_number_idx').on(t.clientId, t.planNumber),
    index('safety_plans_client_idx').on(t.organizationId, t.clientId, t.status),
  ],
);

/** "Reviewed with the client, no change" on a signed version (append-only). */
export const safetyPlanReviews = pgTable(
  'safety_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => safetyPlans.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    reviewedById: uuid('reviewed_by_id')
      .notNull()
      .references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [index('safety_plan_reviews_plan_idx').on(t.planId, t.reviewedAt)],
);
