import {
  ContactOutcomes,
  ContactTypes,
  NoteFormats,
  NoteKinds,
  StoredNoteStatuses,
  type ContactView,
  type NoteSections,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

const org = () =>
  uuid('organization_id')
    .notNull()
    .references(() => organizations.id);
const client = () =>
  uuid('client_id')
    .notNull()
    .references(() => clients.id);

/**
 * One encounter with or about a client, including outreach attempts that failed (they count
 * for engagement, never for the cadence). `entered_at` is when it was written down, so a late
 * entry shows its real entry time.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    episodeId: uuid('episode_id').references(() => episodes.id),
    /** face_to_face | home_visit | community | phone | video | text | collateral | group | outreach_attempt */
    type: text('type', { enum: ContactTypes }).notNull(),
    /** completed | no_answer | not_home | left_message | declined (the last four are failed outreach). */
    outcome: text('outcome', { enum: ContactOutcomes }).notNull().default('completed'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    location: text('location'),
    /** Who took part besides the client and author: [{ kind, name? , userId? }]. */
    participants: jsonb('participants').$type<ContactView['participants']>().notNull().default([]),
    /** Care-plan goal ids (and intervention ids) this contact worked on. */
    goalIds: jsonb('goal_ids').$type<string[]>().notNull().default([]),
    interventionIds: jsonb('intervention_ids').$type<string[]>().notNull().default([]),
    /** Service codes: coordination, advocacy, skills_training, crisis_support, transportation, … */
    services: jsonb('services').$type<ContactView['services']>().notNull().default([]),
    /** Optional billing-relevant fields (service code, units, place of service). */
    billing: jsonb('billing').$type<ContactView['billing']>(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    lateEntry: boolean('late_entry').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** Entered in error: kept, hidden from counts, with who and why. */
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedById: uuid('voided_by_id').references(() => users.id),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('contacts_client_time_idx').on(t.clientId, t.occurredAt),
    index('contacts_episode_time_idx').on(t.episodeId, t.occurredAt),
    index('contacts_author_time_idx').on(t.organizationId, t.authorId, t.occurredAt),
  ],
);

/**
 * A note on a contact (DAP or SOAP). A draft is edited in place (autosaved); signing locks it.
 * Psychotherapy notes (`kind = 'psychotherapy'`) are author-only and kept out of the record's
 * lists, exports and timeline (CLINICAL.md §11.5).
 */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    episodeId: uuid('episode_id').references(() => episodes.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    /** progress | psychotherapy */
    kind: text('kind', { enum: NoteKinds }).notNull().default('progress'),
    /** dap | soap */
    format: text('format', { enum: NoteFormats }).notNull(),
    /** { data, assessment, plan } or { subjective, objective, assessment, plan } */
    body: jsonb('body').$type<NoteSections>().notNull(),
    /** draft | signed */
    status: text('status', { enum: StoredNoteStatuses }).notNull().default('draft'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    signedById: uuid('signed_by_id').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    lateEntry: boolean('late_entry').notNull().default(false),
    /** Fixed at signing from the program and the author's role; final only once co-signed. */
    cosignRequired: boolean('cosign_required').notNull().default(false),
    cosignedById: uuid('cosigned_by_id').references(() => users.id),
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('notes_client_idx').on(t.clientId, t.createdAt),
    index('notes_contact_idx').on(t.contactId),
    index('notes_cosign_queue_idx')
      .on(t.organizationId, t.signedAt)
      .where(sql`${t.status} = 'signed' and ${t.cosignRequired} and ${t.cosignedAt} is null`),
    index('notes_author_drafts_idx')
      .on(t.authorId)
      .where(sql`${t.status} = 'draft'`),
  ],
);

/** Append-only, signed at creation: corrections and late additions to a signed note. */
export const noteAddenda = pgTable(
  'note_addenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id),
    text: text('text').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('note_addenda_note_idx').on(t.noteId, t.signedAt)],
);
