import { endpoints } from '@careloop/core';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { users } from './users.schema.js';

/** Active colleagues for pickers (care team, case manager, assignment): names and roles only. */
export function staffRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.users;
  route(app, api.staff, { tags: ['users'] }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    const rows = await ctx.database.db
      .select({ id: users.id, name: users.name, roles: users.roles, discipline: users.discipline })
      .from(users)
      .where(and(eq(users.organizationId, auth.actor.organizationId), eq(users.active, true)))
      .orderBy(asc(users.name));
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        roles: r.roles,
        discipline: r.discipline,
      })),
    };
  });
}
