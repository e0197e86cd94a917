import type { ProgramView, Role, UpdateProgramBody } from '@careloop/core';

/** Number inputs hold '' while empty. */
type NumberField = number | string;

export interface ProgramSettingsValues {
  cadenceMinContacts: NumberField;
  cadenceWindowDays: NumberField;
  faceToFaceOnly: boolean;
  faceToFaceEveryDays: NumberField;
  carePlanReviewDays: NumberField;
  caseloadCap: NumberField;
  eligibilityNotes: string;
  planApprovalRequired: boolean;
  noteCosignRequired: boolean;
  cosignRoles: Role[];
  active: boolean;
}

const REQUIRED = ['cadenceMinContacts', 'cadenceWindowDays', 'carePlanReviewDays', 'caseloadCap'] as const;
export type RequiredNumber = (typeof REQUIRED)[number];

export function settingsValues(p: ProgramView): ProgramSettingsValues {
  return {
    cadenceMinContacts: p.cadenceMinContacts,
    cadenceWindowDays: p.cadenceWindowDays,
    faceToFaceOnly: p.faceToFaceOnly,
    faceToFaceEveryDays: p.faceToFaceEveryDays ?? '',
    carePlanReviewDays: p.carePlanReviewDays,
    caseloadCap: p.caseloadCap,
    eligibilityNotes: p.eligibilityNotes ?? '',
    planApprovalRequired: p.planApprovalRequired,
    noteCosignRequired: p.noteCosignRequired,
    cosignRoles: p.cosignRoles,
    active: p.active,
  };
}

const toNumber = (v: NumberField): number | null => {
  if (v === '' || v === null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};

/** Required numbers left empty: checked before sending, since the API cannot say which was blank. */
export function emptyRequired(v: ProgramSettingsValues): RequiredNumber[] {
  return REQUIRED.filter((k) => toNumber(v[k]) === null);
}

export function settingsBody(v: ProgramSettingsValues, version: number): UpdateProgramBody {
  const n = (k: RequiredNumber) => toNumber(v[k]) ?? 0;
  return {
    cadenceMinContacts: n('cadenceMinContacts'),
    cadenceWindowDays: n('cadenceWindowDays'),
    faceToFaceOnly: v.faceToFaceOnly,
    faceToFaceEveryDays: toNumber(v.faceToFaceEveryDays),
    carePlanReviewDays: n('carePlanReviewDays'),
    caseloadCap: n('caseloadCap'),
    eligibilityNotes: v.eligibilityNotes.trim() || null,
    planApprovalRequired: v.planApprovalRequired,
    noteCosignRequired: v.noteCosignRequired,
    cosignRoles: v.cosignRoles,
    active: v.active,
    version,
  };
}

/** Roles whose notes a program may put under co-sign (staff who write progress notes). */
export const COSIGN_ROLE_CHOICES = ['peer_specialist', 'case_manager', 'clinician', 'intake_coordinator'] as const;

export function isCosignRole(v: string): v is Role {
  return (COSIGN_ROLE_CHOICES as readonly string[]).includes(v);
}
