import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import {
  addProgramStaff,
  createProgram,
  listPrograms,
  listProgramStaff,
  removeProgramStaff,
  updateProgram,
} from './programs.service.js';

export function programsRoutes(app: App, ctx: AppContext): void {
  const tags = ['programs'];
  const api = endpoints.programs;

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'programs.read');
    return { items: await listPrograms(ctx, auth.actor) };
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'programs.manage');
    const program = await createProgram(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, program.version);
    return program;
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'programs.manage');
    const version = expectedVersion(req, req.body.version);
    const program = await updateProgram(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, program.version);
    return program;
  });

  route(app, api.staff, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'program_staff.read');
    return { items: await listProgramStaff(ctx, auth.actor, req.params.id) };
  });

  route(app, api.addStaff, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'programs.manage');
    const result = await addProgramStaff(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
    if (result.pending) {
      reply.code(202);
      return result.pending;
    }
    reply.code(201);
    return result.staff;
  });

  route(app, api.removeStaff, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'programs.manage');
    await removeProgramStaff(ctx, auth.actor, req.params.id, req.params.staffId, requestMeta(req));
    reply.code(204);
  });
}
