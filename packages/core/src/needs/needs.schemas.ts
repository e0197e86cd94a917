import { z } from 'zod';
import { AssessmentParticipantRoles, NeedDomains, NeedRatings, needsAssessmentGaps } from './needs-domains.js';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const needDomainEntry = z.object({
  /** null: not assessed yet (allowed in a draft only). */
  rating: z.literal(NeedRatings).nullable(),
  /** The client's own words about this part of their life. */
  clientWords: optionalText(2000),
  strengths: optionalText(2000),
});
export type NeedDomainEntry = z.infer<typeof needDomainEntry>;

export const NeedsAssessmentStatuses = ['draft', 'completed'] as const;
export type NeedsAssessmentStatus = (typeof NeedsAssessmentStatuses)[number];

export const assessmentParticipant = z.object({
  role: z.enum(AssessmentParticipantRoles),
  name: z.string().trim().max(200).optional(),
});

export const needsAssessmentBody = z
  .object({
    domains: z.partialRecord(z.enum(NeedDomains), needDomainEntry),
    present: z.array(assessmentParticipant).max(20),
    /** What the client says matters most, in their words. */
    clientPriorities: z.string().trim().max(2000),
    overallStrengths: optionalText(2000),
    status: z.enum(NeedsAssessmentStatuses),
    version: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    // A draft may be partial; only completing it needs every domain rated and the client present.
    if (v.status !== 'completed') return;
    for (const gap of needsAssessmentGaps(v)) {
      ctx.addIssue({ code: 'custom', path: gap.path, message: gap.message });
    }
  });
export type NeedsAssessmentBody = z.infer<typeof needsAssessmentBody>;
