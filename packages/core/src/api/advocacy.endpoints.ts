import { z } from 'zod';
import {
  advocacyCaseSummary,
  advocacyCaseView,
  advocacyStepBody,
  createAdvocacyCaseBody,
  updateAdvocacyCaseBody,
} from '../advocacy/advocacy.schemas.js';
import { idParams } from '../auth/auth.schemas.js';
import { endpoint } from './endpoint.js';

export const advocacyEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/advocacy-cases',
    params: idParams,
    body: createAdvocacyCaseBody,
    response: { 201: advocacyCaseView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/advocacy-cases',
    params: idParams,
    response: { 200: z.object({ items: z.array(advocacyCaseSummary) }) },
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/advocacy-cases/:id',
    params: idParams,
    response: { 200: advocacyCaseView },
  }),
  update: endpoint({
    method: 'PUT',
    path: '/api/advocacy-cases/:id',
    params: idParams,
    body: updateAdvocacyCaseBody,
    response: { 200: advocacyCaseView },
  }),
  addStep: endpoint({
    method: 'POST',
    path: '/api/advocacy-cases/:id/steps',
    params: idParams,
    body: advocacyStepBody,
    response: { 201: advocacyCaseView },
  }),
};
