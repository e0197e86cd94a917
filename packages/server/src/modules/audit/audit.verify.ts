import type pg from 'pg';
import { keyedHash, legacyHash } from './audit.chain.js';
import { orgKey, readCheckpoints, type AuditCheckpoint, type CheckpointFile } from './audit.checkpoint.js';
import type { AuditKeyring } from './audit.key.js';

export type BrokenReason =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'sequence_gap'
  /** Sealed with another key than the one configured. */
  | 'unknown_key'
  /** An unkeyed (pre-upgrade) hash after keyed ones: unkeyed rows may only open a chain. */
  | 'unkeyed_after_keyed';

export type CheckpointProblem =
  /** The database's chain ends before the checkpoint's position, or holds fewer rows. */
  | 'rows_missing'
  /** The row at the checkpoint's position has another hash: the chain was re-hashed. */
  | 'hash_differs';

export interface ChainReport {
  organizationId: string | null;
  sealed: number;
  unsealed: number;
  broken: null | { id: number; chainSeq: number; reason: BrokenReason };
  checkpoint: null | { seq: number; rows: number; at: string; problem: CheckpointProblem | null };
}

export interface AuditVerification {
  reports: ChainReport[];
  /** Checkpoint lines that fail their signature (forged, or written with another key). */
  invalidCheckpoints: number;
  ok: boolean;
}

interface Row {
  id: string;
  chain_seq: string;
  prev_hash: string | null;
  hash: string;
  chain_key_id: string | null;
  payload: string;
}

const PAGE = 5000;

/** Walks one organisation's sealed chain in order; the first broken link, if any. */
async function verifyOrg(
  pool: pg.Pool,
  keyring: AuditKeyring,
  org: string | null,
  atSeq: number | undefined,
): Promise<{ broken: ChainReport['broken']; hashAt: string | undefined }> {
  const where = org === null ? 'a.organization_id is null' : 'a.organization_id = $3';
  let expectedSeq = 1;
  let prev: string | null = null;
  let keyedSeen = false;
  let hashAt: string | undefined;
  for (;;) {
    const res: pg.QueryResult<Row> = await pool.query<Row>(
      `select a.id::text, a.chain_seq::text, a.prev_hash, a.hash, a.chain_key_id, careloop_audit_payload(a) as payload
       from audit_events a where ${where} and a.chain_seq is not null and a.chain_seq >= $1
       order by a.chain_seq limit $2`,
      org === null ? [expectedSeq, PAGE] : [expectedSeq, PAGE, org],
    );
    for (const r of res.rows) {
      const seq = Number(r.chain_seq);
      const at = { id: Number(r.id), chainSeq: seq };
      if (seq !== expectedSeq) return { broken: { ...at, reason: 'sequence_gap' }, hashAt };
      if (r.prev_hash !== prev) return { broken: { ...at, reason: 'prev_hash_mismatch' }, hashAt };
      let recomputed: string;
      if (r.chain_key_id === null) {
        if (keyedSeen) return { broken: { ...at, reason: 'unkeyed_after_keyed' }, hashAt };
        recomputed = legacyHash(prev, r.payload);
      } else if (r.chain_key_id === keyring.keyId) {
        keyedSeen = true;
        recomputed = keyedHash(keyring.key, prev, r.payload);
      } else {
        return { broken: { ...at, reason: 'unknown_key' }, hashAt };
      }
      if (recomputed !== r.hash) return { broken: { ...at, reason: 'hash_mismatch' }, hashAt };
      if (seq === atSeq) hashAt = r.hash;
      prev = r.hash;
      expectedSeq += 1;
    }
    if (res.rows.length < PAGE) return { broken: null, hashAt };
  }
}

function compare(
  cp: AuditCheckpoint,
  sealed: number,
  maxSeq: number,
  hashAt: string | undefined,
): CheckpointProblem | null {
  if (maxSeq < cp.seq || sealed < cp.rows) return 'rows_missing';
  if (hashAt !== cp.hash) return 'hash_differs';
  return null;
}

/**
 * Recomputes every sealed row's hash in chain order (keyed rows with the HMAC key, rows sealed
 * before the upgrade with plain sha256), names the first broken link per organisation, and holds
 * each chain against its latest signed checkpoint, so deleting the newest rows or re-hashing the
 * whole chain is caught too. Unsealed rows (not yet chained) are counted, not judged.
 */
export async function verifyAuditChain(
  pool: pg.Pool,
  keyring: AuditKeyring,
  checkpointDir?: string,
): Promise<AuditVerification> {
  const counts = await pool.query<{ org: string | null; sealed: string; unsealed: string; max_seq: string }>(`
    select organization_id as org,
           count(*) filter (where hash is not null)::text as sealed,
           count(*) filter (where hash is null)::text as unsealed,
           coalesce(max(chain_seq), 0)::text as max_seq
    from audit_events group by organization_id order by organization_id nulls first`);
  const checkpoints: CheckpointFile = checkpointDir
    ? readCheckpoints(keyring, checkpointDir)
    : { latest: new Map<string, AuditCheckpoint>(), invalid: 0 };
  const reports: ChainReport[] = [];
  const seen = new Set<string>();
  for (const c of counts.rows) {
    seen.add(orgKey(c.org));
    const cp = checkpoints.latest.get(orgKey(c.org));
    const { broken, hashAt } = await verifyOrg(pool, keyring, c.org, cp?.seq);
    const sealed = Number(c.sealed);
    reports.push({
      organizationId: c.org,
      sealed,
      unsealed: Number(c.unsealed),
      broken,
      checkpoint: cp
        ? { seq: cp.seq, rows: cp.rows, at: cp.at, problem: compare(cp, sealed, Number(c.max_seq), hashAt) }
        : null,
    });
  }
  // An organisation the checkpoints know but the database no longer has lost all its rows.
  for (const [key, cp] of checkpoints.latest) {
    if (seen.has(key)) continue;
    reports.push({
      organizationId: cp.org,
      sealed: 0,
      unsealed: 0,
      broken: null,
      checkpoint: { seq: cp.seq, rows: cp.rows, at: cp.at, problem: 'rows_missing' },
    });
  }
  const ok = checkpoints.invalid === 0 && reports.every((r) => !r.broken && !r.checkpoint?.problem);
  return { reports, invalidCheckpoints: checkpoints.invalid, ok };
}
