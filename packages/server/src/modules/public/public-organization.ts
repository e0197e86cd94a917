import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { organizations } from '../organizations/organizations.schema.js';

type OrgRow = typeof organizations.$inferSelect;

/**
 * The organisation the public form files into: the configured one, else the only one that
 * accepts self-referrals. Anything else (none, several) is "not available", never a guess.
 */
export async function publicOrganization(ctx: AppContext): Promise<OrgRow> {
  const rows = ctx.config.publicOrganizationId
    ? await ctx.database.db.select().from(organizations).where(eq(organizations.id, ctx.config.publicOrganizationId))
    : await ctx.database.db.select().from(organizations).where(eq(organizations.publicIntakeEnabled, true)).limit(2);
  const org = rows.length === 1 ? rows[0] : undefined;
  if (!org?.publicIntakeEnabled) {
    throw new AppError(404, 'not_found', 'Online self-referral is not available. Please call the agency.');
  }
  return org;
}
