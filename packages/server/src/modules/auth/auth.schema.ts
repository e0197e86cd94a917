import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SessionStates, THROTTLE_SCOPE_LIST } from '@careloop/core';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';

/** Server-side sessions: the cookie holds a random token, the row is keyed by its HMAC. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    /** 'active', or 'mfa_pending' between a right password and the second factor. */
    state: text('state', { enum: SessionStates }).notNull().default('active'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** The id the owner sees in their session list (the primary key derives from the token). */
    publicId: uuid('public_id').notNull().defaultRandom(),
    mfaAttempts: integer('mfa_attempts').notNull().default(0),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expiry_idx').on(t.absoluteExpiresAt),
    uniqueIndex('sessions_public_id_uq').on(t.publicId),
  ],
);

/** Failed sign-ins per scope (email+address, address, device cookie); keys are HMACs. */
export const loginFailures = pgTable(
  'login_failures',
  {
    scope: text('scope', { enum: THROTTLE_SCOPE_LIST }).notNull(),
    key: text('key').notNull(),
    /** sha256 of the lower-cased email, so an admin reset can clear that account's counters. */
    emailHash: text('email_hash'),
    failures: integer('failures').notNull().default(0),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('login_failures_email_idx').on(t.emailHash)],
);

/** A user's TOTP secret (encrypted); enabled once a first code confirmed it. */
export const mfaTotp = pgTable('mfa_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEnc: text('secret_enc').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, kept as HMACs. */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mfa_recovery_codes_uq').on(t.userId, t.codeHash)],
);
