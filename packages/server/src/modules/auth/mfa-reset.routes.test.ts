import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin@riverbend.example');
});

const count = async (query: ReturnType<typeof sql>) =>
  (await t.ctx.database.db.execute<{ n: number }>(query)).rows[0]!.n;

async function enrol(email: string): Promise<string> {
  const s = await signIn(t.app, email);
  const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: as(s) });
  const { secret } = setup.json<{ secret: string }>();
  const code = TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: t.clock.now.getTime() });
  const enable = await t.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp/enable',
    headers: as(s),
    payload: { code },
  });
  expect(enable.statusCode).toBe(200);
  return s.userId;
}

const reset = (id: string, s: Session = admin) =>
  t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/reset-mfa`, headers: as(s) });

describe('an admin resets a staff member’s two-step sign-in', () => {
  it('removes the enrolment and recovery codes, signs the user out, and audits it', async () => {
    const userId = await enrol('clinician@riverbend.example');
    const before = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'clinician@riverbend.example', password: DEMO_PASSWORD },
    });
    expect(before.json()).toMatchObject({ mfaRequired: true });

    const res = await reset(userId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, hadMfa: true });
    expect(await count(sql`select count(*)::int as n from mfa_totp where user_id = ${userId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from mfa_recovery_codes where user_id = ${userId}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from sessions where user_id = ${userId}`)).toBe(0);
    expect(
      await count(
        sql`select count(*)::int as n from audit_events where action = 'auth.mfa_reset' and entity_id = ${userId}
            and actor_user_id = ${admin.userId}`,
      ),
    ).toBe(1);
    // The password alone signs in again (the demo organisation does not require MFA).
    const after = await signIn(t.app, 'clinician@riverbend.example');
    expect(after.userId).toBe(userId);
  });

  it('refuses one’s own reset, and anyone who is not an admin, writing nothing', async () => {
    const audits = await count(sql`select count(*)::int as n from audit_events where action = 'auth.mfa_reset'`);
    expect((await reset(admin.userId)).statusCode).toBe(403);
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const target = await signIn(t.app, 'supervisor@riverbend.example');
    expect((await reset(target.userId, cm)).statusCode).toBe(403);
    expect(await count(sql`select count(*)::int as n from audit_events where action = 'auth.mfa_reset'`)).toBe(audits);
  });

  it('answers 404 for someone outside the organisation and 400 for a malformed id', async () => {
    expect((await reset('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await reset('not-an-id')).statusCode).toBe(400);
  });
});
