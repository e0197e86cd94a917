import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  createServiceBody,
  importServicesBody,
  importServicesResult,
  serviceSearchItem,
  serviceSearchQuery,
  serviceView,
  updateServiceBody,
} from '../directory/directory.schemas.js';
import { endpoint } from './endpoint.js';

const versionBody = z.object({ version: z.number().int().positive().optional() });

export const directoryEndpoints = {
  search: endpoint({
    method: 'GET',
    path: '/api/services',
    query: serviceSearchQuery,
    response: { 200: z.object({ items: z.array(serviceSearchItem) }) },
  }),
  create: endpoint({ method: 'POST', path: '/api/services', body: createServiceBody, response: { 201: serviceView } }),
  get: endpoint({ method: 'GET', path: '/api/services/:id', params: idParams, response: { 200: serviceView } }),
  update: endpoint({
    method: 'PUT',
    path: '/api/services/:id',
    params: idParams,
    body: updateServiceBody,
    response: { 200: serviceView },
  }),
  deactivate: endpoint({
    method: 'POST',
    path: '/api/services/:id/deactivate',
    params: idParams,
    body: versionBody,
    response: { 200: serviceView },
  }),
  reactivate: endpoint({
    method: 'POST',
    path: '/api/services/:id/reactivate',
    params: idParams,
    body: versionBody,
    response: { 200: serviceView },
  }),
  /** Confirmed with the provider today: stamps lastVerifiedOn and closes the verification task. */
  verify: endpoint({
    method: 'POST',
    path: '/api/services/:id/verify',
    params: idParams,
    body: versionBody,
    response: { 200: serviceView },
  }),
  /** text/csv with SERVICE_CSV_COLUMNS (active services); a download link, not a JSON call. */
  exportCsv: endpoint({ method: 'GET', path: '/api/services/export.csv' }),
  import: endpoint({
    method: 'POST',
    path: '/api/services/import',
    body: importServicesBody,
    response: { 200: importServicesResult },
  }),
};
