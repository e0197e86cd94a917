import { reminderDigest } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';

/**
 * One email per person with unread notifications not yet emailed: "You have N new items" and a
 * link, never client data. Each person's rows are claimed with SKIP LOCKED inside a transaction
 * that commits only after the send, so two instances never email the same items and a failed
 * send is retried on the next run.
 */
export async function sendReminderEmails(ctx: AppContext, now: Date): Promise<number> {
  const mail = ctx.mail;
  if (!mail) return 0;
  const db = ctx.database.db;
  const pending = await db.execute<{ user_id: string; email: string }>(sql`
    select distinct n.user_id, u.email from notifications n
    join users u on u.id = n.user_id and u.active
    where n.read_at is null and n.emailed_at is null`);
  let sent = 0;
  for (const { user_id: userId, email } of pending.rows) {
    try {
      await db.transaction(async (tx) => {
        const claimed = await tx.execute<{ id: string }>(sql`
          update notifications set emailed_at = ${now}
          where id in (
            select id from notifications
            where user_id = ${userId} and read_at is null and emailed_at is null
            for update skip locked)
          returning id`);
        if (claimed.rows.length === 0) return;
        await mail.send({ to: email, ...reminderDigest(claimed.rows.length, ctx.config.publicUrl) });
        sent += 1;
      });
    } catch (err) {
      // No address or content in the log: the user id is enough to look into it.
      ctx.logger.warn({ userId, code: (err as { code?: string }).code ?? null }, 'reminder email not sent');
    }
  }
  return sent;
}
