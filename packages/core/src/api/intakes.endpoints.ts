import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import { duplicateCandidate } from '../clients/client.schemas.js';
import { firstContactBody } from '../intakes/first-contact-screen.js';
import {
  closeIntakeBody,
  createIntakeBody,
  intakeDecisionBody,
  intakeListQuery,
  intakeListResponse,
  intakeView,
  updateIntakeBody,
} from '../intakes/intake.schemas.js';
import { endpoint } from './endpoint.js';

export const intakesEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/intakes',
    query: intakeListQuery,
    response: { 200: intakeListResponse },
  }),
  create: endpoint({ method: 'POST', path: '/api/intakes', body: createIntakeBody, response: { 201: intakeView } }),
  get: endpoint({ method: 'GET', path: '/api/intakes/:id', params: idParams, response: { 200: intakeView } }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/intakes/:id',
    params: idParams,
    body: updateIntakeBody,
    response: { 200: intakeView },
  }),
  decide: endpoint({
    method: 'POST',
    path: '/api/intakes/:id/decision',
    params: idParams,
    body: intakeDecisionBody,
    response: { 200: intakeView },
  }),
  close: endpoint({
    method: 'POST',
    path: '/api/intakes/:id/close',
    params: idParams,
    body: closeIntakeBody,
    response: { 200: intakeView },
  }),
  recordFirstContact: endpoint({
    method: 'POST',
    path: '/api/intakes/:id/first-contact',
    params: idParams,
    body: firstContactBody,
    response: { 200: intakeView },
  }),
  matches: endpoint({
    method: 'GET',
    path: '/api/intakes/:id/matches',
    params: idParams,
    response: { 200: z.object({ candidates: z.array(duplicateCandidate) }) },
  }),
};
