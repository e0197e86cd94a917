import {
  changePasswordBody,
  idParams,
  mfaCodeBody,
  sessionListResponse,
  totpEnableResponse,
  totpSetupResponse,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestMeta, requireAuth } from './request-auth.js';
import type { App } from '../../http/route-types.js';
import { changeOwnPassword, endSession, listSessions } from './account.service.js';
import { enableTotp, setupTotp } from './mfa.service.js';

const ok = z.object({ ok: z.literal(true) });

/** What a signed-in user manages about their own sign-in: password, second factor, sessions. */
export function accountRoutes(app: App, ctx: AppContext): void {
  const tags = ['auth'];

  app.post('/api/auth/password', { schema: { tags, body: changePasswordBody, response: { 200: ok } } }, async (req) => {
    await changeOwnPassword(ctx, requireAuth(req), req.body, requestMeta(req));
    return { ok: true as const };
  });

  app.post('/api/auth/mfa/totp/setup', { schema: { tags, response: { 200: totpSetupResponse } } }, async (req) =>
    setupTotp(ctx, requireAuth(req), requestMeta(req)),
  );

  app.post(
    '/api/auth/mfa/totp/enable',
    { schema: { tags, body: mfaCodeBody, response: { 200: totpEnableResponse } } },
    async (req) => enableTotp(ctx, requireAuth(req), req.body.code, requestMeta(req)),
  );

  app.get('/api/auth/sessions', { schema: { tags, response: { 200: sessionListResponse } } }, async (req) =>
    listSessions(ctx, requireAuth(req)),
  );

  app.delete('/api/auth/sessions/:id', { schema: { tags, params: idParams, response: { 200: ok } } }, async (req) => {
    await endSession(ctx, requireAuth(req), req.params.id, requestMeta(req));
    return { ok: true as const };
  });
}
