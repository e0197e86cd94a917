import { auditPage, auditQuery } from '../audit/audit.schemas.js';
import { endpoint } from './endpoint.js';

export const auditEndpoints = {
  search: endpoint({ method: 'GET', path: '/api/audit', query: auditQuery, response: { 200: auditPage } }),
};
