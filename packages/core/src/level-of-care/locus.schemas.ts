import { z } from 'zod';

/**
 * LOCUS results as entered by a licensed rater (CLINICAL.md §5.1). Electronic use of the instrument
 * needs a Deerfield licence, so Careloop stores the seven ratings and the levels but never renders
 * the instrument or computes a level from the ratings.
 */
export const LocusDimensions = [
  'risk_of_harm',
  'functional_status',
  'comorbidity',
  'recovery_environment_stress',
  'recovery_environment_support',
  'treatment_recovery_history',
  'engagement_recovery_status',
] as const;
export type LocusDimension = (typeof LocusDimensions)[number];

export const LOCUS_DIMENSION_LABELS: Record<LocusDimension, { numeral: string; label: string }> = {
  risk_of_harm: { numeral: 'I', label: 'Risk of Harm' },
  functional_status: { numeral: 'II', label: 'Functional Status' },
  comorbidity: { numeral: 'III', label: 'Medical, Addictive and Psychiatric Co-Morbidity' },
  recovery_environment_stress: { numeral: 'IV-A', label: 'Recovery Environment: Level of Stress' },
  recovery_environment_support: { numeral: 'IV-B', label: 'Recovery Environment: Level of Support' },
  treatment_recovery_history: { numeral: 'V', label: 'Treatment and Recovery History' },
  engagement_recovery_status: { numeral: 'VI', label: 'Engagement and Recovery Status' },
};

export const LocusLevels = [0, 1, 2, 3, 4, 5, 6] as const;
export type LocusLevel = (typeof LocusLevels)[number];

export const LOCUS_LEVEL_LABELS: Record<LocusLevel, string> = {
  0: 'Basic Services for Prevention and Maintenance',
  1: 'Recovery Maintenance and Health Management',
  2: 'Low Intensity Community Based Services',
  3: 'High Intensity Community Based Services',
  4: 'Medically Monitored Non-Residential Services',
  5: 'Medically Monitored Residential Services',
  6: 'Medically Managed Residential Services',
};

const rating = z.number().int('Ratings are whole numbers.').min(1, 'Rate 1 to 5.').max(5, 'Rate 1 to 5.');

export const locusResultBody = z
  .object({
    ratings: z.object({
      risk_of_harm: rating,
      functional_status: rating,
      comorbidity: rating,
      recovery_environment_stress: rating,
      recovery_environment_support: rating,
      treatment_recovery_history: rating,
      engagement_recovery_status: rating,
    }),
    /** As the rater's licensed LOCUS tool gave it. */
    recommendedLevel: z.literal(LocusLevels),
    /** The disposition actually chosen. */
    actualLevel: z.literal(LocusLevels),
    reasonForVariance: z.string().trim().max(2000).nullable().optional(),
    raterAttestation: z.literal(true, {
      error: 'Confirm you are trained to rate LOCUS and entered the ratings from the licensed tool.',
    }),
    version: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.actualLevel !== v.recommendedLevel && !v.reasonForVariance) {
      ctx.addIssue({
        code: 'custom',
        path: ['reasonForVariance'],
        message: 'Say why the actual level differs from the recommended one.',
      });
    }
  });
export type LocusResultBody = z.infer<typeof locusResultBody>;
