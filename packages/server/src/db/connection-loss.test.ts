import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionLoss } from './pg-errors.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';

let t: TestApp;
let admin: pg.Client;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  admin = new pg.Client({ connectionString: t.ctx.database.connectionString, application_name: 'test-admin' });
  await admin.connect();
});
afterAll(() => admin.end());

/** Ends every connection of the app's pool, as a database restart or failover would. */
async function terminateAppBackends(): Promise<number> {
  const res = await admin.query<{ n: number }>(
    `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
     where datname = current_database() and application_name = 'careloop' and pid <> pg_backend_pid()`,
  );
  return res.rows[0]!.n;
}

const letters = () =>
  Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26)))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

function registerClient(i: number) {
  return t.app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: as(cm),
    payload: {
      firstName: letters(),
      lastName: letters(),
      dateOfBirth: `19${50 + (i % 45)}-0${1 + (i % 9)}-1${i % 10}`,
    },
  });
}

describe('losing the database connection', () => {
  it('answers 503 database_unavailable to requests in flight, and the next request succeeds', async () => {
    const results: { statusCode: number; body: string; retryAfter: unknown }[] = [];
    let terminated = 0;
    for (let round = 0; round < 6; round++) {
      const writes = Array.from({ length: 6 }, (_, i) => registerClient(round * 6 + i));
      // Terminate while the writes hold connections (some mid-transaction, some between queries).
      await new Promise((r) => setTimeout(r, 5 * round));
      terminated += await terminateAppBackends();
      for (const res of await Promise.all(writes)) {
        results.push({ statusCode: res.statusCode, body: res.body, retryAfter: res.headers['retry-after'] });
      }
    }
    expect(terminated).toBeGreaterThan(0);
    for (const r of results) expect([201, 503]).toContain(r.statusCode);
    const failed = results.filter((r) => r.statusCode === 503);
    for (const r of failed) {
      expect(JSON.parse(r.body)).toEqual({
        error: { code: 'database_unavailable', message: 'The database is unavailable. Try again in a moment.' },
      });
      expect(r.retryAfter).toBe('5');
    }
    // The pool replaced its connections: the app answers again without a restart.
    const next = await registerClient(99);
    expect(next.statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(cm) });
    expect(read.statusCode).toBe(200);
  });

  it('answers 503 when the connection drops between the queries of a request', async () => {
    // Hold every pooled connection idle-in-checkout, terminate them, then hand them back: the
    // request that gets one must fail cleanly (the pool discards broken clients on release).
    const held = await Promise.all(Array.from({ length: 5 }, () => t.ctx.database.pool.connect()));
    expect(await terminateAppBackends()).toBe(5);
    await new Promise((r) => setTimeout(r, 200)); // the 'error' events arrive while checked out
    for (const c of held) c.release();
    const res = await registerClient(7);
    expect(res.statusCode).toBe(201);
  });

  it('recognises the error of a query on a terminated connection as connection loss', async () => {
    const client = await t.ctx.database.pool.connect();
    try {
      await terminateAppBackends();
      await new Promise((r) => setTimeout(r, 100));
      const err = await client.query('select 1').catch((e: unknown) => e);
      expect(isConnectionLoss(err)).toBe(true);
    } finally {
      client.release(true);
    }
  });
});
