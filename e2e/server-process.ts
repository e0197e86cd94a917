import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface ServerProcess {
  baseURL: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/** Runs the built server (`npm run build` first) on its own data directory and port. */
export async function startServer(
  env: Record<string, string>,
  dataDir?: string,
  port?: number,
): Promise<ServerProcess> {
  const main = path.join(root, 'packages/server/dist/main.js');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(root, 'packages/web/dist/index.html'))) {
    throw new Error('The e2e tests run the built app: run `npm run build` first.');
  }
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-e2e-'));
  const p = port ?? (await freePort());
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, PORT: String(p), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const baseURL = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start:\n${log}`);
    try {
      const res = await fetch(`${baseURL}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseURL, dataDir: dir, child, output: () => log };
}

export async function stopServer(s: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill(signal);
  });
}
