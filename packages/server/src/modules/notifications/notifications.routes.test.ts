import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { notifications } from './notifications.schema.js';

let t: TestApp;
let cm: Session;
let supervisor: Session;
const ids: string[] = [];

type Json = Record<string, unknown>;
const call = async (s: Session | null, method: 'GET' | 'POST', url: string) => {
  const res = await t.app.inject({ method, url, headers: s ? as(s) : {} });
  return { status: res.statusCode, body: res.json<Json>() };
};

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  const base = t.clock.now.getTime();
  // Three of mine, a minute apart (the oldest first), and one of the supervisor's.
  for (const [i, userId] of [cm.userId, cm.userId, cm.userId, supervisor.userId].entries()) {
    const [row] = await t.ctx.database.db
      .insert(notifications)
      .values({
        organizationId: cm.organizationId,
        userId,
        kind: 'overdue',
        entityType: 'care_task',
        entityId: crypto.randomUUID(),
        params: { taskKind: 'manual' },
        dedupeKey: `test:${i}`,
        createdAt: new Date(base + i * 60_000),
      })
      .returning();
    ids.push(row!.id);
  }
});

describe('notification center', () => {
  it('lists mine, newest first, with the unread count', async () => {
    const r = await call(cm, 'GET', '/api/notifications');
    expect(r.status).toBe(200);
    expect((r.body.items as { id: string }[]).map((i) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(r.body.unreadCount).toBe(3);
    expect(r.body.items).toContainEqual(
      expect.objectContaining({ kind: 'overdue', params: { taskKind: 'manual' }, readAt: null }),
    );
    expect((await call(null, 'GET', '/api/notifications')).status).toBe(401);
  });

  it('marks one read (idempotently) and lists only unread ones with ?unread', async () => {
    const read = await call(cm, 'POST', `/api/notifications/${ids[1]}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    const again = await call(cm, 'POST', `/api/notifications/${ids[1]}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    const unread = await call(cm, 'GET', '/api/notifications?unread');
    expect((unread.body.items as { id: string }[]).map((i) => i.id)).toEqual([ids[2], ids[0]]);
    expect(unread.body.unreadCount).toBe(2);
    expect((await call(cm, 'GET', '/api/notifications?unread=true&limit=0')).body).toEqual({
      items: [],
      unreadCount: 2,
    });
  });

  it('audits every read of the list, with the clients it named in the audit column', async () => {
    const auditRows = async () =>
      (
        await t.ctx.database.db.execute<{ client_ids: string[] | null; details: Record<string, unknown> }>(sql`
          select client_ids, details from audit_events
          where action = 'notifications.read' and actor_user_id = ${cm.userId} order by id`)
      ).rows;
    const before = (await auditRows()).length;
    // A list naming no client is still a read of one's notices.
    await call(cm, 'GET', '/api/notifications');
    const plain = await auditRows();
    expect(plain).toHaveLength(before + 1);
    expect(plain.at(-1)).toMatchObject({ client_ids: [], details: { returned: 3 } });
    // The unread count alone (limit 0) shows nobody and is not a list read.
    await call(cm, 'GET', '/api/notifications?limit=0');
    expect(await auditRows()).toHaveLength(before + 1);

    const client = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Noemi', lastName: 'Noticeford', dateOfBirth: '1980-10-10' },
    });
    const clientId = client.json<{ id: string }>().id;
    await t.ctx.database.db.insert(notifications).values({
      organizationId: cm.organizationId,
      userId: cm.userId,
      kind: 'alert',
      clientId,
      entityType: 'client_flag',
      entityId: crypto.randomUUID(),
      params: { flagKind: 'suicide_risk' },
      dedupeKey: 'test:named',
      createdAt: t.clock.now,
    });
    const named = await call(cm, 'GET', '/api/notifications');
    expect((named.body.items as { client: unknown }[]).some((i) => i.client !== null)).toBe(true);
    expect((await auditRows()).at(-1)!.client_ids).toEqual([clientId]);
    await t.ctx.database.db.delete(notifications).where(sql`dedupe_key = 'test:named'`);
  });

  it("never touches another person's notifications", async () => {
    expect((await call(cm, 'POST', `/api/notifications/${ids[3]}/read`)).status).toBe(404);
    expect((await call(cm, 'POST', '/api/notifications/not-a-uuid/read')).status).toBe(400);
  });

  it('marks all mine read', async () => {
    const r = await call(cm, 'POST', '/api/notifications/read-all');
    expect(r.body).toEqual({ updated: 2 });
    expect((await call(cm, 'GET', '/api/notifications')).body.unreadCount).toBe(0);
    // The supervisor's own (one from this test, plus the alerts the demo seed raised) stay unread.
    const theirs = (await call(supervisor, 'GET', '/api/notifications')).body;
    expect(theirs.unreadCount).toBeGreaterThanOrEqual(1);
    expect((theirs.items as { id: string }[]).map((i) => i.id)).toContain(ids[3]);
  });
});
