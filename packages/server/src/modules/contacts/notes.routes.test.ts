import { subDays, subHours } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, caller, count, enrolledClient, type Json } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let clinician: Session;
let clientId: string;

const iso = (d: Date) => d.toISOString();
const DAP = { data: 'Met at the drop-in centre.', assessment: 'Engaged and hopeful.', plan: 'Bank visit Tuesday.' };

async function newContact(note: Record<string, unknown> = {}, occurredAt = subHours(t.clock.now, 1)) {
  const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
    type: 'face_to_face',
    occurredAt: iso(occurredAt),
    durationMinutes: 30,
    note,
  });
  expect(res.status).toBe(201);
  return { contactId: res.body.id, noteId: res.body.noteId as string };
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
  ({ clientId } = await enrolledClient(t, cm, 'clinical', 'Notewright'));
});

describe('drafts', () => {
  it('autosave without a version (last write wins for the author), or with one (409 when stale)', async () => {
    const { noteId } = await newContact({ data: 'First words' });
    const url = `/api/notes/${noteId}`;
    const saved = await call(cm, 'PATCH', url, { assessment: 'Calm' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ sections: { data: 'First words', assessment: 'Calm', plan: '' }, version: 2 });
    expect(saved.headers.etag).toBe('"2"');
    const stale = await call(cm, 'PATCH', url, { plan: 'Lost?', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict', details: { current: { version: 2 } } } });
    expect((await call(cm, 'PATCH', url, { plan: 'Kept' }, { 'if-match': '"2"' })).body).toMatchObject({
      version: 3,
      sections: { plan: 'Kept' },
    });
    const foreign = await call(cm, 'PATCH', url, { objective: 'Not in DAP' });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ error: { details: { fields: [{ path: 'objective' }] } } });
    expect(await auditActions(t, noteId)).toEqual([
      'progress_note:note.create',
      'progress_note:note.save_draft',
      'progress_note:note.save_draft',
    ]);
  });

  it('are the author’s alone to edit, and deleting one leaves no trace but the audit', async () => {
    const sup = await signIn(t.app, 'supervisor@riverbend.example');
    const { noteId } = await newContact({ data: 'Draft to drop' });
    expect((await call(sup, 'GET', `/api/notes/${noteId}`)).status).toBe(200);
    expect((await call(sup, 'PATCH', `/api/notes/${noteId}`, { data: 'Mine now' })).status).toBe(403);
    expect((await call(sup, 'DELETE', `/api/notes/${noteId}`)).status).toBe(403);
    const mine = (await call(cm, 'GET', '/api/notes/drafts/mine')).body.items as Json[];
    expect(mine.map((d) => d.noteId)).toContain(noteId);
    expect((await call(cm, 'DELETE', `/api/notes/${noteId}`)).status).toBe(204);
    expect((await call(cm, 'GET', `/api/notes/${noteId}`)).status).toBe(404);
    expect(await auditActions(t, noteId)).toContain('progress_note:note.delete');
  });
});

describe('a signed note is immutable', () => {
  let noteId: string;

  it('signs only when every section has text (400 naming each missing one)', async () => {
    ({ noteId } = await newContact({ data: 'Only data so far' }));
    const early = await call(cm, 'POST', `/api/notes/${noteId}/sign`, {});
    expect(early.status).toBe(400);
    const fields = (early.body.error as { details: { fields: { path: string }[] } }).details.fields;
    expect(fields.map((f) => f.path)).toEqual(['assessment', 'plan']);
    await call(cm, 'PATCH', `/api/notes/${noteId}`, DAP);
    const signed = await call(cm, 'POST', `/api/notes/${noteId}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'signed',
      signedByName: 'Casey Manager',
      lateEntry: false,
      cosignRequired: false,
      final: true,
      sections: DAP,
    });
    expect(signed.body.signedAt).toBe(iso(t.clock.now));
  });

  it('refuses every change through the API with 409 note_signed', async () => {
    const url = `/api/notes/${noteId}`;
    for (const res of [
      await call(cm, 'PATCH', url, { data: 'Rewritten' }),
      await call(cm, 'DELETE', url),
      await call(cm, 'POST', `${url}/sign`, {}),
    ]) {
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: { code: 'note_signed' } });
    }
    expect((await call(cm, 'GET', url)).body).toMatchObject({ sections: DAP, status: 'signed' });
  });

  it('refuses changes made straight in the database too (trigger)', async () => {
    const db = t.ctx.database.db;
    await expect(db.execute(sql`update notes set body = '{"data":"x"}'::jsonb where id = ${noteId}`)).rejects.toThrow();
    await expect(db.execute(sql`update notes set status = 'draft' where id = ${noteId}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from notes where id = ${noteId}`)).rejects.toThrow();
  });

  it('takes addenda, appended in order and themselves immutable', async () => {
    const url = `/api/notes/${noteId}/addenda`;
    expect((await call(cm, 'POST', url, { text: '' })).status).toBe(400);
    const a1 = await call(cm, 'POST', url, { text: 'Correction: the visit was on Tuesday.' });
    expect(a1.status).toBe(201);
    expect(a1.body).toMatchObject({
      noteId,
      authorName: 'Casey Manager',
      text: 'Correction: the visit was on Tuesday.',
    });
    t.clock.advance(60_000);
    const a2 = await call(cm, 'POST', url, { text: 'Client called back to confirm.' });
    const view = await call(cm, 'GET', `/api/notes/${noteId}`);
    expect((view.body.addenda as Json[]).map((a) => a.id)).toEqual([a1.body.id, a2.body.id]);
    expect(view.body.sections).toEqual(DAP);
    const db = t.ctx.database.db;
    await expect(db.execute(sql`update note_addenda set text = 'x' where id = ${a1.body.id}`)).rejects.toHaveProperty(
      'cause.message',
      expect.stringMatching(/immutable/),
    );
    await expect(db.execute(sql`delete from note_addenda where id = ${a1.body.id}`)).rejects.toHaveProperty(
      'cause.message',
      expect.stringMatching(/cannot be deleted/),
    );
    expect(await auditActions(t, noteId)).toContain('progress_note:note.addendum');
  });

  it('does not take addenda on a draft', async () => {
    const { noteId: draft } = await newContact({ data: 'Draft' });
    const res = await call(cm, 'POST', `/api/notes/${draft}/addenda`, { text: 'Too early' });
    expect(res.status).toBe(409);
    expect(await count(t, 'note_addenda', clientId)).toBe(2);
  });

  it('marks a note signed more than 24 hours after the contact as a late entry', async () => {
    const { contactId, noteId: late } = await newContact(DAP, subDays(t.clock.now, 2));
    const signed = await call(cm, 'POST', `/api/notes/${late}/sign`, { version: 1 });
    expect(signed.body).toMatchObject({ lateEntry: true, status: 'signed' });
    const items = (await call(cm, 'GET', `/api/clients/${clientId}/contacts?limit=200`)).body.items as Json[];
    expect(items.find((c) => c.id === contactId)).toMatchObject({ lateEntry: true, noteStatus: 'signed' });
  });
});

describe('psychotherapy notes', () => {
  let noteId: string;
  let contactId: string;
  let other: Session;

  beforeAll(async () => {
    other = await addStaff(t, 'clinician2@riverbend.example', 'clinician');
    const eps = (await call(cm, 'GET', `/api/clients/${clientId}/episodes`)).body.items as Json[];
    for (const s of [clinician, other]) {
      const res = await call(cm, 'POST', `/api/episodes/${eps[0]!.id}/team`, { role: 'therapist', userId: s.userId });
      expect(res.status).toBe(201);
    }
    const res = await call(clinician, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'face_to_face',
      occurredAt: iso(subHours(t.clock.now, 1)),
      durationMinutes: 50,
      note: { kind: 'psychotherapy', ...DAP },
    });
    expect(res.status).toBe(201);
    ({ id: contactId, noteId } = res.body as unknown as { id: string; noteId: string });
  });

  it('exist only for their author: anyone else gets 404, audited as a refusal', async () => {
    expect((await call(clinician, 'GET', `/api/notes/${noteId}`)).body).toMatchObject({ kind: 'psychotherapy' });
    for (const s of [other, cm]) {
      expect((await call(s, 'GET', `/api/notes/${noteId}`)).status).toBe(404);
      expect((await call(s, 'PATCH', `/api/notes/${noteId}`, { data: 'x' })).status).toBe(404);
      expect((await call(s, 'POST', `/api/notes/${noteId}/addenda`, { text: 'x' })).status).toBe(404);
    }
    const actions = await auditActions(t, noteId);
    expect(actions).toContain('psychotherapy_note:note.create');
    expect(actions).toContain('psychotherapy_note:note.read');
    expect(actions.filter((a) => a === 'psychotherapy_note:access.denied')).toHaveLength(6);
  });

  it('never show in the contact list, only in the author’s own drafts', async () => {
    const items = (await call(other, 'GET', `/api/clients/${clientId}/contacts?limit=200`)).body.items as Json[];
    expect(items.find((c) => c.id === contactId)).toMatchObject({ noteId: null, noteStatus: null });
    const drafts = async (s: Session) =>
      ((await call(s, 'GET', '/api/notes/drafts/mine')).body.items as Json[]).map((d) => d.noteId);
    expect(await drafts(clinician)).toContain(noteId);
    expect(await drafts(other)).not.toContain(noteId);
  });

  it('are signed by their author without any co-sign, and take only the author’s addenda', async () => {
    const signed = await call(clinician, 'POST', `/api/notes/${noteId}/sign`, {});
    expect(signed.body).toMatchObject({ status: 'signed', cosignRequired: false, final: true });
    expect((await call(clinician, 'POST', `/api/notes/${noteId}/addenda`, { text: 'Later thought.' })).status).toBe(
      201,
    );
    expect(await auditActions(t, noteId)).toContain('psychotherapy_note:note.sign');
  });
});
