import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from './users.schema.js';

/** When the user last signed in (shown in the staff list); written in the sign-in's transaction. */
export async function stampLastSignIn(tx: DbOrTx, userId: string, now: Date): Promise<void> {
  await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, userId));
}
