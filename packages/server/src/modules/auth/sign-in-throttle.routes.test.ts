import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const CLINIC_IP = '10.40.0.7';

function attempt(email: string, password: string, opts: { ip?: string; device?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: opts.ip ?? CLINIC_IP,
    ...(opts.device && { headers: { cookie: `careloop_device=${opts.device}` } }),
  });
}

async function deviceCookieOf(email: string, ip = CLINIC_IP): Promise<string> {
  const res = await attempt(email, DEMO_PASSWORD, { ip });
  expect(res.statusCode).toBe(200);
  const device = res.cookies.find((c) => c.name === 'careloop_device');
  expect(device).toMatchObject({ httpOnly: true, path: '/' });
  expect(device!.maxAge).toBeGreaterThan(300 * 24 * 3600);
  return device!.value;
}

describe('sign-in throttling', () => {
  it("slows a cookieless browser after an attacker's failures at a shared address, but not the user's own browser", async () => {
    const email = 'clinician@riverbend.example';
    const device = await deviceCookieOf(email);

    // Someone at the same clinic address, without that browser's cookie, guesses five times.
    for (let i = 0; i < 5; i++) expect((await attempt(email, `wrong-guess-${i}-xyz`)).statusCode).toBe(401);
    const slowed = await attempt(email, DEMO_PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.code).toBe('rate_limited');
    expect(Number(slowed.headers['retry-after'])).toBe(15);

    // The user's own browser signs in straight away, from the same address.
    expect((await attempt(email, DEMO_PASSWORD, { device })).statusCode).toBe(200);
    // Its own typos count on its own counter: still a plain 401, not a delay.
    expect((await attempt(email, 'my-own-typo-123', { device })).statusCode).toBe(401);

    // No hard lock: once the short delay has passed, the right password works without the cookie too.
    t.clock.advance(16_000);
    expect((await attempt(email, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('grows the delay with each further failure instead of locking', async () => {
    const email = 'case_manager@riverbend.example';
    const ip = '10.41.0.1';
    for (let i = 0; i < 5; i++) await attempt(email, 'wrong-password-xyz', { ip });
    expect(Number((await attempt(email, 'x-wrong-password', { ip })).headers['retry-after'])).toBe(15);
    t.clock.advance(15_000);
    expect((await attempt(email, 'wrong-password-xyz', { ip })).statusCode).toBe(401);
    expect(Number((await attempt(email, DEMO_PASSWORD, { ip })).headers['retry-after'])).toBe(30);
    t.clock.advance(30_000);
    expect((await attempt(email, DEMO_PASSWORD, { ip })).statusCode).toBe(200);
    // A full sign-in clears the account's counter at that address.
    expect((await attempt(email, 'wrong-password-xyz', { ip })).statusCode).toBe(401);
  });

  it('counts failures per address across emails, and a device-cookie browser there is unaffected', async () => {
    const ip = '10.42.0.1';
    const device = await deviceCookieOf('supervisor@riverbend.example', ip);
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`nobody${i}@riverbend.example`, 'wrong-password-xyz', { ip })).statusCode).toBe(401);
    }
    const cookieless = await attempt('intake_coordinator@riverbend.example', DEMO_PASSWORD, { ip });
    expect(cookieless.statusCode).toBe(429);
    expect((await attempt('supervisor@riverbend.example', DEMO_PASSWORD, { ip, device })).statusCode).toBe(200);
    // Elsewhere the same account is not slowed.
    expect((await attempt('intake_coordinator@riverbend.example', DEMO_PASSWORD, { ip: '10.43.0.1' })).statusCode).toBe(
      200,
    );
  });

  it('tells the user and the admins (ids only) when an account sees repeated failures', async () => {
    const email = 'peer_specialist@riverbend.example';
    for (let i = 0; i < 5; i++) await attempt(email, 'wrong-password-xyz', { ip: '10.44.0.1' });
    const target = await t.ctx.database.db.execute<{ id: string }>(sql`select id from users where email = ${email}`);
    const targetId = target.rows[0]!.id;
    const rows = await t.ctx.database.db.execute<{ email: string; entity_type: string; params: unknown }>(sql`
      select u.email, n.entity_type, n.params from notifications n join users u on u.id = n.user_id
      where n.kind = 'sign_in_failures' and n.entity_id = ${targetId} order by u.email`);
    expect(rows.rows.map((r) => r.email)).toEqual(['admin@riverbend.example', email]);
    expect(rows.rows.every((r) => r.entity_type === 'user')).toBe(true);
    expect(rows.rows.map((r) => r.params)).toEqual([{ as: 'admin' }, { as: 'owner' }]);
    // Further failures within the hour do not repeat it.
    t.clock.advance(20_000);
    await attempt(email, 'wrong-password-xyz', { ip: '10.44.0.1' });
    const again = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from notifications where kind = 'sign_in_failures' and entity_id = ${targetId}`,
    );
    expect(again.rows[0]!.n).toBe(2);
  });

  it('ignores a forged device cookie', async () => {
    const email = 'privacy_officer@riverbend.example';
    const ip = '10.45.0.1';
    const real = await deviceCookieOf(email, ip);
    const [userId, nonce] = real.split('.');
    const forged = `${userId}.${nonce}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    for (let i = 0; i < 5; i++) await attempt(email, 'wrong-password-xyz', { ip });
    expect((await attempt(email, DEMO_PASSWORD, { ip, device: forged })).statusCode).toBe(429);
    expect((await attempt(email, DEMO_PASSWORD, { ip, device: real })).statusCode).toBe(200);
  });
});
