import type { ContactOutcome, ContactType, RiskTier } from '@careloop/core';
import { subDays } from 'date-fns';
import { and, eq, sql } from 'drizzle-orm';
import { riskTiers } from '../modules/assessments/assessments.schema.js';
import { contacts } from '../modules/contacts/contacts.schema.js';
import { careTasks } from '../modules/tasks/tasks.schema.js';
import { as, type Session, type TestApp } from './test-app.js';

export type Json = Record<string, unknown> & { id: string; version: number };

/** `call(session, method, url, body?)` against the test app (PUT included). */
export function engagementCaller(t: TestApp) {
  return async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers = {}) => {
    const res = await t.app.inject({
      method,
      url,
      headers: as(s, headers),
      payload: payload as Record<string, unknown>,
    });
    return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json };
  };
}

/** A contact written straight to the table, `daysAgo` before the test clock. */
export async function insertContact(
  t: TestApp,
  s: Session,
  c: { clientId: string; episodeId: string | null; daysAgo: number; type?: ContactType; outcome?: ContactOutcome },
): Promise<string> {
  const occurredAt = subDays(t.clock.now, c.daysAgo);
  const [row] = await t.ctx.database.db
    .insert(contacts)
    .values({
      organizationId: s.organizationId,
      clientId: c.clientId,
      episodeId: c.episodeId,
      type: c.type ?? 'face_to_face',
      outcome: c.outcome ?? 'completed',
      occurredAt,
      durationMinutes: 30,
      authorId: s.userId,
      enteredAt: occurredAt,
      updatedAt: occurredAt,
    })
    .returning({ id: contacts.id });
  return row!.id;
}

export async function setTier(t: TestApp, s: Session, clientId: string, tier: RiskTier): Promise<void> {
  await t.ctx.database.db.insert(riskTiers).values({
    organizationId: s.organizationId,
    clientId,
    tier,
    computedTier: tier,
    ruleSetVersion: 'test',
    reasons: [],
    setAt: t.clock.now,
  });
}

/** The client's tasks raised by the follow-up rules. */
export async function ruleTasks(t: TestApp, clientId: string) {
  return t.ctx.database.db
    .select()
    .from(careTasks)
    .where(and(eq(careTasks.clientId, clientId), sql`${careTasks.source} in ('cadence', 'engagement', 'in_reach')`))
    .orderBy(careTasks.createdAt);
}

export async function disengagedFlags(t: TestApp, clientId: string) {
  const res = await t.ctx.database.db.execute<{ id: string; status: string; resolution: string | null }>(
    sql`select id, status, resolution from client_flags where client_id = ${clientId} and kind = 'disengaged'
        order by raised_at`,
  );
  return res.rows;
}
