import { z } from 'zod';
import { adminChangeListQuery, adminChangeView, decideAdminChangeBody } from '../admin/admin-change.js';
import { idParams } from '../auth/auth.schemas.js';
import { endpoint } from './endpoint.js';

export const adminApprovalsEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/admin/approvals',
    query: adminChangeListQuery,
    response: { 200: z.object({ items: z.array(adminChangeView) }) },
  }),
  approve: endpoint({
    method: 'POST',
    path: '/api/admin/approvals/:id/approve',
    params: idParams,
    body: decideAdminChangeBody,
    response: { 200: adminChangeView },
  }),
  reject: endpoint({
    method: 'POST',
    path: '/api/admin/approvals/:id/reject',
    params: idParams,
    body: decideAdminChangeBody,
    response: { 200: adminChangeView },
  }),
};
