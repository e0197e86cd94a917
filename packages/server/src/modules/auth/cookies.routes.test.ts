import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: 'production' });
});

describe('cookies in production', () => {
  it('uses the __Host- prefix with Secure, httpOnly, SameSite=Lax and path / for the session and device cookies', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@riverbend.example', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.map((c) => c.name).sort()).toEqual(['__Host-careloop_device', '__Host-careloop_session']);
    for (const c of res.cookies) {
      expect(c).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(c.domain).toBeUndefined();
    }
    const session = res.cookies.find((c) => c.name === '__Host-careloop_session')!;
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `__Host-careloop_session=${session.value}` },
    });
    expect(me.statusCode).toBe(200);
    // The unprefixed name (which a sibling sub-domain could plant) is not read.
    const plain = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `careloop_session=${session.value}` },
    });
    expect(plain.statusCode).toBe(401);
  });
});
