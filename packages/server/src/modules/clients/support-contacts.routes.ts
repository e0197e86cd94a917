import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import {
  addSupportContact,
  listSupportContacts,
  removeSupportContact,
  updateSupportContact,
} from './support-contacts.service.js';

export function supportContactsRoutes(app: App, ctx: AppContext): void {
  const tags = ['clients'];
  const api = endpoints.clients;

  route(app, api.supportContacts, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listSupportContacts(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.addSupportContact, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.update', req.params.id);
    const contact = await addSupportContact(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, contact.version);
    return contact;
  });

  route(app, api.updateSupportContact, { tags }, async (req, reply) => {
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
  });

  route(app, api.removeSupportContact, { tags }, async (req) => {
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
  });
}
