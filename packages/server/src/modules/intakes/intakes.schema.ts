import {
  EligibilityDecisions,
  EmergentReasons,
  IntakeOutcomes,
  IntakeSources,
  IntakeStatuses,
  PreferredContactMethods,
  SelfReferralRelationships,
  ServiceCategories,
  URGENCY_LIST,
  type FirstContactScreenView,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/** Every referral in, from any source; closed only with an outcome. */
export const intakes = pgTable(
  'intakes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Human-friendly reference given to the person (e.g. R-000123). */
    reference: text('reference').notNull(),
    source: text('source', { enum: IntakeSources }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    urgency: text('urgency', { enum: URGENCY_LIST }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    comprehensiveDueAt: timestamp('comprehensive_due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: IntakeStatuses }).notNull().default('new'),
    outcome: text('outcome', { enum: IntakeOutcomes }),
    outcomeReason: text('outcome_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    phone: text('phone'),
    email: text('email'),
    preferredContact: text('preferred_contact', { enum: PreferredContactMethods }),
    okToLeaveMessage: boolean('ok_to_leave_message').notNull().default(false),
    submittedBy: text('submitted_by', { enum: SelfReferralRelationships }),
    submitterName: text('submitter_name'),
    reason: text('reason'),
    message: text('message'),
    needs: text('needs', { enum: ServiceCategories }).array().notNull().default([]),
    /** "Are you safe right now?" on the public form (null: not asked or not answered). */
    safeNow: boolean('safe_now'),
    /** A safe way to reach the person when phone or email are not. */
    safeContactNote: text('safe_contact_note'),
    preferredLanguage: text('preferred_language'),
    /** Why the intake is emergent: not_safe_now | crisis_need | crisis_language | risk_on_screen. */
    emergentReasons: text('emergent_reasons', { enum: EmergentReasons }).array().notNull().default([]),
    /** The brief screen at first contact (scores and levels, see core first-contact-screen). */
    firstContactScreen: jsonb('first_contact_screen').$type<FirstContactScreenView>(),
    referrerName: text('referrer_name'),
    referrerContact: text('referrer_contact'),
    clientId: uuid('client_id').references(() => clients.id),
    programId: uuid('program_id').references(() => programs.id),
    assignedToId: uuid('assigned_to_id').references(() => users.id),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    eligibilityDecision: text('eligibility_decision', { enum: EligibilityDecisions }),
    eligibilityReason: text('eligibility_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedById: uuid('decided_by_id').references(() => users.id),
    episodeId: uuid('episode_id'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('intakes_org_reference_uq').on(t.organizationId, t.reference),
    index('intakes_open_due_idx')
      .on(t.organizationId, t.dueAt)
      .where(sql`${t.status} <> 'closed'`),
    index('intakes_client_idx').on(t.clientId),
    index('intakes_assigned_idx').on(t.assignedToId),
  ],
);
