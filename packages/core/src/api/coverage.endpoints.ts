import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  coverageView,
  createCoverageBody,
  crisisView,
  crisisViewBody,
  endCoverageBody,
  onCallClientHit,
  onCallClientSearchQuery,
  onCallScheduleView,
  onCallShiftBody,
  onCallShiftView,
  updateCoverageBody,
} from '../coverage/coverage.schemas.js';
import { endpoint } from './endpoint.js';

export const coverageEndpoints = {
  /** Current and upcoming on-call shifts (everyone signed in may see who is on call). */
  schedule: endpoint({ method: 'GET', path: '/api/on-call/shifts', response: { 200: onCallScheduleView } }),
  addShift: endpoint({
    method: 'POST',
    path: '/api/on-call/shifts',
    body: onCallShiftBody,
    response: { 201: onCallShiftView },
  }),
  removeShift: endpoint({
    method: 'DELETE',
    path: '/api/on-call/shifts/:id',
    params: idParams,
    response: { 200: z.object({ ok: z.literal(true) }) },
  }),
  /** Clients of the programs the caller is on call for now (name, DOB or MRN). */
  findClients: endpoint({
    method: 'GET',
    path: '/api/on-call/clients',
    query: onCallClientSearchQuery,
    response: { 200: z.object({ items: z.array(onCallClientHit) }) },
  }),
  /** POST, not GET: the purpose is free text that may carry PHI and stays out of URLs and logs. */
  crisisView: endpoint({
    method: 'POST',
    path: '/api/clients/:id/crisis-view',
    params: idParams,
    body: crisisViewBody,
    response: { 200: crisisView },
  }),
  listCoverages: endpoint({
    method: 'GET',
    path: '/api/coverages',
    response: { 200: z.object({ items: z.array(coverageView), canManage: z.boolean() }) },
  }),
  createCoverage: endpoint({
    method: 'POST',
    path: '/api/coverages',
    body: createCoverageBody,
    response: { 201: coverageView },
  }),
  updateCoverage: endpoint({
    method: 'PATCH',
    path: '/api/coverages/:id',
    params: idParams,
    body: updateCoverageBody,
    response: { 200: coverageView },
  }),
  endCoverage: endpoint({
    method: 'POST',
    path: '/api/coverages/:id/end',
    params: idParams,
    body: endCoverageBody,
    response: { 200: coverageView },
  }),
};
