import { addDays } from 'date-fns';
import { localDate } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, auditCount, enrolledClient } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

type Json = Record<string, unknown> & { id: string; version: number };
let t: TestApp;
let cm: Session;
let outsider: Session;
let supervisor: Session;
let admin: Session;
let clientId: string;
let icmProgram: string;
let serviceId: string;
let baseline: Json;
let baselineIcm: Json;

const call = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload: payload as Record<string, unknown> });
  return {
    status: res.statusCode,
    body: (res.body && !res.headers['content-type']?.toString().startsWith('text/csv') ? res.json() : {}) as Json,
    headers: res.headers,
    text: res.body,
  };
};
const day = (offset: number) => localDate(addDays(t.clock.now, offset), 'America/Chicago');

async function countNeeds() {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from unmet_needs where client_id = ${clientId}`,
  );
  return res.rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  admin = await signIn(t.app, 'admin@riverbend.example');
  outsider = await addStaff(t, 'cm2@riverbend.example', 'case_manager');
  ({ clientId, programId: icmProgram } = await enrolledClient(t, cm, 'intensive', 'Needsworth'));
  const svc = await t.ctx.database.db.execute<{ id: string }>(sql`
    with p as (
      insert into directory_providers (organization_id, name, created_at, updated_at)
      select organization_id, 'Riverbend Housing Authority', now(), now() from users where id = ${cm.userId}
      returning id, organization_id
    )
    insert into directory_services (organization_id, provider_id, name, category, capacity_status, created_at, updated_at)
    select organization_id, id, 'Rapid rehousing', 'housing', 'full', now(), now() from p returning id`);
  serviceId = svc.rows[0]!.id;
  // The demo seed records unmet needs too: the report tests count what this file adds.
  const period = `from=${day(-30)}&to=${day(0)}`;
  baseline = (await call(supervisor, 'GET', `/api/reports/unmet-needs?${period}`)).body;
  baselineIcm = (await call(supervisor, 'GET', `/api/reports/unmet-needs?${period}&programId=${icmProgram}`)).body;
});

describe('unmet needs', () => {
  it('records one (201) with the full service, audited', async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/unmet-needs`, {
      category: 'housing',
      reason: 'full',
      note: 'Waitlist closed until spring.',
      serviceId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clientId,
      category: 'housing',
      reason: 'full',
      serviceId,
      serviceName: 'Rapid rehousing',
      status: 'open',
      recordedByName: 'Casey Manager',
      version: 1,
    });
    expect(await auditActions(t, res.body.id)).toEqual(['unmet_need:unmet_need.create']);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await countNeeds();
    const bad = async (body: Record<string, unknown>, path: string) => {
      const res = await call(cm, 'POST', `/api/clients/${clientId}/unmet-needs`, body);
      expect(res.status).toBe(400);
      const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields;
      expect(fields.map((f) => f.path)).toContain(path);
    };
    await bad({ category: 'spaceships', reason: 'full' }, 'category');
    await bad({ category: 'housing', reason: 'other' }, 'note');
    await bad({ category: 'housing', reason: 'full', serviceId: '00000000-0000-4000-8000-000000000000' }, 'serviceId');
    expect(await countNeeds()).toBe(before);
  });

  it('is refused (403) to staff outside the care team', async () => {
    const before = await auditCount(t, 'access.denied', clientId);
    expect((await call(outsider, 'GET', `/api/clients/${clientId}/unmet-needs`)).status).toBe(403);
    expect(
      (
        await call(outsider, 'POST', `/api/clients/${clientId}/unmet-needs`, {
          category: 'food',
          reason: 'none_exists',
        })
      ).status,
    ).toBe(403);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/unmet-needs`);
    const id = (list.body.items as Json[])[0]!.id;
    expect((await call(outsider, 'PUT', `/api/unmet-needs/${id}`, { status: 'met', version: 1 })).status).toBe(403);
    expect(await auditCount(t, 'access.denied', clientId)).toBe(before + 3);
  });

  it('is marked met with its version (409 on a stale one), audited', async () => {
    const created = await call(cm, 'POST', `/api/clients/${clientId}/unmet-needs`, {
      category: 'food',
      reason: 'none_exists',
    });
    const met = await call(cm, 'PUT', `/api/unmet-needs/${created.body.id}`, {
      status: 'met',
      note: 'Pantry opened',
      version: 1,
    });
    expect(met.status).toBe(200);
    expect(met.body).toMatchObject({ status: 'met', resolutionNote: 'Pantry opened', version: 2 });
    expect(met.body.resolvedAt).toEqual(expect.any(String));
    const stale = await call(cm, 'PUT', `/api/unmet-needs/${created.body.id}`, { status: 'withdrawn', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });
    expect(await auditActions(t, created.body.id)).toEqual([
      'unmet_need:unmet_need.create',
      'unmet_need:unmet_need.update',
    ]);
    const list = await call(cm, 'GET', `/api/clients/${clientId}/unmet-needs`);
    expect((list.body.items as Json[]).map((i) => i.status)).toEqual(['open', 'met']);
  });
});

describe('GET /api/reports/unmet-needs', () => {
  const period = () => `from=${day(-30)}&to=${day(0)}`;
  const report = async (s: Session, extra = '') =>
    (await call(s, 'GET', `/api/reports/unmet-needs?${period()}${extra}`)).body;
  type Line = { category: string; recorded: number; open: number; byReason: Record<string, number> };
  const line = (r: Json, category: string): Line =>
    (r.categories as Line[]).find((c) => c.category === category) ?? {
      category,
      recorded: 0,
      open: 0,
      byReason: { none_exists: 0, full: 0, ineligible: 0, other: 0 },
    };

  it('counts by category and reason for the supervisor, with no client named', async () => {
    const before = baseline;
    await call(cm, 'POST', `/api/clients/${clientId}/unmet-needs`, { category: 'housing', reason: 'ineligible' });
    const res = await call(supervisor, 'GET', `/api/reports/unmet-needs?${period()}`);
    expect(res.status).toBe(200);
    const housing = line(res.body, 'housing');
    const was = line(before, 'housing');
    expect(housing.recorded - was.recorded).toBe(2);
    expect(housing.open - was.open).toBe(2);
    expect(housing.byReason.full! - was.byReason.full!).toBe(1);
    expect(housing.byReason.ineligible! - was.byReason.ineligible!).toBe(1);
    expect(line(res.body, 'food').recorded - line(before, 'food').recorded).toBe(1);
    expect(line(res.body, 'food').open - line(before, 'food').open).toBe(0);
    const totals = res.body.totals as { recorded: number; open: number };
    const base = before.totals as { recorded: number; open: number };
    expect({ recorded: totals.recorded - base.recorded, open: totals.open - base.open }).toEqual({
      recorded: 3,
      open: 2,
    });
    expect(res.text).not.toContain('Needsworth');
    expect(res.text).not.toContain(clientId);
  });

  it('counts nothing recorded after the period, and is a 400 for a period that ends before it starts', async () => {
    const old = await call(supervisor, 'GET', `/api/reports/unmet-needs?from=${day(-400)}&to=${day(-365)}`);
    expect(old.body.totals).toEqual({ recorded: 0, open: 0 });
    const bad = await call(supervisor, 'GET', `/api/reports/unmet-needs?from=${day(0)}&to=${day(-1)}`);
    expect(bad.status).toBe(400);
  });

  it('is scoped to the programs the supervisor supervises; admins see all; case managers are refused', async () => {
    const other = await addStaff(t, 'sup2@riverbend.example', 'supervisor');
    const none = await call(other, 'GET', `/api/reports/unmet-needs?${period()}`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ programs: [], totals: { recorded: 0, open: 0 } });
    expect((await call(other, 'GET', `/api/reports/unmet-needs?${period()}&programId=${icmProgram}`)).status).toBe(403);
    await t.ctx.database.db.execute(sql`
      insert into program_staff (organization_id, program_id, user_id, role)
      select organization_id, id, ${other.userId}, 'supervisor' from programs where model = 'clinical'`);
    const clinicalOnly = await report(other);
    expect((clinicalOnly.programs as unknown[]).length).toBe(1);
    const clinicalId = (clinicalOnly.programs as { id: string }[])[0]!.id;
    expect(clinicalOnly.totals).toEqual((await report(supervisor, `&programId=${clinicalId}`)).totals);
    const icm = await report(supervisor, `&programId=${icmProgram}`);
    expect(icm.programId).toBe(icmProgram);
    const icmBase = baselineIcm.totals as { recorded: number; open: number };
    const icmNow = icm.totals as { recorded: number; open: number };
    expect({ recorded: icmNow.recorded - icmBase.recorded, open: icmNow.open - icmBase.open }).toEqual({
      recorded: 3,
      open: 2,
    });
    // The demo supervisor supervises every program: an admin sees the same totals.
    expect((await report(admin)).totals).toEqual((await report(supervisor)).totals);
    expect((await call(cm, 'GET', `/api/reports/unmet-needs?${period()}`)).status).toBe(403);
  });

  it('downloads the counts as CSV', async () => {
    const res = await call(supervisor, 'GET', `/api/reports/unmet-needs.csv?${period()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(`unmet-needs-${day(-30)}-${day(0)}.csv`);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'category,recorded,open,reason_none_exists,reason_full,reason_ineligible,reason_other,on_waitlist',
    );
    const h = line(await report(supervisor), 'housing');
    const r = h.byReason;
    expect(lines).toContain(`housing,${h.recorded},${h.open},${r.none_exists},${r.full},${r.ineligible},${r.other},`);
  });
});
