import { z } from 'zod';
import { adminChangeView } from '../admin/admin-change.js';
import { idParams } from '../auth/auth.schemas.js';
import { addProgramStaffBody, programStaffView } from '../episodes/episode.schemas.js';
import { createProgramBody, programView, updateProgramBody } from '../programs/program.schemas.js';
import { endpoint } from './endpoint.js';

export const programsEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/programs',
    response: { 200: z.object({ items: z.array(programView) }) },
  }),
  create: endpoint({ method: 'POST', path: '/api/programs', body: createProgramBody, response: { 201: programView } }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/programs/:id',
    params: idParams,
    body: updateProgramBody,
    response: { 200: programView },
  }),
  staff: endpoint({
    method: 'GET',
    path: '/api/programs/:id/staff',
    params: idParams,
    response: { 200: z.object({ items: z.array(programStaffView) }) },
  }),
  /** 202: an admin staffing themself waits for a second admin. */
  addStaff: endpoint({
    method: 'POST',
    path: '/api/programs/:id/staff',
    params: idParams,
    body: addProgramStaffBody,
    response: { 201: programStaffView, 202: adminChangeView },
  }),
  removeStaff: endpoint({
    method: 'DELETE',
    path: '/api/programs/:id/staff/:staffId',
    params: idParams.extend({ staffId: z.uuid() }),
  }),
};
