import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from './request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { resetUserMfa } from './mfa-reset.service.js';

export function mfaResetRoutes(app: App, ctx: AppContext): void {
  const api = endpoints.auth;
  route(app, api.resetMfa, { tags: ['auth'] }, async (req) => {
    const auth = await guard(ctx, req, 'users.manage');
    return resetUserMfa(ctx, auth.actor, req.params.id, requestMeta(req));
  });
}
