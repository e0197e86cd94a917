import type { ErrorCode, FieldError } from '@careloop/core';

/** Thrown by services and hooks; the error handler turns it into the one API error shape. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found.`);
export const forbidden = (message = 'You do not have access to this.') => new AppError(403, 'forbidden', message);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');
export const versionConflict = (current: unknown) =>
  new AppError(409, 'version_conflict', 'This record was changed by someone else. Review the current version.', {
    current,
  });
export const validationFailed = (fields: FieldError[]) =>
  new AppError(400, 'validation_failed', 'Some fields are invalid.', { fields });
export const preconditionRequired = () =>
  new AppError(428, 'precondition_required', 'Send the version you edited (If-Match header or version field).');
