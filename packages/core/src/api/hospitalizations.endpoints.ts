import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  createHospitalizationBody,
  hospitalizationSettingsBody,
  hospitalizationSettingsView,
  hospitalizationView,
  postDischargeItem,
  updateHospitalizationBody,
} from '../hospitalizations/hospitalization.schemas.js';
import { fuhInput, fuhResult } from '../measures/fuh.js';
import { endpoint } from './endpoint.js';

export const hospitalizationsEndpoints = {
  /** Stateless FUH calculator (CLINICAL.md §7.1): nothing stored, nothing about a client. */
  fuh: endpoint({ method: 'POST', path: '/api/measures/fuh', body: fuhInput, response: { 200: fuhResult } }),
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/hospitalizations',
    params: idParams,
    body: createHospitalizationBody,
    response: { 201: hospitalizationView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/hospitalizations',
    params: idParams,
    response: { 200: z.object({ items: z.array(hospitalizationView) }) },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/hospitalizations/:id',
    params: idParams,
    body: updateHospitalizationBody,
    response: { 200: hospitalizationView },
  }),
  postDischarge: endpoint({
    method: 'GET',
    path: '/api/post-discharge',
    response: { 200: z.object({ items: z.array(postDischargeItem) }) },
  }),
  settings: endpoint({
    method: 'GET',
    path: '/api/hospitalization-settings',
    response: { 200: hospitalizationSettingsView },
  }),
  saveSettings: endpoint({
    method: 'PUT',
    path: '/api/hospitalization-settings',
    body: hospitalizationSettingsBody,
    response: { 200: hospitalizationSettingsView },
  }),
};
