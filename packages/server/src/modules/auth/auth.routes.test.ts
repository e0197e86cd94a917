import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

async function auditCount(action: string, outcome: string): Promise<number> {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = ${action} and outcome = ${outcome}`,
  );
  return res.rows[0]!.n;
}

describe('POST /api/auth/login', () => {
  it('signs in with the contract shape, an httpOnly SameSite=Lax cookie, and audits it', async () => {
    const before = await auditCount('auth.login', 'success');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'Admin@Riverbend.example', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'admin@riverbend.example', roles: ['admin'] });
    expect(typeof body.csrfToken).toBe('string');
    const cookie = res.cookies.find((c) => c.name === 'careloop_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy(); // plain HTTP here; Secure only on HTTPS requests
    expect(await auditCount('auth.login', 'success')).toBe(before + 1);
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'clinician@riverbend.example', password: 'not-the-password-123' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@riverbend.example', password: 'not-the-password-123' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'unauthenticated', message: 'Email or password is incorrect.' });
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('rejects malformed input with field-level details and never echoes it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'secret-value' } });
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.code).toBe('validation_failed');
    expect(err.details.fields.map((f: { path: string }) => f.path)).toContain('password');
    expect(res.body).not.toContain('secret-value');
  });

  it('stores an unknown sign-in email only as a keyed hash in the audit log', async () => {
    const email = 'typo.someone@riverbend.example';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'whatever-123456' },
      remoteAddress: '10.20.0.1',
    });
    expect(res.statusCode).toBe(401);
    const rows = await t.ctx.database.db.execute<{ details: Record<string, unknown>; text: string }>(
      sql`select details, details::text as text from audit_events
          where action = 'auth.login' and details->>'reason' = 'unknown_account' order by occurred_at desc limit 1`,
    );
    const row = rows.rows[0]!;
    expect(row.text).not.toContain('typo.someone');
    expect(row.details.email).toBeUndefined();
    expect(row.details.emailHash).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('session', () => {
  it('GET /api/auth/me answers the contract, and 401 without a session', async () => {
    const s = await signIn(t.app, 'case_manager@riverbend.example');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: s.userId,
      email: 'case_manager@riverbend.example',
      roles: ['case_manager'],
      organizationId: s.organizationId,
      csrfToken: s.csrfToken,
      organization: { name: 'Riverbend Community Mental Health' },
    });
    expect(me.headers['x-session-idle-expires']).toBeDefined();
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('unauthenticated');
  });

  it('GET /api/auth/session answers 200 signed out (no cookie or an ended session) and the me payload signed in', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toEqual({ signedIn: false });

    const s = await signIn(t.app, 'case_manager@riverbend.example');
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      signedIn: true,
      me: {
        id: s.userId,
        email: 'case_manager@riverbend.example',
        roles: ['case_manager'],
        organizationId: s.organizationId,
        csrfToken: s.csrfToken,
        organization: { name: 'Riverbend Community Mental Health' },
      },
    });
    expect(res.headers['x-session-idle-expires']).toBeDefined();

    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(s) })).statusCode).toBe(200);
    const ended = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ signedIn: false });
  });

  it('requires the CSRF header on cookie-authenticated mutations', async () => {
    const s = await signIn(t.app, 'supervisor@riverbend.example');
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const badToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
    });
    expect(badToken.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(s) });
    expect(ok.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('expires after the idle timeout but not while in use', async () => {
    const s = await signIn(t.app, 'intake_coordinator@riverbend.example');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(20 * 60 * 1000); // 20 minutes between requests: still active
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode,
      ).toBe(200);
    }
    t.clock.advance(31 * 60 * 1000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('expires at the absolute timeout even when in constant use', async () => {
    const s = await signIn(t.app, 'privacy_officer@riverbend.example');
    const hours = t.ctx.config.session.absoluteSeconds / 3600;
    for (let i = 0; i < hours * 3 - 1; i++) {
      t.clock.advance(20 * 60 * 1000);
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode,
      ).toBe(200);
    }
    t.clock.advance(21 * 60 * 1000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(
      401,
    );
  });
});
