import { z } from 'zod';
import { FlagKinds, TaskKinds } from '../assessments/assessment.schemas.js';
import { RiskTiers } from '../risk/risk-tier.js';

/** Who the row is about, as the supervisor needs to find them. */
const person = {
  clientId: z.uuid(),
  mrn: z.string(),
  name: z.string(),
  programName: z.string().nullable(),
  primaryCaseManagerName: z.string().nullable(),
};

const safetyTask = z.object({
  ...person,
  taskId: z.uuid(),
  kind: z.enum(TaskKinds),
  dueAt: z.string(),
  overdue: z.boolean(),
  assignedToId: z.uuid().nullable(),
  assignedToName: z.string().nullable(),
});

/**
 * The supervisor's safety view of the programs they supervise: suicide-risk flags still open,
 * safety tasks late or with nobody's name on them, high-risk clients past their contact window,
 * and episodes closed as "lost contact" that wait for a supervisor's sign-off.
 */
export const safetyView = z.object({
  openSuicideFlags: z.array(
    z.object({ ...person, flagId: z.uuid(), kind: z.enum(FlagKinds), raisedAt: z.string(), lastRaisedAt: z.string() }),
  ),
  overdueSafetyTasks: z.array(safetyTask),
  unownedSafetyTasks: z.array(safetyTask),
  highRiskPastContact: z.array(
    z.object({
      ...person,
      episodeId: z.uuid(),
      tier: z.enum(RiskTiers),
      nextContactDueAt: z.string(),
      daysOverdue: z.number().int(),
    }),
  ),
  lostContactAwaitingSignOff: z.array(
    z.object({
      ...person,
      episodeId: z.uuid(),
      requestedAt: z.string(),
      requestedByName: z.string().nullable(),
      summary: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
});
export type SafetyView = z.infer<typeof safetyView>;
