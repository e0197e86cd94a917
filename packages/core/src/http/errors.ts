/** The one error shape of the API: `{ error: { code, message, details? } }`. */
export const ErrorCodes = {
  validation_failed: 'validation_failed',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  csrf_failed: 'csrf_failed',
  not_found: 'not_found',
  version_conflict: 'version_conflict',
  conflict: 'conflict',
  stage_blocked: 'stage_blocked',
  /** A referral status change the status model forbids (or the partner link may not make). */
  invalid_transition: 'invalid_transition',
  plan_incomplete: 'plan_incomplete',
  note_signed: 'note_signed',
  possible_duplicate: 'possible_duplicate',
  account_locked: 'account_locked',
  mfa_code_invalid: 'mfa_code_invalid',
  mfa_enrollment_required: 'mfa_enrollment_required',
  password_change_required: 'password_change_required',
  precondition_required: 'precondition_required',
  rate_limited: 'rate_limited',
  idempotency_key_reused: 'idempotency_key_reused',
  idempotency_in_progress: 'idempotency_in_progress',
  payload_too_large: 'payload_too_large',
  internal: 'internal',
  unavailable: 'unavailable',
  database_unavailable: 'database_unavailable',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface FieldError {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ErrorCode | (string & {});
    message: string;
    details?: Record<string, unknown>;
  };
}
