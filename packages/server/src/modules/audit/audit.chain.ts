import { createHash, createHmac } from 'node:crypto';

/** A row sealed before the keyed chain: sha256 over prev hash + payload (careloop_audit_hash). */
export function legacyHash(prevHash: string | null, payload: string): string {
  return createHash('sha256')
    .update((prevHash ?? '') + payload, 'utf8')
    .digest('hex');
}

/** HMAC-SHA256 over prev hash + the row's payload (careloop_audit_payload, which includes its seq). */
export function keyedHash(key: Buffer, prevHash: string | null, payload: string): string {
  return createHmac('sha256', key)
    .update((prevHash ?? '') + payload, 'utf8')
    .digest('hex');
}
