import { programView, type ProgramModel } from '@careloop/core';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import type { App } from '../../http/route-types.js';
import { programs } from './programs.schema.js';

export function programsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/programs',
    { schema: { tags: ['programs'], response: { 200: z.object({ items: z.array(programView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'programs.read');
      const rows = await ctx.database.db
        .select()
        .from(programs)
        .where(eq(programs.organizationId, auth.actor.organizationId))
        .orderBy(asc(programs.name));
      return {
        items: rows.map((p) => ({
          id: p.id,
          name: p.name,
          model: p.model as ProgramModel,
          active: p.active,
          version: p.version,
        })),
      };
    },
  );
}
