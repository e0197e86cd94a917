import { z } from 'zod';
import { caseloadQuery, caseloadResponse, supervisionResponse } from '../caseload/caseload.schemas.js';
import { bulkReassignBody } from '../episodes/episode.schemas.js';
import { endpoint } from './endpoint.js';

export const caseloadEndpoints = {
  caseload: endpoint({
    method: 'GET',
    path: '/api/caseload',
    query: caseloadQuery,
    response: { 200: caseloadResponse },
  }),
  supervision: endpoint({ method: 'GET', path: '/api/caseload/supervision', response: { 200: supervisionResponse } }),
  reassign: endpoint({
    method: 'POST',
    path: '/api/caseload/reassign',
    body: bulkReassignBody,
    response: { 200: z.object({ moved: z.number().int() }) },
  }),
};
