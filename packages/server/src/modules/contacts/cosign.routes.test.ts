import { subHours } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditActions, caller, enrolledClient, type Json } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof caller>;
let cm: Session;
let peer: Session;
let sup: Session;
let clientId: string;
let noteId: string;

const DAP = { data: 'Walked to the library together.', assessment: 'More confident.', plan: 'Library card next.' };
const listedStatus = async () => {
  const items = (await call(cm, 'GET', `/api/clients/${clientId}/contacts`)).body.items as Json[];
  return items.find((c) => c.noteId === noteId)?.noteStatus;
};
const queue = async (s: Session) => ((await call(s, 'GET', '/api/cosign-queue')).body.items ?? []) as Json[];

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
  const enrolled = await enrolledClient(t, cm, 'strengths_based', 'Cosignee');
  clientId = enrolled.clientId;
  // The program co-signs peer specialists' notes, not the case manager's.
  await t.ctx.database.db.execute(
    sql`update programs set cosign_roles = '{peer_specialist}', note_cosign_required = false where id = ${enrolled.programId}`,
  );
  const team = await call(cm, 'POST', `/api/episodes/${enrolled.episodeId}/team`, {
    role: 'peer_specialist',
    userId: peer.userId,
  });
  expect(team.status).toBe(201);
});

describe('supervisor co-sign', () => {
  it("keeps a peer specialist's signed note from being final until co-signed", async () => {
    const res = await call(peer, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'community',
      occurredAt: subHours(t.clock.now, 2).toISOString(),
      durationMinutes: 60,
      note: DAP,
    });
    noteId = res.body.noteId as string;
    const signed = await call(peer, 'POST', `/api/notes/${noteId}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', cosignRequired: true, cosignedAt: null, final: false });
  });

  it("does not ask for a co-sign on the case manager's note in the same program", async () => {
    const res = await call(cm, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      occurredAt: subHours(t.clock.now, 1).toISOString(),
      durationMinutes: 10,
      note: DAP,
    });
    const signed = await call(cm, 'POST', `/api/notes/${res.body.noteId as string}/sign`, {});
    expect(signed.body).toMatchObject({ cosignRequired: false, final: true });
  });

  it("appears in the supervisor's queue, oldest first, and only there", async () => {
    const items = await queue(sup);
    const signedAt = items.map((i) => Date.parse(i.signedAt as string));
    expect(signedAt).toEqual([...signedAt].sort((x, y) => x - y));
    expect(items.filter((i) => i.clientId === clientId)).toEqual([
      expect.objectContaining({
        noteId,
        clientId,
        clientName: 'Cosignee, Testy',
        authorName: 'Pat Peer',
        contactType: 'community',
      }),
    ]);
    expect((await call(cm, 'GET', '/api/cosign-queue')).status).toBe(403);
    expect((await call(peer, 'GET', '/api/cosign-queue')).status).toBe(403);
  });

  it('cannot be co-signed by its author or by anyone but a supervisor of the program', async () => {
    expect((await call(peer, 'POST', `/api/notes/${noteId}/cosign`, {})).status).toBe(403);
    expect((await call(cm, 'POST', `/api/notes/${noteId}/cosign`, {})).status).toBe(403);
    expect((await call(peer, 'GET', `/api/notes/${noteId}`)).body).toMatchObject({ final: false });
    expect(await listedStatus()).toBe('awaiting_cosign');
  });

  it('becomes final once a supervisor co-signs, leaves the queue, and cannot be co-signed twice', async () => {
    const done = await call(sup, 'POST', `/api/notes/${noteId}/cosign`, {});
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ final: true, cosignedByName: 'Sam Supervisor', sections: DAP });
    expect(done.body.cosignedAt).toBe(t.clock.now.toISOString());
    expect((await queue(sup)).map((i) => i.noteId)).not.toContain(noteId);
    expect(await listedStatus()).toBe('signed');
    const again = await call(sup, 'POST', `/api/notes/${noteId}/cosign`, {});
    expect(again.status).toBe(409);
    // Still immutable after the co-sign.
    const edit = await call(peer, 'PATCH', `/api/notes/${noteId}`, { data: 'Changed' });
    expect(edit.body).toMatchObject({ error: { code: 'note_signed' } });
    expect(await auditActions(t, noteId)).toEqual(
      expect.arrayContaining(['progress_note:note.sign', 'progress_note:note.cosign']),
    );
  });

  it('refuses a co-sign on a draft or on a note that does not need one', async () => {
    const res = await call(peer, 'POST', `/api/clients/${clientId}/contacts`, {
      type: 'phone',
      occurredAt: t.clock.now.toISOString(),
      durationMinutes: 5,
      note: { data: 'Unfinished' },
    });
    expect((await call(sup, 'POST', `/api/notes/${res.body.noteId as string}/cosign`, {})).status).toBe(409);
  });
});
