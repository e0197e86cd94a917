import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import type { FieldError } from '../http/errors.js';
import { ServiceCategories } from '../services/service-categories.js';

const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) => text(max).nullable().optional();
const localId = z.string().min(1).max(64);

export const ResponsibleKinds = ['team_member', 'client', 'family', 'outside_service'] as const;

/**
 * A draft may hold text still to be written (an empty goal, objective or reason): it autosaves as
 * it is, and only a complete plan is signed. Both share the shape and every other limit.
 */
type Completeness = 'draft' | 'complete';

function planSchemas(mode: Completeness) {
  const needed = (max: number, message: string) => (mode === 'complete' ? text(max).min(1, message) : text(max));

  const intervention = z.object({
    id: localId,
    what: needed(1000, 'Describe the intervention.'),
    responsibleKind: z.enum(ResponsibleKinds),
    responsibleName: optional(200),
    responsibleUserId: z.uuid().nullable().optional(),
    frequency: optional(200),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    /** Filled by the referrals module. */
    referralId: z.uuid().nullable().optional(),
  });

  const objective = z.object({
    id: localId,
    what: needed(1000, 'Say what will change.'),
    howMuch: optional(500),
    byWhen: isoDate.nullable().optional(),
  });

  const gasScale = z.object({
    /** What each level looks like for this goal; 0 is the expected outcome. */
    levels: z.object({
      minus2: text(500),
      minus1: text(500),
      zero: needed(500, 'Describe the expected level.'),
      plus1: text(500),
      plus2: text(500),
    }),
    weight: z.number().positive().max(100).default(1),
    baseline: z.number().int().min(-2).max(2).default(-1),
  });

  const planGoal = z.object({
    id: localId,
    /** In the client's own words: the heart of the plan. */
    clientWords: needed(2000, "Write the goal in the client's own words."),
    staffRestatement: optional(2000),
    category: z.enum(ServiceCategories).nullable().optional(),
    /** The assessed needs (NeedDomain codes) this goal addresses. */
    needDomains: z.array(z.string().max(64)).max(20).default([]),
    strengthsUsed: optional(2000),
    targetDate: isoDate.nullable().optional(),
    gas: gasScale.nullable().optional(),
    objectives: z.array(objective).max(20).default([]),
    interventions: z.array(intervention).max(30).default([]),
  });

  const planContent = z.object({
    preferences: optional(4000),
    goals: z.array(planGoal).max(30).default([]),
    deferredNeeds: z
      .array(z.object({ domain: z.string().max(64), reason: needed(1000, 'Say why this need is deferred.') }))
      .max(20)
      .default([]),
    /** Filled by the safety-plan module. */
    crisisPrevention: optional(4000),
  });

  return { intervention, objective, gasScale, planGoal, planContent };
}

const complete = planSchemas('complete');
const draft = planSchemas('draft');

export const intervention = complete.intervention;
export const objective = complete.objective;
export const gasScale = complete.gasScale;
export const planGoal = complete.planGoal;
export type PlanGoal = z.infer<typeof planGoal>;

/** A complete plan: what the client signs (and what every signed version holds). */
export const planContent = complete.planContent;
export type PlanContent = z.infer<typeof planContent>;

/** A draft being written: as `planContent`, but text still to be written may be empty. */
export const planDraftContent = draft.planContent;

/**
 * What a draft still needs before it can be signed, by path within the content (e.g.
 * `goals.0.clientWords`). Empty for a complete plan.
 */
export function incompletePlanFields(content: PlanContent): FieldError[] {
  const parsed = planContent.safeParse(content);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export const saveDraftBody = z.object({ content: planDraftContent, version: z.number().int().positive().optional() });

export const ClientAgreementMethods = ['signature', 'verbal'] as const;

export const signPlanBody = z
  .object({
    clientAgreement: z.object({
      method: z.enum(ClientAgreementMethods),
      /** PNG captured on screen (data URL). */
      signatureDataUrl: z
        .string()
        .max(300_000, 'The signature image is too large.')
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'Capture the signature again.')
        .nullable()
        .optional(),
      verbalReason: optional(1000),
    }),
    staffAttestation: z.literal(true, { message: 'Confirm you reviewed the plan with the client.' }),
    changeSummary: optional(2000),
    version: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.clientAgreement.method === 'signature' && !v.clientAgreement.signatureDataUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientAgreement', 'signatureDataUrl'],
        message: 'The client signs here.',
      });
    }
    if (v.clientAgreement.method === 'verbal' && !v.clientAgreement.verbalReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientAgreement', 'verbalReason'],
        message: 'Say why the agreement is verbal (e.g. signing by phone).',
      });
    }
  });
export type SignPlanBody = z.infer<typeof signPlanBody>;

/** `pending_approval`: signed by the client and staff, waiting for the program's supervisor. */
export const PlanStatuses = ['draft', 'pending_approval', 'effective', 'superseded'] as const;
export type PlanStatus = (typeof PlanStatuses)[number];

export const carePlanView = z.object({
  id: z.uuid(),
  episodeId: z.uuid(),
  clientId: z.uuid(),
  versionNumber: z.number().int(),
  status: z.enum(PlanStatuses),
  /** A draft's content may still be incomplete; a signed version's never is. */
  content: planDraftContent,
  changeSummary: z.string().nullable(),
  clientAgreementMethod: z.enum(ClientAgreementMethods).nullable(),
  verbalReason: z.string().nullable(),
  signatureDataUrl: z.string().nullable(),
  signedById: z.uuid().nullable(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  reviewDueAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Set when a supervisor sent a signed version back: it is a draft again and needs new signatures. */
  returnedByName: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Actionable needs from the latest completed needs assessment, and how the plan covers them. */
  coverage: z.object({ covered: z.array(z.string()), deferred: z.array(z.string()), missing: z.array(z.string()) }),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  version: z.number().int(),
});
export type CarePlanView = z.infer<typeof carePlanView>;

export const planApprovalBody = z
  .object({
    decision: z.enum(['approve', 'return']),
    reason: optional(2000),
    version: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say what needs to change before you can approve.' });
    }
  });
export type PlanApprovalBody = z.infer<typeof planApprovalBody>;

/** One signed plan waiting for a supervisor's approval. */
export const pendingApprovalItem = z.object({
  planId: z.uuid(),
  episodeId: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  mrn: z.string(),
  programName: z.string(),
  versionNumber: z.number().int(),
  signedAt: z.string(),
  signedByName: z.string().nullable(),
});
export type PendingApprovalItem = z.infer<typeof pendingApprovalItem>;

export const gasRequestBody = z.object({
  attainment: z.array(z.number()).min(1, 'Rate at least one goal.').max(50),
  weights: z.array(z.number()).max(50).optional(),
});

export const planReviewBody = z.object({
  goals: z
    .array(
      z.object({
        goalId: localId,
        progress: text(2000).min(1, 'Describe the progress on this goal.'),
        /** GAS attainment, for goals with a scale. */
        attainment: z.number().int().min(-2, 'From -2 to +2.').max(2, 'From -2 to +2.').nullable().optional(),
      }),
    )
    .min(1, 'Review at least one goal.')
    .max(30),
  clientComments: optional(4000),
  changesNeeded: optional(4000),
});
export type PlanReviewBody = z.infer<typeof planReviewBody>;

export const planReviewView = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  versionNumber: z.number().int(),
  reviewedAt: z.string(),
  reviewedByName: z.string().nullable(),
  goals: z.array(z.object({ goalId: z.string(), progress: z.string(), attainment: z.number().int().nullable() })),
  clientComments: z.string().nullable(),
  changesNeeded: z.string().nullable(),
  /** GAS T-score over the goals that have a scale and a rating (null when none). */
  gasTScore: z.number().nullable(),
});
export type PlanReviewView = z.infer<typeof planReviewView>;
