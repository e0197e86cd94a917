import {
  asksOutcome,
  createContactBody,
  type ContactOutcome,
  type ContactService,
  type ContactType,
  type ContactView,
  type CreateContactBody,
} from '@careloop/core';
import { fromWallTime } from '../../lib/wall-time.js';

/** Quick picks for the duration; anything else is typed in. */
export const DURATION_PICKS = [15, 30, 45, 60] as const;

/** What the "Log contact" form holds while it is being filled in (kept in this tab until saved). */
export interface ContactForm {
  episodeId: string | null;
  type: ContactType | null;
  outcome: ContactOutcome;
  /** A datetime-local value, read in the agency's time zone. */
  occurredAt: string;
  /** A quick pick, or null while "Other" is chosen. */
  durationPick: number | null;
  customDuration: string;
  services: ContactService[];
  goalIds: string[];
}

export function emptyContactForm(occurredAt: string, episodeId: string | null): ContactForm {
  return {
    episodeId,
    type: null,
    outcome: 'completed',
    occurredAt,
    durationPick: 30,
    customDuration: '',
    services: [],
    goalIds: [],
  };
}

export type FormResult = { ok: true; body: CreateContactBody } | { ok: false; fields: Record<string, string> };

/**
 * The request body from the form, with field messages when it cannot be sent. `withNote` opens
 * an empty draft note with the contact: the server picks the agency's format (DAP or SOAP).
 */
export function toCreateBody(
  form: ContactForm,
  timeZone: string,
  messages: { typeRequired: string; durationRequired: string; occurredAtInvalid: string },
  withNote: boolean,
): FormResult {
  const fields: Record<string, string> = {};
  if (!form.type) fields.type = messages.typeRequired;
  const occurredAt = fromWallTime(form.occurredAt, timeZone);
  if (!occurredAt) fields.occurredAt = messages.occurredAtInvalid;
  const typed = form.customDuration.trim();
  const duration = form.durationPick ?? (/^\d+$/.test(typed) ? Number(typed) : null);
  if (duration === null) fields.durationMinutes = messages.durationRequired;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  const parsed = createContactBody.safeParse({
    type: form.type,
    outcome: asksOutcome(form.type) ? form.outcome : 'completed',
    occurredAt,
    durationMinutes: duration,
    ...(form.episodeId ? { episodeId: form.episodeId } : {}),
    services: form.services,
    goalIds: form.goalIds,
    ...(withNote ? { note: {} } : {}),
  });
  if (!parsed.success) {
    return { ok: false, fields: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
  }
  return { ok: true, body: parsed.data };
}

export type ContactNoteStatus = NonNullable<ContactView['noteStatus']>;

/** The note column of the list: a psychotherapy note is never listed, so null means "no note". */
export function contactNoteStatus(c: Pick<ContactView, 'noteId' | 'noteStatus'>): ContactNoteStatus | null {
  return c.noteId && c.noteStatus ? c.noteStatus : null;
}
