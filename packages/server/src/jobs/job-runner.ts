import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { AppContext, NudgeableJob } from '../context.js';
import { safeErrorFields } from '../logger.js';

// Creating a queue creates and attaches a partition; two instances doing it at once deadlock.
const QUEUE_SETUP_LOCK = 727274001;

/** Run `fn` while holding a session advisory lock, so instances set up queues one at a time. */
async function exclusively(pool: pg.Pool, fn: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    try {
      await fn();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]);
    }
  } finally {
    client.release();
  }
}

export interface JobRunner {
  /** Ask for a job to run soon (at most one waiting per job: extra nudges are dropped). */
  nudge(job: NudgeableJob): void;
  /** Stop taking jobs, let a running one finish, close the runner's connections. */
  stop(): Promise<void>;
}

/** What the runner runs: given by the assembly, so the plumbing knows no module. */
export interface JobTable<Name extends string = string> {
  /** Queue names in pg-boss (its own schema); a job runs on one instance at a time. */
  names: readonly Name[];
  /** When each job is scheduled (UTC cron). */
  cron: string;
  /** The jobs a request may ask to run soon. */
  nudgeable: Record<NudgeableJob, Name>;
  /** What a job does; returns a summary of counts (ids only, safe to log). */
  run(ctx: AppContext, name: Name): Promise<object>;
}

export interface JobRunnerOptions {
  /** Register the five-minute schedules (the default); a test may start workers only. */
  schedule?: boolean;
  /** How often an idle worker looks for work. */
  pollingIntervalSeconds?: number;
}

/**
 * Background jobs on pg-boss: its queues live in their own schema in our PostgreSQL and jobs are
 * fetched with SKIP LOCKED, so any number of app instances share the work and never run one
 * job twice. The `stately` policy keeps at most one waiting and one running job per queue.
 */
export async function startJobs<Name extends string>(
  ctx: AppContext,
  table: JobTable<Name>,
  options: JobRunnerOptions = {},
): Promise<JobRunner> {
  const log = ctx.logger.child({ component: 'jobs' });
  const boss = new PgBoss({
    connectionString: ctx.database.connectionString,
    application_name: 'careloop-jobs',
    max: 3,
    schedule: options.schedule ?? true,
  });
  // Driver errors can carry SQL values: log the code and message only.
  boss.on('error', (err: Error & { code?: string }) =>
    log.error({ failure: safeErrorFields(err) }, 'job runner error'),
  );
  await boss.start();
  try {
    await exclusively(ctx.database.pool, async () => {
      for (const name of table.names) {
        await boss.createQueue(name, { name, policy: 'stately', retryLimit: 1, expireInSeconds: 15 * 60 });
        if (options.schedule ?? true) await boss.schedule(name, table.cron, {}, { tz: 'UTC' });
      }
    });
    for (const name of table.names) {
      await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
        try {
          const summary = await table.run(ctx, name);
          log.info({ job: name, ...summary }, 'job done');
        } catch (err) {
          // pg-boss keeps the job as failed and retries it once; say so without the error's details.
          log.error({ job: name, code: (err as { code?: string }).code ?? null }, 'job failed');
          throw err;
        }
      });
    }
    // Catch up at start rather than waiting up to five minutes.
    for (const name of table.names) await boss.send(name, {});
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw err;
  }
  let stopping: Promise<void> | undefined;
  return {
    nudge(job) {
      const name = table.nudgeable[job];
      if (stopping) return;
      boss
        .send(name, {})
        .catch((err: Error & { code?: string }) => log.warn({ code: err.code ?? null }, 'nudge failed'));
    },
    stop() {
      // A shutdown must finish within 10 s: a job still running after 5 s is retried elsewhere later.
      stopping ??= boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      return stopping;
    },
  };
}
