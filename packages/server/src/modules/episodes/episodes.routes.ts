import {
  endpoints,
  type episodeView as episodeViewSchema,
  type idParams,
  type Actor,
  type Endpoint,
  type EpisodeView,
} from '@careloop/core';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import { requestMeta } from '../auth/request-auth.js';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../http/route-types.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { transferPrimary } from './care-team.service.js';
import { acceptHandoff, moveToProgram } from './episode-move.service.js';
import { listClientEpisodes, readEpisode } from './episode-reads.service.js';
import { changeStage, enroll, recordScreening, setWaitlist, signOffClosure } from './episodes.service.js';
import { guardEpisode, type EpisodeAction } from './guard-episode.js';

type EpisodeChangeFn<B> = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: B,
  expected: number | undefined,
  meta: RequestMeta,
) => Promise<EpisodeView>;

/** An episode change: by episode id, with a body of type B, answering with the episode. */
type EpisodeChange<B> = Endpoint & {
  method: 'POST';
  params: typeof idParams;
  body: z.ZodType<B>;
  response: { 200: typeof episodeViewSchema };
};

export function episodesRoutes(app: App, ctx: AppContext): void {
  const tags = ['episodes'];
  const api = endpoints.episodes;
  const version = (req: FastifyRequest, body: { version?: number }) => expectedVersion(req, body.version);

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return { items: await listClientEpisodes(ctx, auth.actor, req.params.id, requestMeta(req)) };
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'episode.enroll', req.params.id);
    const view = await enroll(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'client.read');
    const view = await readEpisode(ctx, auth.actor, req.params.id, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  /** The episode changes that answer with the episode: same guard, version and ETag handling. */
  const change = <B extends { version?: number }>(
    e: EpisodeChange<B>,
    run: EpisodeChangeFn<B>,
    action: EpisodeAction = 'episode.manage',
  ) =>
    route(app, e, { tags }, async (req, reply) => {
      const auth = await guardEpisode(ctx, req, req.params.id, action);
      const b = req.body as B; // validated by `body`; the type provider cannot narrow a generic
      const view = await run(ctx, auth.actor, req.params.id, b, version(req, b), requestMeta(req));
      setEtag(reply, view.version);
      return view;
    });
  change(api.changeStage, changeStage);
  change(api.recordScreening, recordScreening);
  change(api.setWaitlist, setWaitlist);
  change(api.transferPrimary, transferPrimary, 'episode.change_primary');

  route(app, api.signOffClosure, { tags }, async (req, reply) => {
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
  });

  route(app, api.move, { tags }, async (req, reply) => {
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
  });

  route(app, api.acceptHandoff, { tags }, async (req, reply) => {
    const auth = await guardEpisode(ctx, req, req.params.id, 'episode.manage');
    const view = await acceptHandoff(ctx, auth.actor, req.params.id, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });
}
