import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  addCareTeamMemberBody,
  careTeamMemberView,
  closureSignoffBody,
  endCareTeamMemberBody,
  enrollBody,
  episodeListResponse,
  episodeView,
  moveProgramBody,
  screeningBody,
  stageChangeBody,
  transferBody,
  waitlistBody,
} from '../episodes/episode.schemas.js';
import { endpoint } from './endpoint.js';

export const episodesEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/clients/:id/episodes',
    params: idParams,
    response: { 200: episodeListResponse },
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/episodes',
    params: idParams,
    body: enrollBody,
    response: { 201: episodeView },
  }),
  get: endpoint({ method: 'GET', path: '/api/episodes/:id', params: idParams, response: { 200: episodeView } }),
  changeStage: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/stage',
    params: idParams,
    body: stageChangeBody,
    response: { 200: episodeView },
  }),
  recordScreening: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/screening',
    params: idParams,
    body: screeningBody,
    response: { 200: episodeView },
  }),
  setWaitlist: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/waitlist',
    params: idParams,
    body: waitlistBody,
    response: { 200: episodeView },
  }),
  transferPrimary: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/transfer',
    params: idParams,
    body: transferBody,
    response: { 200: episodeView },
  }),
  signOffClosure: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/closure-signoff',
    params: idParams,
    body: closureSignoffBody,
    response: { 200: episodeView },
  }),
  move: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/move',
    params: idParams,
    body: moveProgramBody,
    response: { 201: z.object({ from: episodeView, to: episodeView }) },
  }),
  acceptHandoff: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/accept-handoff',
    params: idParams,
    body: z.object({ version: z.number().int().positive().optional() }).optional(),
    response: { 200: episodeView },
  }),
  addTeamMember: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/team',
    params: idParams,
    body: addCareTeamMemberBody,
    response: { 201: careTeamMemberView },
  }),
  endTeamMember: endpoint({
    method: 'POST',
    path: '/api/care-team/:id/end',
    params: idParams,
    body: endCareTeamMemberBody,
    response: { 200: careTeamMemberView },
  }),
};
