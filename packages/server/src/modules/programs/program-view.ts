import type { ProgramView } from '@careloop/core';
import type { programs } from './programs.schema.js';

export type ProgramRow = typeof programs.$inferSelect;

export function toProgramView(p: ProgramRow): ProgramView {
  return {
    id: p.id,
    name: p.name,
    model: p.model,
    active: p.active,
    version: p.version,
    cadenceMinContacts: p.cadenceMinContacts,
    cadenceWindowDays: p.cadenceWindowDays,
    faceToFaceOnly: p.faceToFaceOnly,
    faceToFaceEveryDays: p.faceToFaceEveryDays,
    carePlanReviewDays: p.carePlanReviewDays,
    caseloadCap: p.caseloadCap,
    eligibilityNotes: p.eligibilityNotes,
    planApprovalRequired: p.planApprovalRequired,
    noteCosignRequired: p.noteCosignRequired,
    cosignRoles: p.cosignRoles,
  };
}
