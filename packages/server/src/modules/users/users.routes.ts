import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.service.js';

export function usersRoutes(app: App, ctx: AppContext): void {
  const tags = ['admin'];
  const api = endpoints.users;

  route(app, api.list, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'users.manage');
    return { items: await listUsers(ctx, auth.actor) };
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'users.manage');
    const user = await getUser(ctx, auth.actor, req.params.id);
    setEtag(reply, user.version);
    return user;
  });

  route(app, api.create, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'users.manage');
    const user = await createUser(ctx, auth.actor, req.body, requestMeta(req));
    reply.code(201);
    setEtag(reply, user.version);
    return user;
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const auth = await guard(ctx, req, 'users.manage');
    const version = expectedVersion(req, req.body.version);
    const { user, pending } = await updateUser(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    setEtag(reply, user.version);
    if (pending) {
      reply.code(202);
      return { user, pending };
    }
    return user;
  });

  route(app, api.resetPassword, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'users.manage');
    return resetPassword(ctx, auth.actor, req.params.id, req.body.password, requestMeta(req));
  });
}
