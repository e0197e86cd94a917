import { InstrumentValidationError, scoreInstrument, type InstrumentId, type ScoreView } from '@careloop/core';
import { validationFailed } from '../../http/errors.js';

/** Score with the core engine; an invalid answer becomes the API's field-level 400. */
export function scoreOrReject(instrument: InstrumentId, answers: unknown): ScoreView & { ruleSet: string | null } {
  try {
    const r = scoreInstrument(instrument, answers);
    return {
      instrument: r.instrument,
      definitionVersion: r.definitionVersion,
      complete: r.complete,
      total: r.total,
      severity: r.severity,
      flags: r.flags,
      riskLevel: r.riskLevel,
      ruleSet: instrument === 'cssrs_screen' ? (r.ruleSet ?? null) : null,
    };
  } catch (e) {
    if (e instanceof InstrumentValidationError) throw validationFailed(e.fields);
    throw e;
  }
}
