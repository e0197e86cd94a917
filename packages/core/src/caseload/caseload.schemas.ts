import { z } from 'zod';
import { DisengagementReasons } from '../cadence/disengagement.js';
import { WhereaboutsList } from '../cadence/whereabouts.js';
import { EPISODE_STAGE_LIST } from '../episodes/episode-stage.js';
import { PROGRAM_MODEL_LIST } from '../programs/program-model.js';
import { URGENCY_LIST } from '../time/timeliness.js';
import { safetyView } from './safety-view.schemas.js';

export const caseloadQuery = z.object({
  /** Whose caseload; yourself when omitted. Others' need supervision of the program. */
  staffId: z.uuid().optional(),
});

export const overdueItem = z.object({
  /**
   * `referral`: a referral follow-up or client check-in is due (referrals module);
   * `advocacy_deadline`: an advocacy deadline is near or past (advocacy module).
   */
  kind: z.enum(['contact', 'plan_review', 'referral', 'advocacy_deadline']),
  dueAt: z.string(),
  daysOverdue: z.number().int(),
});

export const caseloadItem = z.object({
  episodeId: z.uuid(),
  clientId: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  programId: z.uuid(),
  programName: z.string(),
  /** Level of care: the program's model. */
  model: z.enum(PROGRAM_MODEL_LIST),
  stage: z.enum(EPISODE_STAGE_LIST),
  waitlisted: z.boolean(),
  /**
   * How this person is on the case: primary case manager, care team member, the ACT team, or
   * covering for a colleague (a coverage in force today).
   */
  relation: z.enum(['primary', 'team_member', 'act_team', 'covering']),
  /** With relation `covering`: the colleague covered. */
  coveringFor: z.string().nullable().optional(),
  openedAt: z.string(),
  /** Acuity tier from the assessment module (low … imminent). */
  riskTier: z.enum(['low', 'moderate', 'high', 'imminent']).nullable(),
  /** An open suicide-risk flag: shown apart from the tier, never folded into it. */
  suicideRiskFlag: z.boolean(),
  /** A crisis not yet resolved with a note (the `open_crisis` flag). */
  openCrisis: z.boolean(),
  /** The latest successful contact with the client (failed outreach and collateral left out). */
  lastContactAt: z.string().nullable(),
  /** From the program's cadence rules tightened by the risk tier (CLINICAL.md §5.2b). */
  nextContactDueAt: z.string(),
  overdue: z.array(overdueItem),
  whereabouts: z.enum(WhereaboutsList),
  /** In hospital or jail: contact is by in-reach, so a late contact is never listed as overdue. */
  inReach: z.boolean(),
  /** Failed outreach in a row, or no successful contact for two cadence windows. */
  disengaged: z.boolean(),
  /** The nearest unmet deadline of the client's open advocacy cases (e.g. an appeal due). */
  advocacyDeadline: z
    .object({ caseId: z.uuid(), what: z.string(), dueDate: z.string(), openCases: z.number().int() })
    .nullable()
    .optional(),
});
export type CaseloadItem = z.infer<typeof caseloadItem>;

export const caseloadResponse = z.object({
  staffId: z.uuid(),
  staffName: z.string(),
  items: z.array(caseloadItem),
});
export type CaseloadResponse = z.infer<typeof caseloadResponse>;

export const supervisionResponse = z.object({
  safety: safetyView,
  programs: z.array(
    z.object({ id: z.uuid(), name: z.string(), model: z.enum(PROGRAM_MODEL_LIST), caseloadCap: z.number().int() }),
  ),
  staff: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      discipline: z.string().nullable(),
      clients: z.number().int(),
      weightedLoad: z.number(),
      percentOfCap: z.number().int(),
      overCap: z.boolean(),
      overdueContacts: z.number().int(),
    }),
  ),
  overdueContacts: z.array(
    z.object({
      episodeId: z.uuid(),
      clientId: z.uuid(),
      mrn: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      programName: z.string(),
      primaryCaseManagerName: z.string().nullable(),
      nextContactDueAt: z.string(),
      daysOverdue: z.number().int(),
    }),
  ),
  disengaged: z.array(
    z.object({
      episodeId: z.uuid(),
      clientId: z.uuid(),
      mrn: z.string(),
      name: z.string(),
      programName: z.string(),
      primaryCaseManagerName: z.string().nullable(),
      reason: z.enum(DisengagementReasons),
      since: z.string(),
    }),
  ),
  overdueReviews: z.array(
    z.object({
      episodeId: z.uuid(),
      clientId: z.uuid(),
      mrn: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      programName: z.string(),
      primaryCaseManagerName: z.string().nullable(),
      reviewDueAt: z.string(),
      daysOverdue: z.number().int(),
      /** interval, or tier_rose when a higher risk tier brought the review forward. */
      reason: z.enum(['interval', 'tier_rose']),
    }),
  ),
  overdueIntakes: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      urgency: z.enum(URGENCY_LIST),
      dueAt: z.string(),
      assignedToName: z.string().nullable(),
      status: z.string(),
    }),
  ),
  waitlist: z.array(
    z.object({
      episodeId: z.uuid(),
      clientId: z.uuid(),
      mrn: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      programName: z.string(),
      waitlistedSince: z.string(),
      note: z.string().nullable(),
    }),
  ),
});
export type SupervisionResponse = z.infer<typeof supervisionResponse>;
