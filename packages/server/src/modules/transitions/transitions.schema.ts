import type { ChecklistEntry } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/**
 * The plan of a move between levels of care, keyed by the SENDING episode (the one the episodes
 * module put in `transition` with `next_episode_id`): who receives, the hand-off checklist, the
 * overlap, and — once the hand-off is accepted — the post-transition period it follows.
 */
export const transitionPlans = pgTable(
  'transition_plans',
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
    receivingEpisodeId: uuid('receiving_episode_id').references(() => episodes.id),
    targetProgramId: uuid('target_program_id').references(() => programs.id),
    /** The move's reason, as given when the client was moved. */
    reason: text('reason'),
    receivingTeam: text('receiving_team').notNull(),
    /** Until this day both teams see the client. */
    overlapEndsOn: date('overlap_ends_on', { mode: 'string' }),
    checklist: jsonb('checklist').$type<ChecklistEntry[]>().notNull().default([]),
    /** Set when the hand-off is accepted: the schedule is fixed with the settings of that day. */
    acceptedOn: date('accepted_on', { mode: 'string' }),
    periodDays: integer('period_days'),
    intervalDays: integer('interval_days'),
    /** When the sweep closed the sending episode (the old team's access ended). */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('transition_plans_episode_uq').on(t.episodeId),
    // The sweep walks accepted plans whose sending episode is not closed yet.
    index('transition_plans_following_idx')
      .on(t.organizationId, t.id)
      .where(sql`${t.acceptedOn} is not null and ${t.closedAt} is null`),
  ],
);

/** Post-transition communication: how the client is doing, answering one scheduled check-in. */
export const transitionCheckIns = pgTable(
  'transition_check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => transitionPlans.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    index: integer('index').notNull(),
    fromWhom: text('from_whom').notNull(),
    howIsClient: text('how_is_client').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('transition_check_ins_plan_index_uq').on(t.planId, t.index)],
);

/** The agency's post-transition period and check-in interval (defaults until saved). */
export const transitionSettings = pgTable('transition_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  postTransitionDays: integer('post_transition_days').notNull(),
  checkInIntervalDays: integer('check_in_interval_days').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});
