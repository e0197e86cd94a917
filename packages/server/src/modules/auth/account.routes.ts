import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { requestMeta, requireAuth } from './request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { changeOwnPassword, endSession, listSessions } from './account.service.js';
import { enableTotp, setupTotp } from './mfa.service.js';

/** What a signed-in user manages about their own sign-in: password, second factor, sessions. */
export function accountRoutes(app: App, ctx: AppContext): void {
  const tags = ['auth'];
  const api = endpoints.auth;

  route(app, api.changePassword, { tags }, async (req) => {
    await changeOwnPassword(ctx, requireAuth(req), req.body, requestMeta(req));
    return { ok: true as const };
  });

  route(app, api.setupTotp, { tags }, async (req) => setupTotp(ctx, requireAuth(req), requestMeta(req)));

  route(app, api.enableTotp, { tags }, async (req) =>
    enableTotp(ctx, requireAuth(req), req.body.code, requestMeta(req)),
  );

  route(app, api.sessions, { tags }, async (req) => listSessions(ctx, requireAuth(req)));

  route(app, api.endSession, { tags }, async (req) => {
    await endSession(ctx, requireAuth(req), req.params.id, requestMeta(req));
    return { ok: true as const };
  });
}
