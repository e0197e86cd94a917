import { z } from 'zod';
import { CssrsRiskLevels, InstrumentFlags, InstrumentIds, Severities } from '../instruments/instrument-types.js';
import { RiskTiers } from '../risk/risk-tier.js';
import { TaskPriorities, TaskStatuses } from '../tasks/task-fields.js';

/** Answers are checked by the instrument engine (scoreInstrument), which names the bad item. */
export const scorePreviewBody = z.object({ answers: z.unknown() });

export const scoreView = z.object({
  instrument: z.enum(InstrumentIds),
  definitionVersion: z.string(),
  complete: z.boolean(),
  total: z.number().int().nullable(),
  severity: z.enum(Severities).nullable(),
  flags: z.array(z.enum(InstrumentFlags)),
  riskLevel: z.enum(CssrsRiskLevels).nullable().optional(),
});
export type ScoreView = z.infer<typeof scoreView>;

export const AdministrationModes = ['clinician', 'self_report'] as const;

export const createAssessmentBody = z.object({
  instrument: z.enum(InstrumentIds),
  answers: z.unknown(),
  episodeId: z.uuid().nullable().optional(),
  mode: z.enum(AdministrationModes).default('clinician'),
  /** When it was given (defaults to now); never in the future. */
  administeredAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateAssessmentBody = z.infer<typeof createAssessmentBody>;

export const TaskKinds = [
  'cssrs_screen',
  'urgent_bh_evaluation',
  'administer_phq9',
  'administer_gad7',
  'safety_plan',
  // Hand-made tasks and the follow-up rules (plan reviews, cadence, engagement, in-reach).
  'manual',
  'plan_review',
  'follow_up',
  'outreach_plan',
  'in_reach',
  // Resource linkage: referral monitoring, directory upkeep, advocacy deadlines.
  'referral_follow_up',
  'referral_check_in',
  'directory_verification',
  'advocacy_deadline',
  // Crisis and transitions ([12]): after a crisis, after a discharge, after a change of team.
  'crisis_follow_up',
  'safety_plan_review',
  'discharge_contact',
  'discharge_follow_up_7',
  'discharge_follow_up_30',
  'transition_check_in',
] as const;
export type TaskKind = (typeof TaskKinds)[number];

export const careTaskView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(TaskKinds),
  /** A hand-made task's own words; rule-raised tasks are named by their kind. */
  title: z.string().nullable().optional(),
  priority: z.enum(TaskPriorities),
  status: z.enum(TaskStatuses),
  dueAt: z.string(),
  assignedToId: z.uuid().nullable(),
  assignedToName: z.string().nullable(),
  sourceResultId: z.uuid().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  version: z.number().int(),
});
export type CareTaskView = z.infer<typeof careTaskView>;

/** `disengaged` is raised and resolved by the engagement rules (CLINICAL.md §5.2b), not by results. */
/** `open_crisis` is raised by a crisis event and resolved, with a note, by the crisis module ([12]). */
export const FlagKinds = ['suicide_risk', 'safety_precautions', 'disengaged', 'open_crisis'] as const;
export type FlagKind = (typeof FlagKinds)[number];
export const FlagStatuses = ['open', 'resolved'] as const;

export const clientFlagView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(FlagKinds),
  status: z.enum(FlagStatuses),
  raisedAt: z.string(),
  lastRaisedAt: z.string(),
  sourceResultIds: z.array(z.uuid()),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolution: z.string().nullable(),
  version: z.number().int(),
});
export type ClientFlagView = z.infer<typeof clientFlagView>;

export const assessmentResultView = scoreView.extend({
  id: z.uuid(),
  clientId: z.uuid(),
  episodeId: z.uuid().nullable(),
  answers: z.unknown(),
  mode: z.enum(AdministrationModes),
  administeredAt: z.string(),
  signedAt: z.string(),
  signedById: z.uuid(),
  signedByName: z.string().nullable(),
  /** What the safety rules did with this result. */
  actions: z
    .object({
      flagsRaised: z.array(z.enum(FlagKinds)),
      tasksCreated: z.array(z.enum(TaskKinds)),
      /** Open tasks this result answered and closed (e.g. "give the C-SSRS"). */
      tasksCompleted: z.array(z.enum(TaskKinds)),
      /** The in-session step the person giving it must take now, for this result. */
      inSessionStep: z.string().nullable(),
      /** The step is an alarm (risk found), not routine advice. */
      inSessionUrgent: z.boolean(),
    })
    .optional(),
  /** Things the giver should know (e.g. a repeat within 14 days, left out of change labels). */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
});
export type AssessmentResultView = z.infer<typeof assessmentResultView>;

export const assessmentListResponse = z.object({ items: z.array(assessmentResultView) });

export const completeTaskBody = z.object({
  outcome: z.string().trim().min(1, 'Say what was done.').max(2000),
  version: z.number().int().positive().optional(),
});

export const assignTaskBody = z.object({
  assignedToId: z.uuid(),
  version: z.number().int().positive().optional(),
});

/** A clinician's documented risk assessment is the only thing that clears a suicide-risk flag. */
export const resolveFlagBody = z.object({
  riskAssessment: z.string().trim().min(20, 'Document the risk assessment (at least a few sentences).').max(8000),
  version: z.number().int().positive().optional(),
});
export type ResolveFlagBody = z.infer<typeof resolveFlagBody>;

export const riskTierView = z.object({
  id: z.uuid(),
  tier: z.enum(RiskTiers),
  computedTier: z.enum(RiskTiers),
  ruleSetVersion: z.string(),
  reasons: z.array(z.object({ code: z.string(), text: z.string() })),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  setAt: z.string(),
  setByName: z.string().nullable(),
});
export type RiskTierView = z.infer<typeof riskTierView>;

export const riskSummaryView = z.object({
  current: riskTierView.nullable(),
  history: z.array(riskTierView),
  openFlags: z.array(clientFlagView),
});
export type RiskSummaryView = z.infer<typeof riskSummaryView>;

export type AdministrationMode = (typeof AdministrationModes)[number];

export const needsAssessmentView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  status: z.enum(['draft', 'completed']),
  domains: z.record(
    z.string(),
    z.object({
      rating: z.number().int().min(0).max(3).nullable(),
      clientWords: z.string().nullable().optional(),
      strengths: z.string().nullable().optional(),
    }),
  ),
  present: z.array(z.object({ role: z.string(), name: z.string().nullable().optional() })),
  clientPriorities: z.string(),
  overallStrengths: z.string().nullable(),
  /** Domains rated 2 or 3: these must appear in the care plan. */
  actionable: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  version: z.number().int(),
});
export type NeedsAssessmentView = z.infer<typeof needsAssessmentView>;

export const levelOfCareView = z.object({
  tier: z.enum(RiskTiers).nullable(),
  recommendation: z
    .object({
      model: z.enum(['supportive', 'strengths_based', 'clinical', 'intensive', 'act']),
      reasons: z.array(z.string()),
    })
    .nullable(),
  locus: z.array(
    z.object({
      id: z.uuid(),
      ratings: z.record(z.string(), z.number().int()),
      recommendedLevel: z.number().int(),
      actualLevel: z.number().int(),
      reasonForVariance: z.string().nullable(),
      ratedAt: z.string(),
      ratedByName: z.string().nullable(),
    }),
  ),
});
export type LevelOfCareView = z.infer<typeof levelOfCareView>;
