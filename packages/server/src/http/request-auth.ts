import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { RequestMeta } from '../modules/audit/audit.writer.js';
import { loadSession, type AuthState } from '../modules/auth/session.store.js';
import { SESSION_COOKIE, safeEqual, sessionIdFor } from '../modules/auth/session-token.js';
import { AppError, unauthenticated } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Login creates the session; public routes carry no session. Everything else needs the token.
const CSRF_EXEMPT = [/^\/api\/auth\/login$/, /^\/api\/public\//];

export function requestMeta(req: FastifyRequest): RequestMeta {
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null, requestId: req.id };
}

export function requireAuth(req: FastifyRequest): AuthState {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}

/** Resolves the session cookie on every /api request and enforces CSRF for cookie-authenticated mutations. */
export function installRequestAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.addHook('preValidation', async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const id = sessionIdFor(token, ctx.database.sessionSecret);
      req.auth = await loadSession(ctx.database.db, id, ctx.now(), ctx.config.session);
      if (req.auth) reply.header('x-session-idle-expires', req.auth.idleExpiresAt.toISOString());
    }
    if (!MUTATING.has(req.method) || CSRF_EXEMPT.some((re) => re.test(path))) return;
    if (!token) return; // no cookie: the route itself answers 401 where auth is needed
    const sent = req.headers['x-csrf-token'];
    if (req.auth && (typeof sent !== 'string' || !safeEqual(sent, req.auth.csrfToken))) {
      throw new AppError(403, 'csrf_failed', 'Missing or invalid CSRF token. Reload the page and try again.');
    }
  });
}
