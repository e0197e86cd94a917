import { TaskKinds, TaskPriorities, TaskSources, TaskStatuses } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/**
 * Work for a person or a team: made by hand, or raised by rules (safety rules, follow-up cadence,
 * engagement, plan reviews, in-reach). A rule-raised task carries `source_key` so a rule that runs
 * again never raises the same open task twice.
 */
export const careTasks = pgTable(
  'care_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Null for a task about no one client (e.g. a team chore). */
    clientId: uuid('client_id').references(() => clients.id),
    episodeId: uuid('episode_id').references(() => episodes.id),
    /** A care-plan goal id (content ids live in the plan's JSON). */
    goalId: text('goal_id'),
    referralId: uuid('referral_id'),
    kind: text('kind', { enum: TaskKinds }).notNull(),
    title: text('title'),
    details: text('details'),
    priority: text('priority', { enum: TaskPriorities }).notNull(),
    status: text('status', { enum: TaskStatuses }).notNull().default('open'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    assignedToId: uuid('assigned_to_id').references(() => users.id),
    /** A team task (ACT): anyone on the program's shared team may take it. */
    assignedProgramId: uuid('assigned_program_id').references(() => programs.id),
    /** manual | safety_rule | cadence | engagement | plan_review | in_reach | referral */
    source: text('source', { enum: TaskSources }).notNull().default('safety_rule'),
    sourceKey: text('source_key'),
    sourceResultId: uuid('source_result_id'),
    /** Repeat every N days: completing it opens the next one. */
    recurrenceDays: integer('recurrence_days'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedById: uuid('completed_by_id').references(() => users.id),
    outcome: text('outcome'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('care_tasks_client_idx').on(t.clientId, t.status),
    index('care_tasks_open_due_idx')
      .on(t.organizationId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
    // The follow-up sweep walks open tasks by client id in keyset batches.
    index('care_tasks_open_client_idx')
      .on(t.organizationId, t.clientId)
      .where(sql`${t.status} = 'open'`),
    index('care_tasks_assignee_open_idx')
      .on(t.assignedToId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
    // Team tasks list a program's safety work by episode.
    index('care_tasks_open_episode_idx')
      .on(t.episodeId)
      .where(sql`${t.status} = 'open'`),
    index('care_tasks_team_open_idx')
      .on(t.assignedProgramId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
    uniqueIndex('care_tasks_open_source_key_uq')
      .on(t.organizationId, t.sourceKey)
      .where(sql`${t.status} = 'open' and ${t.sourceKey} is not null`),
  ],
);

/** Comments on a task (append-only). */
export const taskComments = pgTable(
  'task_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => careTasks.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId, t.createdAt)],
);
