-- Audit log: append-only at the database level, hash-chained per organisation by a sealer.

-- The hashed content of a row: an explicit column list (so adding columns later never breaks
-- old hashes) with timestamps formatted in UTC (so the session time zone does not matter).
CREATE FUNCTION careloop_audit_payload(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
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
  )::text
$$;
--> statement-breakpoint
CREATE FUNCTION careloop_audit_hash(prev text, e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(coalesce(prev, '') || careloop_audit_payload(e), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE UNIQUE INDEX audit_chain_uq ON audit_events (organization_id, chain_seq) NULLS NOT DISTINCT
  WHERE chain_seq IS NOT NULL;
--> statement-breakpoint
CREATE INDEX audit_unsealed_idx ON audit_events (id) WHERE hash IS NULL;
--> statement-breakpoint
-- Seals up to max_rows unsealed rows in id order. One sealer at a time across all app
-- instances (advisory lock); requests never wait for it because they only insert.
CREATE FUNCTION careloop_audit_seal(max_rows integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  r audit_events%ROWTYPE;
  last_hash text;
  last_seq bigint;
  n integer := 0;
BEGIN
  IF NOT pg_try_advisory_xact_lock(727274001) THEN
    RETURN 0;
  END IF;
  FOR r IN SELECT * FROM audit_events WHERE hash IS NULL ORDER BY id LIMIT max_rows LOOP
    last_hash := NULL;
    last_seq := NULL;
    -- Two branches so both can use audit_chain_uq (IS NOT DISTINCT FROM cannot).
    IF r.organization_id IS NULL THEN
      SELECT a.hash, a.chain_seq INTO last_hash, last_seq FROM audit_events a
        WHERE a.organization_id IS NULL AND a.chain_seq IS NOT NULL
        ORDER BY a.chain_seq DESC LIMIT 1;
    ELSE
      SELECT a.hash, a.chain_seq INTO last_hash, last_seq FROM audit_events a
        WHERE a.organization_id = r.organization_id AND a.chain_seq IS NOT NULL
        ORDER BY a.chain_seq DESC LIMIT 1;
    END IF;
    r.chain_seq := coalesce(last_seq, 0) + 1;
    r.prev_hash := last_hash;
    r.hash := careloop_audit_hash(last_hash, r);
    UPDATE audit_events
      SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash, sealed_at = now()
      WHERE id = r.id;
    n := n + 1;
  END LOOP;
  RETURN n;
END
$$;
--> statement-breakpoint
CREATE FUNCTION careloop_audit_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at'])
       = (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at']) THEN
    RETURN NEW; -- sealing: only the chain columns change, once
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION careloop_audit_guard();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION careloop_audit_guard();
