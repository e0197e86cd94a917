import {
  AdministrationModes,
  CssrsRiskLevels,
  FlagKinds,
  FlagStatuses,
  InstrumentFlags,
  InstrumentIds,
  NeedsAssessmentStatuses,
  RiskTiers,
  Severities,
  type LocusResultBody,
  type NeedsAssessmentBody,
  type RiskReason,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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

/** A signed instrument result: immutable once stored, with the definition version it was scored by. */
export const instrumentResults = pgTable(
  'instrument_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    episodeId: uuid('episode_id').references(() => episodes.id),
    instrument: text('instrument', { enum: InstrumentIds }).notNull(),
    definitionVersion: text('definition_version').notNull(),
    ruleSet: text('rule_set'),
    answers: jsonb('answers').notNull(),
    complete: boolean('complete').notNull(),
    total: integer('total'),
    severity: text('severity', { enum: Severities }),
    riskLevel: text('risk_level', { enum: CssrsRiskLevels }),
    flags: text('flags', { enum: InstrumentFlags }).array().notNull().default([]),
    mode: text('mode', { enum: AdministrationModes }).notNull(),
    administeredAt: timestamp('administered_at', { withTimezone: true }).notNull(),
    signedById: uuid('signed_by_id')
      .notNull()
      .references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('instrument_results_client_idx').on(t.clientId, t.instrument, t.administeredAt)],
);

/** Clinical alerts on a client. One open suicide-risk flag per client; only a clinician clears it. */
export const clientFlags = pgTable(
  'client_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    kind: text('kind', { enum: FlagKinds }).notNull(),
    status: text('status', { enum: FlagStatuses }).notNull().default('open'),
    /** Results that raised or re-raised it (repeat positives attach here). */
    sourceResultIds: uuid('source_result_ids').array().notNull().default([]),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    lastRaisedAt: timestamp('last_raised_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    resolution: text('resolution'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('client_flags_one_open_uq')
      .on(t.clientId, t.kind)
      .where(sql`${t.status} = 'open'`),
    index('client_flags_client_idx').on(t.clientId, t.lastRaisedAt),
  ],
);

/** Needs and strengths across life domains (CLINICAL.md §6.4); completed ones are immutable. */
export const needsAssessments = pgTable(
  'needs_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    episodeId: uuid('episode_id').references(() => episodes.id),
    status: text('status', { enum: NeedsAssessmentStatuses }).notNull(),
    domains: jsonb('domains').$type<NeedsAssessmentBody['domains']>().notNull(),
    present: jsonb('present').$type<NeedsAssessmentBody['present']>().notNull(),
    clientPriorities: text('client_priorities').notNull().default(''),
    overallStrengths: text('overall_strengths'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedById: uuid('completed_by_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('needs_assessments_client_idx').on(t.clientId, t.createdAt)],
);

/** Risk tier history: each computation or clinician override is a new row. */
export const riskTiers = pgTable(
  'risk_tiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    clientId: client(),
    tier: text('tier', { enum: RiskTiers }).notNull(),
    computedTier: text('computed_tier', { enum: RiskTiers }).notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    reasons: jsonb('reasons').$type<RiskReason[]>().notNull(),
    overrideReason: text('override_reason'),
    setById: uuid('set_by_id').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    /** Orders rows written at the same instant (the newest is the current tier). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (t) => [index('risk_tiers_client_idx').on(t.clientId, t.seq)],
);

/** LOCUS results entered by a licensed rater; the instrument itself is never computed here. */
export const locusResults = pgTable('locus_results', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: org(),
  clientId: client(),
  ratings: jsonb('ratings').$type<LocusResultBody['ratings']>().notNull(),
  recommendedLevel: integer('recommended_level').notNull(),
  actualLevel: integer('actual_level').notNull(),
  reasonForVariance: text('reason_for_variance'),
  ratedById: uuid('rated_by_id')
    .notNull()
    .references(() => users.id),
  ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
});

/** Licensed instrument wording an agency loaded (C-SSRS); never shipped in the code. */
export const instrumentWording = pgTable(
  'instrument_wording',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: org(),
    instrument: text('instrument', { enum: InstrumentIds }).notNull(),
    wording: jsonb('wording').$type<Record<string, string>>().notNull(),
    licenceNote: text('licence_note').notNull(),
    loadedById: uuid('loaded_by_id').references(() => users.id),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('instrument_wording_uq').on(t.organizationId, t.instrument)],
);
