import type { Logger } from 'pino';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/database.js';
import { prepareDatabase } from './db/prepare.js';
import type { App } from './http/route-types.js';
import { JOBS } from './job-table.js';
import { onHandoffAccepted, stageFacts } from './stage-facts.js';
import { startJobs, type JobRunner } from './jobs/job-runner.js';
import { loadAuditKeyring } from './modules/audit/audit.key.js';
import { startAuditSealer } from './modules/audit/audit.sealer.js';
import { purgeExpiredSessions } from './modules/auth/session.store.js';
import { smtpTransport } from './mail-transport.js';
import { commonPasswordChecker } from './modules/users/password-hash.js';
import { formatDemoLogins, isEmpty, seedDemo, writeDemoPasswordFile } from './seed/demo-seed.js';

export interface RunningServer {
  app: App;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

/** config -> database -> roles + migrations (as owner) -> demo seed -> app -> listen, and the reverse on close. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const auditKeyring = loadAuditKeyring(config, logger);
  const database = await openDatabase(config, logger);
  try {
    await prepareDatabase(database, logger, config.env === 'production');
    if (config.seed === 'demo' && (await isEmpty(database.db))) {
      const logins = await seedDemo(database.db, config.demoPassword);
      const file =
        config.production && logins.generated ? writeDemoPasswordFile(config.dataDir, logins.password) : undefined;
      process.stdout.write(formatDemoLogins(logins, config.production, file) + '\n');
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  const ctx: AppContext = {
    config,
    database,
    logger,
    now: () => new Date(),
    isCommonPassword: commonPasswordChecker(),
    stageFacts,
    onHandoffAccepted,
    mail: config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl, config.mail.from) : undefined,
  };
  const sealer = startAuditSealer(database.pool, auditKeyring, logger, { checkpointDir: config.audit.checkpointDir });
  const purge = setInterval(() => {
    purgeExpiredSessions(database.db, ctx.now(), config.session).catch(() => undefined);
  }, 10 * 60_000);
  purge.unref();
  const app = await buildApp(ctx);
  let address: string;
  let jobs: JobRunner | undefined;
  try {
    address = await app.listen({ port: config.port, host: config.host });
    if (config.jobsEnabled) {
      jobs = await startJobs(ctx, JOBS);
      ctx.jobs = jobs;
    }
  } catch (err) {
    clearInterval(purge);
    await app.close();
    await jobs?.stop();
    await sealer.stop();
    await database.close();
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      throw new Error(
        `Port ${config.port} on ${config.host} is in use (is Careloop already running?). Set PORT to use another.`,
        {
          cause: err,
        },
      );
    }
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    app,
    ctx,
    url: address,
    close() {
      closing ??= (async () => {
        clearInterval(purge);
        await app.close(); // stop accepting, let in-flight requests finish
        await jobs?.stop(); // let a running job finish
        ctx.mail?.close();
        await sealer.stop();
        await database.close();
      })();
      return closing;
    },
  };
}
