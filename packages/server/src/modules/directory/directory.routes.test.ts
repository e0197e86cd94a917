import {
  SERVICE_CSV_COLUMNS,
  type ImportServicesResult,
  type ServiceSearchItem,
  type ServiceView,
} from '@careloop/core';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runDirectoryVerificationSweep } from './directory-verification.sweep.js';

let t: TestApp;
let editor: Session;
let admin: Session;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signIn(t.app, 'directory_editor@riverbend.example');
  admin = await signIn(t.app, 'admin@riverbend.example');
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

const count = async (table: string) =>
  (await t.ctx.database.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))
    .rows[0]!.n;
const auditRows = async (action: string) =>
  (
    await t.ctx.database.db.execute<{
      actor_user_id: string;
      entity_id: string | null;
      details: Record<string, unknown>;
    }>(sql`select actor_user_id, entity_id, details from audit_events where action = ${action} order by occurred_at`)
  ).rows;

const housing = {
  name: 'Housing First Pilot',
  organizationName: 'Maple Street Housing Trust',
  category: 'housing',
  description: 'Apartments with support for people leaving shelters.',
  languages: ['English', 'Spanish'],
  eligibility: { minAge: 18, insurance: ['Medicaid'] },
  latitude: 39.78,
  longitude: -89.65,
  capacityStatus: 'waitlist',
  waitlistWeeks: 4,
};

const search = async (query: string, who = cm) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/services?${query}`, headers: as(who) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ServiceSearchItem[] }>().items;
};

describe('directory services', () => {
  it('are created by editors and admins only; others get 403 and nothing is written', async () => {
    const before = await count('directory_services');
    const denied = await t.app.inject({ method: 'POST', url: '/api/services', headers: as(cm), payload: housing });
    expect(denied.statusCode).toBe(403);
    expect(await count('directory_services')).toBe(before);

    const res = await t.app.inject({ method: 'POST', url: '/api/services', headers: as(editor), payload: housing });
    expect(res.statusCode).toBe(201);
    const s = res.json<ServiceView>();
    expect(s).toMatchObject({
      name: 'Housing First Pilot',
      organizationName: 'Maple Street Housing Trust',
      stale: false,
    });
    expect(s.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await auditRows('directory_service.create')).toContainEqual(
      expect.objectContaining({ actor_user_id: editor.userId, entity_id: s.id }),
    );

    // The provider is found by name, whatever the case.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: as(admin),
      payload: { name: 'Move-in Kits', organizationName: 'maple street HOUSING trust', category: 'housing' },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json<ServiceView>().providerId).toBe(s.providerId);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await count('directory_services');
    const providers = await count('directory_providers');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: as(editor),
      payload: { name: '', organizationName: 'New Org Never Saved', category: 'housingg', latitude: 100 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json<{ error: { details: { fields: { path: string }[] } } }>()
      .error.details.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'category', 'latitude']));
    expect(await count('directory_services')).toBe(before);
    expect(await count('directory_providers')).toBe(providers);
  });

  it('are found with a typo, by need and language, by eligibility and by distance', async () => {
    const typo = await search('q=housng');
    expect(typo.map((i) => i.name)).toEqual(expect.arrayContaining(['Housing First Program', 'Housing First Pilot']));
    expect((await search('q=housng%20frist')).map((i) => i.name)).toContain('Housing First Pilot');
    expect((await search('q=pantyr')).map((i) => i.name)).toContain('Community Food Pantry');
    const byNeed = await search('need=housing');
    expect(byNeed.length).toBeGreaterThan(0);
    expect(byNeed.every((i) => i.category === 'housing')).toBe(true);
    expect((await search('category=food&language=polish')).map((i) => i.name)).toEqual(['Community Food Pantry']);
    // Eligibility: a 17-year-old and someone with private insurance are left out of the pilot.
    expect((await search('q=pilot&age=17')).map((i) => i.name)).not.toContain('Housing First Pilot');
    expect((await search('q=pilot&insurance=Private')).map((i) => i.name)).not.toContain('Housing First Pilot');
    const shown = await search('q=pilot&insurance=Private&includeIneligible=true');
    expect(shown.find((i) => i.name === 'Housing First Pilot')?.misses).toEqual(['insurance']);
    const near = await search('category=housing&near=39.78,-89.65');
    expect(near[0]?.distanceMiles).toBe(0);
    expect(
      near.every((i, k) => k === 0 || (i.distanceMiles ?? Infinity) >= (near[k - 1]!.distanceMiles ?? Infinity)),
    ).toBe(true);
    const bad = await t.app.inject({ method: 'GET', url: '/api/services?near=here', headers: as(cm) });
    expect(bad.statusCode).toBe(400);
  });

  it('are edited with the version seen (409 on a stale one), deactivated and read back', async () => {
    const [s] = await search('q=move-in%20kits', editor);
    const url = `/api/services/${s!.id}`;
    const payload = { name: 'Move-in Kits', organizationName: s!.organizationName, category: 'housing', hours: 'Fri' };
    expect(
      (await t.app.inject({ method: 'PUT', url, headers: as(cm), payload: { ...payload, version: 1 } })).statusCode,
    ).toBe(403);
    const ok = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(editor),
      payload: { ...payload, version: s!.version },
    });
    expect(ok.json()).toMatchObject({ hours: 'Fri', version: s!.version + 1 });
    const conflict = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(editor),
      payload: { ...payload, version: s!.version },
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toMatchObject({ error: { code: 'version_conflict' } });
    const off = await t.app.inject({
      method: 'POST',
      url: `${url}/deactivate`,
      headers: as(editor),
      payload: { version: s!.version + 1 },
    });
    expect(off.json()).toMatchObject({ active: false });
    expect((await search('q=move-in%20kits')).length).toBe(0);
    expect((await t.app.inject({ method: 'GET', url, headers: as(cm) })).json()).toMatchObject({ active: false });
    expect(await auditRows('directory_service.deactivate')).toHaveLength(1);
  });
});

function csvOf(rows: Record<string, string>[]): string {
  return stringify(rows, { header: true, columns: [...SERVICE_CSV_COLUMNS] });
}

// Verified recently, so the staleness test below sees its own service alone.
const RECENT = new Date().toISOString().slice(0, 10);

function thousandRows(): Record<string, string>[] {
  return Array.from({ length: 1000 }, (_, i) => ({
    name: `Bulk Service ${i + 1}`,
    organizationName: `Bulk Provider ${i % 40}`,
    category: i % 2 ? 'food' : 'housing',
    languages: 'English; Spanish',
    minAge: '18',
    capacityStatus: 'open',
    lastVerifiedOn: RECENT,
  }));
}

describe('CSV import and export', () => {
  const importCsv = async (csv: string, mode: string, who = editor) =>
    t.app.inject({ method: 'POST', url: '/api/services/import', headers: as(who), payload: { csv, mode } });

  it('is for editors only', async () => {
    expect((await importCsv(csvOf(thousandRows().slice(0, 2)), 'good_rows', cm)).statusCode).toBe(403);
  });

  it('reports exactly the 3 bad rows of 1,000 and imports nothing, then only the good rows when asked', async () => {
    const rows = thousandRows();
    rows[9]!.category = 'housingg'; // file row 11
    rows[499]!.name = ''; // file row 501
    rows[998]!.minAge = 'eighteen'; // file row 1000
    const csv = csvOf(rows);
    const before = await count('directory_services');
    const started = Date.now();
    const strict = await importCsv(csv, 'all_or_nothing');
    expect(strict.statusCode).toBe(200);
    const r = strict.json<ImportServicesResult>();
    expect(r).toMatchObject({ total: 1000, imported: 0, rejectedRows: 3 });
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [11, 'category'],
      [501, 'name'],
      [1000, 'minAge'],
    ]);
    expect(await count('directory_services')).toBe(before);

    const loose = await importCsv(csv, 'good_rows');
    expect(loose.json<ImportServicesResult>()).toMatchObject({ imported: 997, rejectedRows: 3 });
    expect(await count('directory_services')).toBe(before + 997);
    expect(Date.now() - started).toBeLessThan(15_000);
    const audits = await auditRows('directory_service.import');
    expect(audits.map((a) => a.details)).toEqual([
      expect.objectContaining({ mode: 'all_or_nothing', total: 1000, imported: 0, rejectedRows: 3 }),
      expect.objectContaining({ mode: 'good_rows', total: 1000, imported: 997, rejectedRows: 3 }),
    ]);
  });

  it('refuses a file without the required columns', async () => {
    const res = await importCsv('title,provider\nA,B\n', 'good_rows');
    expect(res.json<ImportServicesResult>()).toMatchObject({ imported: 0 });
    expect(res.json<ImportServicesResult>().errors.map((e) => e.field)).toEqual([
      'name',
      'organizationName',
      'category',
    ]);
  });

  it('exports what it imports (round trip)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/services/export.csv', headers: as(cm) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const records = parse<Record<string, string>>(res.body, { columns: true });
    expect(Object.keys(records[0]!)).toEqual([...SERVICE_CSV_COLUMNS]);
    const bulk = records.find((r) => r.name === 'Bulk Service 2');
    expect(bulk).toMatchObject({
      category: 'food',
      languages: 'English; Spanish',
      minAge: '18',
      lastVerifiedOn: RECENT,
    });
    const pilot = records.find((r) => r.name === 'Housing First Pilot')!;
    // Import the exported row under a new name: it reads back the same.
    const again = await importCsv(csvOf([{ ...pilot, name: 'Housing First Pilot (copy)' }]), 'all_or_nothing');
    expect(again.json<ImportServicesResult>()).toMatchObject({ imported: 1, errors: [] });
    const res2 = await t.app.inject({ method: 'GET', url: '/api/services/export.csv', headers: as(cm) });
    const copy = parse<Record<string, string>>(res2.body, { columns: true }).find(
      (r) => r.name === 'Housing First Pilot (copy)',
    );
    expect(copy).toEqual({ ...pilot, name: 'Housing First Pilot (copy)' });
  });
});

describe('staleness', () => {
  it('flags a service not verified for 6 months, raises one task for the editor, and verifying closes it', async () => {
    // The demo's own stale entries first, so the count below is this service's alone.
    await runDirectoryVerificationSweep(t.ctx, t.clock.now);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/services',
      headers: as(editor),
      payload: {
        name: 'Old Clinic',
        organizationName: 'Dusty Health',
        category: 'health_and_dental',
        lastVerifiedOn: '2020-01-01',
      },
    });
    const s = created.json<ServiceView>();
    expect(s.stale).toBe(true);
    expect((await search('q=old%20clinic'))[0]).toMatchObject({ name: 'Old Clinic', stale: true });

    const first = await runDirectoryVerificationSweep(t.ctx, t.clock.now);
    expect(first.created).toBe(1);
    expect((await runDirectoryVerificationSweep(t.ctx, t.clock.now)).created).toBe(0);
    const tasks = async () =>
      (
        await t.ctx.database.db.execute<{
          status: string;
          assigned_to_id: string;
          client_id: string | null;
          title: string;
        }>(
          sql`select status, assigned_to_id, client_id, title from care_tasks where source_key = ${`directory_verification:${s.id}`}`,
        )
      ).rows;
    expect(await tasks()).toEqual([
      { status: 'open', assigned_to_id: editor.userId, client_id: null, title: 'Verify Old Clinic (Dusty Health)' },
    ]);
    const myTasks = await t.app.inject({ method: 'GET', url: '/api/tasks/mine', headers: as(editor) });
    expect(myTasks.statusCode).toBe(200);
    expect(JSON.stringify(myTasks.json())).toContain('Verify Old Clinic (Dusty Health)');

    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/services/${s.id}/verify`,
          headers: as(cm),
          payload: { version: s.version },
        })
      ).statusCode,
    ).toBe(403);
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/services/${s.id}/verify`,
      headers: as(editor),
      payload: { version: s.version },
    });
    expect(verified.json()).toMatchObject({ stale: false });
    expect((await tasks()).map((x) => x.status)).toEqual(['completed']);
    expect(await auditRows('directory_service.verify')).toContainEqual(
      expect.objectContaining({ entity_id: s.id, details: expect.objectContaining({ tasksClosed: 1 }) }),
    );
    expect((await runDirectoryVerificationSweep(t.ctx, t.clock.now)).created).toBe(0);
  });
});
