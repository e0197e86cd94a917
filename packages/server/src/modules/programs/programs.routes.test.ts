import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let admin: Session;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin@riverbend.example');
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

interface Program {
  id: string;
  model: string;
  version: number;
  caseloadCap: number;
  cadenceMinContacts: number;
  cadenceWindowDays: number;
}

describe('programs', () => {
  it('carry the defaults of their model (CLINICAL.md §5.2)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(cm) });
    const byModel = Object.fromEntries(res.json<{ items: Program[] }>().items.map((p) => [p.model, p]));
    expect(byModel.act).toMatchObject({ cadenceMinContacts: 4, cadenceWindowDays: 7, caseloadCap: 10 });
    expect(byModel.intensive).toMatchObject({ cadenceMinContacts: 1, cadenceWindowDays: 7, caseloadCap: 18 });
    expect(byModel.supportive).toMatchObject({ cadenceWindowDays: 30, caseloadCap: 45 });
  });

  it('are edited by admins only, with validation and optimistic concurrency', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(admin) });
    const p = list.json<{ items: Program[] }>().items[0]!;
    const url = `/api/programs/${p.id}`;
    expect(
      (await t.app.inject({ method: 'PATCH', url, headers: as(cm), payload: { caseloadCap: 12, version: p.version } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'PATCH', url, headers: as(admin), payload: { caseloadCap: 12 } })).statusCode,
    ).toBe(428);
    const bad = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin),
      payload: { caseloadCap: 0, version: p.version },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { details: { fields: [{ path: 'caseloadCap' }] } } });
    const ok = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin),
      payload: { caseloadCap: 12, version: p.version },
    });
    expect(ok.json()).toMatchObject({ caseloadCap: 12, version: p.version + 1 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      headers: as(admin),
      payload: { caseloadCap: 14, version: p.version },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('are created with the model defaults unless overridden, and staffed by admins', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/programs',
      headers: as(admin),
      payload: { name: 'Young Adult ICM', model: 'intensive', caseloadCap: 15 },
    });
    expect(created.statusCode).toBe(201);
    const p = created.json<Program>();
    expect(p).toMatchObject({ caseloadCap: 15, cadenceWindowDays: 7 });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/programs',
      headers: as(admin),
      payload: { name: 'Young Adult ICM', model: 'act' },
    });
    expect(dup.statusCode).toBe(409);
    const staff = await t.app.inject({
      method: 'POST',
      url: `/api/programs/${p.id}/staff`,
      headers: as(admin),
      payload: { userId: cm.userId, role: 'on_call' },
    });
    expect(staff.statusCode).toBe(201);
    const listed = await t.app.inject({ method: 'GET', url: `/api/programs/${p.id}/staff`, headers: as(admin) });
    expect(listed.json()).toMatchObject({ items: [{ userId: cm.userId, role: 'on_call' }] });
  });
});

describe('agency settings', () => {
  it('set the crisis line shown to the public and the holidays intake counts around', async () => {
    const cur = await t.app.inject({ method: 'GET', url: '/api/organization/settings', headers: as(admin) });
    const v = cur.json<{ version: number }>().version;
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/organization/settings',
      headers: as(admin),
      payload: { timeZone: 'Mars/Olympus', holidays: ['2026-13-01'], version: v },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/organization/settings',
      headers: as(admin),
      payload: { crisisLinePhone: '(555) 010-9999', holidays: ['2026-11-26'], version: v },
    });
    expect(ok.statusCode).toBe(200);
    const pub = await t.app.inject({ method: 'GET', url: '/api/public/resources' });
    expect(pub.json()).toMatchObject({ crisisLinePhone: '(555) 010-9999' });
    expect((await t.app.inject({ method: 'GET', url: '/api/organization/settings', headers: as(cm) })).statusCode).toBe(
      403,
    );
  });
});
