import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const code = (secret: string) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: t.clock.now.getTime() });

async function auditCount(action: string, outcome: string): Promise<number> {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = ${action} and outcome = ${outcome}`,
  );
  return res.rows[0]!.n;
}

/** Sign in with the password only: the session waits for its second factor. */
async function passwordStep(email: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const body = res.json();
  expect(body).toEqual({ mfaRequired: true, csrfToken: expect.any(String) });
  const cookie = res.cookies.find((c) => c.name === 'careloop_session')!;
  return { cookie: `careloop_session=${cookie.value}`, csrfToken: body.csrfToken, userId: '', organizationId: '' };
}

const verify = (s: Session, c: string, headers = as(s)) =>
  t.app.inject({ method: 'POST', url: '/api/auth/mfa/verify', headers, payload: { code: c } });

async function enrol(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const s = await signIn(t.app, email);
  const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: as(s) });
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json();
  const enable = await t.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp/enable',
    headers: as(s),
    payload: { code: code(secret) },
  });
  expect(enable.statusCode).toBe(200);
  return { secret, recoveryCodes: enable.json().recoveryCodes };
}

describe('TOTP enrolment', () => {
  it('sets up a base32 secret, enables it with a code, and shows ten recovery codes once', async () => {
    const s = await signIn(t.app, 'clinician@riverbend.example');
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: as(s) });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Careloop:clinician%40riverbend\.example\?/);
    expect(otpauthUrl).toContain(`secret=${secret}`);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/totp/enable',
      headers: as(s),
      payload: { code: '000000' === code(secret) ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('mfa_code_invalid');

    const before = await auditCount('auth.mfa_enable', 'success');
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/totp/enable',
      headers: as(s),
      payload: { code: code(secret) },
    });
    expect(enable.statusCode).toBe(200);
    expect(enable.json().recoveryCodes).toHaveLength(10);
    expect(await auditCount('auth.mfa_enable', 'success')).toBe(before + 1);

    // The secret is stored sealed and never handed out again.
    const stored = await t.ctx.database.db.execute<{ secret_enc: string }>(
      sql`select secret_enc from mfa_totp where user_id = ${s.userId}`,
    );
    expect(stored.rows[0]!.secret_enc).not.toContain(secret);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: as(s) });
    expect(again.statusCode).toBe(409);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.json()).toMatchObject({ mfaEnabled: true, requiredAction: null });
  });
});

describe('sign-in with MFA', () => {
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    ({ secret, recoveryCodes } = await enrol('case_manager@riverbend.example'));
  });

  it('answers mfaRequired after the password, stays signed out until a fresh code verifies, and refuses a replay', async () => {
    const pending = await passwordStep('case_manager@riverbend.example');
    for (const url of ['/api/auth/me', '/api/notifications', '/api/auth/sessions']) {
      expect((await t.app.inject({ method: 'GET', url, headers: { cookie: pending.cookie } })).statusCode).toBe(401);
    }
    const probe = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: pending.cookie } });
    expect(probe.json()).toEqual({ signedIn: false });

    // The code used to enable it (same time step) is a replay.
    const replay = await verify(pending, code(secret));
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('mfa_code_invalid');
    // The verify step needs the CSRF token the login answered.
    expect((await verify(pending, code(secret), { cookie: pending.cookie })).statusCode).toBe(403);

    t.clock.advance(30_000);
    const fresh = code(secret);
    const ok = await verify(pending, fresh);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.email).toBe('case_manager@riverbend.example');
    const cookie = ok.cookies.find((c) => c.name === 'careloop_session')!;
    const signedIn = `careloop_session=${cookie.value}`;
    expect(signedIn).not.toBe(pending.cookie); // a new token once signed in
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: signedIn } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: pending.cookie } })).statusCode,
    ).toBe(401);

    // The same code again, in a new sign-in within its window: refused.
    const second = await passwordStep('case_manager@riverbend.example');
    expect((await verify(second, fresh)).statusCode).toBe(400);
    expect(await auditCount('auth.mfa_verify', 'failure')).toBeGreaterThanOrEqual(2);
  });

  it('accepts each recovery code once', async () => {
    const first = await passwordStep('case_manager@riverbend.example');
    const used = recoveryCodes[0]!;
    const ok = await verify(first, used.toUpperCase());
    expect(ok.statusCode).toBe(200);
    const second = await passwordStep('case_manager@riverbend.example');
    const again = await verify(second, used);
    expect(again.statusCode).toBe(400);
    expect((await verify(second, recoveryCodes[1]!)).statusCode).toBe(200);
  });

  it('ends the pending session after five wrong codes', async () => {
    const pending = await passwordStep('case_manager@riverbend.example');
    for (let i = 0; i < 4; i++) expect((await verify(pending, `12345${i}`)).statusCode).toBe(400);
    const fifth = await verify(pending, '123459');
    expect(fifth.statusCode).toBe(401);
    t.clock.advance(30_000);
    expect((await verify(pending, code(secret))).statusCode).toBe(401);
  });

  it('counts wrong codes like wrong passwords: a growing delay, not an endless supply of fresh tries', async () => {
    const email = 'intake_coordinator@riverbend.example';
    const own = await enrol(email);
    for (let i = 0; i < 5; i++) {
      const pending = await passwordStep(email);
      expect((await verify(pending, `65432${i}`)).statusCode).toBe(400);
    }
    const slowed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('15');
    t.clock.advance(16_000);
    const pending = await passwordStep(email);
    t.clock.advance(30_000);
    expect((await verify(pending, code(own.secret))).statusCode).toBe(200);
  });
});

describe('the organisation MFA requirement', () => {
  it('is off for the demo organisation, on for admins and privacy officers of a new one', async () => {
    const admin = await signIn(t.app, 'admin@riverbend.example');
    const settings = await t.app.inject({ method: 'GET', url: '/api/organization/settings', headers: as(admin) });
    expect(settings.json().mfaRequiredRoles).toEqual([]);
    const fresh = await t.ctx.database.db.execute<{ roles: string[] }>(
      sql`insert into organizations (name) values ('New agency') returning mfa_required_roles as roles`,
    );
    expect(fresh.rows[0]!.roles).toEqual(['admin', 'privacy_officer']);
  });

  it('lets an admin require it of a role; such a user is sent to enrolment (403) until they enrol', async () => {
    const admin = await signIn(t.app, 'admin@riverbend.example');
    const current = await t.app.inject({ method: 'GET', url: '/api/organization/settings', headers: as(admin) });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/organization/settings',
      headers: as(admin),
      payload: { mfaRequiredRoles: ['supervisor'], version: current.json().version },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().mfaRequiredRoles).toEqual(['supervisor']);

    const s = await signIn(t.app, 'supervisor@riverbend.example');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrollment_required');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(s) });
    expect(me.json()).toMatchObject({ requiredAction: 'mfa_enrollment_required', mfaEnabled: false });

    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: as(s) });
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/totp/enable',
      headers: as(s),
      payload: { code: code(setup.json().secret) },
    });
    expect(enable.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) })).statusCode).toBe(200);

    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/organization/settings',
      headers: as(admin),
      payload: { mfaRequiredRoles: ['janitor'], version: patch.json().version },
    });
    expect(bad.statusCode).toBe(400);
  });
});
