import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardContact, isFormerWorkerOnly } from './contact-access.js';
import { listClientContacts } from './contact-reads.service.js';
import { createContact, updateContact, voidContact } from './contacts.service.js';
import { createNoteOnContact } from './notes.service.js';

export function contactsRoutes(app: App, ctx: AppContext): void {
  const tags = ['contacts'];
  const api = endpoints.contacts;

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'client.late_entry', req.params.id);
    const created = await createContact(ctx, auth.actor, req.params.id, req.body, requestMeta(req), {
      formerWorker: isFormerWorkerOnly(auth),
    });
    reply.code(201);
    return created;
  });

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listClientContacts(ctx, auth.actor, req.params.id, req.query, requestMeta(req)) };
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const { auth } = await guardContact(ctx, req, req.params.id, 'client.update');
    const expected = expectedVersion(req, req.body.version);
    const view = await updateContact(ctx, auth.actor, req.params.id, req.body, expected, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.void, { tags }, async (req, reply) => {
    const { auth } = await guardContact(ctx, req, req.params.id, 'client.update');
    const expected = expectedVersion(req, req.body.version);
    const view = await voidContact(ctx, auth.actor, req.params.id, req.body, expected, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.addNote, { tags }, async (req, reply) => {
    const { auth } = await guardContact(ctx, req, req.params.id, 'client.late_entry');
    const { kind, ...sections } = req.body;
    const view = await createNoteOnContact(
      ctx,
      auth.actor,
      req.params.id,
      kind ?? 'progress',
      sections,
      requestMeta(req),
    );
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });
}
