import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guard } from '../access/guard.js';
import { requestMeta } from '../auth/request-auth.js';
import { importServices } from './directory-import.service.js';
import { exportServicesCsv, getService } from './directory-reads.js';
import { searchServices } from './directory-search.js';
import { agencyToday, createService, setServiceActive, updateService, verifyService } from './directory.service.js';

/** 1,000 rows of a full directory CSV are ~0.5 MB; leave room. */
const IMPORT_BODY_LIMIT = 6 * 1024 * 1024;

export function directoryRoutes(app: App, ctx: AppContext): void {
  const tags = ['directory'];
  const api = endpoints.directory;
  const today = (organizationId: string) => agencyToday(ctx.database.db, organizationId, ctx.now());

  // Reads: any signed-in staff (the directory holds no client data, so reads are not audited).
  route(app, api.search, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'directory.read');
    const org = auth.actor.organizationId;
    return { items: await searchServices(ctx.database.db, org, req.query, await today(org)) };
  });

  route(app, api.exportCsv, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.read');
    const org = auth.actor.organizationId;
    const csv = await exportServicesCsv(ctx.database.db, org, await today(org));
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="directory.csv"')
      .header('cache-control', 'no-store');
    return reply.send(csv);
  });

  route(app, api.get, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'directory.read');
    const org = auth.actor.organizationId;
    return getService(ctx.database.db, org, req.params.id, await today(org));
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.edit');
    const service = await createService(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, service.version);
    return service;
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.edit');
    const { version, ...body } = req.body;
    const expected = expectedVersion(req, version);
    const service = await updateService(ctx, auth.actor, req.params.id, body, expected, requestMeta(req));
    setEtag(reply, service.version);
    return service;
  });

  route(app, api.verify, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.edit');
    const expected = expectedVersion(req, req.body.version);
    const service = await verifyService(ctx, auth.actor, req.params.id, expected, requestMeta(req));
    setEtag(reply, service.version);
    return service;
  });

  route(app, api.deactivate, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.edit');
    const expected = expectedVersion(req, req.body.version);
    const service = await setServiceActive(ctx, auth.actor, req.params.id, false, expected, requestMeta(req));
    setEtag(reply, service.version);
    return service;
  });

  route(app, api.reactivate, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'directory.edit');
    const expected = expectedVersion(req, req.body.version);
    const service = await setServiceActive(ctx, auth.actor, req.params.id, true, expected, requestMeta(req));
    setEtag(reply, service.version);
    return service;
  });

  route(app, api.import, { tags, bodyLimit: IMPORT_BODY_LIMIT }, async (req) => {
    const auth = await guard(ctx, req, 'directory.edit');
    return importServices(ctx, auth.actor, req.body, requestMeta(req));
  });
}
