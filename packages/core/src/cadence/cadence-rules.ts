import type { ContactType } from '../contacts/contact.schemas.js';
import type { RiskTier } from '../risk/risk-tier.js';
import { CLIENT_CONTACT_TYPES, FACE_TO_FACE_TYPES } from './contact-kinds.js';

/** `contacts`: the program's N per W days; `face_to_face`: at least one in person every D days. */
export const CadenceRuleIds = ['contacts', 'face_to_face'] as const;
export type CadenceRuleId = (typeof CadenceRuleIds)[number];

/** At least `minContacts` successful contacts of `types` in every `windowDays`. */
export interface CadenceRule {
  id: CadenceRuleId;
  minContacts: number;
  windowDays: number;
  types: readonly ContactType[];
  /** Set when the client's risk tier tightened the program's rule. */
  tightenedFor?: RiskTier;
}

/** The program columns the rules come from (CLINICAL.md §5.2, agency-editable per program). */
export interface ProgramCadence {
  cadenceMinContacts: number;
  cadenceWindowDays: number;
  faceToFaceOnly: boolean;
  faceToFaceEveryDays: number | null;
}

export function faceToFaceRule(everyDays: number): CadenceRule {
  return { id: 'face_to_face', minContacts: 1, windowDays: Math.max(1, everyDays), types: FACE_TO_FACE_TYPES };
}

/** The program's rules: its contact count, and a separate face-to-face rule when it has one. */
export function cadenceRules(program: ProgramCadence): CadenceRule[] {
  const rules: CadenceRule[] = [
    {
      id: 'contacts',
      minContacts: Math.max(1, program.cadenceMinContacts),
      windowDays: Math.max(1, program.cadenceWindowDays),
      types: program.faceToFaceOnly ? FACE_TO_FACE_TYPES : CLIENT_CONTACT_TYPES,
    },
  ];
  if (program.faceToFaceEveryDays !== null) rules.push(faceToFaceRule(program.faceToFaceEveryDays));
  return rules;
}

/**
 * The longest gap between contacts that still meets a rule, in whole days, rounded down so a
 * client is never shown as on time when they are not: 4 a week -> every 1 day, weekly -> 7 days.
 */
export function contactIntervalDays(rule: Pick<CadenceRule, 'minContacts' | 'windowDays'>): number {
  return Math.max(1, Math.floor(rule.windowDays / rule.minContacts));
}
