import { PROGRAM_DEFAULTS, type CreateProgramBody, type ProgramModel } from '@careloop/core';

/** Settings columns for a new program: the model's defaults (CLINICAL.md §5.2), then what was sent. */
export function programDefaultsColumns(model: ProgramModel, body: Partial<CreateProgramBody> = {}) {
  const d = PROGRAM_DEFAULTS[model];
  return {
    cadenceMinContacts: body.cadenceMinContacts ?? d.cadence.minContacts,
    cadenceWindowDays: body.cadenceWindowDays ?? d.cadence.windowDays,
    faceToFaceOnly: body.faceToFaceOnly ?? d.cadence.faceToFaceOnly,
    faceToFaceEveryDays: body.faceToFaceEveryDays !== undefined ? body.faceToFaceEveryDays : d.faceToFaceEveryDays,
    carePlanReviewDays: body.carePlanReviewDays ?? d.carePlanReviewDays,
    caseloadCap: body.caseloadCap ?? d.caseloadCap,
    eligibilityNotes: body.eligibilityNotes ?? null,
    planApprovalRequired: body.planApprovalRequired ?? false,
    noteCosignRequired: body.noteCosignRequired ?? false,
    cosignRoles: body.cosignRoles ?? [],
  };
}
