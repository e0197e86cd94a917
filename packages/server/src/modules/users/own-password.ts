import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from './users.schema.js';

/** A user's own new password; it also clears the one-time flag an admin reset set. */
export async function storeOwnPassword(db: DbOrTx, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      updatedAt: now,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}
