import type { NoteSections } from '@careloop/core';
import { isObject, readTabItem, removeTabItem, writeTabItem } from '../../lib/tab-storage.js';
import type { TabDraftStore } from '../../lib/use-versioned-autosave.js';
import type { ContactForm } from './contact-model.js';

// Keys carry the user, so a colleague signing in on the same tablet never sees someone else's typing.

/** A note draft's unsaved sections and the server version they were based on. */
export interface LocalNoteDraft {
  version: number;
  sections: NoteSections;
}

const isNoteDraft = (v: unknown): v is LocalNoteDraft =>
  isObject(v) && typeof v.version === 'number' && isObject(v.sections);
const isContactForm = (v: unknown): v is ContactForm =>
  isObject(v) && typeof v.occurredAt === 'string' && Array.isArray(v.services) && Array.isArray(v.goalIds);

const noteKey = (userId: string, noteId: string) => `careloop.note-draft.${userId}.${noteId}`;
const formKey = (userId: string, clientId: string) => `careloop.contact-form.${userId}.${clientId}`;

export const noteDrafts = {
  read: (userId: string, noteId: string) => readTabItem(noteKey(userId, noteId), isNoteDraft),
  write: (userId: string, noteId: string, draft: LocalNoteDraft) => writeTabItem(noteKey(userId, noteId), draft),
  clear: (userId: string, noteId: string) => removeTabItem(noteKey(userId, noteId)),
};

export const contactForms = {
  read: (userId: string, clientId: string) => readTabItem(formKey(userId, clientId), isContactForm),
  write: (userId: string, clientId: string, form: ContactForm) => writeTabItem(formKey(userId, clientId), form),
  clear: (userId: string, clientId: string) => removeTabItem(formKey(userId, clientId)),
};

/** This user's drafts of one note in the shape the autosave keeps. */
export function noteDraftStore(userId: string, noteId: string): TabDraftStore<NoteSections> {
  return {
    read: () => {
      const draft = noteDrafts.read(userId, noteId);
      return draft && { version: draft.version, value: draft.sections };
    },
    write: ({ version, value }) => noteDrafts.write(userId, noteId, { version, sections: value }),
    clear: () => noteDrafts.clear(userId, noteId),
  };
}
