import { idParams } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { requestMeta } from './request-auth.js';
import type { App } from '../../http/route-types.js';
import { resetUserMfa } from './mfa-reset.service.js';

export function mfaResetRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/admin/users/:id/reset-mfa',
    {
      schema: {
        tags: ['auth'],
        params: idParams,
        response: { 200: z.object({ ok: z.literal(true), hadMfa: z.boolean() }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'users.manage');
      return resetUserMfa(ctx, auth.actor, req.params.id, requestMeta(req));
    },
  );
}
