-- Lists that show clients record which ones in a column (indexable, hashed), not only in details.
ALTER TABLE audit_events ADD COLUMN client_ids uuid[];
--> statement-breakpoint
CREATE INDEX audit_client_ids_idx ON audit_events USING gin (client_ids) WHERE client_ids IS NOT NULL;
--> statement-breakpoint
-- The new column joins the hashed payload only when set, so rows sealed before keep their hashes.
CREATE OR REPLACE FUNCTION careloop_audit_payload(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT (jsonb_build_object(
    'id', e.id,
    'org', e.organization_id,
    'at', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'actor', e.actor_user_id,
    'roles', to_jsonb(e.actor_roles),
    'action', e.action,
    'outcome', e.outcome,
    'entityType', e.entity_type,
    'entityId', e.entity_id,
    'client', e.client_id,
    'purpose', e.purpose,
    'ip', e.ip,
    'ua', e.user_agent,
    'req', e.request_id,
    'details', e.details,
    'seq', e.chain_seq
  ) || CASE WHEN e.client_ids IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('clients', to_jsonb(e.client_ids)) END)::text
$$;
