import { createHash, createHmac } from 'node:crypto';
import { delayAfterFailures, shouldNotifyFailures, type ThrottlePolicy, type ThrottleScope } from '@careloop/core';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { loginFailures } from './auth.schema.js';

// A counter nobody has added to for this long starts again from zero.
const FORGET_AFTER_MS = 60 * 60 * 1000;

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
}

export function policyOf(ctx: AppContext): ThrottlePolicy {
  return { freeFailures: ctx.config.lockout.threshold, maxDelaySeconds: ctx.config.lockout.minutes * 60 };
}

export function emailHash(emailKey: string): string {
  return createHash('sha256').update(emailKey).digest('hex');
}

/** 429 with Retry-After: wait, then try again (the account itself is never locked). */
export function throttledError(retryAfter: number): AppError {
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 60 ? `${retryAfter} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError(
    429,
    'rate_limited',
    `Too many failed sign-in attempts. Wait ${wait} and try again.`,
    { retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

const keyed = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('hex');

/**
 * The counters one attempt is judged by. A browser holding a valid device cookie for this account
 * is judged only by its own failures: someone failing from the same address (a clinic's shared
 * one) without that cookie cannot slow it down.
 */
export function throttleKeys(
  secret: string,
  emailKey: string,
  ip: string | null,
  deviceNonce: string | null,
): ThrottleKey[] {
  if (deviceNonce) return [{ scope: 'device', key: keyed(secret, `device:${deviceNonce}`) }];
  const addr = ip ?? 'unknown';
  return [
    { scope: 'email_ip', key: keyed(secret, `email_ip:${emailKey}|${addr}`) },
    { scope: 'ip', key: keyed(secret, `ip:${addr}`) },
  ];
}

const matching = (keys: readonly ThrottleKey[]) =>
  or(...keys.map((k) => and(eq(loginFailures.scope, k.scope), eq(loginFailures.key, k.key))));

/** Seconds to wait before the next attempt (0 = go ahead). */
export async function retryAfterSeconds(db: DbOrTx, keys: readonly ThrottleKey[], now: Date): Promise<number> {
  const rows = await db.select().from(loginFailures).where(matching(keys));
  let wait = 0;
  for (const r of rows) {
    if (r.blockedUntil && r.blockedUntil > now) {
      wait = Math.max(wait, Math.ceil((r.blockedUntil.getTime() - now.getTime()) / 1000));
    }
  }
  return wait;
}

/** Counts a failure under each key; says whether the account's owner and admins should hear of it. */
export async function recordFailure(
  tx: DbOrTx,
  keys: readonly ThrottleKey[],
  emailKey: string,
  now: Date,
  policy: ThrottlePolicy,
): Promise<{ notify: boolean; failures: number }> {
  let notify = false;
  let accountFailures = 0;
  for (const k of keys) {
    const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
    const [row] = await tx
      .insert(loginFailures)
      .values({ ...k, emailHash: k.scope === 'ip' ? null : emailHash(emailKey), failures: 1, updatedAt: now })
      .onConflictDoUpdate({
        target: [loginFailures.scope, loginFailures.key],
        set: {
          failures: sql`case when ${loginFailures.updatedAt} < ${forgetBefore} then 1 else ${loginFailures.failures} + 1 end`,
          updatedAt: now,
        },
      })
      .returning({ failures: loginFailures.failures });
    const failures = row?.failures ?? 1;
    const delay = delayAfterFailures(k.scope, failures, policy);
    if (delay > 0) {
      await tx
        .update(loginFailures)
        .set({ blockedUntil: new Date(now.getTime() + delay * 1000) })
        .where(and(eq(loginFailures.scope, k.scope), eq(loginFailures.key, k.key)));
    }
    if (k.scope !== 'ip') accountFailures = failures;
    if (shouldNotifyFailures(k.scope, failures, policy)) notify = true;
  }
  return { notify, failures: accountFailures };
}

/** A full sign-in clears the account's own counters (not the address's: one success must not reset it for others). */
export async function clearAccountFailures(tx: DbOrTx, keys: readonly ThrottleKey[]): Promise<void> {
  const own = keys.filter((k) => k.scope !== 'ip');
  if (own.length > 0) await tx.delete(loginFailures).where(matching(own));
}

/** An admin reset clears every per-account counter of that email. */
export async function clearSignInFailures(tx: DbOrTx, emailKey: string): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.emailHash, emailHash(emailKey.toLowerCase())));
}

export async function clearSignInFailuresFor(tx: DbOrTx, emailKeys: readonly string[]): Promise<void> {
  if (emailKeys.length === 0) return;
  await tx.delete(loginFailures).where(inArray(loginFailures.emailHash, emailKeys.map(emailHash)));
}
