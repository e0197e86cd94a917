import type { ApiErrorBody, FieldError } from '@careloop/core';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isConnectionLoss } from '../db/pg-errors.js';
import { AppError } from './errors.js';
import type { App } from './route-types.js';
import { safeErrorFields } from '../logger.js';

const BAD_REQUEST = { code: 'bad_request', message: 'The request could not be processed.' };

/** Fastify's and Node's own 4xx answers, in the one error shape (never echoing the URL). */
export const CLIENT_ERRORS: Readonly<Record<number, { code: string; message: string }>> = {
  400: BAD_REQUEST,
  404: { code: 'not_found', message: 'Not found.' },
  405: { code: 'method_not_allowed', message: 'This method is not allowed here.' },
  406: { code: 'not_acceptable', message: 'This answer is only available as JSON.' },
  408: { code: 'request_timeout', message: 'The request took too long to arrive.' },
  413: { code: 'payload_too_large', message: 'The request is too large.' },
  414: { code: 'uri_too_long', message: 'The address is too long.' },
  415: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' },
  431: { code: 'headers_too_large', message: 'The request headers are too large.' },
};

export function errorBody(status: number): ApiErrorBody {
  const known = CLIENT_ERRORS[status] ?? BAD_REQUEST;
  return body(known.code, known.message);
}

/** Fastify's router errors (a malformed URL, an over-long parameter) before any route runs. */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode === 414 ? 414 : 400;
  void reply.code(status).send(errorBody(status));
}

/** Node's HTTP parser errors (bad request line, oversized headers, timeouts): no route, raw socket. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const json = JSON.stringify(errorBody(status));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Cache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}

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
      req.log.error({ route: req.routeOptions.url ?? null }, 'response did not match its schema');
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
      req.log.warn({ failure: safeErrorFields(err) }, 'database connection lost during the request');
      return reply
        .code(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(body('database_unavailable', 'The database is unavailable. Try again in a moment.'));
    }
    if (status >= 500) {
      // SQLSTATE, constraint, table and route only: driver messages carry values and parameters.
      req.log.error({ failure: safeErrorFields(err), route: req.routeOptions.url ?? null }, 'request failed');
      return reply.code(500).send(body('internal', 'Something went wrong on our side.'));
    }
    return reply.code(status).send(errorBody(status));
  });
}
