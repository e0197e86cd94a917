import type { IntakeView } from '@careloop/core';
import type { intakes } from './intakes.schema.js';

export type IntakeRow = typeof intakes.$inferSelect;

export interface IntakeJoins {
  clientMrn: string | null;
  programName: string | null;
  assignedToName: string | null;
}

export function toIntakeView(r: IntakeRow, j: IntakeJoins, now: Date): IntakeView {
  const open = r.status !== 'closed';
  return {
    id: r.id,
    reference: r.reference,
    source: r.source,
    receivedAt: r.receivedAt.toISOString(),
    urgency: r.urgency,
    dueAt: r.dueAt.toISOString(),
    comprehensiveDueAt: r.comprehensiveDueAt.toISOString(),
    // Overdue until someone has made the first contact (the initial evaluation started).
    overdue: open && !r.firstContactAt && now.getTime() > r.dueAt.getTime(),
    status: r.status,
    outcome: r.outcome,
    outcomeReason: r.outcomeReason,
    closedAt: r.closedAt?.toISOString() ?? null,
    firstName: r.firstName,
    lastName: r.lastName,
    dateOfBirth: r.dateOfBirth,
    phone: r.phone,
    email: r.email,
    preferredContact: r.preferredContact,
    okToLeaveMessage: r.okToLeaveMessage,
    submittedBy: r.submittedBy,
    submitterName: r.submitterName,
    reason: r.reason,
    message: r.message,
    needs: r.needs,
    safeNow: r.safeNow,
    safeContactNote: r.safeContactNote,
    preferredLanguage: r.preferredLanguage,
    emergentReasons: r.emergentReasons,
    firstContactScreen: r.firstContactScreen,
    referrerName: r.referrerName,
    referrerContact: r.referrerContact,
    clientId: r.clientId,
    clientMrn: j.clientMrn,
    programId: r.programId,
    programName: j.programName,
    assignedToId: r.assignedToId,
    assignedToName: j.assignedToName,
    firstContactAt: r.firstContactAt?.toISOString() ?? null,
    eligibilityDecision: r.eligibilityDecision,
    eligibilityReason: r.eligibilityReason,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    episodeId: r.episodeId,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}
