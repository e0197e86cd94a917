import { AdminChangeKinds, AdminChangeStatuses, ProgramStaffRoles, ROLE_LIST } from '@careloop/core';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';

/**
 * An admin's change to their own standing, waiting for a second admin (`pending`), decided
 * (`approved` / `rejected`), or applied at once in a one-admin organisation and reported to the
 * privacy officer (`applied_alerted`).
 */
export const adminChangeApprovals = pgTable(
  'admin_change_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** role_raise | program_staffing */
    kind: text('kind', { enum: AdminChangeKinds }).notNull(),
    status: text('status', { enum: AdminChangeStatuses }).notNull().default('pending'),
    requestedById: uuid('requested_by_id')
      .notNull()
      .references(() => users.id),
    /** role_raise: the roles it adds. */
    roles: text('roles', { enum: ROLE_LIST }).array(),
    /** program_staffing: the program and the standing (supervisor | on_call | team_member). */
    programId: uuid('program_id').references(() => programs.id),
    staffRole: text('staff_role', { enum: ProgramStaffRoles }),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('admin_change_approvals_org_status_idx').on(t.organizationId, t.status, t.createdAt)],
);
