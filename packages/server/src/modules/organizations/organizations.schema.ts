import { NoteFormats, ROLE_LIST } from '@careloop/core';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** IANA zone used to show dates and times to the organisation's staff. */
  timeZone: text('time_zone').notNull().default('America/New_York'),
  /** Agency holidays (YYYY-MM-DD, in timeZone) skipped when counting business days. */
  holidays: text('holidays').array().notNull().default([]),
  /** Local crisis line shown on the public self-referral page next to 988. */
  crisisLineName: text('crisis_line_name'),
  crisisLinePhone: text('crisis_line_phone'),
  /** Progress-note format the agency uses: dap | soap. */
  noteFormat: text('note_format', { enum: NoteFormats }).notNull().default('dap'),
  publicIntakeEnabled: boolean('public_intake_enabled').notNull().default(true),
  /** Roles that must sign in with TOTP; new organisations require it of admins and privacy officers. */
  mfaRequiredRoles: text('mfa_required_roles', { enum: ROLE_LIST })
    .array()
    .notNull()
    .default(['admin', 'privacy_officer']),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
