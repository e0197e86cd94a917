import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { AppError } from '../../http/errors.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { searchClientsFor } from './client-search.service.js';
import { duplicatesOf, getClient, registerClient, updateClient } from './clients.service.js';

export function clientsRoutes(app: App, ctx: AppContext): void {
  const tags = ['clients'];
  const api = endpoints.clients;

  // Search text is client data: it never goes in a URL (logs, proxies, browser history keep URLs).
  app.get('/api/clients', { schema: { tags, hide: true } }, () => {
    throw new AppError(
      400,
      'validation_failed',
      'Search with POST /api/clients/search; the search text goes in the body.',
      {
        fields: [{ path: 'q', message: 'Search text does not go in the URL: POST it to /api/clients/search.' }],
      },
    );
  });

  const rl = ctx.config.rateLimit;
  route(
    app,
    api.search,
    {
      tags,
      config: {
        idempotent: false,
        // Per signed-in user (after the session is read), not per address: one office shares an IP.
        rateLimit: rl.enabled
          ? {
              max: rl.searchPerMinute,
              timeWindow: '1 minute',
              hook: 'preHandler',
              keyGenerator: (req) => `client-search:${req.auth?.actor.userId ?? req.ip}`,
            }
          : false,
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'client.search');
      return searchClientsFor(ctx, auth.actor, req.body, requestMeta(req));
    },
  );

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.register');
    const client = await registerClient(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, client.version);
    return client;
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    const client = await getClient(ctx, auth.actor, req.params.id, requestMeta(req));
    if ('version' in client) setEtag(reply, client.version);
    return client;
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const version = expectedVersion(req, req.body.version);
    const client = await updateClient(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, client.version);
    return client;
  });

  route(app, api.duplicates, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { candidates: await duplicatesOf(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });
}
