import type { InstrumentItem } from '@careloop/core';

export type YesNo = 'yes' | 'no' | '';
export const CONTACT_METHODS = ['phone', 'in_person', 'video', 'text', 'email'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface ScreenValues {
  method: ContactMethod;
  /** PHQ-2 items 1–2 as '0'…'3', '' while unanswered. */
  phq2: [string, string];
  /** C-SSRS answers by item code. */
  cssrs: Record<string, YesNo>;
  notScreened: boolean;
  notScreenedReason: string;
  note: string;
}

export const emptyScreen: ScreenValues = {
  method: 'phone',
  phq2: ['', ''],
  cssrs: {},
  notScreened: false,
  notScreenedReason: '',
  note: '',
};

/** Skip logic from the definition: an item is asked only when its gate has the given answer. */
export function isAsked(item: InstrumentItem, answers: Record<string, YesNo>): boolean {
  if (!item.askedWhen) return true;
  const gate = answers[item.askedWhen.itemCode];
  return gate === (item.askedWhen.equals ? 'yes' : 'no');
}

/** The request body: unasked C-SSRS items are null (never "no"), blanks are null too. */
export function firstContactPayload(v: ScreenValues, items: readonly InstrumentItem[], at: string) {
  if (v.notScreened) {
    return { at, method: v.method, notScreenedReason: v.notScreenedReason.trim(), note: v.note.trim() || null };
  }
  const cssrs = Object.fromEntries(
    items.map((item) => {
      const a = isAsked(item, v.cssrs) ? v.cssrs[item.code] : '';
      return [item.code, a === 'yes' ? true : a === 'no' ? false : null];
    }),
  );
  return {
    at,
    method: v.method,
    phq2: v.phq2.map((x) => (x === '' ? null : Number(x))),
    cssrs,
    note: v.note.trim() || null,
  };
}
