import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../test/test-app.js';

let t: TestApp;
let cm: Session;
beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

const count = async (table: string) =>
  (await t.ctx.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n;

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL in the sign-in email with 400 naming the field', async () => {
    const before = await count('audit_events');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'case_manager@riverbend.example\u0000', password: 'whatever-it-is-12' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { fields: [{ path: 'email', message: expect.stringContaining('NUL') }] },
    });
    expect(await count('audit_events')).toBe(before);
  });

  it('refuses a NUL in a client name, writing nothing', async () => {
    const before = await count('clients');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Ana\u0000', lastName: 'Reyes', dateOfBirth: '1990-01-02' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([{ path: 'firstName', message: expect.any(String) }]);
    expect(await count('clients')).toBe(before);
  });

  it('refuses an unpaired surrogate deep in a body, naming its path', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: {
        firstName: 'Ana',
        lastName: 'Reyes',
        dateOfBirth: '1990-01-02',
        phones: [{ type: 'mobile', number: '555\uD800' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      { path: 'phones.0.number', message: expect.stringContaining('broken character') },
    ]);
  });

  it('refuses it in the query string too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/tasks?status=%00', headers: as(cm) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('status');
  });

  it('still accepts emoji, accents and other scripts', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(cm),
      payload: { firstName: 'Zoë 🌻', lastName: 'Nguyễn', dateOfBirth: '1990-01-02', preferredName: '日向' },
    });
    expect(res.statusCode).toBe(201);
  });
});
