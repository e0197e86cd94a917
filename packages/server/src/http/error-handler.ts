import type { ApiErrorBody, FieldError } from '@careloop/core';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isConnectionLoss } from '../db/pg-errors.js';
import { AppError } from './errors.js';
import type { App } from './route-types.js';

const DATABASE_RETRY_AFTER_SECONDS = 5;

function body(code: string, message: string, details?: Record<string, unknown>): ApiErrorBody {
  return { error: { code, message, ...(details && { details }) } };
}

/** Turns every error into `{ error: { code, message, details? } }`; messages never echo input. */
export function installErrorHandling(app: App): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(err.statusCode).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const fields: FieldError[] = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
        message: v.message ?? 'Invalid value.',
      }));
      return reply.code(400).send(body('validation_failed', 'Some fields are invalid.', { fields, in: where }));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: { message: 'response did not match its schema' } }, 'response serialization failed');
      return reply.code(500).send(body('internal', 'Something went wrong on our side.'));
    }
    const status = err.statusCode ?? 500;
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(body('validation_failed', 'The request body is not valid JSON.', { fields: [] }));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(body('payload_too_large', 'The request is too large.'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(body('unsupported_media_type', 'Send JSON (Content-Type: application/json).'));
      default:
        break;
    }
    if (isConnectionLoss(err)) {
      // The pool replaces lost connections: the same request will most likely work in a moment.
      req.log.warn({ err: { code: err.code ?? null } }, 'database connection lost during the request');
      return reply
        .code(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(body('database_unavailable', 'The database is unavailable. Try again in a moment.'));
    }
    if (status >= 500) {
      // Log the code and message only: driver errors can carry row values in their details.
      req.log.error({ err: { code: err.code, message: err.message, stack: err.stack } }, 'request failed');
      return reply.code(500).send(body('internal', 'Something went wrong on our side.'));
    }
    return reply.code(status).send(body('bad_request', 'The request could not be processed.'));
  });
}
