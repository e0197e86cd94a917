import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeLoopbackPort } from './db/embedded.js';

// These run the built server as `npm start` does, each on its own data directory and port.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const main = path.join(root, 'packages/server/dist/main.js');
// The promise: SIGTERM or Ctrl-C stops the server and its database within 10 s.
const STOP_DEADLINE_MS = 10_000;

const dirs: string[] = [];
const children: ChildProcess[] = [];
beforeAll(() => {
  execFileSync(
    path.join(root, 'node_modules/.bin/tsc'),
    ['-b', 'packages/core', 'packages/server/tsconfig.build.json'],
    { cwd: root },
  );
}, 180_000);
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function until(check: () => boolean, deadlineMs: number): Promise<boolean> {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

interface Started {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output: () => string;
  /** The server's node process and its postmaster. */
  serverPid: () => number;
  postmasterPid: () => number;
}

async function start(command: string, args: string[], env: Record<string, string>, cwd = root): Promise<Started> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-proc-'));
  dirs.push(dataDir);
  const port = await freeLoopbackPort();
  let out = '';
  const child = spawn(command, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited during start:\n${out}`);
    const ok = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`not ready in time:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const owner = () =>
    JSON.parse(fs.readFileSync(path.join(dataDir, 'embedded-owner.json'), 'utf8')) as { ownerPid: number };
  const serverPid = owner().ownerPid;
  const postmasterPid = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { child, url, dataDir, output: () => out, serverPid: () => serverPid, postmasterPid: () => postmasterPid };
}

describe('the server process', () => {
  it('in production seeds the demo only when asked, prints no password, and stops with its database on SIGTERM', async () => {
    const s = await start(process.execPath, [main], { NODE_ENV: 'production', CARELOOP_SEED: 'demo' });
    const password = fs.readFileSync(path.join(s.dataDir, 'demo-password.txt'), 'utf8').trim();
    expect(password.length).toBeGreaterThan(10);
    expect(s.output()).not.toContain(password);
    const login = await fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@riverbend.example', password }),
    });
    expect(login.status).toBe(200);

    expect(s.serverPid()).toBe(s.child.pid);
    s.child.kill('SIGTERM');
    const stopped = await until(() => !alive(s.serverPid()) && !alive(s.postmasterPid()), STOP_DEADLINE_MS);
    expect(stopped).toBe(true);
    expect(s.child.exitCode).toBe(0);
  }, 180_000);

  it('under `npm start`, a SIGTERM to npm stops the server and its database', async () => {
    // A package whose start script is what `npm start` runs: the npm watch, then the server.
    const pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-npm-'));
    dirs.push(pkg);
    fs.writeFileSync(
      path.join(pkg, 'entry.mjs'),
      `import { exitWithNpm } from ${JSON.stringify(path.join(root, 'scripts/npm-parent-watch.mjs'))};\n` +
        `exitWithNpm();\nawait import(${JSON.stringify(main)});\n`,
    );
    fs.writeFileSync(
      path.join(pkg, 'package.json'),
      JSON.stringify({ name: 'careloop-start-probe', private: true, scripts: { start: 'node entry.mjs' } }),
    );
    const s = await start('npm', ['start', '--silent'], { CARELOOP_SEED: 'none' }, pkg);
    expect(s.serverPid()).not.toBe(s.child.pid); // npm -> sh -> node
    s.child.kill('SIGTERM');
    const stopped = await until(() => !alive(s.serverPid()) && !alive(s.postmasterPid()), STOP_DEADLINE_MS);
    expect(stopped).toBe(true);
  }, 180_000);

  it('shuts down cleanly when its embedded PostgreSQL is killed, leaving nothing running', async () => {
    const s = await start(process.execPath, [main], { CARELOOP_SEED: 'none' });
    process.kill(s.postmasterPid(), 'SIGKILL');
    const exited = await until(() => s.child.exitCode !== null, STOP_DEADLINE_MS);
    expect(exited).toBe(true);
    expect(s.child.exitCode).toBe(1);
    expect(alive(s.postmasterPid())).toBe(false);
    expect(s.output()).toContain('the embedded PostgreSQL stopped unexpectedly');
  }, 180_000);
});
