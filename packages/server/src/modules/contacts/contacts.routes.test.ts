import { subDays, subHours } from 'date-fns';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions, auditCount, caller, count, enrolledClient, type Json } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let peer: Session;
let clinician: Session;
let clientId: string;
let episodeId: string;

const iso = (d: Date) => d.toISOString();

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  ({ clientId, episodeId } = await enrolledClient(t, cm, 'intensive', 'Contactson'));
});

describe('POST /api/clients/:id/contacts (the outside contract)', () => {
  it('answers 201 { id, noteId } and creates a draft DAP note in the open episode', async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'face_to_face',
      occurredAt: iso(subHours(t.clock.now, 2)),
      durationMinutes: 45,
      note: { data: 'Met at the clinic.', assessment: 'Engaged, mood stable.', plan: 'Meet next week.' },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['id', 'noteId']);
    const note = await call(cm, 'GET', `/api/notes/${res.body.noteId as string}`);
    expect(note.body).toMatchObject({
      clientId,
      contactId: res.body.id,
      episodeId,
      kind: 'progress',
      format: 'dap',
      status: 'draft',
      sections: { data: 'Met at the clinic.', assessment: 'Engaged, mood stable.', plan: 'Meet next week.' },
      final: false,
    });
    expect(await auditActions(t, res.body.id)).toEqual(['contact:contact.create']);
    expect(await auditActions(t, res.body.noteId as string)).toEqual([
      'progress_note:note.create',
      'progress_note:note.read',
    ]);
  });

  it('answers only { id } without a note, and takes SOAP sections as a SOAP note', async () => {
    const plain = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      occurredAt: iso(subHours(t.clock.now, 1)),
      durationMinutes: 10,
    });
    expect(plain.status).toBe(201);
    expect(Object.keys(plain.body)).toEqual(['id']);
    const soap = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'video',
      occurredAt: iso(subHours(t.clock.now, 1)),
      durationMinutes: 20,
      note: { subjective: 'Says sleep is better.' },
    });
    const note = await call(cm, 'GET', `/api/notes/${soap.body.noteId as string}`);
    expect(note.body).toMatchObject({
      format: 'soap',
      sections: { subjective: 'Says sleep is better.', objective: '', assessment: '', plan: '' },
    });
  });

  it('refuses bad input with field-level details and writes nothing', async () => {
    const before = [await count(t, 'contacts', clientId), await count(t, 'notes', clientId)];
    const bad = async (body: Record<string, unknown>, path: string) => {
      const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
      const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields;
      expect(fields.map((f) => f.path)).toContain(path);
    };
    const ok = { type: 'phone', occurredAt: iso(subHours(t.clock.now, 1)), durationMinutes: 15 };
    await bad({ ...ok, type: 'carrier_pigeon' }, 'type');
    await bad({ ...ok, durationMinutes: undefined }, 'durationMinutes');
    await bad({ ...ok, durationMinutes: -5 }, 'durationMinutes');
    await bad({ ...ok, occurredAt: 'yesterday' }, 'occurredAt');
    await bad({ ...ok, occurredAt: iso(new Date(t.clock.now.getTime() + 6 * 60_000)) }, 'occurredAt');
    await bad({ ...ok, type: 'outreach_attempt' }, 'outcome');
    await bad({ ...ok, note: { data: 'x', subjective: 'y' } }, 'note');
    const other = await enrolledClient(t, cm, 'clinical', 'Otherperson');
    await bad({ ...ok, episodeId: other.episodeId }, 'episodeId');
    expect([await count(t, 'contacts', clientId), await count(t, 'notes', clientId)]).toEqual(before);
  });

  it('accepts a contact up to five minutes ahead of the server clock (tablet drift)', async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'text',
      occurredAt: iso(new Date(t.clock.now.getTime() + 5 * 60_000)),
      durationMinutes: 0,
    });
    expect(res.status).toBe(201);
  });

  it('keeps someone not on the care team out (403, audited), and unknown clients are 404', async () => {
    const body = { type: 'phone', occurredAt: iso(t.clock.now), durationMinutes: 5 };
    const before = await count(t, 'contacts', clientId);
    expect((await call(peer, 'POST', `/api/clients/${clientId}/contacts`, body)).status).toBe(403);
    expect((await call(peer, 'GET', `/api/clients/${clientId}/contacts`)).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(cm, 'POST', `/api/clients/${unknown}/contacts`, body)).status).toBe(404);
    expect(await count(t, 'contacts', clientId)).toBe(before);
  });

  it('lets only clinicians write psychotherapy notes', async () => {
    const before = await count(t, 'contacts', clientId);
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'face_to_face',
      occurredAt: iso(t.clock.now),
      durationMinutes: 50,
      note: { kind: 'psychotherapy', data: 'Session content' },
    });
    expect(res.status).toBe(403);
    expect(await count(t, 'contacts', clientId)).toBe(before);
    // The clinician is not on this team either: the chart is closed to them.
    expect((await call(clinician, 'GET', `/api/clients/${clientId}/contacts`)).status).toBe(403);
  });
});

describe('listing, editing and voiding contacts', () => {
  let lateId: string;

  it('marks a contact entered more than 24 hours later as a late entry', async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'outreach_attempt',
      outcome: 'not_home',
      occurredAt: iso(subDays(t.clock.now, 3)),
      durationMinutes: 15,
      location: 'Home address',
      services: ['coordination', 'coordination', 'advocacy'],
    });
    lateId = res.body.id;
    const items = (await call(cm, 'GET', `/api/clients/${clientId}/contacts`)).body.items as Json[];
    expect(items.find((c) => c.id === lateId)).toMatchObject({
      lateEntry: true,
      successful: false,
      outcome: 'not_home',
      services: ['coordination', 'advocacy'],
      noteId: null,
      authorName: 'Casey Manager',
    });
  });

  it('lists newest first and pages by occurredAt without skipping contacts at the same instant', async () => {
    const all = (await call(cm, 'GET', `/api/clients/${clientId}/contacts?limit=200`)).body.items as Json[];
    const times = all.map((c) => Date.parse(c.occurredAt as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = (await call(cm, 'GET', `/api/clients/${clientId}/contacts?limit=2`)).body.items as Json[];
    const last = first[1]!;
    const next = await call(
      cm,
      'GET',
      `/api/clients/${clientId}/contacts?limit=200&before=${encodeURIComponent(last.occurredAt as string)}&beforeId=${last.id}`,
    );
    expect([...first, ...(next.body.items as Json[])].map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(await auditCount(t, 'contact.list', clientId)).toBeGreaterThanOrEqual(4);
  });

  it('edits with a version (428 without, 409 when stale) until the note is signed', async () => {
    const created = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      occurredAt: iso(subHours(t.clock.now, 3)),
      durationMinutes: 10,
      note: { data: 'Called about the appointment.', assessment: 'Calm.', plan: 'Remind on Friday.' },
    });
    const url = `/api/contacts/${created.body.id}`;
    expect((await call(cm, 'PATCH', url, { durationMinutes: 20 })).status).toBe(428);
    const edited = await call(cm, 'PATCH', url, { durationMinutes: 20, version: 1 });
    expect(edited.body).toMatchObject({ durationMinutes: 20, version: 2, noteStatus: 'draft' });
    const stale = await call(cm, 'PATCH', url, { durationMinutes: 30 }, { 'if-match': '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict', details: { current: { version: 2 } } } });
    expect((await call(cm, 'PATCH', url, { occurredAt: iso(subHours(t.clock.now, -1)), version: 2 })).status).toBe(400);
    expect((await call(cm, 'POST', `/api/notes/${created.body.noteId as string}/sign`, {})).status).toBe(200);
    const locked = await call(cm, 'PATCH', url, { durationMinutes: 25, version: 2 });
    expect(locked.status).toBe(409);
    expect(locked.body).toMatchObject({ error: { code: 'note_signed' } });
    expect(await auditActions(t, created.body.id)).toEqual(['contact:contact.create', 'contact:contact.update']);
  });

  it('voids a contact entered in error: kept, listed as voided, never changed again', async () => {
    const url = `/api/contacts/${lateId}/void`;
    expect((await call(cm, 'POST', url, { reason: 'oops' })).status).toBe(400);
    expect((await call(cm, 'POST', url, { reason: 'Logged on the wrong client.' })).status).toBe(428);
    const voided = await call(cm, 'POST', url, { reason: 'Logged on the wrong client.', version: 1 });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ voided: true, version: 2 });
    const items = (await call(cm, 'GET', `/api/clients/${clientId}/contacts?limit=200`)).body.items as Json[];
    expect(items.find((c) => c.id === lateId)).toMatchObject({ voided: true });
    expect((await call(cm, 'POST', url, { reason: 'Logged on the wrong client.', version: 2 })).status).toBe(409);
    expect((await call(cm, 'PATCH', `/api/contacts/${lateId}`, { durationMinutes: 5, version: 2 })).status).toBe(409);
    expect(await auditActions(t, lateId)).toContain('contact:contact.void');
  });

  it('adds one progress note to a contact that has none', async () => {
    const contact = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'home_visit',
      occurredAt: iso(subHours(t.clock.now, 5)),
      durationMinutes: 60,
    });
    const url = `/api/contacts/${contact.body.id}/note`;
    const note = await call(cm, 'POST', url, { data: 'Visited at home.' });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ contactId: contact.body.id, status: 'draft', format: 'dap', version: 1 });
    expect((await call(cm, 'POST', url, { data: 'Again' })).status).toBe(409);
    const items = (await call(cm, 'GET', `/api/clients/${clientId}/contacts?limit=200`)).body.items as Json[];
    expect(items.find((c) => c.id === contact.body.id)).toMatchObject({ noteId: note.body.id, noteStatus: 'draft' });
  });
});
