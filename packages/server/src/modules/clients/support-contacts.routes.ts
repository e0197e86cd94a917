import { idParams, supportContactBody, supportContactView } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import {
  addSupportContact,
  listSupportContacts,
  removeSupportContact,
  updateSupportContact,
} from './support-contacts.service.js';

const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

export function supportContactsRoutes(app: App, ctx: AppContext): void {
  const tags = ['clients'];

  app.get(
    '/api/clients/:id/support-contacts',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(supportContactView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return { items: await listSupportContacts(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );

  app.post(
    '/api/clients/:id/support-contacts',
    { schema: { tags, params: idParams, body: supportContactBody, response: { 201: supportContactView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      const contact = await addSupportContact(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, contact.version);
      return contact;
    },
  );

  app.put(
    '/api/clients/:id/support-contacts/:contactId',
    {
      schema: {
        tags,
        params: contactParams,
        body: supportContactBody.extend({ version: z.number().int().positive().optional() }),
        response: { 200: supportContactView },
      },
    },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      const { version: bodyVersion, ...body } = req.body;
      const contact = await updateSupportContact(
        ctx,
        auth.actor,
        req.params.id,
        req.params.contactId,
        body,
        expectedVersion(req, bodyVersion),
        requestMeta(req),
      );
      setEtag(reply, contact.version);
      return contact;
    },
  );

  app.delete(
    '/api/clients/:id/support-contacts/:contactId',
    {
      schema: {
        tags,
        params: contactParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'client.update', req.params.id);
      await removeSupportContact(
        ctx,
        auth.actor,
        req.params.id,
        req.params.contactId,
        expectedVersion(req, req.query.version),
        requestMeta(req),
      );
      return { ok: true as const };
    },
  );
}
