import { idParams } from '../auth/auth.schemas.js';
import { timelineQuery, timelineResponse } from '../timeline/timeline.schemas.js';
import { endpoint } from './endpoint.js';

export const timelineEndpoints = {
  timeline: endpoint({
    method: 'GET',
    path: '/api/clients/:id/timeline',
    params: idParams,
    query: timelineQuery,
    response: { 200: timelineResponse },
  }),
};
