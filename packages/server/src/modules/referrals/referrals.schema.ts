import {
  CheckInAnswers,
  NeedDomains,
  ReferralChangeSources,
  ReferralStatuses,
  ServiceCategories,
  type AdHocProvider,
  type ContactPreferences,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { carePlans } from '../careplans/careplans.schema.js';
import { clients } from '../clients/clients.schema.js';
import { directoryServices } from '../directory/directory.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A referral out (FHIR Task + ServiceRequest, SDOHCC): to a directory service or an ad-hoc
 * provider, its status on the IG's model and what the provider answered.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    episodeId: uuid('episode_id').references(() => episodes.id),
    status: text('status', { enum: ReferralStatuses }).notNull(),
    category: text('category', { enum: ServiceCategories }).notNull(),
    reason: text('reason').notNull(),
    needs: text('needs', { enum: NeedDomains })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    serviceId: uuid('service_id').references(() => directoryServices.id),
    /** A provider not in the directory (null for a directory service). */
    provider: jsonb('provider').$type<AdHocProvider>(),
    /** The directory organization's or the ad-hoc provider's name: search and the duplicate rule. */
    providerName: text('provider_name').notNull(),
    carePlanId: uuid('care_plan_id').references(() => carePlans.id),
    /** Ids inside the plan's content (goals and interventions carry their own ids). */
    goalId: text('goal_id'),
    interventionId: text('intervention_id'),
    contactPreferences: jsonb('contact_preferences').$type<ContactPreferences>(),
    appointmentDate: date('appointment_date', { mode: 'string' }),
    waitlistPosition: integer('waitlist_position'),
    serviceProvided: text('service_provided'),
    /** The result written back to the goal (signed plans are immutable, so it lives here). */
    outcome: text('outcome'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkInAnswer: text('check_in_answer', { enum: CheckInAnswers }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('referrals_client_idx').on(t.clientId, t.createdAt),
    index('referrals_org_status_idx').on(t.organizationId, t.status, t.statusChangedAt),
    index('referrals_created_by_idx').on(t.createdById),
  ],
);

/** The provider's links: only a SHA-256 of the token is kept; the token is shown once. */
export const referralLinks = pgTable(
  'referral_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('referral_links_token_hash_uq').on(t.tokenHash),
    index('referral_links_referral_idx').on(t.referralId),
  ],
);

/** Every status a referral took: who, when, from where (append-only). */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: changes in one instant (send = draft then requested) keep their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    status: text('status', { enum: ReferralStatuses }).notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    source: text('source', { enum: ReferralChangeSources }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** Staff recorded the provider's answer for it (e.g. after a phone call). */
    onBehalfOfProvider: boolean('on_behalf_of_provider').notNull().default(false),
    linkId: uuid('link_id').references(() => referralLinks.id),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.seq)],
);

/** The agency's monitoring limits (one row per organisation; defaults until saved). */
export const referralSettings = pgTable('referral_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  requestedFollowUpDays: integer('requested_follow_up_days').notNull(),
  acceptedFollowUpDays: integer('accepted_follow_up_days').notNull(),
  checkInAfterDays: integer('check_in_after_days').notNull(),
  partnerLinkDays: integer('partner_link_days').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});
