import { describe, expect, it } from 'vitest';
import { caseloadLoad } from './caseload-load.js';

describe('caseload weighted by intensity', () => {
  it('is empty for no clients', () => {
    expect(caseloadLoad([])).toEqual({ clients: 0, weightedLoad: 0, percentOfCap: 0, overCap: false });
  });

  it('reaches 100% exactly at the cap and goes over only above it', () => {
    const ten = Array.from({ length: 10 }, () => ({ caseloadCap: 10 }));
    expect(caseloadLoad(ten)).toMatchObject({ clients: 10, percentOfCap: 100, overCap: false });
    expect(caseloadLoad([...ten, { caseloadCap: 10 }])).toMatchObject({ percentOfCap: 110, overCap: true });
  });

  it('weighs an intensive client more than a supportive one', () => {
    const mixed = caseloadLoad([{ caseloadCap: 18 }, { caseloadCap: 45 }, { caseloadCap: 45 }]);
    expect(mixed.clients).toBe(3);
    expect(mixed.percentOfCap).toBe(10); // 5.6% + 2.2% + 2.2%
  });
});
