import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { watchPostmaster, type PostmasterWatch } from './embedded-supervisor.js';
import { loadPostgresBinaries, type PostgresBinaries } from './embedded-binaries.js';

export interface EmbeddedPostgresOptions {
  /** Holds the cluster under `<dataDir>/pg`. */
  dataDir: string;
  password: string;
  logger: Logger;
  database?: string;
  /** Fixed port; by default a free loopback port is chosen at each start. */
  port?: number;
}

export interface EmbeddedPostgres {
  connectionString: string;
  adminConnectionString: string;
  stop(): Promise<void>;
  /** Only the owner of the cluster hears of it stopping unexpectedly. */
  onUnexpectedExit?: PostmasterWatch['onUnexpectedExit'];
}

export class EmbeddedPostgresError extends Error {}

const SUPERUSER = 'careloop';

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
function resolveRunAs(logger: Logger): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const ids = () => {
    const u = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return u.status === 0 && g.status === 0 ? { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
  };
  let found = ids();
  if (!found) {
    logger.info('creating the postgres system user to run the embedded database');
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    found = ids();
  }
  if (!found)
    throw new EmbeddedPostgresError('Running as root, and no `postgres` system user could be found or created.');
  return found;
}

function assertAccessible(bin: PostgresBinaries, pgdataParent: string, runAs: RunAs): void {
  if (runAs.uid === undefined) return;
  const version = spawnSync(bin.postgres, ['--version'], { ...runAs, encoding: 'utf8' });
  if (version.status !== 0) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as the 'postgres' user, which cannot execute ${bin.postgres}. ` +
        'Move the checkout somewhere every user can read (not under a 0700 home directory), or set DATABASE_URL.',
    );
  }
  const probe = spawnSync('test', ['-x', pgdataParent], runAs);
  if (probe.status !== 0) {
    throw new EmbeddedPostgresError(
      `The 'postgres' user cannot reach the data directory ${pgdataParent}. ` +
        'Choose a DATA_DIR whose parent directories are searchable by other users, or set DATABASE_URL.',
    );
  }
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface OwnerRecord {
  ownerPid: number;
  port: number;
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'embedded-owner.json');

function isNodeProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return isAlive(pid); // no /proc (macOS): trust the signal probe
  }
}

/** The live Careloop process (other than us) that runs the cluster on this data directory, if any. */
function liveOwner(dataDir: string, pgdata: string): OwnerRecord | null {
  try {
    const rec = JSON.parse(fs.readFileSync(ownerFile(dataDir), 'utf8')) as OwnerRecord;
    const postmaster = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (rec.ownerPid !== process.pid && isAlive(rec.ownerPid) && isNodeProcess(rec.ownerPid) && isAlive(postmaster)) {
      return rec;
    }
  } catch {
    // no record or no postmaster: nobody owns it
  }
  return null;
}

/** A SIGKILLed server leaves its postgres child running (re-parented to PID 1): stop it. */
function stopStalePostmaster(bin: PostgresBinaries, pgdata: string, runAs: RunAs, logger: Logger): void {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres itself clears a dead pid file
  logger.warn(
    { postmasterPid: pid },
    'a previous embedded PostgreSQL is still running on our data directory; stopping it',
  );
  const res = spawnSync(bin.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], {
    ...runAs,
    encoding: 'utf8',
  });
  if (res.status !== 0 && isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `A PostgreSQL process (pid ${pid}) holds ${pgdata} and could not be stopped: ${res.stderr.trim()}`,
    );
  }
}

function initdb(bin: PostgresBinaries, pgdata: string, password: string, runAs: RunAs): void {
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(pgdata), `.pwfile-${process.pid}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs.uid !== undefined && runAs.gid !== undefined) {
      fs.chownSync(pgdata, runAs.uid, runAs.gid);
      fs.chownSync(pwfile, runAs.uid, runAs.gid);
    }
    const res = spawnSync(
      bin.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--lc-messages=C',
      ],
      { ...runAs, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    if (res.status !== 0) {
      fs.rmSync(pgdata, { recursive: true, force: true });
      throw new EmbeddedPostgresError(`initdb failed: ${(res.stderr || res.stdout || String(res.error)).trim()}`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

async function waitUntilReady(
  connectionString: string,
  child: ChildProcess,
  tail: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new EmbeddedPostgresError(`The embedded PostgreSQL exited during start:\n${tail()}`);
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline)
      throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start in time:\n${tail()}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Start (initialising on first use) a PostgreSQL cluster owned by this process. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { logger } = options;
  const database = options.database ?? 'careloop';
  const bin = await loadPostgresBinaries();
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, 'pg');
  const runAs = resolveRunAs(logger);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined) fs.chmodSync(dataDir, 0o711); // postgres must traverse it; secrets stay 0600
  assertAccessible(bin, dataDir, runAs);

  const base = (port: number) => `postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}`;
  const owner = liveOwner(dataDir, pgdata);
  if (owner) {
    // Another live Careloop process (e.g. the server, while a CLI runs) owns the cluster: share it.
    logger.info({ ownerPid: owner.ownerPid }, 'using the embedded PostgreSQL of the running Careloop process');
    await ensureDatabase(`${base(owner.port)}/postgres`, database);
    return {
      connectionString: `${base(owner.port)}/${database}`,
      adminConnectionString: `${base(owner.port)}/postgres`,
      stop: () => Promise.resolve(),
    };
  }

  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    logger.info('initialising the embedded PostgreSQL data directory');
    initdb(bin, pgdata, options.password, runAs);
  } else {
    stopStalePostmaster(bin, pgdata, runAs, logger);
  }

  const port = options.port ?? (await freeLoopbackPort());
  const lines: string[] = [];
  const child = spawn(
    bin.postgres,
    [
      '-D',
      pgdata,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    { ...runAs, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  let stopping: Promise<void> | undefined;
  const watch = watchPostmaster(child, () => stopping !== undefined);
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 40) lines.shift();
      logger.debug({ postgres: line }, 'embedded postgres');
    }
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) => reject(new EmbeddedPostgresError(`Cannot start PostgreSQL: ${err.message}`))),
  );
  const url = base(port);
  await Promise.race([waitUntilReady(`${url}/postgres`, child, () => lines.join('\n'), 60_000), spawnError]);
  await ensureDatabase(`${url}/postgres`, database);
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify({ ownerPid: process.pid, port } satisfies OwnerRecord), {
    mode: 0o600,
  });
  logger.info({ port }, 'embedded PostgreSQL is ready');

  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        fs.rmSync(ownerFile(dataDir), { force: true });
        resolve();
      });
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    });
    return stopping;
  };
  return {
    connectionString: `${url}/${database}`,
    adminConnectionString: `${url}/postgres`,
    stop,
    onUnexpectedExit: watch.onUnexpectedExit,
  };
}

export function defaultTestDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-pg-'));
}
