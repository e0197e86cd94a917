import {
  type Actor,
  type EpisodeView,
  closureSignoffBody,
  enrollBody,
  episodeListResponse,
  episodeView as episodeViewSchema,
  idParams,
  moveProgramBody,
  screeningBody,
  stageChangeBody,
  transferBody,
  waitlistBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../http/route-types.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { transferPrimary } from './care-team.service.js';
import { acceptHandoff, moveToProgram } from './episode-move.service.js';
import { listClientEpisodes, readEpisode } from './episode-reads.service.js';
import { guardEpisode, type EpisodeAction } from './guard-episode.js';
import { changeStage, enroll, recordScreening, setWaitlist, signOffClosure } from './episodes.service.js';

type EpisodeChangeFn<B> = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: B,
  expected: number | undefined,
  meta: RequestMeta,
) => Promise<EpisodeView>;

export function episodesRoutes(app: App, ctx: AppContext): void {
  const tags = ['episodes'];
  const version = (req: FastifyRequest, body: { version?: number }) => expectedVersion(req, body.version);

  app.get(
    '/api/clients/:id/episodes',
    { schema: { tags, params: idParams, response: { 200: episodeListResponse } } },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return { items: await listClientEpisodes(ctx, auth.actor, req.params.id, requestMeta(req)) };
    },
  );

  app.post(
    '/api/clients/:id/episodes',
    { schema: { tags, params: idParams, body: enrollBody, response: { 201: episodeViewSchema } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'episode.enroll', req.params.id);
      const view = await enroll(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.get(
    '/api/episodes/:id',
    { schema: { tags, params: idParams, response: { 200: episodeViewSchema } } },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
      const view = await readEpisode(ctx, auth.actor, req.params.id, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  /** The episode changes that answer with the episode: same guard, version and ETag handling. */
  const change = <B extends { version?: number }>(
    path: string,
    body: z.ZodType<B>,
    run: EpisodeChangeFn<B>,
    action: EpisodeAction = 'episode.manage',
  ) =>
    app.post(
      path,
      { schema: { tags, params: idParams, body, response: { 200: episodeViewSchema } } },
      async (req, reply) => {
        const auth = await guardEpisode(ctx, req, req.params.id, action);
        const b = req.body as B; // validated by `body`; the type provider cannot narrow a generic
        const view = await run(ctx, auth.actor, req.params.id, b, version(req, b), requestMeta(req));
        setEtag(reply, view.version);
        return view;
      },
    );
  change('/api/episodes/:id/stage', stageChangeBody, changeStage);
  change('/api/episodes/:id/screening', screeningBody, recordScreening);
  change('/api/episodes/:id/waitlist', waitlistBody, setWaitlist);
  change('/api/episodes/:id/transfer', transferBody, transferPrimary, 'episode.change_primary');

  app.post(
    '/api/episodes/:id/closure-signoff',
    { schema: { tags, params: idParams, body: closureSignoffBody, response: { 200: episodeViewSchema } } },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'episode.closure_signoff');
      const view = await signOffClosure(
        ctx,
        auth.actor,
        req.params.id,
        req.body,
        version(req, req.body),
        requestMeta(req),
      );
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/episodes/:id/move',
    {
      schema: {
        tags,
        params: idParams,
        body: moveProgramBody,
        response: { 201: z.object({ from: episodeViewSchema, to: episodeViewSchema }) },
      },
    },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'episode.change_primary');
      const result = await moveToProgram(
        ctx,
        auth.actor,
        req.params.id,
        req.body,
        version(req, req.body),
        requestMeta(req),
      );
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/episodes/:id/accept-handoff',
    {
      schema: {
        tags,
        params: idParams,
        body: z.object({ version: z.number().int().positive().optional() }).optional(),
        response: { 200: episodeViewSchema },
      },
    },
    async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, 'episode.manage');
      const view = await acceptHandoff(ctx, auth.actor, req.params.id, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );
}
