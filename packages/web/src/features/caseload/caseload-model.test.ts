import type { CaseloadItem } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import {
  displayName,
  inReachDue,
  filterCaseload,
  nextSort,
  NO_FILTERS,
  referralDue,
  sortCaseload,
  type SortState,
} from './caseload-model.js';

function item(patch: Partial<CaseloadItem>): CaseloadItem {
  return {
    episodeId: '00000000-0000-4000-8000-000000000001',
    clientId: '00000000-0000-4000-8000-000000000002',
    mrn: '10000001',
    firstName: 'Ana',
    lastName: 'Alvarez',
    preferredName: null,
    dateOfBirth: '1980-01-01',
    programId: 'p1',
    programName: 'ICM North',
    model: 'intensive',
    stage: 'active',
    waitlisted: false,
    relation: 'primary',
    openedAt: '2026-01-01T00:00:00Z',
    riskTier: null,
    suicideRiskFlag: false,
    openCrisis: false,
    lastContactAt: null,
    nextContactDueAt: '2026-01-08T00:00:00Z',
    overdue: [],
    whereabouts: 'community',
    inReach: false,
    disengaged: false,
    ...patch,
  };
}

const a = item({ lastName: 'Alvarez', mrn: '10000003', stage: 'planning', nextContactDueAt: '2026-02-01T00:00:00Z' });
const b = item({
  lastName: 'Brown',
  firstName: 'Ben',
  preferredName: 'Benny',
  mrn: '10000001',
  stage: 'screening',
  programId: 'p2',
  lastContactAt: '2026-01-03T00:00:00Z',
  nextContactDueAt: '2026-01-05T00:00:00Z',
  overdue: [{ kind: 'contact', dueAt: '2026-01-05T00:00:00Z', daysOverdue: 3 }],
});
const c = item({ lastName: 'Chen', mrn: '10000002', stage: 'active', lastContactAt: '2026-01-01T00:00:00Z' });

describe('caseload sorting and filtering', () => {
  it('sorts by stage order, not alphabetically, and flips direction', () => {
    const asc: SortState = { key: 'stage', direction: 'ascending' };
    expect(sortCaseload([a, b, c], asc).map((i) => i.lastName)).toEqual(['Brown', 'Alvarez', 'Chen']);
    const desc = nextSort(asc, 'stage');
    expect(desc.direction).toBe('descending');
    expect(sortCaseload([a, b, c], desc).map((i) => i.lastName)).toEqual(['Chen', 'Alvarez', 'Brown']);
    expect(nextSort(desc, 'mrn')).toEqual({ key: 'mrn', direction: 'ascending' });
  });

  it('keeps clients with no contact last in either direction', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      expect(sortCaseload([a, b, c], { key: 'lastContact', direction }).at(-1)?.lastName).toBe('Alvarez');
    }
  });

  it('filters by text on name, preferred name and MRN, program, stage and overdue', () => {
    expect(filterCaseload([a, b, c], { ...NO_FILTERS, text: 'benny' })).toEqual([b]);
    expect(filterCaseload([a, b, c], { ...NO_FILTERS, text: '10000002' })).toEqual([c]);
    expect(filterCaseload([a, b, c], { ...NO_FILTERS, programId: 'p2' })).toEqual([b]);
    expect(filterCaseload([a, b, c], { ...NO_FILTERS, stage: 'planning' })).toEqual([a]);
    expect(filterCaseload([a, b, c], { ...NO_FILTERS, overdueOnly: true })).toEqual([b]);
  });

  it('sorts by risk severity, most severe first on the first click, not assessed lowest', () => {
    const low = item({ lastName: 'Low', riskTier: 'low' });
    const imminent = item({ lastName: 'Imminent', riskTier: 'imminent' });
    const moderate = item({ lastName: 'Moderate', riskTier: 'moderate' });
    const high = item({ lastName: 'High', riskTier: 'high', suicideRiskFlag: true });
    const none = item({ lastName: 'None' });
    const first = nextSort({ key: 'name', direction: 'ascending' }, 'risk');
    expect(first).toEqual({ key: 'risk', direction: 'descending' });
    const order = (s: SortState) => sortCaseload([low, none, imminent, moderate, high], s).map((i) => i.lastName);
    expect(order(first)).toEqual(['Imminent', 'High', 'Moderate', 'Low', 'None']);
    expect(order(nextSort(first, 'risk'))).toEqual(['None', 'Low', 'Moderate', 'High', 'Imminent']);
  });

  it('filters by risk tier, with "not assessed" as its own choice', () => {
    const high = item({ lastName: 'High', riskTier: 'high' });
    expect(filterCaseload([a, high], { ...NO_FILTERS, tier: 'high' })).toEqual([high]);
    expect(filterCaseload([a, high], { ...NO_FILTERS, tier: 'none' })).toEqual([a]);
    expect(filterCaseload([a, high], { ...NO_FILTERS, tier: 'low' })).toEqual([]);
  });

  it('shows the preferred name beside the legal one', () => {
    expect(displayName(b)).toBe('Brown, Ben (Benny)');
    expect(displayName(a)).toBe('Alvarez, Ana');
  });
});

describe('inReachDue', () => {
  const now = Date.parse('2026-01-08T00:00:00Z');
  it('is due once the contact date has passed while the client is away, never in the community', () => {
    const away = item({ whereabouts: 'hospital', inReach: true });
    expect(inReachDue(away, now)).toBe(false); // due exactly now
    expect(inReachDue(away, now + 1)).toBe(true);
    expect(inReachDue(item({ nextContactDueAt: '2026-01-01T00:00:00Z' }), now)).toBe(false);
  });
});

describe('referral due', () => {
  it('is shown when the caseload item carries a referral due item', () => {
    expect(referralDue(item({}))).toBe(false);
    expect(referralDue(item({ overdue: [{ kind: 'referral', dueAt: '2026-03-01T00:00:00Z', daysOverdue: 2 }] }))).toBe(
      true,
    );
  });
});
