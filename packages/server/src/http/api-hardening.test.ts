import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type TestApp } from '../test/test-app.js';

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-web-'));
fs.mkdirSync(path.join(distDir, 'assets'));
fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Careloop</title>');
fs.writeFileSync(path.join(distDir, 'assets', 'app-AbC123.js'), 'export const x = 1;');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ webDistDir: distDir, production: true, env: 'production' });
});
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

describe('API responses in production', () => {
  it('are never stored by browsers or proxies, errors and unknown paths included', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(cm) }),
      t.app.inject({ method: 'GET', url: '/api/auth/me' }),
      t.app.inject({ method: 'GET', url: '/api/no-such-thing' }),
      t.app.inject({ method: 'POST', url: '/api/clients', headers: as(cm), payload: { firstName: '' } }),
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x@y.example', password: 'wrong' } }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404, 400, 401]);
    for (const r of answers) expect(r.headers['cache-control']).toBe('no-store');
    // Content-hashed assets keep their long-lived caching.
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-AbC123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('shows the API docs to signed-in staff only', async () => {
    for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/index.html']) {
      const anon = await t.app.inject({ method: 'GET', url });
      expect(anon.statusCode).toBe(401);
      expect(anon.json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in to continue.' } });
    }
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/docs/json',
      headers: { cookie: 'careloop_session=nope' },
    });
    expect(stale.statusCode).toBe(401);
    const staff = await signIn(t.app, 'peer_specialist@riverbend.example');
    const spec = await t.app.inject({ method: 'GET', url: '/api/docs/json', headers: as(staff) });
    expect(spec.statusCode).toBe(200);
    expect(spec.json<{ openapi: string }>().openapi).toBe('3.0.3');
  });
});
