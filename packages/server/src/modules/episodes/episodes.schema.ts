import {
  CareTeamRoles,
  ClosureReasons,
  EligibilityDecisions,
  EPISODE_STAGE_LIST,
  WhereaboutsList,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/** One client's enrolment in one program, moving through the stages of DESIGN.md §1. */
export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    intakeId: uuid('intake_id'),
    stage: text('stage', { enum: EPISODE_STAGE_LIST }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closureReason: text('closure_reason', { enum: ClosureReasons }),
    closingSummary: text('closing_summary'),
    eligibilityDecision: text('eligibility_decision', { enum: EligibilityDecisions }),
    eligibilityReason: text('eligibility_reason'),
    waitlisted: boolean('waitlisted').notNull().default(false),
    waitlistedSince: timestamp('waitlisted_since', { withTimezone: true }),
    waitlistNote: text('waitlist_note'),
    previousEpisodeId: uuid('previous_episode_id'),
    nextEpisodeId: uuid('next_episode_id'),
    /** community | hospital | jail: away, overdue contacts become in-reach tasks. */
    whereabouts: text('whereabouts', { enum: WhereaboutsList }).notNull().default('community'),
    whereaboutsSince: timestamp('whereabouts_since', { withTimezone: true }),
    /** Set on the sending episode when the receiving team accepts the client. */
    handoffAcceptedAt: timestamp('handoff_accepted_at', { withTimezone: true }),
    handoffAcceptedById: uuid('handoff_accepted_by_id').references(() => users.id),
    /** Closing as "lost contact" waits for a supervisor's sign-off; the request is kept here. */
    closureRequestedAt: timestamp('closure_requested_at', { withTimezone: true }),
    closureRequestedById: uuid('closure_requested_by_id').references(() => users.id),
    closureRequestSummary: text('closure_request_summary'),
    closureSignedOffById: uuid('closure_signed_off_by_id').references(() => users.id),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One open episode per client per program.
    uniqueIndex('episodes_one_open_per_program_uq')
      .on(t.clientId, t.programId)
      .where(sql`${t.stage} <> 'closed'`),
    index('episodes_client_idx').on(t.organizationId, t.clientId),
    // The access policy and the reminders look episodes up by client alone.
    index('episodes_client_id_idx').on(t.clientId),
    index('episodes_program_open_idx')
      .on(t.programId)
      .where(sql`${t.stage} <> 'closed'`),
  ],
);

/** Every stage change: who, when, from, to and why. Append-only. */
export const episodeStageChanges = pgTable(
  'episode_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    fromStage: text('from_stage', { enum: EPISODE_STAGE_LIST }),
    toStage: text('to_stage', { enum: EPISODE_STAGE_LIST }).notNull(),
    reason: text('reason'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    changedById: uuid('changed_by_id').references(() => users.id),
  },
  (t) => [index('episode_stage_changes_episode_idx').on(t.episodeId, t.changedAt)],
);

/** Staff and external members of an episode's care team; ending a membership keeps the row. */
export const careTeamMembers = pgTable(
  'care_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    role: text('role', { enum: CareTeamRoles }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    externalName: text('external_name'),
    externalOrganization: text('external_organization'),
    externalPhone: text('external_phone'),
    externalEmail: text('external_email'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
    /** Why they joined when it is not obvious (a task hand-off, carried over from another program). */
    reason: text('reason'),
    createdById: uuid('created_by_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('care_team_episode_idx').on(t.episodeId),
    index('care_team_user_active_idx')
      .on(t.userId, t.clientId)
      .where(sql`${t.endedAt} is null`),
    index('care_team_client_active_idx')
      .on(t.clientId)
      .where(sql`${t.endedAt} is null`),
    // At most one active primary case manager per episode.
    uniqueIndex('care_team_one_primary_uq')
      .on(t.episodeId)
      .where(sql`${t.role} = 'primary_case_manager' and ${t.endedAt} is null`),
  ],
);
