import { describe, expect, it } from 'vitest';
import type { FieldError } from '../http/errors.js';
import { CSSRS_SCREEN } from './definitions/cssrs-screen.js';
import { InstrumentValidationError } from './instrument-errors.js';
import { withLicensedWording } from './licensed-wording.js';

// Placeholders only: the real C-SSRS wording must never appear in this repository.
const WORDING = {
  q1: 'Licensed text 1',
  q2: 'Licensed text 2',
  q3: 'Licensed text 3',
  q4: 'Licensed text 4',
  q5: 'Licensed text 5',
  q6: 'Licensed text 6',
  q6Within3Months: 'Licensed text 6a',
};

function fields(wording: Record<string, unknown>, stem?: string): readonly FieldError[] {
  try {
    withLicensedWording(CSSRS_SCREEN, wording, stem === undefined ? {} : { stem });
  } catch (e) {
    if (e instanceof InstrumentValidationError) return e.fields;
    throw e;
  }
  throw new Error('expected an InstrumentValidationError');
}

describe('withLicensedWording', () => {
  it('returns a copy with every item worded and leaves the shipped definition untouched', () => {
    const licensed = withLicensedWording(CSSRS_SCREEN, WORDING, { stem: 'Licensed stem' });
    expect(licensed.items.map((i) => [i.code, i.text])).toEqual(Object.entries(WORDING));
    expect(licensed).toMatchObject({
      stem: 'Licensed stem',
      wordingSource: 'licensed_runtime',
      embedWording: false,
      version: CSSRS_SCREEN.version,
      copyright: CSSRS_SCREEN.copyright,
    });
    expect(licensed.items.map((i) => i.loinc)).toEqual(CSSRS_SCREEN.items.map((i) => i.loinc));
    expect(CSSRS_SCREEN.items.every((i) => i.text === null)).toBe(true);
    expect(CSSRS_SCREEN.stem).toBeNull();
    expect(CSSRS_SCREEN.wordingSource).toBe('withheld');
  });

  it('keeps the stem when none is supplied', () => {
    expect(withLicensedWording(CSSRS_SCREEN, WORDING).stem).toBeNull();
  });

  it('requires text for every item', () => {
    const { q6Within3Months: _omitted, ...partial } = WORDING;
    expect(fields(partial)).toEqual([
      { path: 'wording.q6Within3Months', message: 'Item q6Within3Months needs non-empty licensed wording.' },
    ]);
    expect(fields({}).map((e) => e.path)).toEqual(CSSRS_SCREEN.items.map((i) => `wording.${i.code}`));
  });

  it('refuses blank or non-string text', () => {
    expect(fields({ ...WORDING, q3: '  ' }).map((e) => e.path)).toEqual(['wording.q3']);
    expect(fields({ ...WORDING, q4: 4 }).map((e) => e.path)).toEqual(['wording.q4']);
    expect(fields({ ...WORDING, q5: null }).map((e) => e.path)).toEqual(['wording.q5']);
  });

  it('refuses unknown item codes and a blank stem', () => {
    expect(fields({ ...WORDING, q7: 'x' })).toEqual([
      { path: 'wording.q7', message: 'cssrs_screen has no item "q7".' },
    ]);
    expect(fields(WORDING, ' ')).toEqual([{ path: 'stem', message: 'The licensed stem must not be empty.' }]);
  });
});
