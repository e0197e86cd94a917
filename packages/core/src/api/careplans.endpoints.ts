import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  carePlanView,
  gasRequestBody,
  pendingApprovalItem,
  planApprovalBody,
  planReviewBody,
  planReviewView,
  saveDraftBody,
  signPlanBody,
} from '../careplans/care-plan.schemas.js';
import { endpoint } from './endpoint.js';

export const carePlansEndpoints = {
  gas: endpoint({
    method: 'POST',
    path: '/api/outcomes/gas',
    body: gasRequestBody,
    response: { 200: z.object({ tScore: z.number() }) },
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/episodes/:id/care-plans',
    params: idParams,
    response: { 200: z.object({ items: z.array(carePlanView) }) },
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/episodes/:id/care-plans',
    params: idParams,
    response: { 201: carePlanView },
  }),
  get: endpoint({ method: 'GET', path: '/api/care-plans/:id', params: idParams, response: { 200: carePlanView } }),
  saveDraft: endpoint({
    method: 'PUT',
    path: '/api/care-plans/:id',
    params: idParams,
    body: saveDraftBody,
    response: { 200: carePlanView },
  }),
  sign: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/sign',
    params: idParams,
    body: signPlanBody,
    response: { 200: carePlanView },
  }),
  decideApproval: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/approval',
    params: idParams,
    body: planApprovalBody,
    response: { 200: carePlanView },
  }),
  pendingApproval: endpoint({
    method: 'GET',
    path: '/api/care-plans/pending-approval',
    response: { 200: z.object({ items: z.array(pendingApprovalItem) }) },
  }),
  review: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/reviews',
    params: idParams,
    body: planReviewBody,
    response: { 201: planReviewView },
  }),
  reviews: endpoint({
    method: 'GET',
    path: '/api/episodes/:id/care-plan-reviews',
    params: idParams,
    response: { 200: z.object({ items: z.array(planReviewView) }) },
  }),
};
