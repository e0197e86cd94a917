import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { careTasks } from './modules/tasks/tasks.schema.js';
import { notifications } from './modules/notifications/notifications.schema.js';
import { createTestApp, signIn, type TestApp } from './test/test-app.js';
import { startJobs } from './jobs/job-runner.js';
import { JOB_CRON, JOB_NAMES, JOBS } from './job-table.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

/** Wait for an outcome (not for a time): poll until it holds or give up. */
async function eventually(check: () => Promise<boolean>, attempts = 100): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('job runner (pg-boss)', () => {
  it('schedules the sweeps, runs the reminder job when nudged, and stops cleanly', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    // Two instances on one database: both start (pg-boss installs its schema once) and share the work.
    const [one, two] = await Promise.all([
      startJobs(t.ctx, JOBS, { pollingIntervalSeconds: 1 }),
      startJobs(t.ctx, JOBS, { pollingIntervalSeconds: 1 }),
    ]);
    try {
      const schedules = await t.ctx.database.db.execute<{ name: string; cron: string }>(
        sql`select name, cron from pgboss.schedule order by name`,
      );
      expect(schedules.rows).toEqual([...JOB_NAMES].sort().map((name) => ({ name, cron: JOB_CRON })));

      const [task] = await t.ctx.database.db
        .insert(careTasks)
        .values({
          organizationId: cm.organizationId,
          kind: 'manual',
          source: 'manual',
          title: 'Due soon',
          priority: 'routine',
          dueAt: new Date(t.clock.now.getTime() - 60_000),
          assignedToId: cm.userId,
          createdById: cm.userId,
          createdAt: t.clock.now,
        })
        .returning();
      one.nudge('reminders');
      two.nudge('reminders');
      const reminded = await eventually(async () => {
        const rows = await t.ctx.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, cm.userId), eq(notifications.entityId, task!.id)));
        return rows.length === 1;
      });
      expect(reminded).toBe(true);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    // Stopped: a nudge is a no-op and stopping again resolves at once.
    one.nudge('reminders');
    await one.stop();
  });

  it('keeps working after its database connections are terminated (no crash on the pool error)', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const runner = await startJobs(t.ctx, JOBS, { schedule: false, pollingIntervalSeconds: 1 });
    try {
      // Let the start-up catch-up jobs finish: the connections are then idle in pg-boss's pool.
      const idle = await eventually(async () => {
        const busy = await t.ctx.database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')`,
        );
        return busy.rows[0]!.n === 0;
      });
      expect(idle).toBe(true);
      const killed = await t.ctx.database.db.execute<{ n: number }>(
        sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
            where datname = current_database() and application_name = 'careloop-jobs'`,
      );
      expect(killed.rows[0]!.n).toBeGreaterThan(0);
      const [task] = await t.ctx.database.db
        .insert(careTasks)
        .values({
          organizationId: cm.organizationId,
          kind: 'manual',
          source: 'manual',
          title: 'Due after the restart',
          priority: 'routine',
          dueAt: new Date(t.clock.now.getTime() - 60_000),
          assignedToId: cm.userId,
          createdById: cm.userId,
          createdAt: t.clock.now,
        })
        .returning();
      // pg-boss reconnects; the worker picks the nudged job up on a fresh connection.
      const reminded = await eventually(async () => {
        runner.nudge('reminders');
        const rows = await t.ctx.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, cm.userId), eq(notifications.entityId, task!.id)));
        return rows.length === 1;
      });
      expect(reminded).toBe(true);
    } finally {
      await runner.stop();
    }
  });
});
