import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTestDataDir, startEmbeddedPostgres } from './embedded.js';

const dataDir = defaultTestDataDir();
const logger = pino({ level: 'silent' });
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('initialises, keeps committed data, and recovers when a previous owner left its postmaster running', async () => {
    const first = await startEmbeddedPostgres({ dataDir, password: 'pw-one-for-test', logger, database: 'app' });
    await query(first.connectionString, "create table kept (v text); insert into kept values ('committed')");
    const addr = await query<{ a: string | null }>(first.connectionString, 'select inet_server_addr()::text as a');
    expect(addr[0]!.a).toBe('127.0.0.1/32'); // loopback only

    // As after a SIGKILL of the server: the old postmaster still runs, but its owner is gone.
    const gone = spawnSync('true').pid;
    fs.writeFileSync(`${dataDir}/embedded-owner.json`, JSON.stringify({ ownerPid: gone, port: 1 }));
    const second = await startEmbeddedPostgres({ dataDir, password: 'pw-one-for-test', logger, database: 'app' });
    const rows = await query<{ v: string }>(second.connectionString, 'select v from kept');
    expect(rows).toEqual([{ v: 'committed' }]);
    await first.stop(); // already stopped by the second start: resolves at once
    await second.stop();
    expect(fs.existsSync(`${dataDir}/pg/postmaster.pid`)).toBe(false);
  });

  it('shares the cluster with a live owner (a CLI while the server runs) instead of stopping it', async () => {
    const owner = await startEmbeddedPostgres({ dataDir, password: 'pw-one-for-test', logger, database: 'app' });
    // Pretend the owner is another live node process: this test runner's parent.
    fs.writeFileSync(
      `${dataDir}/embedded-owner.json`,
      JSON.stringify({ ownerPid: process.ppid, port: Number(new URL(owner.connectionString).port) }),
    );
    const guest = await startEmbeddedPostgres({ dataDir, password: 'pw-one-for-test', logger, database: 'app' });
    expect(guest.connectionString).toBe(owner.connectionString);
    await guest.stop(); // a guest never stops the owner's cluster
    expect(await query<{ v: string }>(owner.connectionString, 'select v from kept')).toEqual([{ v: 'committed' }]);
    await owner.stop();
  });
});
