import type pg from 'pg';
import type { Logger } from 'pino';

const BATCH = 1000;

/** Chains every unsealed audit row; returns how many it sealed. Safe to call from any instance. */
export async function sealAudit(pool: pg.Pool): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await pool.query<{ n: number }>('select careloop_audit_seal($1) as n', [BATCH]);
    const n = res.rows[0]?.n ?? 0;
    total += n;
    if (n < BATCH) return total;
  }
}

export interface AuditSealer {
  stop(): Promise<void>;
}

/** Background sealer: requests only insert, so they never serialise on the chain. */
export function startAuditSealer(pool: pg.Pool, logger: Logger, intervalMs = 500): AuditSealer {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = sealAudit(pool).catch((err: unknown) =>
      logger.error({ code: (err as { code?: string }).code }, 'audit sealer failed; will retry'),
    );
  };
  const timer = setInterval(() => {
    if (!stopped) tick();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await sealAudit(pool).catch(() => undefined); // leave nothing unsealed on a clean shutdown
    },
  };
}
