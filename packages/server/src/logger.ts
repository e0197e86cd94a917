import pino, { type DestinationStream, type Logger } from 'pino';

export interface LoggerOptions {
  /**
   * Path prefixes whose next segment is a secret (a link token): the assembly names them, so the
   * platform knows no module. `/partner/referrals/` turns `/api/partner/referrals/<t>/status`
   * into `/api/partner/referrals/[redacted]/status`.
   */
  secretPathPrefixes?: readonly string[];
}

/** The path with the segment after each secret prefix replaced (wherever the prefix occurs). */
export function redactPathSecrets(path: string, prefixes: readonly string[]): string {
  let out = path;
  for (const prefix of prefixes) {
    let from = 0;
    for (let at = out.indexOf(prefix, from); at !== -1; at = out.indexOf(prefix, from)) {
      const start = at + prefix.length;
      const slash = out.indexOf('/', start);
      const end = slash === -1 ? out.length : slash;
      if (end > start) out = `${out.slice(0, start)}[redacted]${out.slice(end)}`;
      from = start;
    }
  }
  return out;
}

/**
 * JSON logs without PHI: no query strings, no bodies, no cookies or tokens. Errors are logged
 * through `safeErrorFields`; the redaction below is the second fence in case a raw error or
 * request slips into a log call anyway.
 */
export function createLogger(level: string, destination?: DestinationStream, options: LoggerOptions = {}): Logger {
  const secretPrefixes = options.secretPathPrefixes ?? [];
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers["x-csrf-token"]',
          'req.headers["idempotency-key"]',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          'req.body',
          'req.query',
          'body',
          'params',
          'query',
          // The driver's and Drizzle's error fields that carry row values or bound parameters.
          'err.message',
          'err.detail',
          'err.where',
          'err.params',
          'err.query',
          'err.cause',
          'err.stack',
          '*.detail',
          '*.params',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req(req: { id?: string; method?: string; url?: string }) {
          const path = req.url?.split('?')[0];
          return { id: req.id, method: req.method, path: path && redactPathSecrets(path, secretPrefixes) };
        },
        err: (err: unknown) => safeErrorFields(err),
      },
    },
    destination,
  );
}

export interface SafeErrorFields {
  type: string;
  code?: string;
  sqlState?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** Stack frames only: the first line of a stack is the message, which may hold values. */
  frames?: string[];
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * What may be logged about an error: its type, codes, and where it happened. A PostgreSQL error is
 * named by SQLSTATE, constraint, table and column; its message, detail and the query's bound
 * parameters (which Drizzle puts into its own message) are never logged.
 */
export function safeErrorFields(err: unknown): SafeErrorFields {
  const out: SafeErrorFields = { type: 'unknown' };
  if (!err || typeof err !== 'object') return out;
  const e = err as { name?: unknown; code?: unknown; stack?: unknown };
  out.type = typeof e.name === 'string' ? e.name : 'Error';
  if (typeof e.code === 'string' && !SQLSTATE.test(e.code)) out.code = e.code;
  // Drizzle wraps the driver's error as `cause`; walk a few levels for the database's fields.
  for (let cur: unknown = err, depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const d = cur as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; cause?: unknown };
    if (typeof d.code === 'string' && SQLSTATE.test(d.code)) {
      out.sqlState = d.code;
      if (typeof d.constraint === 'string') out.constraint = d.constraint;
      if (typeof d.table === 'string') out.table = d.table;
      if (typeof d.column === 'string') out.column = d.column;
      break;
    }
    cur = d.cause;
  }
  if (typeof e.stack === 'string') {
    out.frames = e.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 8)
      .map((line) => line.trim());
  }
  return out;
}
