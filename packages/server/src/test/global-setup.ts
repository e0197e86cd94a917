import fs from 'node:fs';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { defaultTestDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.js';
import { runMigrations } from '../db/migrate.js';
import { ensureRoles } from '../db/roles.js';
import { TEST_APP_PASSWORD } from './test-roles.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the whole run (embedded, or DATABASE_URL when set) and one migrated
 * template database; each test file clones its own database from it (see test-db.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = defaultTestDataDir();
    embedded = await startEmbeddedPostgres({
      dataDir,
      password: 'test-only-password',
      logger: pino({ level: 'warn' }),
    });
    adminUrl = embedded.adminConnectionString;
  }
  const template = `careloop_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    // The app under test connects as careloop_app, as in production (see test-app.ts).
    const me = await admin.query<{ u: string }>('select current_user as u');
    await ensureRoles(admin, { appPassword: TEST_APP_PASSWORD, ownerRole: me.rows[0]?.u });
    await admin.query(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    await runMigrations(pool).finally(() => pool.end());
  } catch (err) {
    // Never leave a PostgreSQL behind when setup fails (e.g. a broken migration).
    await admin.end().catch(() => undefined);
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'careloop_t\\_%' or datname = $1`,
      [template],
    );
    for (const { datname } of dbs.rows) {
      await admin
        .query(`drop database if exists ${admin.escapeIdentifier(datname)} with (force)`)
        .catch(() => undefined);
    }
    await admin.end();
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
