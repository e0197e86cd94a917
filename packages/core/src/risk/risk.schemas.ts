import { z } from 'zod';
import { RiskTiers } from './risk-tier.js';

/** A clinician sets the tier by hand; the reason is kept beside the computed tier and its rules. */
export const riskOverrideBody = z.object({
  tier: z.enum(RiskTiers),
  reason: z.string().trim().min(1, 'Say why the tier differs from the computed one.').max(2000),
});
export type RiskOverrideBody = z.infer<typeof riskOverrideBody>;
