import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: Session;
let privacy: Session;
let second: Session;
let programId: string;

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Json) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Body>() };
};
const me = async (s: Session) => (await call(admin, 'GET', `/api/admin/users/${s.userId}`)).body;
const notices = async (userId: string) =>
  (
    await t.ctx.database.db.execute<{ entity_id: string; status: string }>(sql`
      select entity_id, params->>'status' as status from notifications
      where user_id = ${userId} and kind = 'admin_change' order by created_at`)
  ).rows;
const staffOf = async (userId: string) =>
  Number(
    (
      await t.ctx.database.db.execute<{ n: string }>(
        sql`select count(*) as n from program_staff where user_id = ${userId} and program_id = ${programId}`,
      )
    ).rows[0]!.n,
  );

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin@riverbend.example');
  privacy = await signIn(t.app, 'privacy_officer@riverbend.example');
  const programs = await call(admin, 'GET', '/api/programs');
  programId = (programs.body.items as { id: string; model: string }[]).find((p) => p.model === 'clinical')!.id;
});

describe('an admin alone raises their own roles', () => {
  it('applies at once, records it and alerts the privacy officer', async () => {
    const before = await me(admin);
    const res = await call(admin, 'PATCH', `/api/admin/users/${admin.userId}`, {
      roles: ['admin', 'supervisor'],
      version: before.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['admin', 'supervisor']);
    const listed = await call(privacy, 'GET', '/api/admin/approvals?status=all');
    const change = (listed.body.items as Body[])[0]!;
    expect(change).toMatchObject({ kind: 'role_raise', status: 'applied_alerted', roles: ['supervisor'] });
    expect(await notices(privacy.userId)).toEqual([{ entity_id: change.id, status: 'applied' }]);
    const audit = await t.ctx.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from audit_events where action = 'admin_change.applied_alerted' and entity_id = ${change.id}`);
    expect(audit.rows[0]!.n).toBe(1);
  });
});

describe('with a second admin', () => {
  beforeAll(async () => {
    const created = await call(admin, 'POST', '/api/admin/users', {
      email: 'second.admin@riverbend.example',
      name: 'Sasha Second',
      roles: ['admin'],
      password: DEMO_PASSWORD,
    });
    expect(created.status).toBe(201);
    second = await signIn(t.app, 'second.admin@riverbend.example');
  });

  it('holds a self-raise for the other admin; removals and other edits apply now', async () => {
    const before = await me(admin);
    const res = await call(admin, 'PATCH', `/api/admin/users/${admin.userId}`, {
      name: 'Avery Admin-Jones',
      roles: ['admin', 'clinician'], // drops supervisor, adds clinician
      version: before.version,
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      user: { name: 'Avery Admin-Jones', roles: ['admin'] },
      pending: { kind: 'role_raise', status: 'pending', roles: ['clinician'], requestedById: admin.userId },
    });
    const pending = (res.body.pending as Body).id;
    expect(await notices(second.userId)).toEqual([{ entity_id: pending, status: 'pending' }]);
  });

  it('refuses the requester deciding their own change, audited, nothing written', async () => {
    const list = await call(admin, 'GET', '/api/admin/approvals');
    const change = (list.body.items as Body[]).find((i) => i.status === 'pending')!;
    const res = await call(admin, 'POST', `/api/admin/approvals/${change.id}/approve`, { version: change.version });
    expect(res.status).toBe(403);
    expect((await me(admin)).roles).toEqual(['admin']);
    const after = await call(admin, 'GET', '/api/admin/approvals');
    expect((after.body.items as Body[]).find((i) => i.id === change.id)).toMatchObject({
      status: 'pending',
      version: 1,
    });
    const denied = await t.ctx.database.db.execute<{ n: number }>(sql`
      select count(*)::int as n from audit_events
      where action = 'access.denied' and entity_id = ${change.id} and actor_user_id = ${admin.userId}`);
    expect(denied.rows[0]!.n).toBe(1);
  });

  it('applies the raise when the second admin approves, and tells the requester', async () => {
    const list = await call(second, 'GET', '/api/admin/approvals');
    const change = (list.body.items as Body[]).find((i) => i.status === 'pending')!;
    const res = await call(second, 'POST', `/api/admin/approvals/${change.id}/approve`, { version: change.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', decidedById: second.userId, decidedByName: 'Sasha Second' });
    expect((await me(admin)).roles).toEqual(['admin', 'clinician']);
    expect(await notices(admin.userId)).toContainEqual({ entity_id: change.id, status: 'approved' });
    const again = await call(second, 'POST', `/api/admin/approvals/${change.id}/approve`, { version: 2 });
    expect(again.status).toBe(409);
  });

  it('holds self-staffing into a program; a rejection leaves it unstaffed; staffing others is as before', async () => {
    const res = await call(admin, 'POST', `/api/programs/${programId}/staff`, {
      userId: admin.userId,
      role: 'team_member',
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      kind: 'program_staffing',
      status: 'pending',
      programId,
      staffRole: 'team_member',
    });
    expect(await staffOf(admin.userId)).toBe(0);
    const rejected = await call(second, 'POST', `/api/admin/approvals/${res.body.id}/reject`, {
      version: res.body.version,
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await staffOf(admin.userId)).toBe(0);

    const again = await call(admin, 'POST', `/api/programs/${programId}/staff`, {
      userId: admin.userId,
      role: 'on_call',
    });
    const approved = await call(second, 'POST', `/api/admin/approvals/${again.body.id}/approve`, {
      version: again.body.version,
    });
    expect(approved.status).toBe(200);
    expect(await staffOf(admin.userId)).toBe(1);

    const other = await call(admin, 'POST', `/api/programs/${programId}/staff`, {
      userId: second.userId,
      role: 'team_member',
    });
    expect(other.status).toBe(201);
  });

  it('lets only admins decide, and admins and privacy officers read', async () => {
    expect((await call(privacy, 'GET', '/api/admin/approvals')).status).toBe(200);
    const list = await call(admin, 'GET', '/api/admin/approvals?status=all');
    const any = (list.body.items as Body[])[0]!;
    expect(
      (await call(privacy, 'POST', `/api/admin/approvals/${any.id}/reject`, { version: any.version })).status,
    ).toBe(403);
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    expect((await call(cm, 'GET', '/api/admin/approvals')).status).toBe(403);
  });
});
