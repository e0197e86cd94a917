import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { requestMeta } from '../auth/request-auth.js';
import { partnerPacket, partnerSetStatus } from './partner.service.js';

// A packet is a few KB of text; nothing bigger is needed to answer.
const PARTNER_BODY_LIMIT = 16 * 1024;

/**
 * The receiving provider's side (no sign-in; the token in the path is the key). Rate-limited
 * like the public routes; every view and answer is audited; the token never reaches a log (the
 * assembly gives the logger PARTNER_TOKEN_PATH_PREFIXES).
 */
export function partnerRoutes(app: App, ctx: AppContext): void {
  const tags = ['partner'];
  const api = endpoints.partner;
  const rl = ctx.config.rateLimit;
  const rateLimit = rl.enabled ? { max: rl.publicPerMinute, timeWindow: '1 minute' } : false;

  route(app, api.packet, { tags, config: { rateLimit } }, async (req) =>
    partnerPacket(ctx, req.params.token, requestMeta(req)),
  );

  route(app, api.setStatus, { tags, bodyLimit: PARTNER_BODY_LIMIT, config: { rateLimit } }, async (req) =>
    partnerSetStatus(ctx, req.params.token, req.body, requestMeta(req)),
  );
}
