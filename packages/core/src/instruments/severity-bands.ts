import type { Severity } from './instrument-types.js';

export interface SeverityBand {
  min: number;
  max: number;
  severity: Severity;
}

/** CLINICAL.md §1.1. */
export const PHQ9_BANDS: readonly SeverityBand[] = [
  { min: 0, max: 4, severity: 'minimal' },
  { min: 5, max: 9, severity: 'mild' },
  { min: 10, max: 14, severity: 'moderate' },
  { min: 15, max: 19, severity: 'moderately_severe' },
  { min: 20, max: 27, severity: 'severe' },
];

/** CLINICAL.md §1.3 (no moderately severe band). */
export const GAD7_BANDS: readonly SeverityBand[] = [
  { min: 0, max: 4, severity: 'minimal' },
  { min: 5, max: 9, severity: 'mild' },
  { min: 10, max: 14, severity: 'moderate' },
  { min: 15, max: 21, severity: 'severe' },
];

export function severityFor(total: number, bands: readonly SeverityBand[]): Severity {
  const band = bands.find((b) => total >= b.min && total <= b.max);
  // Unreachable for validated answers; failing loudly beats a silent wrong band.
  if (!band) throw new RangeError(`Total ${total} is outside every severity band.`);
  return band.severity;
}
