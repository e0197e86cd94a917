import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/test-app.js';

// A built web app in miniature: index.html and one content-hashed chunk.
const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-web-'));
fs.mkdirSync(path.join(distDir, 'assets'));
fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Careloop</title>');
fs.writeFileSync(path.join(distDir, 'assets', 'tasks-page-AbC123.js'), 'export const x = 1;');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ webDistDir: distDir });
});
afterAll(() => fs.rmSync(distDir, { recursive: true, force: true }));

describe('serving the web app', () => {
  it('lets browsers keep content-hashed assets for good', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/tasks-page-AbC123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers client-side routes with index.html that is always revalidated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/clients/123' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<title>Careloop</title>');
  });

  it('answers a chunk that no longer exists (an older release) with 404, not the page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/tasks-page-Old999.js' });
    expect(res.statusCode).toBe(404);
  });

  it('outside production, shows the API docs without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
  });
});
