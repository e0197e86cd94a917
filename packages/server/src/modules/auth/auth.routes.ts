import { loginBody, loginResponse, meResponse, sessionResponse, type SessionResponse } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestMeta, requireAuth } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { login, logout, me } from './auth.service.js';
import { SESSION_COOKIE } from './session-token.js';

export function authRoutes(app: App, ctx: AppContext): void {
  // Per-IP throttle on top of the per-email lockout; the benchmark turns it off.
  const rateLimit = ctx.config.rateLimit.enabled
    ? { max: ctx.config.rateLimit.loginPerMinute, timeWindow: '1 minute' }
    : false;

  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], body: loginBody, response: { 200: loginResponse } },
      config: { rateLimit },
    },
    async (req, reply) => {
      const result = await login(ctx, req.body, requestMeta(req));
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
      });
      return result.body;
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req, reply) => {
      await logout(ctx, requireAuth(req), requestMeta(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: meResponse } } }, async (req) =>
    me(ctx, requireAuth(req)),
  );

  // The web app's start-up probe: signed out is an answer here, not an error (no 401 on public pages).
  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], response: { 200: sessionResponse } } },
    async (req): Promise<SessionResponse> => {
      if (!req.auth) return { signedIn: false };
      return { signedIn: true, me: await me(ctx, req.auth) };
    },
  );
}
