import { describe, expect, it } from 'vitest';
import { authorize } from '../access/policy.js';
import type { Role } from '../auth/roles.js';
import {
  EnumerationThresholds,
  enumerationSignal,
  reachesBeyondOwnClients,
  type SearchSample,
} from './search-guard.js';

const sample = (over: Partial<SearchSample> = {}): SearchSample => ({
  kind: 'name',
  total: 3,
  probeLength: 8,
  shown: ['a', 'b', 'c'],
  ...over,
});
const times = (n: number, s: SearchSample) => Array.from({ length: n }, () => s);

describe('limited search', () => {
  it('reaches beyond own clients only by exact MRN or name with date of birth', () => {
    expect(reachesBeyondOwnClients('mrn')).toBe(true);
    expect(reachesBeyondOwnClients('name_dob')).toBe(true);
    expect(reachesBeyondOwnClients('name')).toBe(false);
    expect(reachesBeyondOwnClients('dob')).toBe(false);
    expect(reachesBeyondOwnClients('digits')).toBe(false);
  });

  it('gives the org-wide search to the intake roles only', () => {
    const can = (role: Role) =>
      authorize({ userId: 'u', organizationId: 'o', roles: [role] }, 'client.search_org_wide').allowed;
    expect(can('intake_coordinator')).toBe(true);
    expect(can('supervisor')).toBe(true);
    expect(can('case_manager')).toBe(false);
    expect(can('clinician')).toBe(false);
    expect(can('peer_specialist')).toBe(false);
    expect(can('admin')).toBe(false);
  });
});

describe('enumeration signal', () => {
  it('stays quiet for an ordinary run of look-ups', () => {
    expect(enumerationSignal(times(40, sample()))).toBeNull();
    expect(enumerationSignal(times(EnumerationThresholds.misses - 1, sample({ total: 0, shown: [] })))).toBeNull();
  });

  it('sees an alphabet walk, a calendar walk, guessing and harvesting', () => {
    expect(enumerationSignal(times(EnumerationThresholds.shortProbes, sample({ probeLength: 2 })))).toBe(
      'alphabet_walk',
    );
    expect(enumerationSignal(times(EnumerationThresholds.dobOnly, sample({ kind: 'dob' })))).toBe('dob_sweep');
    expect(enumerationSignal(times(EnumerationThresholds.misses, sample({ total: 0, shown: [] })))).toBe('misses');
    const wide = Array.from({ length: 30 }, (_, i) =>
      sample({ shown: Array.from({ length: 10 }, (_, j) => `${i}-${j}`) }),
    );
    expect(enumerationSignal(wide)).toBe('wide_harvest');
    expect(enumerationSignal(times(EnumerationThresholds.searches, sample()))).toBe('volume');
  });
});
