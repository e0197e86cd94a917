import { NeedDomains, type TimelineEntry, type TimelineResponse } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { carePlanReviews, carePlans } from '../careplans/careplans.schema.js';
import { contacts, noteAddenda, notes } from '../contacts/contacts.schema.js';

let t: TestApp;
let cm: Session;
let clinician: Session;
let sup: Session;
let peer: Session;
let clientId: string;
let episodeId: string;
const ids: Record<string, string> = {};

const base = Date.parse('2026-03-02T15:00:00.000Z');
const at = (minutes: number) => new Date(base + minutes * 60_000);

type Json = Record<string, unknown> & { id: string; version: number };
const call = async (s: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Json>() };
};
const timeline = async (query = '', s: Session = cm) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/timeline${query}`, headers: as(s) });
  return { status: res.statusCode, body: res.json<TimelineResponse & { error?: { code: string } }>() };
};

async function contact(minutes: number, author: Session, over: Partial<typeof contacts.$inferInsert> = {}) {
  const [row] = await t.ctx.database.db
    .insert(contacts)
    .values({
      organizationId: author.organizationId,
      clientId,
      episodeId,
      type: 'phone',
      occurredAt: at(minutes),
      durationMinutes: 20,
      authorId: author.userId,
      enteredAt: at(minutes + 5),
      updatedAt: at(minutes + 5),
      ...over,
    })
    .returning({ id: contacts.id });
  return row!.id;
}

async function note(contactId: string, author: Session, over: Partial<typeof notes.$inferInsert> = {}) {
  const [row] = await t.ctx.database.db
    .insert(notes)
    .values({
      organizationId: author.organizationId,
      clientId,
      episodeId,
      contactId,
      format: 'dap',
      body: { data: 'd', assessment: 'a', plan: 'p' },
      authorId: author.userId,
      createdAt: at(0),
      updatedAt: at(0),
      ...over,
    })
    .returning({ id: notes.id });
  return row!.id;
}

async function addendum(noteId: string, author: Session, minutes: number) {
  await t.ctx.database.db.insert(noteAddenda).values({
    organizationId: author.organizationId,
    clientId,
    noteId,
    text: 'Added later',
    authorId: author.userId,
    signedAt: at(minutes),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const who = (role: string) => signIn(t.app, `${role}@riverbend.example`);
  [cm, clinician, sup, peer] = [
    await who('case_manager'),
    await who('clinician'),
    await who('supervisor'),
    await who('peer_specialist'),
  ];
  const programs = await call(cm, 'GET', '/api/programs');
  const act = (programs.body.items as { id: string; model: string }[]).find((p) => p.model === 'act')!;
  clientId = (
    await call(cm, 'POST', '/api/clients', { firstName: 'Tove', lastName: 'Lindqvist', dateOfBirth: '1983-05-05' })
  ).body.id;
  let ep = (
    await call(cm, 'POST', `/api/clients/${clientId}/episodes`, { programId: act.id, primaryCaseManagerId: cm.userId })
  ).body;
  ep = (
    await call(cm, 'POST', `/api/episodes/${ep.id}/screening`, {
      decision: 'eligible',
      reason: 'SMI',
      version: ep.version,
    })
  ).body;
  t.clock.advance(60_000); // a minute later: within the merge window, but ordered
  ep = (await call(cm, 'POST', `/api/episodes/${ep.id}/stage`, { to: 'assessment', version: ep.version })).body;
  episodeId = ep.id;
  // The clinician joins the care team so the psychotherapy note has a plausible author.
  const team = await call(cm, 'POST', `/api/episodes/${episodeId}/team`, {
    role: 'therapist',
    userId: clinician.userId,
  });
  expect(team.status).toBe(201);
  expect(
    (await call(cm, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq2', answers: [1, 1] })).status,
  ).toBe(201);
  const needs = await call(cm, 'POST', `/api/clients/${clientId}/needs-assessments`, {
    status: 'completed',
    domains: Object.fromEntries(NeedDomains.map((d) => [d, { rating: 0 }])),
    present: [{ role: 'client' }],
    clientPriorities: 'Keep my flat',
  });
  expect(needs.status).toBe(201);

  // Contacts and notes written straight to the tables (the contacts API is tested on its own).
  ids.signedContact = await contact(0, cm);
  ids.signedNote = await note(ids.signedContact, cm, { status: 'signed', signedById: cm.userId, signedAt: at(10) });
  await addendum(ids.signedNote, cm, 30);
  await addendum(ids.signedNote, cm, 36);
  await addendum(ids.signedNote, sup, 38);
  ids.draftContact = await contact(60, cm);
  ids.draftNote = await note(ids.draftContact, cm);
  ids.cosignContact = await contact(120, peer, { type: 'face_to_face' });
  ids.cosignNote = await note(ids.cosignContact, peer, {
    status: 'signed',
    signedById: peer.userId,
    signedAt: at(125),
    cosignRequired: true,
  });
  ids.voidedContact = await contact(180, cm, { type: 'outreach_attempt', outcome: 'no_answer', voidedAt: at(200) });
  ids.therapyContact = await contact(240, clinician, { type: 'face_to_face' });
  ids.therapyNote = await note(ids.therapyContact, clinician, {
    kind: 'psychotherapy',
    status: 'signed',
    signedById: clinician.userId,
    signedAt: at(250),
  });
  await addendum(ids.therapyNote, clinician, 260);
  // Two contacts at the same instant: the cursor must not lose either.
  ids.tieA = await contact(300, cm);
  ids.tieB = await contact(300, cm);
  const [plan] = await t.ctx.database.db
    .insert(carePlans)
    .values({
      organizationId: cm.organizationId,
      clientId,
      episodeId,
      versionNumber: 1,
      status: 'effective',
      content: { goals: [], deferredNeeds: [] },
      signedById: cm.userId,
      signedAt: at(400),
      createdAt: at(390),
      updatedAt: at(400),
    })
    .returning({ id: carePlans.id });
  ids.plan = plan!.id;
  await t.ctx.database.db.insert(carePlanReviews).values({
    organizationId: cm.organizationId,
    clientId,
    planId: ids.plan,
    goals: [],
    gasTScore: 55.5,
    reviewedById: cm.userId,
    reviewedAt: at(500),
  });
});

const byId = (items: TimelineEntry[], id: string) => items.find((e) => e.id === id);

describe('client timeline', () => {
  it('lists every kind newest first, with the note status on contacts', async () => {
    const res = await timeline();
    expect(res.status).toBe(200);
    const items = res.body.items;
    const times = items.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(items.map((e) => e.kind))).toEqual(
      new Set([
        'contact',
        'note',
        'addendum',
        'assessment',
        'needs_assessment',
        'plan_version',
        'plan_review',
        'stage_change',
      ]),
    );
    expect(byId(items, `contact:${ids.signedContact}`)).toMatchObject({
      actorId: cm.userId,
      actorName: expect.any(String),
      facts: { noteStatus: 'signed', noteId: ids.signedNote, type: 'phone', enteredAt: at(5).toISOString() },
    });
    expect(byId(items, `contact:${ids.draftContact}`)?.facts).toMatchObject({ noteStatus: 'draft' });
    expect(byId(items, `contact:${ids.cosignContact}`)?.facts).toMatchObject({ noteStatus: 'awaiting_cosign' });
    expect(byId(items, `contact:${ids.voidedContact}`)?.facts).toMatchObject({ voided: true, outcome: 'no_answer' });
    expect(byId(items, `note:${ids.signedNote}`)).toMatchObject({
      occurredAt: at(10).toISOString(),
      facts: { contactType: 'phone', format: 'dap', cosignRequired: false, cosignedAt: null },
    });
    // Drafts are not part of the record yet.
    expect(byId(items, `note:${ids.draftNote}`)).toBeUndefined();
    expect(items.find((e) => e.kind === 'assessment')?.facts).toMatchObject({ instrument: 'phq2', total: 2 });
    expect(items.filter((e) => e.entityId === ids.plan)).toMatchObject([
      { kind: 'plan_review', entityId: ids.plan, facts: { versionNumber: 1, gasTScore: 55.5 } },
      { kind: 'plan_version', entityId: ids.plan, facts: { versionNumber: 1 } },
    ]);
  });

  it('never shows a psychotherapy note or its addenda, and no note text at all', async () => {
    const res = await timeline();
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(ids.therapyNote);
    expect(text).not.toContain('Added later');
    expect(res.body.items.filter((e) => e.kind === 'addendum').every((e) => e.entityId === ids.signedNote)).toBe(true);
    // The contact itself is part of the record; its note is not.
    expect(byId(res.body.items, `contact:${ids.therapyContact}`)?.facts).toMatchObject({
      noteId: null,
      noteStatus: null,
    });
  });

  it('merges rapid addenda by one person on one note, and keeps another person apart', async () => {
    const addenda = (await timeline('?kinds=addendum')).body.items;
    expect(addenda.map((e) => [e.actorId, e.count, e.occurredAt, e.earliestAt])).toEqual([
      [sup.userId, 1, at(38).toISOString(), at(38).toISOString()],
      [cm.userId, 2, at(36).toISOString(), at(30).toISOString()],
    ]);
    // Enrolment, screening and the move to assessment by one person within seconds: one line.
    const stages = (await timeline('?kinds=stage_change')).body.items;
    expect(stages).toHaveLength(1);
    expect(stages[0]).toMatchObject({ entityId: episodeId, actorId: cm.userId, facts: { toStage: 'assessment' } });
    expect(stages[0]!.count).toBeGreaterThanOrEqual(2);
  });

  it('filters by kind and rejects unknown kinds and bad cursors with field details', async () => {
    const only = await timeline('?kinds=contact,note');
    expect(new Set(only.body.items.map((e) => e.kind))).toEqual(new Set(['contact', 'note']));
    const bad = await timeline('?kinds=contact,psychotherapy');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'validation_failed', details: { fields: [{ path: 'kinds' }] } } });
    expect((await timeline('?before=last-week')).status).toBe(400);
    expect((await timeline('?limit=0')).status).toBe(400);
  });

  it('pages with a keyset cursor without losing or repeating entries at the same instant', async () => {
    const all = (await timeline('?kinds=contact&limit=200')).body.items.map((e) => e.id);
    expect(all).toHaveLength(7);
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const query: string = `?kinds=contact&limit=2${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      const page = (await timeline(query)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      before = page.nextBefore;
    } while (before);
    expect(seen).toEqual(all);
    // A plain instant means "strictly before": both contacts at that instant are left out.
    const older = (await timeline(`?kinds=contact&before=${encodeURIComponent(at(300).toISOString())}`)).body.items;
    expect(older.map((e) => e.id)).toEqual(all.slice(2));
  });

  it('is for the care team only, and every read is audited', async () => {
    const denied = await timeline('', peer);
    expect(denied.status).toBe(403);
    const before = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'timeline.read' and client_id = ${clientId}`,
    );
    await timeline('?kinds=note');
    const after = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'timeline.read' and client_id = ${clientId}`,
    );
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
    const refused = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'access.denied' and client_id = ${clientId}
        and actor_user_id = ${peer.userId}`,
    );
    expect(refused.rows[0]!.n).toBeGreaterThan(0);
  });
});
