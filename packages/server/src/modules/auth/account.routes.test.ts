import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

async function auditCount(action: string, outcome = 'success'): Promise<number> {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = ${action} and outcome = ${outcome}`,
  );
  return res.rows[0]!.n;
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('POST /api/auth/password', () => {
  it('changes your own password under the policy and ends your other sessions', async () => {
    const email = 'clinician@riverbend.example';
    const here = await signIn(t.app, email);
    const elsewhere = await signIn(t.app, email);
    const change = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: as(here), payload });

    const wrongCurrent = await change({ currentPassword: 'not-my-password', newPassword: 'a fresh long passphrase' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.details.fields).toEqual([
      { path: 'currentPassword', message: 'Your current password is not correct.' },
    ]);
    const weak = await change({ currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.fields[0].path).toBe('newPassword');
    const missing = await change({ newPassword: 'a fresh long passphrase' });
    expect(missing.statusCode).toBe(400);
    // Nothing changed: the old password still works, the other session is still there.
    expect((await get('/api/auth/me', elsewhere.cookie)).statusCode).toBe(200);
    await signIn(t.app, email);

    const before = await auditCount('auth.password_change');
    const ok = await change({ currentPassword: DEMO_PASSWORD, newPassword: 'a fresh long passphrase' });
    expect(ok.statusCode).toBe(200);
    expect(await auditCount('auth.password_change')).toBe(before + 1);
    expect((await get('/api/auth/me', here.cookie)).statusCode).toBe(200);
    expect((await get('/api/auth/me', elsewhere.cookie)).statusCode).toBe(401);
    await signIn(t.app, email, 'a fresh long passphrase');
    await expect(signIn(t.app, email)).rejects.toThrow(/401/);
  });

  it('slows down guesses at the current password', async () => {
    const s = await signIn(t.app, 'peer_specialist@riverbend.example');
    const guess = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: as(s),
        payload: { currentPassword, newPassword: 'another long passphrase' },
      });
    for (let i = 0; i < 5; i++) expect((await guess(`guess number ${i}`)).statusCode).toBe(400);
    const slowed = await guess(DEMO_PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('15');
  });
});

describe('admin password reset', () => {
  it('is one-time: after signing in with it, only the password change answers until it is changed', async () => {
    const admin = await signIn(t.app, 'admin@riverbend.example');
    const target = await signIn(t.app, 'case_manager@riverbend.example');
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${target.userId}/reset-password`,
      headers: as(admin),
      payload: { password: 'temporary passphrase 42' },
    });
    expect(reset.statusCode).toBe(200);

    const s = await signIn(t.app, 'case_manager@riverbend.example', 'temporary passphrase 42');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: as(s) })).statusCode).toBe(403);
    const me = await get('/api/auth/me', s.cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json().requiredAction).toBe('password_change_required');

    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: as(s),
      payload: { currentPassword: 'temporary passphrase 42', newPassword: 'my own chosen passphrase' },
    });
    expect(change.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) })).statusCode).toBe(200);
    expect((await get('/api/auth/me', s.cookie)).json().requiredAction).toBeNull();
  });
});

describe('your sessions', () => {
  it('lists your sessions without tokens, marks the current one, and ends another', async () => {
    const email = 'supervisor@riverbend.example';
    const mine = await signIn(t.app, email);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
      headers: { 'user-agent': 'Tablet browser' },
      remoteAddress: '10.50.0.9',
    });
    const otherCookie = `careloop_session=${other.cookies.find((c) => c.name === 'careloop_session')!.value}`;
    const someoneElse = await signIn(t.app, 'intake_coordinator@riverbend.example');

    const list = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: as(mine) });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; ip: string; userAgent: string }[];
    expect(items).toHaveLength(2);
    expect(items.filter((i) => i.current)).toHaveLength(1);
    const tablet = items.find((i) => !i.current)!;
    expect(tablet).toMatchObject({ ip: '10.50.0.9', userAgent: 'Tablet browser' });
    expect(Object.keys(tablet).sort()).toEqual(['createdAt', 'current', 'id', 'ip', 'lastSeenAt', 'userAgent']);
    expect(list.body).not.toContain(otherCookie.split('=')[1]!);
    expect(list.body).not.toContain(mine.csrfToken);

    // Someone else's session is not yours to end.
    const theirs = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: as(someoneElse) });
    const theirId = (theirs.json().items as { id: string }[])[0]!.id;
    const refused = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${theirId}`, headers: as(mine) });
    expect(refused.statusCode).toBe(404);
    expect((await get('/api/auth/me', someoneElse.cookie)).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/auth/sessions/not-a-uuid', headers: as(mine) })).statusCode,
    ).toBe(400);

    const before = await auditCount('auth.session_end');
    const end = await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${tablet.id}`, headers: as(mine) });
    expect(end.statusCode).toBe(200);
    expect(await auditCount('auth.session_end')).toBe(before + 1);
    expect((await get('/api/auth/me', otherCookie)).statusCode).toBe(401);
    expect((await get('/api/auth/me', mine.cookie)).statusCode).toBe(200);
  });
});
