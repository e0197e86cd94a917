import {
  ClientStatuses,
  ContactRelationships,
  ContactRoles,
  DuplicatePairSources,
  DuplicatePairStatuses,
  Ethnicities,
  GenderIdentities,
  HousingStatuses,
  IdentifierTypes,
  Races,
  SexAtBirth,
  VeteranStatuses,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

export interface PhoneJson {
  type: 'mobile' | 'home' | 'work' | 'other';
  number: string;
  primary: boolean;
}
export interface AddressJson {
  line1: string;
  line2?: string | null;
  city: string;
  state: string;
  postalCode: string;
}
export interface CommunicationJson {
  okToText: boolean;
  okToVoicemail: boolean;
  okToMail: boolean;
  notes?: string | null;
}

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    mrn: text('mrn').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name'),
    pronouns: text('pronouns'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    sexAtBirth: text('sex_at_birth', { enum: SexAtBirth }),
    genderIdentity: text('gender_identity', { enum: GenderIdentities }),
    race: text('race', { enum: Races }).array().notNull().default([]),
    ethnicity: text('ethnicity', { enum: Ethnicities }),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    phones: jsonb('phones').$type<PhoneJson[]>().notNull().default([]),
    phoneDigits: text('phone_digits').array().notNull().default([]),
    email: text('email'),
    homeAddress: jsonb('home_address').$type<AddressJson>(),
    mailingAddress: jsonb('mailing_address').$type<AddressJson>(),
    housingStatus: text('housing_status', { enum: HousingStatuses }),
    veteranStatus: text('veteran_status', { enum: VeteranStatuses }),
    communication: jsonb('communication')
      .$type<CommunicationJson>()
      .notNull()
      .default({ okToText: false, okToVoicemail: false, okToMail: false }),
    status: text('status', { enum: ClientStatuses }).notNull().default('active'),
    deceasedDate: date('deceased_date', { mode: 'string' }),
    mergedIntoId: uuid('merged_into_id'),
    // Search forms of the names (normalised in the service) and their double-metaphone codes.
    searchFirst: text('search_first').notNull(),
    searchLast: text('search_last').notNull(),
    searchPreferred: text('search_preferred').notNull().default(''),
    firstDm: text('first_dm').generatedAlwaysAs(sql`dmetaphone(search_first)`),
    lastDm: text('last_dm').generatedAlwaysAs(sql`dmetaphone(search_last)`),
    addressKey: text('address_key'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('clients_org_mrn_uq').on(t.organizationId, t.mrn),
    // Organisation first (btree_gin): a search visits only its own organisation's rows.
    index('clients_org_last_trgm').using('gin', t.organizationId, sql`${t.searchLast} gin_trgm_ops`),
    index('clients_org_first_trgm').using('gin', t.organizationId, sql`${t.searchFirst} gin_trgm_ops`),
    index('clients_org_preferred_trgm').using('gin', t.organizationId, sql`${t.searchPreferred} gin_trgm_ops`),
    index('clients_org_last_dm').on(t.organizationId, t.lastDm),
    index('clients_org_search_first').on(t.organizationId, t.searchFirst),
    index('clients_org_search_preferred').on(t.organizationId, t.searchPreferred),
    index('clients_org_first_dm').on(t.organizationId, t.firstDm),
    index('clients_org_dob').on(t.organizationId, t.dateOfBirth),
    index('clients_phone_digits').using('gin', t.phoneDigits),
    index('clients_org_address').on(t.organizationId, t.addressKey),
    index('clients_merged_into').on(t.mergedIntoId),
  ],
);

export const clientIdentifiers = pgTable(
  'client_identifiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    type: text('type', { enum: IdentifierTypes }).notNull(),
    value: text('value').notNull(),
    valueNorm: text('value_norm').notNull(),
    issuer: text('issuer'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('client_identifiers_lookup').on(t.organizationId, t.valueNorm),
    index('client_identifiers_client').on(t.clientId),
  ],
);

export const supportContacts = pgTable(
  'support_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    relationship: text('relationship', { enum: ContactRelationships }).notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    roles: text('roles', { enum: ContactRoles }).array().notNull().default([]),
    involvementAgreed: boolean('involvement_agreed').notNull().default(false),
    notes: text('notes'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('support_contacts_client').on(t.clientId)],
);

/** Per-organisation counters (MRNs). */
export const orgCounters = pgTable(
  'org_counters',
  {
    organizationId: uuid('organization_id').notNull(),
    name: text('name').notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.name] })],
);

/** Shipped nickname table: a variant belongs to one or more canonical names (Bob -> Robert). */
export const nicknames = pgTable(
  'nicknames',
  {
    canonical: text('canonical').notNull(),
    variant: text('variant').notNull(),
  },
  (t) => [primaryKey({ columns: [t.variant, t.canonical] })],
);

/** Possible duplicate pairs for admin review (client_a < client_b). */
export const duplicatePairs = pgTable(
  'duplicate_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    clientA: uuid('client_a')
      .notNull()
      .references(() => clients.id),
    clientB: uuid('client_b')
      .notNull()
      .references(() => clients.id),
    score: real('score').notNull(),
    reasons: text('reasons').array().notNull().default([]),
    /** open | not_duplicate | merged */
    status: text('status', { enum: DuplicatePairStatuses }).notNull().default('open'),
    source: text('source', { enum: DuplicatePairSources }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('duplicate_pairs_uq').on(t.organizationId, t.clientA, t.clientB),
    index('duplicate_pairs_open').on(t.organizationId, t.status),
  ],
);

/** A merge, with exactly which rows moved, so an admin can undo it. */
export const clientMerges = pgTable(
  'client_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => clients.id),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => clients.id),
    moved: jsonb('moved').$type<Record<string, string[]>>().notNull(),
    reason: text('reason'),
    mergedBy: uuid('merged_by').notNull(),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid('undone_by'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [index('client_merges_org').on(t.organizationId, t.mergedAt)],
);
