import type pg from 'pg';
import type { Logger } from 'pino';
import { keyedHash } from './audit.chain.js';
import { writeAuditCheckpoints } from './audit.checkpoint.js';
import type { AuditKeyring } from './audit.key.js';

const BATCH = 1000;
const SEAL_LOCK = 727274001;

interface Pending {
  id: string;
  organization_id: string | null;
  chain_seq: string;
  head_hash: string | null;
  payload: string;
}

/** Seals one batch in one transaction; 0 when another instance holds the sealer lock. */
async function sealBatch(client: pg.PoolClient, keyring: AuditKeyring): Promise<number> {
  await client.query('begin');
  try {
    const lock = await client.query<{ ok: boolean }>('select pg_try_advisory_xact_lock($1) as ok', [SEAL_LOCK]);
    if (!lock.rows[0]?.ok) {
      await client.query('rollback');
      return 0;
    }
    const pending = await client.query<Pending>('select * from careloop_audit_pending($1)', [BATCH]);
    const heads = new Map<string | null, string | null>();
    const ids: string[] = [];
    const seqs: string[] = [];
    const prevs: (string | null)[] = [];
    const hashes: string[] = [];
    const rows = [...pending.rows].sort((a, b) => Number(a.chain_seq) - Number(b.chain_seq));
    for (const r of rows) {
      const prev = heads.has(r.organization_id) ? heads.get(r.organization_id)! : r.head_hash;
      const hash = keyedHash(keyring.key, prev, r.payload);
      heads.set(r.organization_id, hash);
      ids.push(r.id);
      seqs.push(r.chain_seq);
      prevs.push(prev);
      hashes.push(hash);
    }
    if (ids.length > 0) {
      await client.query('select careloop_audit_seal_rows($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5)', [
        ids,
        seqs,
        prevs,
        hashes,
        keyring.keyId,
      ]);
    }
    await client.query('commit');
    return ids.length;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

/**
 * Chains every unsealed audit row with the keyed hash; returns how many it sealed. Safe to call
 * from any instance: one seals at a time, the others return 0.
 */
export async function sealAudit(pool: pg.Pool, keyring: AuditKeyring): Promise<number> {
  const client = await pool.connect();
  let total = 0;
  try {
    for (;;) {
      const n = await sealBatch(client, keyring);
      total += n;
      if (n < BATCH) return total;
    }
  } finally {
    client.release();
  }
}

export interface AuditSealer {
  stop(): Promise<void>;
}

export interface SealerOptions {
  intervalMs?: number;
  checkpointDir: string;
  /** A checkpoint follows new seals at most this often, and is rewritten at least this often. */
  checkpointMinMs?: number;
  checkpointMaxMs?: number;
}

/** Background sealer: requests only insert, so they never serialise on the chain. */
export function startAuditSealer(
  pool: pg.Pool,
  keyring: AuditKeyring,
  logger: Logger,
  options: SealerOptions,
): AuditSealer {
  const { intervalMs = 500, checkpointMinMs = 10_000, checkpointMaxMs = 5 * 60_000, checkpointDir } = options;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let dirty = true;
  let lastCheckpoint = 0;
  const checkpoint = () =>
    writeAuditCheckpoints(pool, keyring, checkpointDir).then((written) => {
      dirty = false;
      lastCheckpoint = Date.now();
      // A second copy wherever the logs go (journald, syslog): ids, positions and hashes only.
      if (written.length > 0) logger.info({ auditCheckpoints: written }, 'audit checkpoint');
    });
  const tick = () => {
    running = sealAudit(pool, keyring)
      .then(async (n) => {
        if (n > 0) dirty = true;
        const since = Date.now() - lastCheckpoint;
        if ((dirty && since >= checkpointMinMs) || since >= checkpointMaxMs) await checkpoint();
      })
      .catch((err: unknown) =>
        logger.error({ code: (err as { code?: string }).code }, 'audit sealer failed; will retry'),
      );
  };
  const timer = setInterval(() => {
    if (!stopped) tick();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      // Leave nothing unsealed on a clean shutdown, and the head pinned outside the database.
      await sealAudit(pool, keyring)
        .then(checkpoint)
        .catch(() => undefined);
    },
  };
}
