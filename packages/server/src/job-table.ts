import type { AppContext, NudgeableJob } from './context.js';
import { purgeIdempotencyKeys } from './http/idempotency.js';
import type { JobTable } from './jobs/job-runner.js';
import { runAdvocacyDeadlineSweep } from './modules/advocacy/advocacy-deadline.sweep.js';
import { runPlanReviewSweep } from './modules/careplans/plan-review.sweep.js';
import { runDirectoryVerificationSweep } from './modules/directory/directory-verification.sweep.js';
import { runDischargeEscalationSweep } from './modules/hospitalizations/discharge-escalation.sweep.js';
import { runFollowUpSweep } from './modules/engagement/follow-up-sweep.js';
import { runReminderSweep } from './modules/notifications/reminder-sweep.js';
import { runReferralSweep } from './modules/referrals/referral-monitoring.sweep.js';
import { runTransitionSweep } from './modules/transitions/transition.sweep.js';

/** Queue names in pg-boss (its own schema); a job runs on one instance at a time. */
export const JOB_NAMES = [
  'follow-up-sweep',
  'plan-review-sweep',
  'referral-sweep',
  'directory-verification-sweep',
  'reminders',
  'idempotency-purge',
  'advocacy-deadlines',
  'discharge-escalation',
  'transition-sweep',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Every five minutes, on whichever instance picks the job up first. */
export const JOB_CRON = '*/5 * * * *';

/** What each job does; each returns a summary of counts (ids only, safe to log). */
export function runJob(ctx: AppContext, name: JobName): Promise<object> {
  switch (name) {
    case 'follow-up-sweep':
      return runFollowUpSweep(ctx);
    case 'plan-review-sweep':
      return runPlanReviewSweep(ctx, ctx.now());
    case 'referral-sweep':
      return runReferralSweep(ctx, ctx.now());
    case 'directory-verification-sweep':
      return runDirectoryVerificationSweep(ctx, ctx.now());
    case 'reminders':
      return runReminderSweep(ctx, ctx.now());
    case 'idempotency-purge':
      return purgeIdempotencyKeys(ctx.database.db, ctx.now()).then((purged) => ({ purged }));
    case 'advocacy-deadlines':
      return runAdvocacyDeadlineSweep(ctx, ctx.now());
    case 'discharge-escalation':
      return runDischargeEscalationSweep(ctx, ctx.now());
    case 'transition-sweep':
      return runTransitionSweep(ctx, ctx.now());
  }
}

/** The jobs a request may ask to run soon (they must also be in JOB_NAMES). */
export const NUDGEABLE: Record<NudgeableJob, JobName> = { reminders: 'reminders' };

/** The app's jobs, as the runner (which knows no module) takes them. */
export const JOBS: JobTable<JobName> = { names: JOB_NAMES, cron: JOB_CRON, nudgeable: NUDGEABLE, run: runJob };
