import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { readCheckpoints } from './modules/audit/audit.checkpoint.js';
import { loadAuditKeyring } from './modules/audit/audit.key.js';
import { verifyAuditChain } from './modules/audit/audit.verify.js';
import { startServer } from './server.js';
import { startEmbeddedPostgres } from './db/embedded.js';
import { MIGRATIONS_FOLDER } from './db/migrate.js';

const logger = pino({ level: 'silent' });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** The migrations as the previous version shipped them (up to 0011). */
function previousMigrations(): string {
  const dir = tempDir('careloop-mig-');
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag === '0012_db_roles_keyed_audit');
  journal.entries = journal.entries.slice(0, cut);
  for (const e of journal.entries)
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

const env = (dataDir: string) => ({
  NODE_ENV: 'production',
  SESSION_SECRET: 'test-session-secret-0123456789abcdef0123456789',
  DATA_DIR: dataDir,
  PORT: '0',
  CARELOOP_SEED: 'none',
  LOG_LEVEL: 'silent',
  WEB_DIST_DIR: dataDir,
});

describe('embedded mode roles', () => {
  it('upgrades a DATA_DIR of the previous version: roles made at start, the app as careloop_app, old chain still verifies', async () => {
    const dataDir = tempDir('careloop-upgrade-');
    // The previous version: secrets without an app password, the owner ran everything.
    fs.writeFileSync(
      path.join(dataDir, 'secrets.json'),
      JSON.stringify({ dbPassword: 'old-owner-password-1234', sessionSecret: 's'.repeat(64) }),
      { mode: 0o600 },
    );
    const old = await startEmbeddedPostgres({ dataDir, password: 'old-owner-password-1234', logger });
    const owner = new pg.Client({ connectionString: old.connectionString });
    await owner.connect();
    await migrate(drizzle(owner), { migrationsFolder: previousMigrations() });
    await owner.query(PgBoss.getConstructionPlans('pgboss')); // its job runner had installed pg-boss
    await owner.query(
      `insert into audit_events (action, outcome) values ('old.one', 'success'), ('old.two', 'success')`,
    );
    expect((await owner.query('select careloop_audit_seal(100) as n')).rows[0].n).toBe(2);
    await owner.end();
    await old.stop();

    const config = loadConfig({ ...env(dataDir), JOBS_ENABLED: 'true' });
    const server = await startServer(config, logger);
    try {
      const { database } = server.ctx;
      const me = await database.pool.query(
        `select current_user as u, r.rolsuper from pg_roles r where r.rolname = current_user`,
      );
      expect(me.rows[0]).toEqual({ u: 'careloop_app', rolsuper: false });
      // The owner keeps its password in secrets.json; the app's was added next to it.
      const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'));
      expect(secrets.dbPassword).toBe('old-owner-password-1234');
      expect(secrets.appDbPassword).toEqual(expect.any(String));
      expect(new URL(database.ownerConnectionString).username).toBe('careloop');
      // The job runner works as the app role: pg-boss's schema was handed over.
      const boss = await database.pool.query(
        `select nspowner::regrole::text as o from pg_namespace where nspname = 'pgboss'`,
      );
      expect(boss.rows[0].o).toBe('careloop_app');
      await database.pool.query(`insert into audit_events (action, outcome) values ('new.one', 'success')`);
    } finally {
      await server.close(); // seals and writes a checkpoint on the way out
    }
    const keyring = loadAuditKeyring(config, logger);
    expect(fs.statSync(path.join(dataDir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(readCheckpoints(keyring, config.audit.checkpointDir).latest.get('')?.seq).toBe(3);

    const again = await startEmbeddedPostgres({ dataDir, password: 'old-owner-password-1234', logger });
    try {
      const pool = new pg.Pool({ connectionString: again.connectionString, max: 1 });
      const rows = await pool.query(`select action, chain_key_id from audit_events order by chain_seq`);
      expect(rows.rows).toEqual([
        { action: 'old.one', chain_key_id: null },
        { action: 'old.two', chain_key_id: null },
        { action: 'new.one', chain_key_id: keyring.keyId },
      ]);
      const result = await verifyAuditChain(pool, keyring, config.audit.checkpointDir);
      await pool.end();
      expect(result.ok).toBe(true);
    } finally {
      await again.stop();
    }
  });

  it('starts fresh with the roles in place and refuses an app role that is a superuser in production', async () => {
    const dataDir = tempDir('careloop-fresh-');
    const server = await startServer(loadConfig({ ...env(dataDir), JOBS_ENABLED: 'false' }), logger);
    let ownerUrl: string;
    try {
      const rows = await query<{ u: string }>(server.ctx.database.connectionString, 'select current_user as u');
      expect(rows).toEqual([{ u: 'careloop_app' }]);
      ownerUrl = server.ctx.database.ownerConnectionString;
    } finally {
      await server.close();
    }
    const pgAgain = await startEmbeddedPostgres({
      dataDir,
      password: JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')).dbPassword,
      logger,
    });
    try {
      const external = {
        ...env(dataDir),
        DATABASE_URL: pgAgain.connectionString,
        AUDIT_HMAC_KEY: 'k'.repeat(40),
        JOBS_ENABLED: 'false',
      };
      await expect(startServer(loadConfig(external), logger)).rejects.toThrow(/superuser.*npm run db:setup-roles/s);
      expect(ownerUrl).toContain('careloop');
    } finally {
      await pgAgain.stop();
    }
  });
});
