import { endpoints, type ContactView, type CreateContactBody, type NoteSections, type NoteView } from '@careloop/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { notify } from '../../components/notify.js';

const PAGE = 25;

export const contactsKey = (clientId: string) => ['contacts', clientId];
export const noteKey = (noteId: string) => ['note', noteId];
export const COSIGN_QUEUE_KEY = ['cosign-queue'];
export const MY_DRAFTS_KEY = ['note-drafts', 'mine'];

/** The client's contacts, newest first, a page at a time (keyset on time and id). */
/** Autosave of a draft note: its sections, based on the version they were typed from. */
export function saveNoteDraft(noteId: string, sections: NoteSections, version: number): Promise<NoteView> {
  return call(endpoints.contacts.updateNote, { params: { id: noteId }, body: { ...sections, version } });
}

export function useContacts(clientId: string) {
  return useInfiniteQuery({
    queryKey: contactsKey(clientId),
    initialPageParam: null as ContactView | null,
    queryFn: ({ pageParam }) =>
      call(endpoints.contacts.list, {
        params: { id: clientId },
        query: { limit: PAGE, before: pageParam?.occurredAt, beforeId: pageParam?.id },
      }),
    getNextPageParam: (last) => (last.items.length === PAGE ? (last.items.at(-1) ?? null) : null),
  });
}

export function useNote(noteId: string) {
  return useQuery({
    queryKey: noteKey(noteId),
    queryFn: () => call(endpoints.contacts.note, { params: { id: noteId } }),
  });
}

export function useMyDrafts() {
  return useQuery({
    queryKey: MY_DRAFTS_KEY,
    queryFn: () => call(endpoints.contacts.myDrafts),
  });
}

export function useCosignQueue() {
  return useQuery({
    queryKey: COSIGN_QUEUE_KEY,
    queryFn: () => call(endpoints.contacts.cosignQueue),
  });
}

/** After a note or contact changes: the lists that show its status, and the timeline. */
export function useRefreshContacts(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (note?: NoteView) => {
      if (note) queryClient.setQueryData(noteKey(note.id), note);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contactsKey(clientId) }),
        queryClient.invalidateQueries({ queryKey: MY_DRAFTS_KEY }),
        queryClient.invalidateQueries({ queryKey: COSIGN_QUEUE_KEY }),
        queryClient.invalidateQueries({ queryKey: ['timeline', clientId] }),
      ]);
    },
    [queryClient, clientId],
  );
}

export function useLogContact(clientId: string) {
  const refresh = useRefreshContacts(clientId);
  return useMutation({
    mutationFn: (body: CreateContactBody) => call(endpoints.contacts.create, { params: { id: clientId }, body }),
    onSuccess: () => refresh(),
  });
}

/** A supervisor's co-sign: the note becomes final and leaves the queue. */
export function useCosign(clientId: string) {
  const { t } = useTranslation();
  const refresh = useRefreshContacts(clientId);
  return useMutation({
    mutationFn: (noteId: string) => call(endpoints.contacts.cosignNote, { params: { id: noteId } }),
    onSuccess: (note) => {
      notify(t('cosign.done'));
      return refresh(note);
    },
  });
}

/** A draft note on a contact logged without one. */
export function useStartNote(clientId: string) {
  const refresh = useRefreshContacts(clientId);
  return useMutation({
    mutationFn: (contactId: string) => call(endpoints.contacts.addNote, { params: { id: contactId }, body: {} }),
    onSuccess: (note) => refresh(note),
  });
}
