-- Idempotent creates: the first successful answer to (organisation, user, route, key) for 24 h.
-- The stored body is client data: it stays here (never logged) and is purged after 24 h.
CREATE TABLE idempotency_keys (
  organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  route text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  -- Null while the first request is in flight.
  status_code integer,
  response_body text,
  response_headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (organization_id, user_id, route, key)
);
--> statement-breakpoint
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
--> statement-breakpoint
-- A user's recent searches, read after each search to spot registry walks (enumeration alert).
CREATE INDEX audit_search_actor_time_idx ON audit_events (actor_user_id, occurred_at)
  WHERE action IN ('client.search', 'client.search_enumeration_suspected');
