import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  createUnmetNeedBody,
  unmetNeedsReport,
  unmetNeedsReportQuery,
  unmetNeedView,
  updateUnmetNeedBody,
} from '../unmet-needs/unmet-need.schemas.js';
import { endpoint } from './endpoint.js';

export const unmetNeedsEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/unmet-needs',
    params: idParams,
    body: createUnmetNeedBody,
    response: { 201: unmetNeedView },
  }),
  listForClient: endpoint({
    method: 'GET',
    path: '/api/clients/:id/unmet-needs',
    params: idParams,
    response: { 200: z.object({ items: z.array(unmetNeedView) }) },
  }),
  update: endpoint({
    method: 'PUT',
    path: '/api/unmet-needs/:id',
    params: idParams,
    body: updateUnmetNeedBody,
    response: { 200: unmetNeedView },
  }),
  report: endpoint({
    method: 'GET',
    path: '/api/reports/unmet-needs',
    query: unmetNeedsReportQuery,
    response: { 200: unmetNeedsReport },
  }),
  /** The same counts as a CSV file (text/csv; the web links to it for download). */
  reportCsv: endpoint({ method: 'GET', path: '/api/reports/unmet-needs.csv', query: unmetNeedsReportQuery }),
};
