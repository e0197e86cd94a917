import { idParams } from '../auth/auth.schemas.js';
import {
  clientSafetyPlans,
  createSafetyPlanBody,
  reviewSafetyPlanBody,
  safetyPlanView,
  signSafetyPlanBody,
  updateSafetyPlanBody,
} from '../safety-plans/safety-plan.schemas.js';
import { endpoint } from './endpoint.js';

export const safetyPlansEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/safety-plans',
    params: idParams,
    body: createSafetyPlanBody,
    response: { 201: safetyPlanView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/safety-plans',
    params: idParams,
    response: { 200: clientSafetyPlans },
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/safety-plans/:id',
    params: idParams,
    response: { 200: safetyPlanView },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/safety-plans/:id',
    params: idParams,
    body: updateSafetyPlanBody,
    response: { 200: safetyPlanView },
  }),
  sign: endpoint({
    method: 'POST',
    path: '/api/safety-plans/:id/sign',
    params: idParams,
    body: signSafetyPlanBody,
    response: { 200: safetyPlanView },
  }),
  /** A new draft from a signed version (the signed one stays as it is). */
  revise: endpoint({
    method: 'POST',
    path: '/api/safety-plans/:id/revise',
    params: idParams,
    response: { 201: safetyPlanView },
  }),
  review: endpoint({
    method: 'POST',
    path: '/api/safety-plans/:id/review',
    params: idParams,
    body: reviewSafetyPlanBody,
    response: { 200: safetyPlanView },
  }),
  /** The pocket card as an HTML page (opened in a new tab and printed; not called through `call`). */
  print: endpoint({
    method: 'GET',
    path: '/api/safety-plans/:id/print',
    params: idParams,
  }),
};
