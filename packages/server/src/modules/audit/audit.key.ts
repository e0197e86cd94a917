import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';

/** The audit chain's HMAC key, kept outside the database so its administrator cannot re-hash. */
export interface AuditKeyring {
  key: Buffer;
  /** Names the key in each sealed row and checkpoint without revealing it. */
  keyId: string;
}

export class AuditKeyError extends Error {}

export function auditKeyring(key: Buffer): AuditKeyring {
  const keyId = createHash('sha256').update('careloop-audit-key-id\0').update(key).digest('hex').slice(0, 16);
  return { key, keyId };
}

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Refuses a path inside the database's own files: a copy of the cluster must not carry the key. */
export function assertOutsideCluster(file: string, dataDir: string, what: string): void {
  if (isInside(path.resolve(file), path.join(path.resolve(dataDir), 'pg'))) {
    throw new AuditKeyError(`${what} (${file}) must not be inside DATA_DIR/pg, the database's own files.`);
  }
}

function readKeyFile(file: string): Buffer {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (text.length < 32) throw new AuditKeyError(`The audit key file ${file} holds fewer than 32 characters.`);
  return Buffer.from(text, 'utf8');
}

/**
 * AUDIT_HMAC_KEY, else AUDIT_KEY_FILE, else DATA_DIR/audit-key (made at first start, 0600).
 * With DATABASE_URL in production one of the first two is required.
 */
export function loadAuditKeyring(config: Config, logger: Logger): AuditKeyring {
  const { hmacKey, keyFile, checkpointDir } = config.audit;
  assertOutsideCluster(checkpointDir, config.dataDir, 'AUDIT_CHECKPOINT_DIR');
  if (hmacKey) return auditKeyring(Buffer.from(hmacKey, 'utf8'));
  if (keyFile) {
    assertOutsideCluster(keyFile, config.dataDir, 'AUDIT_KEY_FILE');
    if (!fs.existsSync(keyFile)) throw new AuditKeyError(`AUDIT_KEY_FILE ${keyFile} does not exist.`);
    return auditKeyring(readKeyFile(keyFile));
  }
  if (config.databaseUrl && config.env === 'production') {
    throw new AuditKeyError(
      'With DATABASE_URL in production, set AUDIT_HMAC_KEY or AUDIT_KEY_FILE (the audit chain key, kept outside the database).',
    );
  }
  const file = path.join(config.dataDir, 'audit-key');
  if (config.databaseUrl) logger.warn('AUDIT_HMAC_KEY is not set: using the audit key generated in DATA_DIR');
  if (fs.existsSync(file)) return auditKeyring(readKeyFile(file));
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const generated = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process made it first
  }
  return auditKeyring(readKeyFile(file));
}
