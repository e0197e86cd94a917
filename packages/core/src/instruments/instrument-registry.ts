import { CSSRS_SCREEN } from './definitions/cssrs-screen.js';
import { GAD2 } from './definitions/gad2.js';
import { GAD7 } from './definitions/gad7.js';
import { PHQ2 } from './definitions/phq2.js';
import { PHQ9 } from './definitions/phq9.js';
import type { InstrumentDefinition, InstrumentId } from './instrument-types.js';

/** The shipped definitions (C-SSRS without wording). */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  phq9: PHQ9,
  phq2: PHQ2,
  gad7: GAD7,
  gad2: GAD2,
  cssrs_screen: CSSRS_SCREEN,
};

export function getInstrumentDefinition(id: InstrumentId): InstrumentDefinition {
  return INSTRUMENTS[id];
}
