import { AdvocacyKinds, AdvocacyStatuses, type AdvocacyDeadline, type AdvocacyDocument } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A client's advocacy case (a benefit denial, an insurer conflict, a housing or rights complaint):
 * the other party, its deadlines and documents (references, no files), and how it ended.
 */
export const advocacyCases = pgTable(
  'advocacy_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** The client's open episode when the case was opened (its tasks link to it). */
    episodeId: uuid('episode_id').references(() => episodes.id),
    kind: text('kind', { enum: AdvocacyKinds }).notNull(),
    otherPartyName: text('other_party_name').notNull(),
    otherPartyContact: text('other_party_contact'),
    summary: text('summary').notNull(),
    deadlines: jsonb('deadlines').$type<AdvocacyDeadline[]>().notNull().default([]),
    documents: jsonb('documents').$type<AdvocacyDocument[]>().notNull().default([]),
    status: text('status', { enum: AdvocacyStatuses }).notNull().default('open'),
    outcome: text('outcome'),
    /** Who opened it: the owner of its deadline tasks. */
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('advocacy_cases_client_idx').on(t.clientId, t.createdAt),
    // The deadline sweep walks open cases.
    index('advocacy_cases_open_idx')
      .on(t.organizationId, t.id)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** What was done on a case, in order (append-only). */
export const advocacySteps = pgTable(
  'advocacy_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => advocacyCases.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    date: date('date', { mode: 'string' }).notNull(),
    what: text('what').notNull(),
    byId: uuid('by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('advocacy_steps_case_idx').on(t.caseId, t.date, t.recordedAt)],
);
