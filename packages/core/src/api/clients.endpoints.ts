import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import { clientIdentity } from '../clients/client-identity.js';
import {
  clientSearchBody,
  clientSearchResponse,
  clientView,
  createClientBody,
  duplicateCandidate,
  mergedClientView,
  supportContactBody,
  supportContactView,
  updateClientBody,
} from '../clients/client.schemas.js';
import { endpoint } from './endpoint.js';

const queueClient = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
});
const queueItem = z.object({
  id: z.uuid(),
  score: z.number(),
  reasons: z.array(z.string()),
  source: z.string(),
  status: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  a: queueClient,
  b: queueClient,
});

const mergeView = z.object({
  id: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  survivor: clientIdentity,
  merged: clientIdentity,
  moved: z.record(z.string(), z.number()),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
});

const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

export const clientsEndpoints = {
  search: endpoint({
    method: 'POST',
    path: '/api/clients/search',
    body: clientSearchBody,
    response: { 200: clientSearchResponse },
  }),
  create: endpoint({ method: 'POST', path: '/api/clients', body: createClientBody, response: { 201: clientView } }),
  get: endpoint({
    method: 'GET',
    path: '/api/clients/:id',
    params: idParams,
    response: { 200: z.union([clientView, mergedClientView]) },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/clients/:id',
    params: idParams,
    body: updateClientBody,
    response: { 200: clientView },
  }),
  duplicates: endpoint({
    method: 'GET',
    path: '/api/clients/:id/duplicates',
    params: idParams,
    response: { 200: z.object({ candidates: z.array(duplicateCandidate) }) },
  }),
  duplicateQueue: endpoint({
    method: 'GET',
    path: '/api/admin/duplicates',
    response: { 200: z.object({ items: z.array(queueItem) }) },
  }),
  compare: endpoint({
    method: 'GET',
    path: '/api/admin/duplicates/compare',
    query: z.object({ a: z.uuid(), b: z.uuid() }),
    response: {
      200: z.object({ a: clientView, b: clientView, supportContacts: z.object({ a: z.number(), b: z.number() }) }),
    },
  }),
  dismissDuplicate: endpoint({
    method: 'POST',
    path: '/api/admin/duplicates/:id/dismiss',
    params: idParams,
    body: z.object({ version: z.number().int().positive() }),
    response: { 200: z.object({ ok: z.literal(true) }) },
  }),
  merges: endpoint({
    method: 'GET',
    path: '/api/admin/merges',
    response: { 200: z.object({ items: z.array(mergeView) }) },
  }),
  merge: endpoint({
    method: 'POST',
    path: '/api/admin/merges',
    body: z.object({
      survivorId: z.uuid(),
      mergedId: z.uuid(),
      reason: z.string().trim().max(500).nullable().optional(),
    }),
    response: { 201: mergeView },
  }),
  undoMerge: endpoint({
    method: 'POST',
    path: '/api/admin/merges/:id/undo',
    params: idParams,
    response: { 200: mergeView },
  }),
  supportContacts: endpoint({
    method: 'GET',
    path: '/api/clients/:id/support-contacts',
    params: idParams,
    response: { 200: z.object({ items: z.array(supportContactView) }) },
  }),
  addSupportContact: endpoint({
    method: 'POST',
    path: '/api/clients/:id/support-contacts',
    params: idParams,
    body: supportContactBody,
    response: { 201: supportContactView },
  }),
  updateSupportContact: endpoint({
    method: 'PUT',
    path: '/api/clients/:id/support-contacts/:contactId',
    params: contactParams,
    body: supportContactBody.extend({ version: z.number().int().positive().optional() }),
    response: { 200: supportContactView },
  }),
  removeSupportContact: endpoint({
    method: 'DELETE',
    path: '/api/clients/:id/support-contacts/:contactId',
    params: contactParams,
    query: z.object({ version: z.coerce.number().int().positive().optional() }),
    response: { 200: z.object({ ok: z.literal(true) }) },
  }),
};
