import { ServiceCategories, UnmetNeedReasons, UnmetNeedStatuses } from '@careloop/core';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.schema.js';
import { directoryServices } from '../directory/directory.schema.js';
import { episodes } from '../episodes/episodes.schema.js';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A need nothing could meet (no such service, full, not eligible): the resource-gap evidence the
 * unmet-needs report counts. The program is the client's open episode's when it was recorded, so
 * a supervisor's report counts the needs of their programs.
 */
export const unmetNeeds = pgTable(
  'unmet_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    episodeId: uuid('episode_id').references(() => episodes.id),
    programId: uuid('program_id').references(() => programs.id),
    category: text('category', { enum: ServiceCategories }).notNull(),
    reason: text('reason', { enum: UnmetNeedReasons }).notNull(),
    note: text('note'),
    serviceId: uuid('service_id').references(() => directoryServices.id),
    /** A referral of the referrals module (no foreign key: the modules stay apart). */
    referralId: uuid('referral_id'),
    status: text('status', { enum: UnmetNeedStatuses }).notNull().default('open'),
    resolutionNote: text('resolution_note'),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: uuid('resolved_by_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('unmet_needs_client_idx').on(t.clientId, t.recordedAt),
    // The report counts by organisation and period.
    index('unmet_needs_org_recorded_idx').on(t.organizationId, t.recordedAt),
  ],
);
