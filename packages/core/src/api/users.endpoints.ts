import { z } from 'zod';
import { adminChangeView } from '../admin/admin-change.js';
import { createUserBody, idParams, resetPasswordBody, updateUserBody, userView } from '../auth/auth.schemas.js';
import { DISCIPLINE_LIST, ROLE_LIST } from '../auth/roles.js';
import { endpoint } from './endpoint.js';

const staffItem = z.object({
  id: z.uuid(),
  name: z.string(),
  roles: z.array(z.enum(ROLE_LIST)),
  discipline: z.enum(DISCIPLINE_LIST).nullable(),
});

export const usersEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/admin/users',
    response: { 200: z.object({ items: z.array(userView) }) },
  }),
  get: endpoint({ method: 'GET', path: '/api/admin/users/:id', params: idParams, response: { 200: userView } }),
  create: endpoint({ method: 'POST', path: '/api/admin/users', body: createUserBody, response: { 201: userView } }),
  /** 202: an admin's own raise waits for a second admin; the rest of the edit applied. */
  update: endpoint({
    method: 'PATCH',
    path: '/api/admin/users/:id',
    params: idParams,
    body: updateUserBody,
    response: { 200: userView, 202: z.object({ user: userView, pending: adminChangeView }) },
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/api/admin/users/:id/reset-password',
    params: idParams,
    body: resetPasswordBody,
    response: { 200: userView },
  }),
  staff: endpoint({ method: 'GET', path: '/api/staff', response: { 200: z.object({ items: z.array(staffItem) }) } }),
};
