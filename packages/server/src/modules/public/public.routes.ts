import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { createSelfReferral } from '../intakes/intakes.service.js';
import { publicOrganization } from './public-organization.js';

// Generous for a real message, small enough that the form cannot be used to store files.
const SELF_REFERRAL_BODY_LIMIT = 16 * 1024;

/** Reachable without signing in: they answer with crisis resources and a reference, nothing else. */
export function publicRoutes(app: App, ctx: AppContext): void {
  const tags = ['public'];
  const api = endpoints.public;
  const rl = ctx.config.rateLimit;

  route(
    app,
    api.resources,
    { tags, config: { rateLimit: rl.enabled ? { max: rl.publicPerMinute * 6, timeWindow: '1 minute' } : false } },
    async () => {
      const org = await publicOrganization(ctx);
      return {
        organizationName: org.name,
        crisisLineName: org.crisisLineName,
        crisisLinePhone: org.crisisLinePhone,
        nationalCrisisLine: '988' as const,
      };
    },
  );

  route(
    app,
    api.selfReferral,
    {
      tags,
      bodyLimit: SELF_REFERRAL_BODY_LIMIT,
      config: { rateLimit: rl.enabled ? { max: rl.selfReferralPerHour, timeWindow: '1 hour' } : false },
    },
    async (req, reply) => {
      const org = await publicOrganization(ctx);
      reply.code(201);
      // A filled honeypot is a bot: answer as if accepted (so it learns nothing) and file nothing.
      if (req.body.website && req.body.website.trim() !== '') {
        req.log.info({ event: 'self_referral_honeypot' }, 'self-referral discarded by honeypot');
        return { reference: 'R-000000' };
      }
      const reference = await createSelfReferral(ctx, org.id, req.body, requestMeta(req));
      return { reference };
    },
  );
}
