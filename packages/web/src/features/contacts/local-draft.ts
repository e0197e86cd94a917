import type { NoteSections } from '@careloop/core';
import type { ContactForm } from './contact-model.js';

/**
 * Typing not yet confirmed by the server, kept in this tab only (sessionStorage survives a reload
 * and a new sign-in, and is cleared when the tab closes). Keys carry the user, so a colleague
 * signing in on the same tablet never sees someone else's typing.
 */
function read<T>(key: string, valid: (v: unknown) => v is T): T | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return valid(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the editor's memory and the server autosave still hold the typing.
  }
}

function remove(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** A note draft's unsaved sections and the server version they were based on. */
export interface LocalNoteDraft {
  version: number;
  sections: NoteSections;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNoteDraft = (v: unknown): v is LocalNoteDraft =>
  isObject(v) && typeof v.version === 'number' && isObject(v.sections);
const isContactForm = (v: unknown): v is ContactForm =>
  isObject(v) && typeof v.occurredAt === 'string' && Array.isArray(v.services) && Array.isArray(v.goalIds);

const noteKey = (userId: string, noteId: string) => `careloop.note-draft.${userId}.${noteId}`;
const formKey = (userId: string, clientId: string) => `careloop.contact-form.${userId}.${clientId}`;

export const noteDrafts = {
  read: (userId: string, noteId: string) => read(noteKey(userId, noteId), isNoteDraft),
  write: (userId: string, noteId: string, draft: LocalNoteDraft) => write(noteKey(userId, noteId), draft),
  clear: (userId: string, noteId: string) => remove(noteKey(userId, noteId)),
};

export const contactForms = {
  read: (userId: string, clientId: string) => read(formKey(userId, clientId), isContactForm),
  write: (userId: string, clientId: string, form: ContactForm) => write(formKey(userId, clientId), form),
  clear: (userId: string, clientId: string) => remove(formKey(userId, clientId)),
};
