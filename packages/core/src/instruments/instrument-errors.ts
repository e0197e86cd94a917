import type { FieldError } from '../http/errors.js';

/** Answers (or options, or licensed wording) that cannot be scored; never scored on a best-effort basis. */
export class InstrumentValidationError extends Error {
  readonly fields: FieldError[];

  constructor(fields: FieldError[]) {
    const first = fields[0];
    super(first ? `Invalid instrument input: ${first.path}: ${first.message}` : 'Invalid instrument input.');
    this.name = 'InstrumentValidationError';
    this.fields = fields;
  }
}
