import { EPISODE_STAGE_LIST, type CaseloadItem, type EpisodeStage, type RiskTier } from '@careloop/core';
import { tierSeverity } from '../risk/risk-labels.js';
import { clientName } from '../../lib/client-name.js';

export type SortKey = 'name' | 'mrn' | 'program' | 'stage' | 'risk' | 'lastContact' | 'nextContact' | 'relation';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export interface CaseloadFilters {
  text: string;
  programId: string | null;
  stage: EpisodeStage | null;
  overdueOnly: boolean;
  /** A tier, 'none' for clients not yet assessed, or null for all. */
  tier: RiskTier | 'none' | null;
}

export const NO_FILTERS: CaseloadFilters = { text: '', programId: null, stage: null, overdueOnly: false, tier: null };

/** Days a contact is overdue (0 when on time), from the server's overdue items. */
export function contactDaysOverdue(item: CaseloadItem): number {
  return item.overdue.find((o) => o.kind === 'contact')?.daysOverdue ?? 0;
}

/** Days the care plan review is overdue (0 when on time or there is no effective plan). */
export function reviewDaysOverdue(item: CaseloadItem): number {
  return item.overdue.find((o) => o.kind === 'plan_review')?.daysOverdue ?? 0;
}

/** A referral follow-up or client check-in is due (referrals' monitoring rules). */
export function referralDue(item: CaseloadItem): boolean {
  return item.overdue.some((o) => o.kind === 'referral');
}

/** Away in hospital or jail and past the contact date: an in-reach visit is due (never "overdue"). */
export function inReachDue(item: CaseloadItem, now: number): boolean {
  return item.inReach && Date.parse(item.nextContactDueAt) < now;
}

export function isOverdue(item: CaseloadItem): boolean {
  return item.overdue.some((o) => o.daysOverdue > 0);
}

export function displayName(item: Pick<CaseloadItem, 'firstName' | 'lastName' | 'preferredName'>): string {
  return clientName(item);
}

export function filterCaseload(items: readonly CaseloadItem[], f: CaseloadFilters): CaseloadItem[] {
  const text = f.text.trim().toLowerCase();
  return items.filter((i) => {
    if (f.programId && i.programId !== f.programId) return false;
    if (f.stage && i.stage !== f.stage) return false;
    if (f.overdueOnly && !isOverdue(i)) return false;
    if (f.tier && (i.riskTier ?? 'none') !== f.tier) return false;
    if (!text) return true;
    const hay = [i.firstName, i.lastName, i.preferredName ?? '', i.mrn].join(' ').toLowerCase();
    return text.split(/\s+/).every((word) => hay.includes(word));
  });
}

const RELATION_ORDER = { primary: 0, team_member: 1, act_team: 2, covering: 3 } as const;

const byName = (a: CaseloadItem, b: CaseloadItem) =>
  a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);

/** A comparable value per column; nulls sort last in either direction. */
function sortValue(item: CaseloadItem, key: Exclude<SortKey, 'name'>): string | number | null {
  switch (key) {
    case 'mrn':
      return item.mrn;
    case 'program':
      return item.programName;
    case 'stage':
      return EPISODE_STAGE_LIST.indexOf(item.stage);
    case 'risk':
      // By severity, not alphabetically; "not assessed" ranks below low rather than going last.
      return tierSeverity(item.riskTier);
    case 'lastContact':
      return item.lastContactAt ? Date.parse(item.lastContactAt) : null;
    case 'nextContact':
      return Date.parse(item.nextContactDueAt);
    case 'relation':
      return RELATION_ORDER[item.relation];
  }
}

/** Missing values (no contact yet, not assessed) go last whichever way the column is sorted. */
function nullsLast(a: CaseloadItem, b: CaseloadItem, key: SortKey): number {
  if (key === 'name') return 0;
  return Number(sortValue(a, key) === null) - Number(sortValue(b, key) === null);
}

function compare(a: CaseloadItem, b: CaseloadItem, key: SortKey): number {
  if (key === 'name') return byName(a, b);
  const va = sortValue(a, key);
  const vb = sortValue(b, key);
  if (va === null || vb === null || va === vb) return 0;
  return typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
}

export function sortCaseload(items: readonly CaseloadItem[], sort: SortState): CaseloadItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => nullsLast(a, b, sort.key) || compare(a, b, sort.key) * sign || byName(a, b));
}

/** Clicking the sorted column flips it; another column starts ascending, risk most severe first. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: key === 'risk' ? 'descending' : 'ascending' };
}
