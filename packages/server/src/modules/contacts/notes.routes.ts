import { endpoints } from '@careloop/core';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
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
  const api = endpoints.contacts;

  route(app, api.myDrafts, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.read_own');
    return { items: await myDrafts(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.cosignQueue, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'caseload.supervise');
    return { items: await cosignQueue(ctx, auth.actor, requestMeta(req)) };
  });

  route(app, api.note, { tags }, async (req, reply) => {
    const { auth, note } = await guardNote(ctx, req, req.params.id, 'client.read');
    return withEtag(reply, await readNote(ctx, auth.actor, note, requestMeta(req)));
  });

  route(app, api.updateNote, { tags }, async (req, reply) => {
    const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
    const { version, ...sections } = req.body;
    const expected = expectedVersion(req, version);
    return withEtag(reply, await saveDraft(ctx, auth.actor, req.params.id, sections, expected, requestMeta(req)));
  });

  route(app, api.deleteNote, { tags }, async (req, reply) => {
    const { auth } = await guardNote(ctx, req, req.params.id, 'client.update');
    const expected = expectedVersion(req, req.query.version);
    await deleteDraft(ctx, auth.actor, req.params.id, expected, requestMeta(req));
    reply.code(204);
  });

  // The outside contract signs with no body at all; Fastify then hands the schema null.
  route(app, api.signNote, { tags }, async (req, reply) => {
    const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
    const expected = expectedVersion(req, req.body?.version);
    return withEtag(reply, await signNote(ctx, auth.actor, req.params.id, expected, requestMeta(req)));
  });

  route(app, api.addAddendum, { tags }, async (req, reply) => {
    const { auth } = await guardNote(ctx, req, req.params.id, 'client.late_entry');
    reply.code(201);
    return addAddendum(ctx, auth.actor, req.params.id, req.body.text, requestMeta(req));
  });

  route(app, api.cosignNote, { tags }, async (req, reply) => {
    const { auth } = await guardNote(ctx, req, req.params.id, 'note.cosign');
    return withEtag(reply, await cosignNote(ctx, auth.actor, req.params.id, requestMeta(req)));
  });
}
