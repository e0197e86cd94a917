import { idParams } from '../auth/auth.schemas.js';
import { whereaboutsBody } from '../cadence/whereabouts.js';
import { episodeView } from '../episodes/episode.schemas.js';
import { endpoint } from './endpoint.js';

export const engagementEndpoints = {
  setWhereabouts: endpoint({
    method: 'PUT',
    path: '/api/episodes/:id/whereabouts',
    params: idParams,
    body: whereaboutsBody,
    response: { 200: episodeView },
  }),
};
