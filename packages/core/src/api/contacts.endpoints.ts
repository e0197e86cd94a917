import { z } from 'zod';
import { idParams } from '../auth/auth.schemas.js';
import {
  addendumBody,
  addendumView,
  contactListQuery,
  contactView,
  cosignQueueItem,
  createContactBody,
  createContactResponse,
  createNoteBody,
  noteDraftItem,
  noteView,
  signNoteBody,
  updateContactBody,
  updateNoteBody,
  voidContactBody,
} from '../contacts/contact.schemas.js';
import { endpoint } from './endpoint.js';

const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export const contactsEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/api/clients/:id/contacts',
    params: idParams,
    body: createContactBody,
    response: { 201: createContactResponse },
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/clients/:id/contacts',
    params: idParams,
    query: contactListQuery,
    response: { 200: z.object({ items: z.array(contactView) }) },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/contacts/:id',
    params: idParams,
    body: updateContactBody,
    response: { 200: contactView },
  }),
  void: endpoint({
    method: 'POST',
    path: '/api/contacts/:id/void',
    params: idParams,
    body: voidContactBody,
    response: { 200: contactView },
  }),
  addNote: endpoint({
    method: 'POST',
    path: '/api/contacts/:id/note',
    params: idParams,
    body: createNoteBody,
    response: { 201: noteView },
  }),
  myDrafts: endpoint({
    method: 'GET',
    path: '/api/notes/drafts/mine',
    response: { 200: z.object({ items: z.array(noteDraftItem) }) },
  }),
  cosignQueue: endpoint({
    method: 'GET',
    path: '/api/cosign-queue',
    response: { 200: z.object({ items: z.array(cosignQueueItem) }) },
  }),
  note: endpoint({ method: 'GET', path: '/api/notes/:id', params: idParams, response: { 200: noteView } }),
  updateNote: endpoint({
    method: 'PATCH',
    path: '/api/notes/:id',
    params: idParams,
    body: updateNoteBody,
    response: { 200: noteView },
  }),
  deleteNote: endpoint({ method: 'DELETE', path: '/api/notes/:id', params: idParams, query: versionQuery }),
  signNote: endpoint({
    method: 'POST',
    path: '/api/notes/:id/sign',
    params: idParams,
    body: signNoteBody.nullish(),
    response: { 200: noteView },
  }),
  addAddendum: endpoint({
    method: 'POST',
    path: '/api/notes/:id/addenda',
    params: idParams,
    body: addendumBody,
    response: { 201: addendumView },
  }),
  cosignNote: endpoint({
    method: 'POST',
    path: '/api/notes/:id/cosign',
    params: idParams,
    response: { 200: noteView },
  }),
};
