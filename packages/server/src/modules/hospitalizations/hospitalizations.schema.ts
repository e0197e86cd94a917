import { HospitalizationTypes, PrincipalDiagnosisCategories } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { crisisEvents } from '../crisis/crisis.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A hospital stay or ED visit of a client (dates only: that is what discharge papers give). A
 * psychiatric discharge raises the follow-up tasks (CLINICAL.md §7.1).
 */
export const hospitalizations = pgTable(
  'hospitalizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** The client's open episode when recorded (its whereabouts follow the stay). */
    episodeId: uuid('episode_id').references(() => episodes.id),
    type: text('type', { enum: HospitalizationTypes }).notNull(),
    facility: text('facility').notNull(),
    admittedOn: date('admitted_on', { mode: 'string' }).notNull(),
    dischargedOn: date('discharged_on', { mode: 'string' }),
    principalDiagnosisCategory: text('principal_diagnosis_category', { enum: PrincipalDiagnosisCategories }).notNull(),
    /** The crisis event the admission followed (crisis module's table; no FK across branches yet). */
    /** The crisis this admission followed, when it was recorded from one. */
    crisisEventId: uuid('crisis_event_id').references(() => crisisEvents.id),
    /** Set once by the sweep when nobody had contacted the client by day 3 after discharge. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('hospitalizations_client_idx').on(t.clientId, t.admittedOn),
    // The escalation sweep and the worklist walk recent psychiatric discharges.
    index('hospitalizations_discharge_idx')
      .on(t.organizationId, t.dischargedOn)
      .where(sql`${t.dischargedOn} is not null and ${t.type} = 'psychiatric_inpatient'`),
  ],
);

/** The agency's discharge follow-up settings (defaults until an admin or supervisor saves them). */
export const hospitalizationSettings = pgTable('hospitalization_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  dischargeContactHours: integer('discharge_contact_hours').notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  version: integer('version').notNull().default(1),
});
