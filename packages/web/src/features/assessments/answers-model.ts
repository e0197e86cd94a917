import type { InstrumentDefinition, InstrumentFlag, InstrumentId, InstrumentItem } from '@careloop/core';

/** Answers keyed by item code: 0–3 for frequency items, yes/no for the C-SSRS; null = not answered or not asked. */
export type AnswerMap = Record<string, number | boolean | null>;

export function emptyAnswers(def: InstrumentDefinition): AnswerMap {
  return Object.fromEntries(def.items.map((i) => [i.code, null]));
}

/** Skip logic: an item is asked only when the item it depends on has the given answer. */
export function isAsked(item: InstrumentItem, answers: AnswerMap): boolean {
  return item.askedWhen === null || answers[item.askedWhen.itemCode] === item.askedWhen.equals;
}

export function askedItems(def: InstrumentDefinition, answers: AnswerMap): InstrumentItem[] {
  return def.items.filter((i) => isAsked(i, answers));
}

/**
 * Sets one answer and clears every item no longer asked (transitively), so a hidden item is sent
 * as null — never as a stale "no" — which is what the server requires (CLINICAL.md §2).
 */
export function setAnswer(
  def: InstrumentDefinition,
  answers: AnswerMap,
  code: string,
  value: number | boolean,
): AnswerMap {
  const next: AnswerMap = { ...answers, [code]: value };
  for (const item of def.items) {
    if (!isAsked(item, next)) next[item.code] = null;
  }
  return next;
}

/** The request shape: an array in item order for PHQ/GAD, an object keyed by code for the C-SSRS. */
export function toPayload(def: InstrumentDefinition, answers: AnswerMap): unknown {
  if (def.id === 'cssrs_screen') return Object.fromEntries(def.items.map((i) => [i.code, answers[i.code] ?? null]));
  return def.items.map((i) => answers[i.code] ?? null);
}

/** Radio values are strings; the stored values are numbers or booleans. */
export function encodeValue(value: number | boolean | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

export function decodeValue(raw: string): number | boolean {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return Number(raw);
}

/** 400 paths name items by index (answers.8) for PHQ/GAD and by code (answers.q3) for the C-SSRS. */
export function itemErrors(def: InstrumentDefinition, fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  def.items.forEach((item, index) => {
    const message = fields[`answers.${item.code}`] ?? fields[`answers.${index}`];
    if (message) out[item.code] = message;
  });
  return out;
}

/** Every asked item other than item 9 is answered: the moment a blank item 9 must be called out. */
export function onlyItem9Left(def: InstrumentDefinition, answers: AnswerMap): boolean {
  return def.items.filter((i) => i.scored && i.code !== 'q9').every((i) => answers[i.code] !== null);
}

const SAFETY_FLAGS: readonly InstrumentFlag[] = [
  'suicide_risk_followup',
  'safety_precautions',
  'urgent_bh_evaluation',
  'safety_plan_recommended',
];

export function hasSafetyFlag(flags: readonly InstrumentFlag[]): boolean {
  return flags.some((f) => SAFETY_FLAGS.includes(f));
}

export const GIVABLE: readonly InstrumentId[] = ['phq9', 'phq2', 'gad7', 'gad2', 'cssrs_screen'];

/** 1-based question number shown to people ("6a" style labels come from the definition's own order). */
export function itemNumber(def: InstrumentDefinition, code: string): string {
  if (def.id === 'cssrs_screen') {
    if (code === 'q6Within3Months') return '6a';
    return code.slice(1);
  }
  const index = def.items.findIndex((i) => i.code === code);
  return String(index + 1);
}
