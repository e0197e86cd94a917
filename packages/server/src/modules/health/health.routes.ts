import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { isMigrated } from '../../db/migrate.js';
import { AppError } from '../../http/errors.js';
import type { App } from '../../http/route-types.js';

export function healthRoutes(app: App, ctx: AppContext, expectedMigrations: number): void {
  app.get('/healthz', { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } }, () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: z.object({ status: z.literal('ready') }) } } },
    async () => {
      const migrated = await isMigrated(ctx.database.pool, expectedMigrations).catch(() => {
        throw new AppError(503, 'unavailable', 'Database unreachable.');
      });
      if (!migrated) throw new AppError(503, 'unavailable', 'Database migrations are pending.');
      return { status: 'ready' as const };
    },
  );
}
