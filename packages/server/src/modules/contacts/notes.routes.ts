import {
  addendumBody,
  addendumView,
  cosignQueueItem,
  idParams,
  noteDraftItem,
  noteView as noteViewSchema,
  signNoteBody,
  updateNoteBody,
} from '@careloop/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { addAddendum } from './addenda.service.js';
import { guardNote } from './contact-access.js';
import { cosignNote, cosignQueue } from './cosign.service.js';
import { myDrafts } from './note-drafts.js';
import { readNote } from './contact-reads.service.js';
import { deleteDraft, saveDraft, signNote } from './notes.service.js';

const withEtag = <V extends { version: number }>(reply: FastifyReply, view: V): V => {
  setEtag(reply, view.version);
  return view;
};

export function notesRoutes(app: App, ctx: AppContext): void {
  const tags = ['notes'];
  const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

  app.get(
    '/api/notes/drafts/mine',
    { schema: { tags, response: { 200: z.object({ items: z.array(noteDraftItem) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'caseload.read_own');
      return { items: await myDrafts(ctx, auth.actor, requestMeta(req)) };
    },
  );

  app.get(
    '/api/cosign-queue',
    { schema: { tags, response: { 200: z.object({ items: z.array(cosignQueueItem) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'caseload.supervise');
      return { items: await cosignQueue(ctx, auth.actor, requestMeta(req)) };
    },
  );

  app.get(
    '/api/notes/:id',
    { schema: { tags, params: idParams, response: { 200: noteViewSchema } } },
    async (req, reply) => {
      const { auth, note } = await guardNote(ctx, req, req.params.id, 'client.read');
      return withEtag(reply, await readNote(ctx, auth.actor, note, requestMeta(req)));
    },
  );

  app.patch(
    '/api/notes/:id',
    { schema: { tags, params: idParams, body: updateNoteBody, response: { 200: noteViewSchema } } },
    async (req, reply) => {
      const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
      const { version, ...sections } = req.body;
      const expected = expectedVersion(req, version);
      return withEtag(reply, await saveDraft(ctx, auth.actor, req.params.id, sections, expected, requestMeta(req)));
    },
  );

  app.delete(
    '/api/notes/:id',
    { schema: { tags, params: idParams, querystring: versionQuery } },
    async (req, reply) => {
      const { auth } = await guardNote(ctx, req, req.params.id, 'client.update');
      const expected = expectedVersion(req, req.query.version);
      await deleteDraft(ctx, auth.actor, req.params.id, expected, requestMeta(req));
      reply.code(204);
    },
  );

  // The outside contract signs with no body at all; Fastify then hands the schema null.
  app.post(
    '/api/notes/:id/sign',
    { schema: { tags, params: idParams, body: signNoteBody.nullish(), response: { 200: noteViewSchema } } },
    async (req, reply) => {
      const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
      const expected = expectedVersion(req, req.body?.version);
      return withEtag(reply, await signNote(ctx, auth.actor, req.params.id, expected, requestMeta(req)));
    },
  );

  app.post(
    '/api/notes/:id/addenda',
    { schema: { tags, params: idParams, body: addendumBody, response: { 201: addendumView } } },
    async (req, reply) => {
      const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
      reply.code(201);
      return addAddendum(ctx, auth.actor, req.params.id, req.body.text, requestMeta(req));
    },
  );

  app.post(
    '/api/notes/:id/cosign',
    { schema: { tags, params: idParams, response: { 200: noteViewSchema } } },
    async (req, reply) => {
      const { auth } = await guardNote(ctx, req, req.params.id, 'note.cosign');
      return withEtag(reply, await cosignNote(ctx, auth.actor, req.params.id, requestMeta(req)));
    },
  );
}
