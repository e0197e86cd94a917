import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notify } from '../notifications/notify.js';

/**
 * Repeated failed sign-ins on an account: the account's owner and the organisation's admins hear
 * of it (ids only), at most once an hour per account.
 */
export async function notifySignInFailures(
  db: DbOrTx,
  target: { organizationId: string; userId: string },
  now: Date,
): Promise<void> {
  const admins = await db.execute<{ id: string }>(sql`
    select id from users where organization_id = ${target.organizationId} and active and 'admin' = any(roles)`);
  // The owner hears of it as owner even when also an admin.
  const recipients = [
    { userId: target.userId, as: 'owner' },
    ...admins.rows.filter((r) => r.id !== target.userId).map((r) => ({ userId: r.id, as: 'admin' })),
  ];
  const hour = Math.floor(now.getTime() / 3_600_000);
  await notify(
    db,
    recipients.map(({ userId, as }) => ({
      organizationId: target.organizationId,
      userId,
      params: { as },
      kind: 'sign_in_failures' as const,
      entityType: 'user' as const,
      entityId: target.userId,
      dedupeKey: `sign_in_failures:${target.userId}:${hour}`,
      createdAt: now,
    })),
  );
}
