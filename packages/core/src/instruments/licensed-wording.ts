import type { FieldError } from '../http/errors.js';
import { InstrumentValidationError } from './instrument-errors.js';
import type { InstrumentDefinition } from './instrument-types.js';

export interface LicensedWordingOptions {
  /** Licensed stem or instructions, if the licence provides one. */
  stem?: string;
}

/**
 * A copy of `definition` carrying wording supplied at runtime under a licence (e.g. the C-SSRS
 * under a Columbia/Clario permission). Every item must get non-empty text and no unknown item code
 * is accepted, so a typo cannot leave a question without its wording. The input is not changed.
 */
export function withLicensedWording(
  definition: InstrumentDefinition,
  wording: Readonly<Record<string, unknown>>,
  options: LicensedWordingOptions = {},
): InstrumentDefinition {
  const errors: FieldError[] = [];
  const codes = new Set(definition.items.map((i) => i.code));
  for (const key of Object.keys(wording)) {
    if (!codes.has(key)) errors.push({ path: `wording.${key}`, message: `${definition.id} has no item "${key}".` });
  }
  const texts = new Map<string, string>();
  for (const item of definition.items) {
    const text: unknown = Object.hasOwn(wording, item.code) ? wording[item.code] : undefined;
    if (typeof text !== 'string' || text.trim() === '') {
      errors.push({ path: `wording.${item.code}`, message: `Item ${item.code} needs non-empty licensed wording.` });
    } else {
      texts.set(item.code, text);
    }
  }
  if (options.stem !== undefined && options.stem.trim() === '') {
    errors.push({ path: 'stem', message: 'The licensed stem must not be empty.' });
  }
  if (errors.length > 0) throw new InstrumentValidationError(errors);

  return {
    ...definition,
    stem: options.stem ?? definition.stem,
    items: definition.items.map((item) => ({ ...item, text: texts.get(item.code) ?? item.text })),
    wordingSource: 'licensed_runtime',
  };
}
