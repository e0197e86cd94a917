import {
  clientSearchQuery,
  clientSearchResponse,
  clientView,
  createClientBody,
  duplicateCandidate,
  hasAnyRelationship,
  idParams,
  mergedClientView,
  updateClientBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../../http/access.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../../http/request-auth.js';
import type { App } from '../../http/route-types.js';
import { recordAudit } from '../audit/audit.writer.js';
import { clientRelationships } from '../episodes/client-relationship.js';
import { parseQuery, searchClients } from './client-search.js';
import { duplicatesOf, getClient, registerClient, updateClient } from './clients.service.js';

export function clientsRoutes(app: App, ctx: AppContext): void {
  const tags = ['clients'];

  app.get(
    '/api/clients',
    { schema: { tags, querystring: clientSearchQuery, response: { 200: clientSearchResponse } } },
    async (req) => {
      const auth = await guard(ctx, req, 'client.search');
      const { q, limit, offset } = req.query;
      return ctx.database.db.transaction(async (tx) => {
        const found = await searchClients(tx, auth.actor.organizationId, q, limit, offset);
        // Everyone may see that a person is registered (so nobody registers them twice); the
        // chart itself only opens to those with a relationship to the client.
        const rel = await clientRelationships(
          tx,
          auth.actor.organizationId,
          auth.actor.userId,
          found.items.map((i) => i.id),
          ctx.now(),
        );
        const result = {
          total: found.total,
          items: found.items.map((i) => {
            const r = rel.get(i.id);
            return { ...i, access: r && hasAnyRelationship(r) ? ('full' as const) : ('limited' as const) };
          }),
        };
        // The search text is PHI: the audit keeps its kind and what was shown, not the text.
        await recordAudit(tx, {
          organizationId: auth.actor.organizationId,
          actorUserId: auth.actor.userId,
          actorRoles: auth.actor.roles,
          action: 'client.search',
          outcome: 'success',
          entityType: 'client',
          details: { queryKind: parseQuery(q).kind, total: result.total, shown: result.items.map((i) => i.id) },
          meta: requestMeta(req),
        });
        return result;
      });
    },
  );

  app.post(
    '/api/clients',
    { schema: { tags, body: createClientBody, response: { 201: clientView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.register');
      const client = await registerClient(ctx, auth.actor, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, client.version);
      return client;
    },
  );

  app.get(
    '/api/clients/:id',
    { schema: { tags, params: idParams, response: { 200: z.union([clientView, mergedClientView]) } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      const client = await getClient(ctx, auth.actor, req.params.id, requestMeta(req));
      if ('version' in client) setEtag(reply, client.version);
      return client;
    },
  );

  app.patch(
    '/api/clients/:id',
    { schema: { tags, params: idParams, body: updateClientBody, response: { 200: clientView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      const version = expectedVersion(req, req.body.version);
      const client = await updateClient(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, client.version);
      return client;
    },
  );

  app.get(
    '/api/clients/:id/duplicates',
    { schema: { tags, params: idParams, response: { 200: z.object({ candidates: z.array(duplicateCandidate) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return { candidates: await duplicatesOf(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );
}
