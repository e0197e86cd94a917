import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { AuditKeyring } from './audit.key.js';

/** A signed note, kept outside the database, of how far an organisation's chain had come. */
export interface AuditCheckpoint {
  v: 1;
  org: string | null;
  seq: number;
  hash: string;
  rows: number;
  at: string;
  keyId: string;
  sig: string;
}

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

function signed(c: Omit<AuditCheckpoint, 'sig'>): string {
  return ['careloop-audit-checkpoint', c.v, c.org ?? '', c.seq, c.hash, c.rows, c.at, c.keyId].join('\n');
}

export function signCheckpoint(keyring: AuditKeyring, c: Omit<AuditCheckpoint, 'sig' | 'keyId'>): AuditCheckpoint {
  const body = { ...c, keyId: keyring.keyId };
  return { ...body, sig: createHmac('sha256', keyring.key).update(signed(body)).digest('hex') };
}

export function checkpointSignatureValid(keyring: AuditKeyring, c: AuditCheckpoint): boolean {
  if (c.keyId !== keyring.keyId || typeof c.sig !== 'string') return false;
  const expected = createHmac('sha256', keyring.key).update(signed(c)).digest();
  const given = Buffer.from(c.sig, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Appends one signed line per organisation with the head of its sealed chain; returns them. */
export async function writeAuditCheckpoints(
  pool: pg.Pool,
  keyring: AuditKeyring,
  dir: string,
): Promise<AuditCheckpoint[]> {
  const heads = await pool.query<{ org: string | null; seq: string; rows: string; hash: string }>(`
    select h.org, h.seq::text, h.rows::text,
           coalesce((select a.hash from audit_events a where a.organization_id = h.org and a.chain_seq = h.seq),
                    (select a.hash from audit_events a
                     where h.org is null and a.organization_id is null and a.chain_seq = h.seq)) as hash
    from (select organization_id as org, max(chain_seq) as seq, count(*) as rows
          from audit_events where chain_seq is not null group by organization_id) h`);
  if (heads.rows.length === 0) return [];
  const at = new Date().toISOString();
  const checkpoints = heads.rows.map((h) =>
    signCheckpoint(keyring, { v: 1, org: h.org, seq: Number(h.seq), hash: h.hash, rows: Number(h.rows), at }),
  );
  const lines = checkpoints.map((c) => JSON.stringify(c));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // One append per write: lines from several instances interleave whole.
  await fs.promises.appendFile(path.join(dir, CHECKPOINT_FILE), lines.join('\n') + '\n', { mode: 0o600 });
  return checkpoints;
}

export interface CheckpointFile {
  /** The furthest checkpoint per organisation (key: org id, '' for pre-sign-in events). */
  latest: Map<string, AuditCheckpoint>;
  /** Lines that do not parse or whose signature fails: someone wrote them without the key. */
  invalid: number;
}

export const orgKey = (org: string | null) => org ?? '';

export function readCheckpoints(keyring: AuditKeyring, dir: string): CheckpointFile {
  const latest = new Map<string, AuditCheckpoint>();
  let invalid = 0;
  let text = '';
  try {
    text = fs.readFileSync(path.join(dir, CHECKPOINT_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let c: AuditCheckpoint;
    try {
      c = JSON.parse(line) as AuditCheckpoint;
    } catch {
      invalid += 1;
      continue;
    }
    if (!checkpointSignatureValid(keyring, c)) {
      invalid += 1;
      continue;
    }
    const prev = latest.get(orgKey(c.org));
    if (!prev || c.seq > prev.seq || (c.seq === prev.seq && c.at > prev.at)) latest.set(orgKey(c.org), c);
  }
  return { latest, invalid };
}
