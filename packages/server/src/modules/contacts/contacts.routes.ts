import {
  contactListQuery,
  contactView as contactViewSchema,
  createContactBody,
  createContactResponse,
  createNoteBody,
  idParams,
  noteView as noteViewSchema,
  updateContactBody,
  voidContactBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardContact, isFormerWorkerOnly } from './contact-access.js';
import { listClientContacts } from './contact-reads.service.js';
import { createContact, updateContact, voidContact } from './contacts.service.js';
import { createNoteOnContact } from './notes.service.js';

export function contactsRoutes(app: App, ctx: AppContext): void {
  const tags = ['contacts'];

  app.post(
    '/api/clients/:id/contacts',
    { schema: { tags, params: idParams, body: createContactBody, response: { 201: createContactResponse } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'client.late_entry', req.params.id);
      const created = await createContact(ctx, auth.actor, req.params.id, req.body, requestMeta(req), {
        formerWorker: isFormerWorkerOnly(auth),
      });
      reply.code(201);
      return created;
    },
  );

  app.get(
    '/api/clients/:id/contacts',
    {
      schema: {
        tags,
        params: idParams,
        querystring: contactListQuery,
        response: { 200: z.object({ items: z.array(contactViewSchema) }) },
      },
    },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return { items: await listClientContacts(ctx, auth.actor, req.params.id, req.query, requestMeta(req)) };
    },
  );

  app.patch(
    '/api/contacts/:id',
    { schema: { tags, params: idParams, body: updateContactBody, response: { 200: contactViewSchema } } },
    async (req, reply) => {
      const { auth } = await guardContact(ctx, req, req.params.id, 'client.update');
      const expected = expectedVersion(req, req.body.version);
      const view = await updateContact(ctx, auth.actor, req.params.id, req.body, expected, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/contacts/:id/void',
    { schema: { tags, params: idParams, body: voidContactBody, response: { 200: contactViewSchema } } },
    async (req, reply) => {
      const { auth } = await guardContact(ctx, req, req.params.id, 'client.update');
      const expected = expectedVersion(req, req.body.version);
      const view = await voidContact(ctx, auth.actor, req.params.id, req.body, expected, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/contacts/:id/note',
    { schema: { tags, params: idParams, body: createNoteBody, response: { 201: noteViewSchema } } },
    async (req, reply) => {
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
    },
  );
}
