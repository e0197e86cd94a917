import { ClientAgreementMethods, PlanStatuses, type PlanContent, type PlanReviewView } from '@careloop/core';
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/** One row per plan version; a draft is edited in place, effective and superseded ones never change. */
export const carePlans = pgTable(
  'care_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    versionNumber: integer('version_number').notNull(),
    status: text('status', { enum: PlanStatuses }).notNull(),
    content: jsonb('content').$type<PlanContent>().notNull(),
    changeSummary: text('change_summary'),
    clientAgreementMethod: text('client_agreement_method', { enum: ClientAgreementMethods }),
    verbalReason: text('verbal_reason'),
    signatureDataUrl: text('signature_data_url'),
    signedById: uuid('signed_by_id').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** Programs that require it: the supervisor who approved the signed version, or returned it. */
    approvedById: uuid('approved_by_id').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    returnedById: uuid('returned_by_id').references(() => users.id),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    reviewDueAt: timestamp('review_due_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('care_plans_episode_version_uq').on(t.episodeId, t.versionNumber),
    // One version in progress (a draft, or signed and awaiting supervisor approval).
    uniqueIndex('care_plans_one_draft_uq')
      .on(t.episodeId)
      .where(sql`${t.status} in ('draft', 'pending_approval')`),
    uniqueIndex('care_plans_one_effective_uq')
      .on(t.episodeId)
      .where(sql`${t.status} = 'effective'`),
    index('care_plans_client_idx').on(t.clientId),
  ],
);

/** A review of the effective plan: progress per goal, GAS ratings, the client's comments. */
export const carePlanReviews = pgTable(
  'care_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => carePlans.id),
    goals: jsonb('goals').$type<PlanReviewView['goals']>().notNull(),
    clientComments: text('client_comments'),
    changesNeeded: text('changes_needed'),
    gasTScore: doublePrecision('gas_t_score'),
    reviewedById: uuid('reviewed_by_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('care_plan_reviews_plan_idx').on(t.planId, t.reviewedAt)],
);
