import { CoverageReasons } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/**
 * Who carries the on-call phone for a program, from `starts_at` (inclusive) to `ends_at`
 * (exclusive). A current shift opens the crisis view of the program's clients (DESIGN.md §3).
 */
export const onCallShifts = pgTable(
  'on_call_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    note: text('note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // The access check asks "is this user on a shift now" for every client request.
    index('on_call_shifts_user_idx').on(t.userId, t.endsAt),
    index('on_call_shifts_org_idx').on(t.organizationId, t.endsAt),
  ],
);

/**
 * A case manager's caseload covered by another staff member for a date range (leave, vacancy).
 * While in force the cover has chart access to the covered clients and sees their tasks.
 */
export const coverages = pgTable(
  'coverages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    coveredUserId: uuid('covered_user_id')
      .notNull()
      .references(() => users.id),
    coveringUserId: uuid('covering_user_id')
      .notNull()
      .references(() => users.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reason: text('reason', { enum: CoverageReasons }).notNull(),
    note: text('note'),
    /** Set when ended early by hand: access stops at once, not at the end of the day. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('coverages_covering_idx')
      .on(t.coveringUserId, t.endsOn)
      .where(sql`${t.endedAt} is null`),
    index('coverages_org_idx').on(t.organizationId, t.endsOn),
  ],
);
