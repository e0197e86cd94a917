import { z } from 'zod';
import { careTaskView, completeTaskBody } from '../assessments/assessment.schemas.js';
import { idParams } from '../auth/auth.schemas.js';
import {
  cancelTaskBody,
  createTaskBody,
  reassignTaskBody,
  taskCommentBody,
  taskCommentView,
  taskDetailView,
  taskListResponse,
  updateTaskBody,
} from '../tasks/task.schemas.js';
import { endpoint } from './endpoint.js';

export const tasksEndpoints = {
  create: endpoint({ method: 'POST', path: '/api/tasks', body: createTaskBody, response: { 201: taskDetailView } }),
  mine: endpoint({ method: 'GET', path: '/api/tasks/mine', response: { 200: taskListResponse } }),
  team: endpoint({ method: 'GET', path: '/api/tasks/team', response: { 200: taskListResponse } }),
  clientTasks: endpoint({
    method: 'GET',
    path: '/api/clients/:id/tasks',
    params: idParams,
    response: { 200: taskListResponse },
  }),
  get: endpoint({ method: 'GET', path: '/api/tasks/:id', params: idParams, response: { 200: taskDetailView } }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/tasks/:id',
    params: idParams,
    body: updateTaskBody,
    response: { 200: taskDetailView },
  }),
  complete: endpoint({
    method: 'POST',
    path: '/api/tasks/:id/complete',
    params: idParams,
    body: completeTaskBody,
    response: { 200: z.array(careTaskView) },
  }),
  assign: endpoint({
    method: 'POST',
    path: '/api/tasks/:id/assign',
    params: idParams,
    body: reassignTaskBody,
    response: { 200: z.array(careTaskView) },
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/tasks/:id/cancel',
    params: idParams,
    body: cancelTaskBody,
    response: { 200: taskDetailView },
  }),
  comment: endpoint({
    method: 'POST',
    path: '/api/tasks/:id/comments',
    params: idParams,
    body: taskCommentBody,
    response: { 201: taskCommentView },
  }),
};
