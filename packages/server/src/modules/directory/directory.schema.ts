import { CapacityStatuses, IntakeMethods, ServiceCategories } from '@careloop/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/** Who is eligible, as the provider states it; every part optional. */
export interface DirectoryEligibility {
  minAge?: number | null;
  maxAge?: number | null;
  insurance?: string[];
  diagnoses?: string[];
  residency?: string | null;
  documents?: string[];
  notes?: string | null;
}

/**
 * Outside organizations (agencies, landlords' programs, clinics) that offer services. The
 * directory is the agency's own, per tenant (`organization_id` is the tenant).
 */
export const directoryProviders = pgTable(
  'directory_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    website: text('website'),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('directory_providers_name_uq').on(t.organizationId, sql`lower(${t.name})`)],
);

/** One service an outside organization offers (FHIR HealthcareService, SDOHCC profile). */
export const directoryServices = pgTable(
  'directory_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => directoryProviders.id),
    name: text('name').notNull(),
    category: text('category', { enum: ServiceCategories }).notNull(),
    description: text('description'),
    eligibility: jsonb('eligibility').$type<DirectoryEligibility>().notNull().default({}),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    accessibility: text('accessibility'),
    hours: text('hours'),
    addressLine: text('address_line'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    intakeMethod: text('intake_method', { enum: IntakeMethods }),
    capacityStatus: text('capacity_status', { enum: CapacityStatuses }).notNull().default('open'),
    waitlistWeeks: integer('waitlist_weeks'),
    lastVerifiedOn: date('last_verified_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    /** Name, provider, description and category folded together for typo-tolerant search. */
    searchText: text('search_text').notNull().default(''),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('directory_services_category_idx').on(t.organizationId, t.category),
    index('directory_services_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('directory_services_provider_idx').on(t.providerId),
  ],
);
