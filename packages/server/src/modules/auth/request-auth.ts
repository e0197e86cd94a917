import type { SignInRestriction } from '@careloop/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { cookieNames } from './cookies.js';
import { loadPendingMfa, loadSession, type AuthState, type PendingMfa } from './session.store.js';
import { safeEqual, sessionIdFor } from './session-token.js';
import { AppError, unauthenticated } from '../../http/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
    /** Set only on the MFA verify route, for a session whose password step passed. */
    pendingMfa: PendingMfa | null;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Login creates the session; public and partner-link routes carry no session (a partner link's
// token is its key). Everything else needs the token.
const CSRF_EXEMPT = [/^\/api\/auth\/login$/, /^\/api\/public\//, /^\/api\/partner\//];
const SESSIONLESS = ['/api/public/', '/api/partner/'];
const MFA_VERIFY = '/api/auth/mfa/verify';

// What a session may still do while its user must first change a one-time password or enrol in MFA.
const ALWAYS_OPEN = ['GET /api/auth/session', 'GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password'];
const OPEN_WHILE: Record<SignInRestriction, readonly string[]> = {
  password_change_required: ALWAYS_OPEN,
  mfa_enrollment_required: [...ALWAYS_OPEN, 'POST /api/auth/mfa/totp/setup', 'POST /api/auth/mfa/totp/enable'],
};
const RESTRICTION_MESSAGE: Record<SignInRestriction, string> = {
  password_change_required: 'Choose a new password before continuing.',
  mfa_enrollment_required: 'Set up two-step sign-in before continuing.',
};

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
  const cookieName = cookieNames(ctx.config).session;
  app.decorateRequest('auth', null);
  app.decorateRequest('pendingMfa', null);
  app.addHook('preValidation', async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return;
    const token = req.cookies[cookieName];
    if (token) {
      const id = sessionIdFor(token, ctx.database.sessionSecret);
      req.auth = await loadSession(ctx.database.db, id, ctx.now(), ctx.config.session);
      if (req.auth) reply.header('x-session-idle-expires', req.auth.idleExpiresAt.toISOString());
      else if (path === MFA_VERIFY) req.pendingMfa = await loadPendingMfa(ctx.database.db, id, ctx.now());
    }
    const restriction = req.auth?.restriction;
    if (
      restriction &&
      !SESSIONLESS.some((p) => path.startsWith(p)) &&
      !OPEN_WHILE[restriction].includes(`${req.method} ${path}`)
    ) {
      throw new AppError(403, restriction, RESTRICTION_MESSAGE[restriction]);
    }
    if (!MUTATING.has(req.method) || CSRF_EXEMPT.some((re) => re.test(path))) return;
    if (!token) return; // no cookie: the route itself answers 401 where auth is needed
    const sent = req.headers['x-csrf-token'];
    const expected = req.auth?.csrfToken ?? req.pendingMfa?.csrfToken;
    if (expected && (typeof sent !== 'string' || !safeEqual(sent, expected))) {
      throw new AppError(403, 'csrf_failed', 'Missing or invalid CSRF token. Reload the page and try again.');
    }
  });
}
