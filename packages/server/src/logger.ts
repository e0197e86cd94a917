import pino, { type Logger } from 'pino';

/** JSON logs without PHI: no query strings, no bodies, no cookies or tokens. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(req: { id?: string; method?: string; url?: string; ip?: string }) {
        return { id: req.id, method: req.method, path: req.url?.split('?')[0] };
      },
    },
  });
}
