import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { checkpointSignatureValid, signCheckpoint } from './audit.checkpoint.js';
import { auditKeyring, loadAuditKeyring } from './audit.key.js';

const logger = pino({ level: 'silent' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-key-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('audit key', () => {
  it('is generated once in DATA_DIR (0600) in embedded mode and read back after', () => {
    const config = loadConfig({ DATA_DIR: dir });
    const first = loadAuditKeyring(config, logger);
    expect(fs.statSync(path.join(dir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(loadAuditKeyring(config, logger).keyId).toBe(first.keyId);
    expect(loadAuditKeyring(loadConfig({ DATA_DIR: dir, AUDIT_HMAC_KEY: 'e'.repeat(32) }), logger).keyId).not.toBe(
      first.keyId,
    );
  });

  it('is required from the environment with DATABASE_URL in production', () => {
    const config = loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: 'postgres://app@127.0.0.1/x',
      NODE_ENV: 'production',
      SESSION_SECRET: 'test-session-secret-0123456789abcdef0123456789',
    });
    expect(() => loadAuditKeyring(config, logger)).toThrow(/AUDIT_HMAC_KEY or AUDIT_KEY_FILE/);
  });

  it('refuses a key file or checkpoint directory inside the database files', () => {
    const inPg = loadConfig({ DATA_DIR: dir, AUDIT_KEY_FILE: path.join(dir, 'pg', 'key') });
    expect(() => loadAuditKeyring(inPg, logger)).toThrow(/DATA_DIR\/pg/);
    const cpInPg = loadConfig({ DATA_DIR: dir, AUDIT_CHECKPOINT_DIR: path.join(dir, 'pg', 'cp') });
    expect(() => loadAuditKeyring(cpInPg, logger)).toThrow(/DATA_DIR\/pg/);
  });

  it('signs checkpoints so that changing any field, or another key, fails the signature', () => {
    const k = auditKeyring(Buffer.from('a'.repeat(40)));
    const c = signCheckpoint(k, {
      v: 1,
      org: null,
      seq: 7,
      hash: 'ab'.repeat(32),
      rows: 7,
      at: '2026-01-01T00:00:00Z',
    });
    expect(checkpointSignatureValid(k, c)).toBe(true);
    expect(checkpointSignatureValid(k, { ...c, seq: 6 })).toBe(false);
    expect(checkpointSignatureValid(k, { ...c, rows: 6 })).toBe(false);
    expect(checkpointSignatureValid(auditKeyring(Buffer.from('b'.repeat(40))), c)).toBe(false);
  });
});
