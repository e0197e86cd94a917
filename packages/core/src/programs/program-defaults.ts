import type { ProgramModel } from './program-model.js';

/**
 * Agency-editable defaults per level of case management (CLINICAL.md §5.2). Every figure here is
 * practice norm or fidelity guidance, not regulation: programs copy these and may override them.
 */
export interface ProgramDefaults {
  /** At least `minContacts` successful contacts every `windowDays`. */
  cadence: { minContacts: number; windowDays: number; faceToFaceOnly: boolean };
  /** Also at least one face-to-face contact every N days (null: no separate rule). */
  faceToFaceEveryDays: number | null;
  carePlanReviewDays: number;
  /** Clients per full-time staff member. */
  caseloadCap: number;
}

export const PROGRAM_DEFAULTS: Record<ProgramModel, ProgramDefaults> = {
  // Brokerage: >= monthly contact, face-to-face >= quarterly, 1:40-50.
  supportive: {
    cadence: { minContacts: 1, windowDays: 30, faceToFaceOnly: false },
    faceToFaceEveryDays: 90,
    carePlanReviewDays: 180,
    caseloadCap: 45,
  },
  // Strengths-based: >= 2 a month, 1:20-30.
  strengths_based: {
    cadence: { minContacts: 2, windowDays: 30, faceToFaceOnly: false },
    faceToFaceEveryDays: 30,
    carePlanReviewDays: 180,
    caseloadCap: 25,
  },
  // Clinical case management: 2-4 a month, 1:15-30.
  clinical: {
    cadence: { minContacts: 1, windowDays: 14, faceToFaceOnly: false },
    faceToFaceEveryDays: 30,
    carePlanReviewDays: 90,
    caseloadCap: 20,
  },
  // ICM: >= weekly, caseload under 20.
  intensive: {
    cadence: { minContacts: 1, windowDays: 7, faceToFaceOnly: false },
    faceToFaceEveryDays: 14,
    carePlanReviewDays: 90,
    caseloadCap: 18,
  },
  // ACT (DACTS full fidelity): >= 4 face-to-face a week, <= 10 consumers per team member.
  act: {
    cadence: { minContacts: 4, windowDays: 7, faceToFaceOnly: true },
    faceToFaceEveryDays: 7,
    carePlanReviewDays: 90,
    caseloadCap: 10,
  },
};

/**
 * How much of a staff member's capacity one client of this model uses, with the supportive cap as
 * the unit: one ACT client weighs as much as 4.5 supportive clients.
 */
export function intensityWeight(
  model: ProgramModel,
  defaults: Record<ProgramModel, ProgramDefaults> = PROGRAM_DEFAULTS,
): number {
  return defaults.supportive.caseloadCap / defaults[model].caseloadCap;
}
