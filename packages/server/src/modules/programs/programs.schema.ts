import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROGRAM_MODEL_LIST, ProgramStaffRoles, ROLE_LIST } from '@careloop/core';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** supportive | strengths_based | clinical | intensive | act (checked by the API schema). */
    model: text('model', { enum: PROGRAM_MODEL_LIST }).notNull(),
    active: boolean('active').notNull().default(true),
    // Agency-editable copies of PROGRAM_DEFAULTS for the model (CLINICAL.md §5.2).
    cadenceMinContacts: integer('cadence_min_contacts').notNull().default(1),
    cadenceWindowDays: integer('cadence_window_days').notNull().default(30),
    faceToFaceOnly: boolean('face_to_face_only').notNull().default(false),
    faceToFaceEveryDays: integer('face_to_face_every_days'),
    carePlanReviewDays: integer('care_plan_review_days').notNull().default(180),
    caseloadCap: integer('caseload_cap').notNull().default(45),
    eligibilityNotes: text('eligibility_notes'),
    /** A supervisor approves each signed care plan before it becomes effective. */
    planApprovalRequired: boolean('plan_approval_required').notNull().default(false),
    /** Every progress note in the program needs a supervisor's co-sign to be final. */
    noteCosignRequired: boolean('note_cosign_required').notNull().default(false),
    /** Staff roles whose notes need a co-sign even when the program does not require it for all. */
    cosignRoles: text('cosign_roles', { enum: ROLE_LIST }).array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('programs_org_name_uq').on(t.organizationId, t.name),
    index('programs_org_idx').on(t.organizationId),
  ],
);

/** Who supervises a program, is on call for it, or belongs to its shared (ACT) team. */
export const programStaff = pgTable(
  'program_staff',
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
    /** supervisor | on_call | team_member */
    role: text('role', { enum: ProgramStaffRoles }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('program_staff_uq').on(t.programId, t.userId, t.role),
    index('program_staff_user_idx').on(t.organizationId, t.userId),
    index('program_staff_user_role_idx').on(t.userId, t.role),
  ],
);
