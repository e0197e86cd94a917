import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import { ServiceCategories } from '../services/service-categories.js';

/** Why nothing fitted: no such service, the service is full, the client is not eligible, or else. */
export const UnmetNeedReasons = ['none_exists', 'full', 'ineligible', 'other'] as const;
export type UnmetNeedReason = (typeof UnmetNeedReasons)[number];

/** Open until the need is met (a service was found later) or withdrawn (no longer needed). */
export const UnmetNeedStatuses = ['open', 'met', 'withdrawn'] as const;
export type UnmetNeedStatus = (typeof UnmetNeedStatuses)[number];

const text = (max: number) => z.string().trim().max(max);

export const createUnmetNeedBody = z
  .object({
    category: z.enum(ServiceCategories, { message: 'Choose a service category.' }),
    reason: z.enum(UnmetNeedReasons, { message: 'Say why nothing fitted.' }),
    note: text(2000).nullable().optional(),
    /** The directory service that was full or that the client was not eligible for. */
    serviceId: z.uuid().nullable().optional(),
    /** A referral that ended without the service (rejected, failed). */
    referralId: z.uuid().nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe what was missing.' });
    }
  });
export type CreateUnmetNeedBody = z.infer<typeof createUnmetNeedBody>;

export const updateUnmetNeedBody = z.object({
  status: z.enum(UnmetNeedStatuses),
  /** What met it, or why it was withdrawn. */
  note: text(2000).nullable().optional(),
  version: z.number().int().positive(),
});
export type UpdateUnmetNeedBody = z.infer<typeof updateUnmetNeedBody>;

export const unmetNeedView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  category: z.enum(ServiceCategories),
  reason: z.enum(UnmetNeedReasons),
  note: z.string().nullable(),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  referralId: z.uuid().nullable(),
  status: z.enum(UnmetNeedStatuses),
  resolutionNote: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  version: z.number().int(),
});
export type UnmetNeedView = z.infer<typeof unmetNeedView>;

export const unmetNeedsReportQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    programId: z.uuid().optional(),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The end of the period comes before its start.' });
export type UnmetNeedsReportQuery = z.infer<typeof unmetNeedsReportQuery>;

/** One cell of the report: needs of a category and reason recorded in the period, and still open. */
export const unmetNeedsCount = z.object({
  category: z.enum(ServiceCategories),
  reason: z.enum(UnmetNeedReasons),
  recorded: z.number().int(),
  open: z.number().int(),
});
export type UnmetNeedsCount = z.infer<typeof unmetNeedsCount>;

export const unmetNeedsCategoryTotal = z.object({
  category: z.enum(ServiceCategories),
  recorded: z.number().int(),
  open: z.number().int(),
  byReason: z.record(z.enum(UnmetNeedReasons), z.number().int()),
  /** Active referrals of this category waiting on a provider's waitlist (now, not in the period). */
  onWaitlist: z.number().int().nullable(),
});
export type UnmetNeedsCategoryTotal = z.infer<typeof unmetNeedsCategoryTotal>;

/** Aggregate counts only: no client is named (resource-gap evidence for funders). */
export const unmetNeedsReport = z.object({
  from: z.string(),
  to: z.string(),
  programId: z.uuid().nullable(),
  /** The programs counted (the supervisor's own; all for an admin). */
  programs: z.array(z.object({ id: z.uuid(), name: z.string() })),
  counts: z.array(unmetNeedsCount),
  categories: z.array(unmetNeedsCategoryTotal),
  totals: z.object({ recorded: z.number().int(), open: z.number().int() }),
});
export type UnmetNeedsReport = z.infer<typeof unmetNeedsReport>;
