-- [09] Sign-in hardening: growing delays instead of a lock, TOTP MFA, one-time admin resets, session list.
-- New organisations require MFA of admins and privacy officers; the demo seed turns it off.
ALTER TABLE organizations ADD COLUMN mfa_required_roles text[] NOT NULL DEFAULT '{admin,privacy_officer}';
--> statement-breakpoint
-- Set by an admin's password reset: the user must choose their own before anything else.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
--> statement-breakpoint
-- Never used: the TOTP secret lives (encrypted) in mfa_totp.
ALTER TABLE users DROP COLUMN mfa_totp_secret;
--> statement-breakpoint
-- The id a user sees in their session list (the primary key is the HMAC of the cookie token).
ALTER TABLE sessions ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
--> statement-breakpoint
CREATE UNIQUE INDEX sessions_public_id_uq ON sessions (public_id);
--> statement-breakpoint
-- Wrong codes tried against a session waiting for its second factor.
ALTER TABLE sessions ADD COLUMN mfa_attempts integer NOT NULL DEFAULT 0;
--> statement-breakpoint
CREATE TABLE mfa_totp (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  -- AES-256-GCM under a key derived from SESSION_SECRET; never returned after setup.
  secret_enc text NOT NULL,
  enabled_at timestamptz,
  -- The last time step accepted, so a code cannot be replayed.
  last_used_step bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE mfa_recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX mfa_recovery_codes_uq ON mfa_recovery_codes (user_id, code_hash);
--> statement-breakpoint
DROP TABLE login_throttle;
--> statement-breakpoint
-- Failure counters per (email, address), per address and per device cookie; keys are hashes.
CREATE TABLE login_failures (
  scope text NOT NULL,
  key text NOT NULL,
  email_hash text,
  failures integer NOT NULL DEFAULT 0,
  blocked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
--> statement-breakpoint
CREATE INDEX login_failures_email_idx ON login_failures (email_hash) WHERE email_hash IS NOT NULL;
