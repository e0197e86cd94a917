import { adminChangeView, createUserBody, idParams, resetPasswordBody, updateUserBody, userView } from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service.js';

export function usersRoutes(app: App, ctx: AppContext): void {
  const tags = ['admin'];

  app.get(
    '/api/admin/users',
    { schema: { tags, response: { 200: z.object({ items: z.array(userView) }) } } },
    async (req) => {
      const auth = await guard(ctx, req, 'users.manage');
      return { items: await listUsers(ctx, auth.actor) };
    },
  );

  app.get(
    '/api/admin/users/:id',
    { schema: { tags, params: idParams, response: { 200: userView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'users.manage');
      const user = await getUser(ctx, auth.actor, req.params.id);
      setEtag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/api/admin/users',
    { schema: { tags, body: createUserBody, response: { 201: userView } } },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'users.manage');
      const user = await createUser(ctx, auth.actor, req.body, requestMeta(req));
      reply.code(201);
      setEtag(reply, user.version);
      return user;
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateUserBody,
        // 202: an admin's own raise waits for a second admin; the rest of the edit applied.
        response: { 200: userView, 202: z.object({ user: userView, pending: adminChangeView }) },
      },
    },
    async (req, reply) => {
      const auth = await guard(ctx, req, 'users.manage');
      const version = expectedVersion(req, req.body.version);
      const { user, pending } = await updateUser(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      setEtag(reply, user.version);
      if (pending) {
        reply.code(202);
        return { user, pending };
      }
      return user;
    },
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    { schema: { tags, params: idParams, body: resetPasswordBody, response: { 200: userView } } },
    async (req) => {
      const auth = await guard(ctx, req, 'users.manage');
      return resetPassword(ctx, auth.actor, req.params.id, req.body.password, requestMeta(req));
    },
  );
}
