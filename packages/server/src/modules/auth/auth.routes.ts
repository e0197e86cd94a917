import { endpoints, type SessionResponse } from '@careloop/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import { unauthenticated } from '../../http/errors.js';
import { requestMeta, requireAuth } from './request-auth.js';
import type { App } from '../../http/route-types.js';
import { accountRoutes } from './account.routes.js';
import { login, logout, me, type LoginResult } from './auth.service.js';
import { cookieNames, cookieOptions, deviceCookieMaxAge, deviceCookieWith, parseDeviceCookie } from './cookies.js';
import { verifyMfa } from './mfa.service.js';

export function authRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.auth;
  const names = cookieNames(ctx.config);
  const secret = ctx.database.sessionSecret;
  const devicesOf = (req: FastifyRequest) => parseDeviceCookie(req.cookies[names.device], secret);

  // A coarse per-address limit on top of the failure counters. A browser with a valid device
  // cookie has its own bucket, so traffic from others at a shared address cannot use it up.
  const rateLimit = ctx.config.rateLimit.enabled
    ? {
        max: ctx.config.rateLimit.loginPerMinute,
        timeWindow: '1 minute',
        keyGenerator: (req: FastifyRequest) => {
          const device = devicesOf(req)[0];
          return device ? `${req.ip}|device:${device.nonce}` : req.ip;
        },
      }
    : false;

  const setSession = (req: FastifyRequest, reply: FastifyReply, result: LoginResult) => {
    const https = req.protocol === 'https';
    reply.setCookie(names.session, result.token, cookieOptions(ctx.config, https));
    if (result.kind === 'signed_in') {
      const device = deviceCookieWith(devicesOf(req), result.userId, secret);
      reply.setCookie(names.device, device, cookieOptions(ctx.config, https, deviceCookieMaxAge));
    }
  };

  route(app, api.login, { tags: ['auth'], config: { rateLimit } }, async (req, reply) => {
    const result = await login(ctx, req.body, requestMeta(req), devicesOf(req));
    setSession(req, reply, result);
    return result.body;
  });

  route(app, api.verifyMfa, { tags: ['auth'], config: { rateLimit } }, async (req, reply) => {
    if (!req.pendingMfa) throw unauthenticated();
    const result = await verifyMfa(ctx, req.pendingMfa, req.body.code, requestMeta(req), devicesOf(req));
    setSession(req, reply, result);
    return result.body;
  });

  route(app, api.logout, { tags: ['auth'] }, async (req, reply) => {
    await logout(ctx, requireAuth(req), requestMeta(req));
    reply.clearCookie(names.session, cookieOptions(ctx.config, req.protocol === 'https'));
    return { ok: true as const };
  });

  route(app, api.me, { tags: ['auth'] }, async (req) => me(ctx, requireAuth(req)));

  // The web app's start-up probe: signed out is an answer here, not an error (no 401 on public pages).
  route(app, api.session, { tags: ['auth'] }, async (req): Promise<SessionResponse> => {
    if (!req.auth) return { signedIn: false };
    return { signedIn: true, me: await me(ctx, req.auth) };
  });

  accountRoutes(app, ctx);
}
