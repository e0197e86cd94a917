import { describe, expect, it } from 'vitest';
import { referralDuplicates, sameReferralProvider, type ExistingReferral } from './referral-duplicates.js';

const existing = (over: Partial<ExistingReferral>): ExistingReferral => ({
  id: 'r1',
  status: 'requested',
  category: 'housing',
  serviceId: null,
  directoryProviderId: null,
  providerName: 'Riverbend Housing',
  ...over,
});

describe('referral duplicates', () => {
  it('warns for an open referral in the same category', () => {
    expect(referralDuplicates({ category: 'housing', providerName: 'Other' }, [existing({})])).toEqual([
      {
        referralId: 'r1',
        status: 'requested',
        category: 'housing',
        providerName: 'Riverbend Housing',
        match: 'same_category',
      },
    ]);
  });

  it('warns for the same provider in another category: same service, same organization, same name', () => {
    const other = { category: 'income_and_entitlements' as const };
    expect(referralDuplicates({ ...other, serviceId: 's1' }, [existing({ serviceId: 's1' })])[0]?.match).toBe(
      'same_provider',
    );
    expect(
      referralDuplicates({ ...other, directoryProviderId: 'p1' }, [existing({ directoryProviderId: 'p1' })])[0]?.match,
    ).toBe('same_provider');
    expect(referralDuplicates({ ...other, providerName: '  riverbend   HOUSING ' }, [existing({})])[0]?.match).toBe(
      'same_provider',
    );
  });

  it('says both when category and provider match', () => {
    expect(
      referralDuplicates({ category: 'housing', providerName: 'Riverbend Housing' }, [existing({})])[0]?.match,
    ).toBe('same_category_and_provider');
  });

  it('ignores closed referrals (terminal statuses), other providers and the referral itself', () => {
    for (const status of ['rejected', 'cancelled', 'failed', 'completed', 'entered-in-error'] as const) {
      expect(referralDuplicates({ category: 'housing' }, [existing({ status })])).toEqual([]);
    }
    for (const status of ['draft', 'requested', 'accepted', 'in-progress', 'on-hold'] as const) {
      expect(referralDuplicates({ category: 'housing' }, [existing({ status })])).toHaveLength(1);
    }
    expect(
      referralDuplicates({ category: 'protection_and_advocacy', providerName: 'Legal Aid' }, [existing({})]),
    ).toEqual([]);
    expect(referralDuplicates({ category: 'housing' }, [existing({})], 'r1')).toEqual([]);
  });

  it('never matches on empty names or missing ids', () => {
    expect(
      sameReferralProvider(
        { category: 'housing', providerName: ' ' },
        { category: 'protection_and_advocacy', providerName: '' },
      ),
    ).toBe(false);
    expect(
      sameReferralProvider(
        { category: 'housing', serviceId: null },
        { category: 'protection_and_advocacy', serviceId: null },
      ),
    ).toBe(false);
  });
});
