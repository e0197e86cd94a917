import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { organizations } from '../organizations/organizations.schema.js';
import { hashPassword } from './password-hash.js';
import { users } from './users.schema.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin@riverbend.example');
});

const count = async (table: 'users' | 'audit_events') =>
  (await t.ctx.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;

const newUser = (email: string, password = 'correct horse battery staple') => ({
  email,
  name: 'Morgan Nurse',
  roles: ['clinician'],
  discipline: 'nurse',
  password,
});

describe('admin user management', () => {
  it('creates a user who can then sign in; the creation is audited', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: newUser('Morgan.Nurse@Riverbend.example'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'morgan.nurse@riverbend.example', roles: ['clinician'], version: 1 });
    expect(res.headers.etag).toBe('"1"');
    const s = await signIn(t.app, 'morgan.nurse@riverbend.example', 'correct horse battery staple');
    expect(s.userId).toBe(res.json().id);
    const audit = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'user.create' and entity_id = ${res.json().id}`,
    );
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('rejects short or common passwords field by field and writes nothing', async () => {
    const usersBefore = await count('users');
    const auditBefore = await count('audit_events');
    for (const password of ['short-pw', 'password123456', 'qwerty123456']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: as(admin),
        payload: newUser('weak@riverbend.example', password),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.fields[0].path).toBe('password');
    }
    expect(await count('users')).toBe(usersBefore);
    expect(await count('audit_events')).toBe(auditBefore);
  });

  it('rejects invalid fields with 400 and field paths', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { email: 'not-an-email', name: '', roles: ['wizard'], password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'name', 'roles.0']));
  });

  it('refuses a duplicate email with 409', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: newUser('CASE_MANAGER@riverbend.example'),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.fields[0].path).toBe('email');
  });

  it('forbids non-admins (403) and audits the refusal', async () => {
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: cm.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const denied = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'access.denied' and actor_user_id = ${cm.userId}`,
    );
    expect(denied.rows[0]!.n).toBe(1);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(cm),
      payload: newUser('sneaky@riverbend.example'),
    });
    expect(create.statusCode).toBe(403);
  });

  it("answers 404 for another organisation's user", async () => {
    const [other] = await t.ctx.database.db.insert(organizations).values({ name: 'Elsewhere CMHC' }).returning();
    const [stranger] = await t.ctx.database.db
      .insert(users)
      .values({
        organizationId: other!.id,
        email: 'stranger@elsewhere.example',
        name: 'Stranger',
        roles: ['admin'],
        passwordHash: await hashPassword('elsewhere-password-1'),
      })
      .returning();
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/users/${stranger!.id}`, headers: as(admin) });
    expect(res.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: as(admin) });
    expect(list.json().items.map((u: { email: string }) => u.email)).not.toContain('stranger@elsewhere.example');
  });

  it('uses optimistic concurrency: 428 without a version, 409 with the current record when stale', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: as(admin) });
    const target = list.json().items.find((u: { email: string }) => u.email === 'supervisor@riverbend.example');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: as(admin),
      payload: { name: 'Sam S.' },
    });
    expect(missing.statusCode).toBe(428);
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: as(admin, { 'if-match': `"${target.version}"` }),
      payload: { name: 'Sam S.' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(target.version + 1);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: as(admin),
      payload: { name: 'Samuel', version: target.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.details.current.name).toBe('Sam S.');
  });

  it('deactivating a user ends their sessions; an admin cannot deactivate themself', async () => {
    const victim = await signIn(t.app, 'clinician@riverbend.example');
    const current = await t.app.inject({ method: 'GET', url: `/api/admin/users/${victim.userId}`, headers: as(admin) });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${victim.userId}`,
      headers: as(admin),
      payload: { active: false, version: current.json().version },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: victim.cookie } })).statusCode,
    ).toBe(401);
    const self = await t.app.inject({ method: 'GET', url: `/api/admin/users/${admin.userId}`, headers: as(admin) });
    const selfOff = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${admin.userId}`,
      headers: as(admin),
      payload: { active: false, version: self.json().version },
    });
    expect(selfOff.statusCode).toBe(400);
  });

  it('resets a password: old sessions end, the lock is lifted, the new password works', async () => {
    const email = 'intake_coordinator@riverbend.example';
    const old = await signIn(t.app, email);
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'bad-password-000' } });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${old.userId}/reset-password`,
      headers: as(admin),
      payload: { password: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: old.cookie } })).statusCode,
    ).toBe(401);
    await signIn(t.app, email, 'a brand new passphrase');
  });
});
