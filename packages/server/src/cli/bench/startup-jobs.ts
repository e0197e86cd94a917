import type pg from 'pg';
import { JOB_NAMES } from '../../job-table.js';

/**
 * The server runs every background sweep once at start (catch-up). Waits until those have been
 * queued and none is waiting or running, so the first scenario is not measured against a sweep
 * of the whole database. Returns how long that took (seconds), or null if no job showed up.
 */
export async function waitForStartupJobs(pool: pg.Pool, since: Date, timeoutSeconds: number): Promise<number | null> {
  const started = Date.now();
  for (;;) {
    const installed = await pool.query<{ t: string | null }>(`select to_regclass('pgboss.job')::text as t`);
    if (installed.rows[0]?.t) {
      const res = await pool.query<{ seen: number; busy: number }>(
        `select count(*) filter (where created_on >= $2)::int as seen,
                count(*) filter (where state in ('created', 'retry', 'active'))::int as busy
         from pgboss.job where name = any($1::text[])`,
        [JOB_NAMES, since],
      );
      const { seen = 0, busy = 0 } = res.rows[0] ?? {};
      if (seen > 0 && busy === 0) return (Date.now() - started) / 1000;
      if (seen === 0 && Date.now() - started > 20_000) return null;
    } else if (Date.now() - started > 20_000) {
      return null;
    }
    if (Date.now() - started > timeoutSeconds * 1000) {
      throw new Error('the startup background jobs did not finish in time');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
