import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type ServerProcess } from './server-process.js';

const PASSWORD = 'restart-demo-password-1';
let server: ServerProcess | undefined;
afterAll(async () => {
  if (server) {
    await stopServer(server);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
});

async function signIn(baseURL: string, email: string, password: string) {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const body = res.ok ? ((await res.json()) as { csrfToken: string }) : null;
  return { status: res.status, cookie, csrf: body?.csrfToken ?? '' };
}

describe('crash safety', () => {
  it('comes back after SIGKILL with every committed change', async () => {
    const env = { CARELOOP_DEMO_PASSWORD: PASSWORD, RATE_LIMIT_ENABLED: 'false' };
    server = await startServer(env);
    const admin = await signIn(server.baseURL, 'admin@riverbend.example', PASSWORD);
    const created = await fetch(`${server.baseURL}/api/admin/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: JSON.stringify({
        email: 'survivor@riverbend.example',
        name: 'Sur Vivor',
        roles: ['clinician'],
        password: 'committed before the crash',
      }),
    });
    expect(created.status).toBe(201);

    await stopServer(server, 'SIGKILL'); // the embedded PostgreSQL is left running, orphaned
    const { dataDir } = server;
    server = await startServer(env, dataDir);
    expect((await signIn(server.baseURL, 'survivor@riverbend.example', 'committed before the crash')).status).toBe(200);
  });
});
