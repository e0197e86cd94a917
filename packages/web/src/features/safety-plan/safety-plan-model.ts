import {
  SafetyPlanSections,
  type SafetyPlanContentInput,
  type SafetyPlanSection,
  type SafetyPlanView,
} from '@careloop/core';

/** The fields of one list item; a text-line section has the single field `text`. */
export const SectionFields = {
  warningSigns: ['text'],
  copingStrategies: ['text'],
  socialDistractions: ['name', 'phone'],
  helpContacts: ['name', 'relationship', 'phone'],
  professionalContacts: ['name', 'role', 'phone'],
  environmentSafety: ['means', 'plan', 'responsiblePerson', 'byDate', 'completedOn'],
  reasonsForLiving: ['text'],
} as const satisfies Record<SafetyPlanSection, readonly string[]>;

export type FieldKey = (typeof SectionFields)[SafetyPlanSection][number];
export type Row = Partial<Record<FieldKey, string>>;
export type SafetyPlanForm = Record<SafetyPlanSection, Row[]>;

type Contact = { name: string; role: string | null; phone: string | null };

const str = (v: string | null | undefined) => v ?? '';

/** The form for a plan being written: the draft's content, else a blank plan with the crisis lines. */
export function formFromPlan(plan: SafetyPlanView | null, defaultProfessionals: readonly Contact[]): SafetyPlanForm {
  if (!plan) {
    const blank = Object.fromEntries(SafetyPlanSections.map((s) => [s, []])) as unknown as SafetyPlanForm;
    blank.professionalContacts = defaultProfessionals.map((c) => ({
      name: c.name,
      role: str(c.role),
      phone: str(c.phone),
    }));
    return blank;
  }
  return {
    warningSigns: plan.warningSigns.map((text) => ({ text })),
    copingStrategies: plan.copingStrategies.map((text) => ({ text })),
    socialDistractions: plan.socialDistractions.map((d) => ({ name: d.name, phone: str(d.phone) })),
    helpContacts: plan.helpContacts.map((c) => ({
      name: c.name,
      relationship: str(c.relationship),
      phone: str(c.phone),
    })),
    professionalContacts: plan.professionalContacts.map((c) => ({
      name: c.name,
      role: str(c.role),
      phone: str(c.phone),
    })),
    environmentSafety: plan.environmentSafety.map((e) => ({
      means: e.means,
      plan: e.plan,
      responsiblePerson: str(e.responsiblePerson),
      byDate: str(e.byDate),
      completedOn: str(e.completedOn),
    })),
    reasonsForLiving: plan.reasonsForLiving.map((text) => ({ text })),
  };
}

const val = (row: Row, k: FieldKey) => (row[k] ?? '').trim();
const orNull = (row: Row, k: FieldKey) => val(row, k) || null;
/** Rows left wholly blank (an "add" not used) are dropped rather than rejected. */
const filled = (rows: readonly Row[], first: FieldKey) => rows.filter((r) => val(r, first) !== '');

/** Pure: the request body for the form (trimmed, blank rows dropped, empty optional fields null). */
export function bodyFromForm(form: SafetyPlanForm): Required<SafetyPlanContentInput> {
  const lines = (rows: readonly Row[]) => filled(rows, 'text').map((r) => val(r, 'text'));
  return {
    warningSigns: lines(form.warningSigns),
    copingStrategies: lines(form.copingStrategies),
    socialDistractions: filled(form.socialDistractions, 'name').map((r) => ({
      name: val(r, 'name'),
      phone: orNull(r, 'phone'),
    })),
    helpContacts: filled(form.helpContacts, 'name').map((r) => ({
      name: val(r, 'name'),
      relationship: orNull(r, 'relationship'),
      phone: orNull(r, 'phone'),
    })),
    professionalContacts: filled(form.professionalContacts, 'name').map((r) => ({
      name: val(r, 'name'),
      role: orNull(r, 'role'),
      phone: orNull(r, 'phone'),
    })),
    environmentSafety: filled(form.environmentSafety, 'means').map((r) => ({
      means: val(r, 'means'),
      plan: val(r, 'plan'),
      responsiblePerson: orNull(r, 'responsiblePerson'),
      byDate: orNull(r, 'byDate'),
      completedOn: orNull(r, 'completedOn'),
    })),
    reasonsForLiving: lines(form.reasonsForLiving),
  };
}

/** The address of the printable card (ids only). */
export const printUrl = (planId: string) => `/api/safety-plans/${planId}/print`;
