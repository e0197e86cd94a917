import {
  cancelTaskBody,
  careTaskView,
  completeTaskBody,
  createTaskBody,
  idParams,
  reassignTaskBody,
  taskCommentBody,
  taskCommentView,
  taskDetailView,
  taskListResponse,
  updateTaskBody,
} from '@careloop/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { guard } from '../access/guard.js';
import { expectedVersion, setEtag } from '../../http/concurrency.js';
import { requestMeta } from '../auth/request-auth.js';
import type { App } from '../../http/route-types.js';
import { guardTask } from './task-access.js';
import { completeTask, reassignTask } from './task-completion.service.js';
import { readTask } from './task-read.service.js';
import { listClientTasks, listTasks } from './task-lists.service.js';
import { addComment, cancelTask, createTask, updateTask } from './tasks.service.js';

export function tasksRoutes(app: App, ctx: AppContext): void {
  const tags = ['tasks'];
  // New or moved work may need a reminder today: ask the reminder job to run soon, not in 5 minutes.
  const nudge = () => ctx.jobs?.nudge('reminders');

  app.post(
    '/api/tasks',
    { schema: { tags, body: createTaskBody, response: { 201: taskDetailView } } },
    async (req, reply) => {
      const clientId = req.body.clientId ?? undefined;
      const auth = await guard(ctx, req, clientId ? 'client.update' : 'caseload.read_own', clientId);
      const task = await createTask(ctx, auth.actor, req.body, requestMeta(req));
      nudge();
      setEtag(reply, task.version);
      return reply.code(201).send(task);
    },
  );

  for (const list of ['mine', 'team'] as const) {
    app.get(`/api/tasks/${list}`, { schema: { tags, response: { 200: taskListResponse } } }, async (req) => {
      const auth = await guard(ctx, req, 'caseload.read_own');
      return listTasks(ctx, auth.actor, list, requestMeta(req));
    });
  }

  app.get(
    '/api/clients/:id/tasks',
    { schema: { tags, params: idParams, response: { 200: taskListResponse } } },
    async (req) => {
      const auth = await guard(ctx, req, 'client.read', req.params.id);
      return listClientTasks(ctx, auth.actor, req.params.id, requestMeta(req));
    },
  );

  app.get(
    '/api/tasks/:id',
    { schema: { tags, params: idParams, response: { 200: taskDetailView } } },
    async (req, reply) => {
      const { auth, task } = await guardTask(ctx, req, req.params.id, 'read');
      const view = await readTask(ctx, auth.actor, task, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.patch(
    '/api/tasks/:id',
    { schema: { tags, params: idParams, body: updateTaskBody, response: { 200: taskDetailView } } },
    async (req, reply) => {
      const { auth } = await guardTask(ctx, req, req.params.id, 'update');
      const version = expectedVersion(req, req.body.version);
      const view = await updateTask(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      nudge();
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    { schema: { tags, params: idParams, body: completeTaskBody, response: { 200: z.array(careTaskView) } } },
    async (req) => {
      const { auth } = await guardTask(ctx, req, req.params.id, 'update');
      const version = expectedVersion(req, req.body.version);
      const result = await completeTask(ctx, auth.actor, req.params.id, req.body.outcome, version, requestMeta(req));
      nudge();
      return result;
    },
  );

  app.post(
    '/api/tasks/:id/assign',
    { schema: { tags, params: idParams, body: reassignTaskBody, response: { 200: z.array(careTaskView) } } },
    async (req) => {
      const { auth } = await guardTask(ctx, req, req.params.id, 'update');
      const version = expectedVersion(req, req.body.version);
      const result = await reassignTask(ctx, auth.actor, req.params.id, req.body, version, requestMeta(req));
      nudge();
      return result;
    },
  );

  app.post(
    '/api/tasks/:id/cancel',
    { schema: { tags, params: idParams, body: cancelTaskBody, response: { 200: taskDetailView } } },
    async (req, reply) => {
      const { auth } = await guardTask(ctx, req, req.params.id, 'update');
      const version = expectedVersion(req, req.body.version);
      const view = await cancelTask(ctx, auth.actor, req.params.id, req.body.reason, version, requestMeta(req));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/tasks/:id/comments',
    { schema: { tags, params: idParams, body: taskCommentBody, response: { 201: taskCommentView } } },
    async (req, reply) => {
      const { auth, task } = await guardTask(ctx, req, req.params.id, 'update');
      return reply.code(201).send(await addComment(ctx, auth.actor, task, req.body.text, requestMeta(req)));
    },
  );
}
