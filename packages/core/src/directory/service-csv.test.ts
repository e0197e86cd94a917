import { describe, expect, it } from 'vitest';
import { csvRowToService, SERVICE_CSV_COLUMNS, serviceToCsvRecord } from './service-csv.js';
import type { ServiceView } from './directory.schemas.js';

const good = {
  name: 'Housing First',
  organizationName: 'Riverbend Housing Coalition',
  category: 'housing',
  languages: 'English; Spanish',
  minAge: '18',
  maxAge: '',
  insurance: 'Medicaid;Uninsured',
  capacityStatus: 'waitlist',
  waitlistWeeks: '6',
  lastVerifiedOn: '2026-01-10',
  latitude: '41.9',
  longitude: '-87.7',
};

describe('csvRowToService', () => {
  it('reads a good row, lists split on ";"', () => {
    const r = csvRowToService(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.languages).toEqual(['English', 'Spanish']);
    expect(r.value.eligibility?.minAge).toBe(18);
    expect(r.value.eligibility?.maxAge).toBeNull();
    expect(r.value.eligibility?.insurance).toEqual(['Medicaid', 'Uninsured']);
    expect(r.value.capacityStatus).toBe('waitlist');
    expect(r.value.waitlistWeeks).toBe(6);
  });
  it('defaults capacity to open and blank verification to null', () => {
    const r = csvRowToService({ name: 'A', organizationName: 'B', category: 'food' });
    expect(r.ok && r.value.capacityStatus).toBe('open');
    expect(r.ok && r.value.lastVerifiedOn).toBeNull();
  });
  it('names the column of each error', () => {
    const r = csvRowToService({
      ...good,
      name: '',
      category: 'housingg',
      minAge: 'eighteen',
      email: 'nope',
      lastVerifiedOn: '2026-02-30',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(
      ['category', 'email', 'lastVerifiedOn', 'minAge', 'name'].sort(),
    );
  });
  it('coordinates come in pairs', () => {
    const r = csvRowToService({ ...good, latitude: '' });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['latitude']);
  });
  it('maps eligibility paths back to columns', () => {
    const r = csvRowToService({ ...good, minAge: '30', maxAge: '20' });
    expect(!r.ok && r.errors).toEqual([{ field: 'maxAge', message: 'The maximum age is below the minimum age.' }]);
  });
});

describe('serviceToCsvRecord', () => {
  it('writes every column and reads back the same', () => {
    const view: ServiceView = {
      id: '00000000-0000-4000-8000-000000000001',
      providerId: '00000000-0000-4000-8000-000000000002',
      organizationName: 'Org',
      name: 'Svc',
      category: 'food',
      description: 'Hot meals, "free"; daily',
      languages: ['English', 'Polish'],
      eligibility: { minAge: 18, insurance: ['Any'], notes: 'ID helps' },
      accessibility: 'Ramp',
      hours: 'Mon-Fri 9-5',
      addressLine: '1 Main St',
      city: 'Riverbend',
      region: 'IL',
      postalCode: '60000',
      latitude: 41.5,
      longitude: -87.5,
      contactName: null,
      phone: '555-0100',
      email: 'a@b.example',
      website: null,
      intakeMethod: 'walk_in',
      capacityStatus: 'limited',
      waitlistWeeks: null,
      lastVerifiedOn: '2026-01-01',
      stale: false,
      active: true,
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const rec = serviceToCsvRecord(view);
    expect(Object.keys(rec)).toEqual([...SERVICE_CSV_COLUMNS]);
    const back = csvRowToService(rec);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toMatchObject({
      name: 'Svc',
      languages: ['English', 'Polish'],
      eligibility: { minAge: 18, insurance: ['Any'], notes: 'ID helps' },
      latitude: 41.5,
      intakeMethod: 'walk_in',
      capacityStatus: 'limited',
      lastVerifiedOn: '2026-01-01',
    });
  });
});
