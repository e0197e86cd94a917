import { z } from 'zod';
import { levelOfCareView } from '../assessments/assessment.schemas.js';
import { isoDate } from '../clients/client.schemas.js';

/** The hand-off checklist of a move to another level of care (issue [12] Deliver 4). */
export const HandoffChecklistItems = [
  'records_shared',
  'warm_handoff_meeting',
  'client_met_new_team',
  'medications_appointments_confirmed',
  'safety_plan_reviewed',
] as const;
export type HandoffChecklistItem = (typeof HandoffChecklistItems)[number];

const text = (max: number) => z.string().trim().max(max);

/** One checked item: who checked it and when (kept on the plan; a re-check replaces it). */
export const checklistEntry = z.object({
  item: z.enum(HandoffChecklistItems),
  checkedAt: z.string(),
  checkedById: z.uuid(),
  checkedByName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ChecklistEntry = z.infer<typeof checklistEntry>;

/**
 * Start (version 0) or edit the plan of a sending episode in `transition`. The target program and
 * the reason come from the move itself; the team and the overlap are what the plan adds.
 */
export const transitionPlanBody = z.object({
  receivingTeam: text(500).min(1, 'Name the receiving team or contact.'),
  overlapEndsOn: isoDate.nullable(),
  version: z.number().int().min(0),
});
export type TransitionPlanBody = z.infer<typeof transitionPlanBody>;

export const checkItemBody = z.object({
  item: z.enum(HandoffChecklistItems),
  note: text(1000).nullable().optional(),
  version: z.number().int().min(1),
});
export type CheckItemBody = z.infer<typeof checkItemBody>;

/** Post-transition communication: how the client is doing, told by whom (either team may post). */
export const recordCheckInBody = z.object({
  /** Which scheduled check-in this answers; the earliest unrecorded one when omitted. */
  index: z.number().int().min(1).optional(),
  fromWhom: text(200).min(1, 'Say who reported how the client is doing.'),
  howIsClient: text(4000).min(1, 'Say how the client is doing.'),
});
export type RecordCheckInBody = z.infer<typeof recordCheckInBody>;

export const transitionSettings = z.object({
  /** Days after the hand-off is accepted during which the sending team keeps following up. */
  postTransitionDays: z.number().int().min(7).max(365),
  /** Days between scheduled check-ins in that period. */
  checkInIntervalDays: z.number().int().min(1).max(90),
});
export type TransitionSettings = z.infer<typeof transitionSettings>;
export const DEFAULT_TRANSITION_SETTINGS = {
  postTransitionDays: 30,
  checkInIntervalDays: 7,
} as const satisfies TransitionSettings;
/** `version` 0 until the agency first saves its settings (the defaults are not a stored row). */
export const transitionSettingsBody = transitionSettings.extend({ version: z.number().int().min(0).optional() });
export type TransitionSettingsBody = z.infer<typeof transitionSettingsBody>;
export const transitionSettingsView = transitionSettings.extend({ version: z.number().int() });

export const checkInView = z.object({
  index: z.number().int(),
  dueOn: z.string(),
  recorded: z
    .object({
      id: z.uuid(),
      fromWhom: z.string(),
      howIsClient: z.string(),
      recordedAt: z.string(),
      recordedByName: z.string().nullable(),
    })
    .nullable(),
});
export type CheckInView = z.infer<typeof checkInView>;

/** The transition panel: the plan (null before it starts), the move it belongs to, step-down criteria. */
export const transitionPanelView = z.object({
  sendingEpisodeId: z.uuid(),
  receivingEpisodeId: z.uuid().nullable(),
  sendingStage: z.string(),
  targetProgramName: z.string().nullable(),
  reason: z.string().nullable(),
  handoffAcceptedAt: z.string().nullable(),
  plan: z
    .object({
      id: z.uuid(),
      receivingTeam: z.string(),
      overlapEndsOn: z.string().nullable(),
      checklist: z.array(checklistEntry),
      missingItems: z.array(z.enum(HandoffChecklistItems)),
      complete: z.boolean(),
      acceptedOn: z.string().nullable(),
      periodEndsOn: z.string().nullable(),
      closedAt: z.string().nullable(),
      checkIns: z.array(checkInView),
      version: z.number().int(),
    })
    .nullable(),
  settings: transitionSettingsView,
  levelOfCare: levelOfCareView,
});
export type TransitionPanelView = z.infer<typeof transitionPanelView>;
