import {
  NeedDomains,
  type NeedDomain,
  type PlanContent,
  type PlanGoal,
  type PlanTemplate,
  type ServiceCategory,
} from '@careloop/core';

export type Objective = PlanGoal['objectives'][number];
export type Intervention = PlanGoal['interventions'][number];
export type GasScale = NonNullable<PlanGoal['gas']>;
export type DeferredNeed = PlanContent['deferredNeeds'][number];

/** Local ids for goals, objectives and interventions: stable across versions so versions can be compared. */
export function localId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `id-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export const EMPTY_CONTENT: PlanContent = { preferences: null, goals: [], deferredNeeds: [], crisisPrevention: null };

/** The service category a goal for a need usually falls under (staff may change it). */
const CATEGORY_OF_NEED: Record<NeedDomain, ServiceCategory> = {
  housing: 'housing',
  food: 'food',
  income_benefits: 'income_and_entitlements',
  employment: 'rehabilitation',
  education: 'rehabilitation',
  transportation: 'transportation',
  physical_health_dental: 'health_and_dental',
  mental_health_symptoms: 'mental_health_treatment',
  substance_use: 'substance_use',
  legal: 'protection_and_advocacy',
  social_connection_family: 'family_and_community',
  daily_living_skills: 'rehabilitation',
  safety_risk: 'crisis_response',
  self_care: 'rehabilitation',
  household_management: 'rehabilitation',
  financial_literacy: 'rehabilitation',
  work_readiness: 'rehabilitation',
};

export const isNeedDomain = (code: string): code is NeedDomain => NeedDomains.some((d) => d === code);

export function blankGoal(): PlanGoal {
  return {
    id: localId(),
    clientWords: '',
    staffRestatement: null,
    category: null,
    needDomains: [],
    strengthsUsed: null,
    targetDate: null,
    gas: null,
    objectives: [],
    interventions: [],
  };
}

/** A goal for an actionable need: linked to it, the client's words still to be written. */
export function goalFromNeed(domain: string, strengths: string | null | undefined): PlanGoal {
  return {
    ...blankGoal(),
    needDomains: [domain],
    category: isNeedDomain(domain) ? CATEGORY_OF_NEED[domain] : null,
    strengthsUsed: strengths?.trim() ? strengths.trim() : null,
  };
}

/** A template's goal with fresh ids; its wording is a prompt to rewrite in the client's words. */
export function goalFromTemplate(template: PlanTemplate): PlanGoal {
  const g = template.goal;
  return {
    ...blankGoal(),
    ...g,
    id: localId(),
    objectives: g.objectives.map((o) => ({ ...o, id: localId() })),
    interventions: g.interventions.map((i) => ({ ...i, id: localId() })),
  };
}

export const blankObjective = (): Objective => ({ id: localId(), what: '', howMuch: null, byWhen: null });

export const blankIntervention = (): Intervention => ({
  id: localId(),
  what: '',
  responsibleKind: 'team_member',
  responsibleName: null,
  frequency: null,
  startDate: null,
  endDate: null,
});

export const blankGas = (): GasScale => ({
  levels: { minus2: '', minus1: '', zero: '', plus1: '', plus2: '' },
  weight: 1,
  baseline: -1,
});

/** Moves an item one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  const next = [...list];
  const item = next[index];
  const other = next[to];
  if (item === undefined || other === undefined) return next;
  next[index] = other;
  next[to] = item;
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** Empty strings become null so an untouched optional field is stored as "not given". */
export const orNull = (v: string): string | null => (v.trim() === '' ? null : v);
