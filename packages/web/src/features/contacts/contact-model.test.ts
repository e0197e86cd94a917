import { describe, expect, it } from 'vitest';
import { contactNoteStatus, emptyContactForm, toCreateBody, type ContactForm } from './contact-model.js';

const messages = { typeRequired: 'type?', durationRequired: 'duration?', occurredAtInvalid: 'when?' };
const TZ = 'America/Chicago';
const form = (over: Partial<ContactForm> = {}): ContactForm => ({
  ...emptyContactForm('2026-03-02T09:30', null),
  type: 'home_visit',
  ...over,
});

describe('log contact form', () => {
  it('builds the API body in the agency zone, with an empty note to write when asked', () => {
    const r = toCreateBody(
      form({ services: ['coordination'], goalIds: ['g1'], episodeId: '0b8a6f1e-7c1d-4c2a-9a57-1f2e3d4c5b6a' }),
      TZ,
      messages,
      true,
    );
    expect(r).toEqual({
      ok: true,
      body: {
        type: 'home_visit',
        outcome: 'completed',
        occurredAt: '2026-03-02T15:30:00.000Z',
        durationMinutes: 30,
        episodeId: '0b8a6f1e-7c1d-4c2a-9a57-1f2e3d4c5b6a',
        services: ['coordination'],
        goalIds: ['g1'],
        note: {},
      },
    });
  });

  it('keeps the outcome only where it applies and reads a typed duration', () => {
    const visit = toCreateBody(form({ outcome: 'no_answer' }), TZ, messages, false);
    expect(visit.ok && visit.body.outcome).toBe('completed');
    const call = toCreateBody(
      form({ type: 'phone', outcome: 'no_answer', durationPick: null, customDuration: ' 5 ' }),
      TZ,
      messages,
      false,
    );
    expect(call.ok && [call.body.outcome, call.body.durationMinutes, 'note' in call.body]).toEqual([
      'no_answer',
      5,
      false,
    ]);
  });

  it('names every field that is missing or invalid, and the schema limits', () => {
    expect(
      toCreateBody(
        form({ type: null, occurredAt: 'soon', durationPick: null, customDuration: 'ten' }),
        TZ,
        messages,
        true,
      ),
    ).toEqual({ ok: false, fields: { type: 'type?', occurredAt: 'when?', durationMinutes: 'duration?' } });
    const tooLong = toCreateBody(form({ durationPick: null, customDuration: '1441' }), TZ, messages, false);
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && Object.keys(tooLong.fields)).toEqual(['durationMinutes']);
  });
});

describe('note column', () => {
  it('shows the note status only when a progress note is listed', () => {
    expect(contactNoteStatus({ noteId: 'n', noteStatus: 'draft' })).toBe('draft');
    expect(contactNoteStatus({ noteId: null, noteStatus: null })).toBeNull();
  });
});
