import type { SafetyPlanContent, SafetyPlanSection } from './safety-plan.schemas.js';
import { SafetyPlanSections } from './safety-plan.schemas.js';

/** A section that blocks signing, with why (field-level, as the API's validation errors). */
export interface MissingBeforeSigning {
  path: SafetyPlanSection;
  message: string;
}

/**
 * What must be there before the plan can be signed. Only the warning signs block: the plan starts
 * from knowing when to use it (CLINICAL.md §3 step 1, ≥1). Other empty sections are allowed —
 * a client may have no one to call yet — and shown as gaps (`emptySections`).
 */
export function missingBeforeSigning(plan: Pick<SafetyPlanContent, 'warningSigns'>): MissingBeforeSigning[] {
  return plan.warningSigns.length === 0
    ? [{ path: 'warningSigns', message: 'Write at least one warning sign with the client before signing.' }]
    : [];
}

/** The sections left empty (a prompt to talk them through, not a block). */
export function emptySections(plan: SafetyPlanContent): SafetyPlanSection[] {
  return SafetyPlanSections.filter((s) => plan[s].length === 0);
}

/** How one section changed between two versions (items compared by their whole content). */
export interface SectionChange {
  section: SafetyPlanSection;
  added: number;
  removed: number;
}

const key = (item: unknown): string => JSON.stringify(item);

/** Pure: per section, how many items the newer version added and removed (unchanged sections left out). */
export function safetyPlanChanges(before: SafetyPlanContent, after: SafetyPlanContent): SectionChange[] {
  const changes: SectionChange[] = [];
  for (const section of SafetyPlanSections) {
    const old = before[section].map(key);
    const now = after[section].map(key);
    const added = now.filter((k) => !old.includes(k)).length;
    const removed = old.filter((k) => !now.includes(k)).length;
    if (added > 0 || removed > 0) changes.push({ section, added, removed });
  }
  return changes;
}

/** The content of a plan view or row, without its bookkeeping (to copy into the next version). */
export function safetyPlanContentOf(plan: SafetyPlanContent): SafetyPlanContent {
  return {
    warningSigns: [...plan.warningSigns],
    copingStrategies: [...plan.copingStrategies],
    socialDistractions: plan.socialDistractions.map((d) => ({ ...d })),
    helpContacts: plan.helpContacts.map((c) => ({ ...c })),
    professionalContacts: plan.professionalContacts.map((c) => ({ ...c })),
    environmentSafety: plan.environmentSafety.map((e) => ({ ...e })),
    reasonsForLiving: [...plan.reasonsForLiving],
  };
}

/** The national Suicide & Crisis Lifeline (call or text 988). */
export const LIFELINE_988 = {
  name: '988 Suicide & Crisis Lifeline',
  role: 'Call or text, 24/7',
  phone: '988',
} as const;

/** The professionals section a new plan starts with: 988, then the agency's crisis line if it has one. */
export function defaultProfessionalContacts(agency: {
  crisisLineName: string | null;
  crisisLinePhone: string | null;
}): { name: string; role: string | null; phone: string | null }[] {
  const contacts: { name: string; role: string | null; phone: string | null }[] = [{ ...LIFELINE_988 }];
  if (agency.crisisLinePhone) {
    contacts.push({
      name: agency.crisisLineName ?? 'Agency crisis line',
      role: 'Crisis line',
      phone: agency.crisisLinePhone,
    });
  }
  return contacts;
}
