import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { MailTransport } from './mail-transport.js';

/** Background jobs the app can ask to run soon instead of at their next scheduled time. */
export type NudgeableJob = 'reminders';

/** Everything a request handler or job needs, passed explicitly (no global singletons). */
export interface AppContext {
  config: Config;
  database: Database;
  logger: Logger;
  now: () => Date;
  isCommonPassword: (lowercased: string) => boolean;
  /** Set while the job runner is started (JOBS_ENABLED); absent in tests unless one starts it. */
  jobs?: { nudge(job: NudgeableJob): void };
  /** Reminder email; absent (off) unless SMTP_URL is set, or a test passes a fake. */
  mail?: MailTransport;
}
