-- Least privilege: the app connects as careloop_app (neither superuser nor owner), migrations run
-- as the owner, the sealer's writes go through a SECURITY DEFINER function of careloop_sealer, and
-- purging signed notes needs membership of careloop_purge. The roles are cluster-wide and are made
-- by src/db/roles.ts (embedded start, test setup, `npm run db:setup-roles`), never here.
DO $$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(r, ', ') INTO missing
    FROM unnest(ARRAY['careloop_app', 'careloop_sealer', 'careloop_purge']) AS r
    WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'database roles missing: % (run: npm run db:setup-roles -- <admin-url>)', missing;
  END IF;
END $$;
--> statement-breakpoint
-- Which key sealed a row: NULL = sealed before this migration with the unkeyed sha256 chain.
ALTER TABLE audit_events ADD COLUMN chain_key_id text;
--> statement-breakpoint
-- Existing tables, and (default privileges) every table a later migration adds, are the app's to
-- read and write; audit_events is then narrowed to INSERT and SELECT.
GRANT USAGE ON SCHEMA public TO careloop_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO careloop_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO careloop_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO careloop_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO careloop_app;
--> statement-breakpoint
REVOKE ALL ON audit_events FROM careloop_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO careloop_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA drizzle TO careloop_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO careloop_app;
--> statement-breakpoint
-- Rows arrive unsealed: an INSERT cannot pre-fill the chain columns.
CREATE FUNCTION careloop_audit_insert_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.chain_seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL
     OR NEW.sealed_at IS NOT NULL OR NEW.chain_key_id IS NOT NULL THEN
    RAISE EXCEPTION 'audit rows are inserted unsealed' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_insert_unsealed BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION careloop_audit_insert_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION careloop_audit_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at', 'chain_key_id'])
       = (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at', 'chain_key_id']) THEN
    RETURN NEW; -- sealing: only the chain columns change, once
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
-- The keyed chain is computed in the app (the HMAC key never enters the database), so the old
-- in-database sealer goes; careloop_audit_hash stays to verify rows sealed before the key.
DROP FUNCTION careloop_audit_seal(integer);
--> statement-breakpoint
-- Up to max_rows unsealed rows in id order, each with the chain position it will take and the
-- payload to hash at that position; head_hash is the organisation's current last hash.
CREATE FUNCTION careloop_audit_pending(max_rows integer)
RETURNS TABLE (id bigint, organization_id uuid, chain_seq bigint, head_hash text, payload text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  o record;
  h_seq bigint;
  h_hash text;
BEGIN
  FOR o IN SELECT DISTINCT p.organization_id AS org
           FROM (SELECT a.organization_id FROM audit_events a WHERE a.hash IS NULL ORDER BY a.id LIMIT max_rows) p
  LOOP
    h_seq := NULL;
    h_hash := NULL;
    -- Two branches so both can use audit_chain_uq (IS NOT DISTINCT FROM cannot).
    IF o.org IS NULL THEN
      SELECT a.chain_seq, a.hash INTO h_seq, h_hash FROM audit_events a
        WHERE a.organization_id IS NULL AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
    ELSE
      SELECT a.chain_seq, a.hash INTO h_seq, h_hash FROM audit_events a
        WHERE a.organization_id = o.org AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
    END IF;
    RETURN QUERY
      SELECT p.id, p.organization_id, coalesce(h_seq, 0) + p.rn, h_hash,
             careloop_audit_payload(jsonb_populate_record(p.rec, jsonb_build_object('chain_seq', coalesce(h_seq, 0) + p.rn)))
      FROM (SELECT (b.x).id, (b.x).organization_id, b.x AS rec, row_number() OVER (ORDER BY (b.x).id) AS rn
            FROM (SELECT x FROM audit_events x WHERE x.hash IS NULL ORDER BY x.id LIMIT max_rows) b
            WHERE (b.x).organization_id IS NOT DISTINCT FROM o.org) p;
  END LOOP;
END
$$;
--> statement-breakpoint
-- The only way the app changes audit rows: fill the chain columns of unsealed rows, each one the
-- next link of its organisation's chain (seq = last + 1, prev_hash = last hash).
CREATE FUNCTION careloop_audit_seal_rows(ids bigint[], seqs bigint[], prevs text[], hashes text[], key_id text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r audit_events%ROWTYPE;
  last_seq bigint;
  last_hash text;
  i integer;
BEGIN
  IF key_id IS NULL OR array_length(ids, 1) IS DISTINCT FROM array_length(seqs, 1)
     OR array_length(ids, 1) IS DISTINCT FROM array_length(prevs, 1)
     OR array_length(ids, 1) IS DISTINCT FROM array_length(hashes, 1) THEN
    RAISE EXCEPTION 'careloop_audit_seal_rows: bad arguments' USING ERRCODE = 'P0001';
  END IF;
  PERFORM pg_advisory_xact_lock(727274001);
  FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP
    SELECT * INTO r FROM audit_events WHERE id = ids[i] FOR UPDATE;
    IF NOT FOUND OR r.hash IS NOT NULL OR hashes[i] IS NULL THEN
      RAISE EXCEPTION 'audit event % is not an unsealed row', ids[i] USING ERRCODE = 'P0001';
    END IF;
    last_seq := NULL;
    last_hash := NULL;
    IF r.organization_id IS NULL THEN
      SELECT a.chain_seq, a.hash INTO last_seq, last_hash FROM audit_events a
        WHERE a.organization_id IS NULL AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
    ELSE
      SELECT a.chain_seq, a.hash INTO last_seq, last_hash FROM audit_events a
        WHERE a.organization_id = r.organization_id AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
    END IF;
    IF seqs[i] IS DISTINCT FROM coalesce(last_seq, 0) + 1 OR prevs[i] IS DISTINCT FROM last_hash THEN
      RAISE EXCEPTION 'audit event % does not continue its chain', ids[i] USING ERRCODE = 'P0001';
    END IF;
    UPDATE audit_events
      SET chain_seq = seqs[i], prev_hash = prevs[i], hash = hashes[i], sealed_at = now(), chain_key_id = key_id
      WHERE id = ids[i];
  END LOOP;
  RETURN coalesce(array_length(ids, 1), 0);
END
$$;
--> statement-breakpoint
GRANT SELECT, UPDATE (chain_seq, prev_hash, hash, sealed_at, chain_key_id) ON audit_events TO careloop_sealer;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO careloop_sealer;
--> statement-breakpoint
-- A new owner needs CREATE on the schema at the moment of the hand-over, and only then.
GRANT CREATE ON SCHEMA public TO careloop_sealer;
--> statement-breakpoint
ALTER FUNCTION careloop_audit_seal_rows(bigint[], bigint[], text[], text[], text) OWNER TO careloop_sealer;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM careloop_sealer;
--> statement-breakpoint
REVOKE ALL ON FUNCTION careloop_audit_seal_rows(bigint[], bigint[], text[], text[], text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION careloop_audit_seal_rows(bigint[], bigint[], text[], text[], text) TO careloop_app;
--> statement-breakpoint
-- Purging signed notes (the demo reset) takes membership of careloop_purge, which the app role
-- never has, as well as the explicit per-transaction switch.
CREATE OR REPLACE FUNCTION careloop_may_purge() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, 'careloop_purge', 'MEMBER')
     AND coalesce(current_setting('careloop.allow_purge', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION careloop_note_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'signed' AND NOT careloop_may_purge() THEN
      RAISE EXCEPTION 'signed notes cannot be deleted' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF OLD.cosigned_at IS NULL AND NEW.cosigned_at IS NOT NULL THEN
    -- The co-sign: nothing else may change with it.
    IF (to_jsonb(NEW) - 'client_id' - 'cosigned_at' - 'cosigned_by_id' - 'version')
       IS DISTINCT FROM (to_jsonb(OLD) - 'client_id' - 'cosigned_at' - 'cosigned_by_id' - 'version') THEN
      RAISE EXCEPTION 'signed notes are immutable' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'client_id') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id') THEN
    RAISE EXCEPTION 'signed notes are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION careloop_addendum_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT careloop_may_purge() THEN
      RAISE EXCEPTION 'note addenda cannot be deleted' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN OLD;
  END IF;
  IF (to_jsonb(NEW) - 'client_id') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id') THEN
    RAISE EXCEPTION 'note addenda are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
