import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  createCrisisEventBody,
  crisisEventView,
  crisisSettingsBody,
  crisisSettingsView,
  resolveCrisisEventBody,
  updateCrisisEventBody,
} from '../crisis/crisis.schemas.js';
import { endpoint } from './endpoint.js';

export const crisisEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/crisis-events',
    params: idParams,
    body: createCrisisEventBody,
    response: { 201: crisisEventView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/crisis-events',
    params: idParams,
    response: { 200: z.object({ items: z.array(crisisEventView) }) },
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/crisis-events/:id',
    params: idParams,
    response: { 200: crisisEventView },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/crisis-events/:id',
    params: idParams,
    body: updateCrisisEventBody,
    response: { 200: crisisEventView },
  }),
  resolve: endpoint({
    method: 'POST',
    path: '/api/crisis-events/:id/resolve',
    params: idParams,
    body: resolveCrisisEventBody,
    response: { 200: crisisEventView },
  }),
  settings: endpoint({ method: 'GET', path: '/api/crisis-settings', response: { 200: crisisSettingsView } }),
  saveSettings: endpoint({
    method: 'PUT',
    path: '/api/crisis-settings',
    body: crisisSettingsBody,
    response: { 200: crisisSettingsView },
  }),
};
