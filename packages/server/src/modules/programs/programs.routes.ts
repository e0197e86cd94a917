import {
  addProgramStaffBody,
  adminChangeView,
  createProgramBody,
  idParams,
  programStaffView,
  programView,
  updateProgramBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
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

  app.get(
    '/api/programs',
    { schema: { tags, response: { 200: z.object({ items: z.array(programView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'programs.read');
      return { items: await listPrograms(ctx, auth.actor) };
    },
  );

  app.post(
    '/api/programs',
    { schema: { tags, body: createProgramBody, response: { 201: programView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'programs.manage');
      const program = await createProgram(ctx, auth.actor, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, program.version);
      return program;
    },
  );

  app.patch(
    '/api/programs/:id',
    { schema: { tags, params: idParams, body: updateProgramBody, response: { 200: programView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'programs.manage');
      const version = expectedVersion(req, req.body.version);
      const program = await updateProgram(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, program.version);
      return program;
    },
  );

  app.get(
    '/api/programs/:id/staff',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(programStaffView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'program_staff.read');
      return { items: await listProgramStaff(ctx, auth.actor, req.params.id) };
    },
  );

  app.post(
    '/api/programs/:id/staff',
    {
      schema: {
        tags,
        params: idParams,
        body: addProgramStaffBody,
        // 202: an admin staffing themself waits for a second admin.
        response: { 201: programStaffView, 202: adminChangeView },
      },
    },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'programs.manage');
      const result = await addProgramStaff(ctx, auth.actor, req.params.id, req.body, requestMeta(req));
      if (result.pending) {
        reply.code(202);
        return result.pending;
      }
      reply.code(201);
      return result.staff;
    },
  );

  app.delete(
    '/api/programs/:id/staff/:staffId',
    { schema: { tags, params: idParams.extend({ staffId: z.uuid() }) } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'programs.manage');
      await removeProgramStaff(ctx, auth.actor, req.params.id, req.params.staffId, requestMeta(req));
      reply.code(204);
    },
  );
}
