import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../db/embedded.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set size of the server process, in MiB. */
  rssMiB(): number;
  /** The last lines it wrote to stderr (for a failure message). */
  tail(): string;
  stop(): Promise<void>;
}

// The entry `npm start` ends in (scripts/start.mjs builds, then imports this file).
const MAIN = fileURLToPath(new URL('../../main.js', import.meta.url));

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready in time');
}

/** Starts the built server in production mode on a free loopback port with the given environment. */
export async function startServer(
  env: Record<string, string>,
  options: { logFile?: string; cpuProfileDir?: string } = {},
): Promise<ServerProcess> {
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profiling, MAIN], {
    env: {
      // Production refuses DATABASE_URL without SESSION_SECRET; a benchmark run needs no lasting one.
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep a tail of its output (pino logs to stdout) to explain a failed start; all of it on request.
  const log = options.logFile ? fs.createWriteStream(options.logFile) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    if (log) stream?.pipe(log, { end: false });
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - 30));
    });
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server process');
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  try {
    await waitForHealth(url, child, 120_000);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n${lines.join('\n')}`, { cause: err });
  }
  return {
    url,
    pid,
    rssMiB() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round((kb / 1024) * 10) / 10;
    },
    tail: () => lines.join('\n'),
    stop,
  };
}
