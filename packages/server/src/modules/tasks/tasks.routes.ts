import { endpoints } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import { route } from '../../http/endpoint-route.js';
import type { App } from '../../http/route-types.js';
import { guardTask } from './task-access.js';
import { completeTask, reassignTask } from './task-completion.service.js';
import { readTask } from './task-read.service.js';
import { listClientTasks, listTasks } from './task-lists.service.js';
import { addComment, cancelTask, createTask, updateTask } from './tasks.service.js';

export function tasksRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks'];
  const api = endpoints.tasks;
  // New or moved work may need a reminder today: ask the reminder job to run soon, not in 5 minutes.
  const nudge = () => ctx.jobs?.nudge('reminders');

  route(app, api.create, { tags }, async (req, reply) => {
    const clientId = req.body.clientId ?? undefined;
    const auth = await guard(ctx, req, clientId ? 'client.update' : 'caseload.read_own', clientId);
    const task = await createTask(ctx, auth.actor, req.body, requestMeta(req));
    nudge();
    setEtag(reply, task.version);
    return reply.code(201).send(task);
  });

  for (const list of ['mine', 'team'] as const) {
    route(app, api[list], { tags }, async (req) => {
      // My tasks: anyone with a role (a directory editor holds verification tasks); team: care roles.
      const auth = await guard(ctx, req, list === 'mine' ? 'tasks.own' : 'caseload.read_own');
      return listTasks(ctx, auth.actor, list, requestMeta(req));
    });
  }

  route(app, api.clientTasks, { tags }, async (req) => {
    const auth = await guard(ctx, req, 'client.read', req.params.id);
    return listClientTasks(ctx, auth.actor, req.params.id, requestMeta(req));
  });

  route(app, api.get, { tags }, async (req, reply) => {
    const { auth, task } = await guardTask(ctx, req, req.params.id, 'read');
    const view = await readTask(ctx, auth.actor, task, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.update, { tags }, async (req, reply) => {
    const { auth } = await guardTask(ctx, req, req.params.id, 'update');
    const version = expectedVersion(req, req.body.version);
    const view = await updateTask(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    nudge();
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.complete, { tags }, async (req) => {
    const { auth } = await guardTask(ctx, req, req.params.id, 'update');
    const version = expectedVersion(req, req.body.version);
    const result = await completeTask(ctx, auth.actor, req.params.id, req.body.outcome, version, requestMeta(req));
    nudge();
    return result;
  });

  route(app, api.assign, { tags }, async (req) => {
    const { auth } = await guardTask(ctx, req, req.params.id, 'update');
    const version = expectedVersion(req, req.body.version);
    const result = await reassignTask(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
    nudge();
    return result;
  });

  route(app, api.cancel, { tags }, async (req, reply) => {
    const { auth } = await guardTask(ctx, req, req.params.id, 'update');
    const version = expectedVersion(req, req.body.version);
    const view = await cancelTask(ctx, auth.actor, req.params.id, req.body.reason, version, requestMeta(req));
    setEtag(reply, view.version);
    return view;
  });

  route(app, api.comment, { tags }, async (req, reply) => {
    const { auth, task } = await guardTask(ctx, req, req.params.id, 'update');
    return reply.code(201).send(await addComment(ctx, auth.actor, task, req.body.text, requestMeta(req)));
  });
}
