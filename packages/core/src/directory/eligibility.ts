/** Who a service takes, as the provider states it; every part optional (absent = no limit). */
export interface Eligibility {
  minAge?: number | null;
  maxAge?: number | null;
  /** Accepted insurance (e.g. "Medicaid", "Medicare", "uninsured"); empty = any. */
  insurance?: readonly string[] | null;
  /** Diagnoses the service is for (e.g. "serious mental illness"); empty = any. */
  diagnoses?: readonly string[] | null;
  /** Where clients must live (a county or city); null = anywhere. */
  residency?: string | null;
  documents?: readonly string[] | null;
  notes?: string | null;
}

/** What is known of the person; a part left out is not checked. */
export interface EligibilityProbe {
  age?: number | null;
  insurance?: string | null;
  diagnosis?: string | null;
  residency?: string | null;
}

export const EligibilityMisses = ['too_young', 'too_old', 'insurance', 'diagnosis', 'residency'] as const;
export type EligibilityMiss = (typeof EligibilityMisses)[number];

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Case- and space-insensitive; a listed value matches when either contains the other ("Medicaid" ~ "Medicaid MCO"). */
function listMatches(list: readonly string[] | null | undefined, value: string): boolean {
  if (!list || list.length === 0) return true;
  const v = fold(value);
  if (!v) return true;
  return list.some((item) => {
    const i = fold(item);
    return i !== '' && (i === v || i.includes(v) || v.includes(i));
  });
}

/**
 * Whether the person meets the stated eligibility, and each reason they do not. Age bounds are
 * inclusive (minAge 18 takes an 18-year-old). Unknown facts never exclude.
 */
export function matchEligibility(
  eligibility: Eligibility,
  probe: EligibilityProbe,
): { eligible: boolean; misses: EligibilityMiss[] } {
  const misses: EligibilityMiss[] = [];
  if (probe.age != null) {
    if (eligibility.minAge != null && probe.age < eligibility.minAge) misses.push('too_young');
    if (eligibility.maxAge != null && probe.age > eligibility.maxAge) misses.push('too_old');
  }
  if (probe.insurance && !listMatches(eligibility.insurance, probe.insurance)) misses.push('insurance');
  if (probe.diagnosis && !listMatches(eligibility.diagnoses, probe.diagnosis)) misses.push('diagnosis');
  if (probe.residency && eligibility.residency && !listMatches([eligibility.residency], probe.residency)) {
    misses.push('residency');
  }
  return { eligible: misses.length === 0, misses };
}
