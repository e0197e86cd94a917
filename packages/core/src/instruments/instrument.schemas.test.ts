import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './instrument-registry.js';
import { instrumentDefinitionView } from './instrument.schemas.js';
import { withLicensedWording } from './licensed-wording.js';

describe('instrumentDefinitionView', () => {
  it('lets every field of every definition through (the answer is parsed with it)', () => {
    for (const def of Object.values(INSTRUMENTS)) expect(instrumentDefinitionView.parse(def)).toEqual(def);
  });

  it('lets licensed wording through', () => {
    const def = INSTRUMENTS.cssrs_screen;
    const licensed = withLicensedWording(def, Object.fromEntries(def.items.map((i) => [i.code, `Wording ${i.code}`])));
    expect(instrumentDefinitionView.parse(licensed)).toEqual(licensed);
  });
});
