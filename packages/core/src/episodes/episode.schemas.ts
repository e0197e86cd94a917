import { z } from 'zod';
import { PROGRAM_MODEL_LIST } from '../programs/program-model.js';
import { WhereaboutsList } from '../cadence/whereabouts.js';
import { EPISODE_STAGE_LIST } from './episode-stage.js';
import { CareTeamRoles, ClosureReasons, ProgramStaffRoles } from './episode-fields.js';

const version = z.number().int().positive().optional();
const reasonText = (msg: string) => z.string().trim().min(1, msg).max(2000);

export const enrollBody = z.object({
  programId: z.uuid(),
  primaryCaseManagerId: z.uuid(),
  /** The screened intake this enrolment comes from (closes it as "enrolled"). */
  intakeId: z.uuid().nullable().optional(),
  /** Resources are limited: enrol on the program's waitlist, keeping what the client waits for. */
  waitlisted: z.boolean().default(false),
  waitlistNote: z.string().trim().max(500).nullable().optional(),
});
export type EnrollBody = z.infer<typeof enrollBody>;

export const stageChangeBody = z.object({
  to: z.enum(EPISODE_STAGE_LIST),
  reason: z.string().trim().max(2000).nullable().optional(),
  /** Required when `to` is closed. */
  closureReason: z.enum(ClosureReasons).optional(),
  closingSummary: z.string().trim().max(8000).optional(),
  version,
});
export type StageChangeBody = z.infer<typeof stageChangeBody>;

/** A supervisor's answer to a "lost contact" closure request. */
export const closureSignoffBody = z.object({
  decision: z.enum(['approve', 'return']),
  version,
});
export type ClosureSignoffBody = z.infer<typeof closureSignoffBody>;

export const screeningBody = z.object({
  decision: z.enum(['eligible', 'not_eligible']),
  reason: reasonText('Give the reason for the decision.'),
  version,
});
export type ScreeningBody = z.infer<typeof screeningBody>;

export const waitlistBody = z.object({
  waitlisted: z.boolean(),
  note: z.string().trim().max(500).nullable().optional(),
  version,
});
export type WaitlistBody = z.infer<typeof waitlistBody>;

export const transferBody = z.object({
  toUserId: z.uuid(),
  reason: reasonText('Say why the case is reassigned.'),
  version,
});
export type TransferBody = z.infer<typeof transferBody>;

export const bulkReassignBody = z.object({
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  /** Only these episodes; all of the person's primary assignments when omitted. */
  episodeIds: z.array(z.uuid()).max(500).optional(),
  reason: reasonText('Say why the cases are reassigned.'),
});
export type BulkReassignBody = z.infer<typeof bulkReassignBody>;

export const moveProgramBody = z.object({
  toProgramId: z.uuid(),
  primaryCaseManagerId: z.uuid(),
  reason: reasonText('Say why the client moves to another program.'),
  /** The care team comes along by default; these memberships (ids) are left behind, chosen explicitly. */
  removeMemberIds: z.array(z.uuid()).max(100).default([]),
  version,
});
export type MoveProgramBody = z.infer<typeof moveProgramBody>;

export const stageChangeView = z.object({
  id: z.uuid(),
  fromStage: z.enum(EPISODE_STAGE_LIST).nullable(),
  toStage: z.enum(EPISODE_STAGE_LIST),
  reason: z.string().nullable(),
  changedAt: z.string(),
  changedById: z.uuid().nullable(),
  changedByName: z.string().nullable(),
});
export type StageChangeView = z.infer<typeof stageChangeView>;

export const careTeamMemberView = z.object({
  id: z.uuid(),
  episodeId: z.uuid(),
  role: z.enum(CareTeamRoles),
  userId: z.uuid().nullable(),
  /** Staff member's name, or the external member's. */
  name: z.string(),
  discipline: z.string().nullable(),
  external: z.boolean(),
  organization: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  version: z.number().int(),
});
export type CareTeamMemberView = z.infer<typeof careTeamMemberView>;

export const addCareTeamMemberBody = z
  .object({
    role: z.enum(CareTeamRoles),
    userId: z.uuid().nullable().optional(),
    name: z.string().trim().max(200).nullable().optional(),
    organization: z.string().trim().max(200).nullable().optional(),
    phone: z.string().trim().max(40).nullable().optional(),
    email: z
      .email('Enter a valid email address.')
      .max(254)
      .nullable()
      .optional()
      .or(z.literal('').transform(() => null)),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'primary_case_manager') {
      ctx.addIssue({
        code: 'custom',
        path: ['role'],
        message: 'Use "Reassign case manager" to change the primary case manager.',
      });
    }
    if (!v.userId && !v.name) {
      ctx.addIssue({
        code: 'custom',
        path: ['userId'],
        message: 'Choose a staff member or enter an external member’s name.',
      });
    }
  });
export type AddCareTeamMemberBody = z.infer<typeof addCareTeamMemberBody>;

export const endCareTeamMemberBody = z.object({ version });

export const unmetCondition = z.object({ id: z.string(), message: z.string() });

export const episodeView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  model: z.enum(PROGRAM_MODEL_LIST),
  stage: z.enum(EPISODE_STAGE_LIST),
  intakeId: z.uuid().nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closureReason: z.enum(ClosureReasons).nullable(),
  closingSummary: z.string().nullable(),
  eligibilityDecision: z.enum(['eligible', 'not_eligible']).nullable(),
  eligibilityReason: z.string().nullable(),
  waitlisted: z.boolean(),
  waitlistedSince: z.string().nullable(),
  waitlistNote: z.string().nullable(),
  primaryCaseManagerId: z.uuid().nullable(),
  primaryCaseManagerName: z.string().nullable(),
  previousEpisodeId: z.uuid().nullable(),
  nextEpisodeId: z.uuid().nullable(),
  handoffAcceptedAt: z.string().nullable(),
  handoffAcceptedByName: z.string().nullable(),
  /** Who moved the client (the sender): someone else, of the receiving program, accepts the hand-off. */
  handoffSentById: z.uuid().nullable(),
  /** A "lost contact" closure waiting for a supervisor's sign-off. */
  closureRequest: z
    .object({
      requestedAt: z.string(),
      requestedById: z.uuid().nullable(),
      requestedByName: z.string().nullable(),
      summary: z.string().nullable(),
    })
    .nullable(),
  /** Closed by a supervisor's sign-off on a "lost contact" request: who signed it off. */
  closureSignedOffByName: z.string().nullable(),
  /** In the community, or away in hospital or jail (contact by in-reach), and since when. */
  whereabouts: z.enum(WhereaboutsList),
  whereaboutsSince: z.string().nullable(),
  /** What the reader may do to this episode's team (the server decides; the page offers only these). */
  can: z.object({ changePrimary: z.boolean(), manageTeam: z.boolean() }),
  /** What the next stage change would need, per allowed target stage. */
  nextStages: z.array(z.object({ stage: z.enum(EPISODE_STAGE_LIST), unmet: z.array(unmetCondition) })),
  team: z.array(careTeamMemberView),
  history: z.array(stageChangeView),
  version: z.number().int(),
});
export type EpisodeView = z.infer<typeof episodeView>;

export const episodeListResponse = z.object({ items: z.array(episodeView) });

export const programStaffView = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  role: z.enum(ProgramStaffRoles),
});
export type ProgramStaffView = z.infer<typeof programStaffView>;

export const addProgramStaffBody = z.object({ userId: z.uuid(), role: z.enum(ProgramStaffRoles) });
