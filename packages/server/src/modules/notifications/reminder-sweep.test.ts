import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { notes } from '../contacts/contacts.schema.js';
import type { MailMessage, MailTransport } from '../../mail-transport.js';
import { notifications } from './notifications.schema.js';
import { runReminderSweep } from './reminder-sweep.js';

let t: TestApp;
let cm: Session;
let supervisor: Session;
let peer: Session;
let clientId: string;
let episodeId: string;
const MRN_AND_NAME: string[] = [];

type Json = Record<string, unknown>;
const post = async (s: Session, url: string, payload: Json) => {
  const res = await t.app.inject({ method: 'POST', url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Json & { id: string }>() };
};
const hours = (h: number) => new Date(t.clock.now.getTime() + h * 3_600_000).toISOString();
const notificationsOf = (userId: string, dedupeKey?: string) =>
  t.ctx.database.db
    .select()
    .from(notifications)
    .where(
      dedupeKey
        ? and(eq(notifications.userId, userId), eq(notifications.dedupeKey, dedupeKey))
        : eq(notifications.userId, userId),
    );

beforeAll(async () => {
  t = await createTestApp();
  // Mid-day in the organisation's zone (America/New_York), so "due today" is unambiguous.
  const today = new Date();
  t.clock.now = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 16, 0, 0));
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  supervisor = await signIn(t.app, 'supervisor@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  const programs = (await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(cm) })).json<{
    items: { id: string; model: string }[];
  }>();
  const icm = programs.items.find((p) => p.model === 'intensive')!;
  const client = await post(cm, '/api/clients', {
    firstName: 'Wendeline',
    lastName: 'Achterberg',
    dateOfBirth: '1975-12-01',
  });
  clientId = client.body.id;
  MRN_AND_NAME.push('Wendeline', 'Achterberg', client.body.mrn as string);
  episodeId = (
    await post(cm, `/api/clients/${clientId}/episodes`, { programId: icm.id, primaryCaseManagerId: cm.userId })
  ).body.id;
});

describe('reminder sweep', () => {
  it('reminds the assignee of a task due today and of an overdue one, once however often it runs', async () => {
    const today = await post(cm, '/api/tasks', { title: 'Call back', clientId, dueAt: hours(3) });
    const late = await post(cm, '/api/tasks', { title: 'Late form', clientId, dueAt: hours(-5) });
    const nextWeek = await post(cm, '/api/tasks', { title: 'Later', clientId, dueAt: hours(24 * 7) });
    const first = await runReminderSweep(t.ctx, t.clock.now);
    const second = await runReminderSweep(t.ctx, t.clock.now);
    expect(first.created).toBeGreaterThanOrEqual(2);
    expect(second.created).toBe(0);
    const mine = await notificationsOf(cm.userId);
    const about = (id: string) => mine.filter((n) => n.entityId === id);
    expect(about(today.body.id)).toEqual([
      expect.objectContaining({ kind: 'due_today', entityType: 'care_task', clientId }),
    ]);
    expect(about(today.body.id)[0]!.dedupeKey).toMatch(new RegExp(`^due_today:${today.body.id}:\\d{4}-\\d{2}-\\d{2}$`));
    expect(about(late.body.id)).toEqual([
      expect.objectContaining({ kind: 'overdue', dedupeKey: `overdue:${late.body.id}` }),
    ]);
    expect(about(nextWeek.body.id)).toEqual([]);
  });

  it('reminds a team task to the team, and an unassigned rule task to the primary case manager', async () => {
    const programs = (await t.app.inject({ method: 'GET', url: '/api/programs', headers: as(cm) })).json<{
      items: { id: string; model: string }[];
    }>();
    const act = programs.items.find((p) => p.model === 'act')!;
    const team = await post(cm, '/api/tasks', {
      title: 'Team huddle notes',
      assignedProgramId: act.id,
      dueAt: hours(1),
    });
    // A positive PHQ-9 item 9 raises a suicide-risk flag and an unassigned C-SSRS task due in 2 hours.
    const phq = await post(cm, `/api/clients/${clientId}/assessments`, {
      instrument: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 0, 1],
      episodeId,
    });
    expect(phq.status).toBe(201);
    await runReminderSweep(t.ctx, t.clock.now);
    const clinicianId = (
      await t.ctx.database.db.execute<{ id: string }>(
        sql`select id from users where email = 'clinician@riverbend.example'`,
      )
    ).rows[0]!.id;
    expect((await notificationsOf(clinicianId)).map((n) => n.entityId)).toContain(team.body.id);
    const cmNotes = await notificationsOf(cm.userId);
    expect(
      cmNotes.some((n) => n.kind === 'due_today' && n.params && JSON.stringify(n.params).includes('cssrs_screen')),
    ).toBe(true);
    // The flag: an alert for the primary case manager and for the program's supervisor.
    const alerts = (userId: string) =>
      notificationsOf(userId).then((r) => r.filter((n) => n.kind === 'alert' && n.clientId === clientId));
    expect(await alerts(cm.userId)).toEqual([
      expect.objectContaining({ clientId, entityType: 'client_flag', params: { flagKind: 'suicide_risk' } }),
    ]);
    expect((await alerts(supervisor.userId)).length).toBe(1);
  });

  it('asks the program supervisors, not the author, to co-sign a note waiting for it', async () => {
    const now = t.clock.now;
    const [note] = await t.ctx.database.db
      .insert(notes)
      .values({
        organizationId: cm.organizationId,
        clientId,
        episodeId,
        kind: 'progress',
        format: 'dap',
        body: { data: 'd', assessment: 'a', plan: 'p' },
        status: 'signed',
        authorId: peer.userId,
        signedById: peer.userId,
        signedAt: now,
        cosignRequired: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await runReminderSweep(t.ctx, now);
    expect(await notificationsOf(supervisor.userId, `cosign:${note!.id}`)).toEqual([
      expect.objectContaining({ kind: 'cosign_request', entityType: 'note', entityId: note!.id }),
    ]);
    expect(await notificationsOf(peer.userId, `cosign:${note!.id}`)).toEqual([]);
  });

  it('sends one email per person with new items, without client data, and not again for the same items', async () => {
    const sent: MailMessage[] = [];
    const fake: MailTransport = { send: (m) => Promise.resolve(void sent.push(m)), close: () => undefined };
    t.ctx.mail = fake;
    try {
      const first = await runReminderSweep(t.ctx, t.clock.now);
      expect(first.emailed).toBeGreaterThanOrEqual(2);
      const toCm = sent.filter((m) => m.to === 'case_manager@riverbend.example');
      expect(toCm).toHaveLength(1);
      expect(toCm[0]!.subject).toMatch(/^You have \d+ new items? in Careloop$/);
      expect(toCm[0]!.text).toContain('/notifications');
      for (const m of sent) for (const phi of MRN_AND_NAME) expect(`${m.subject}\n${m.text}`).not.toContain(phi);
      const again = await runReminderSweep(t.ctx, t.clock.now);
      expect(again.emailed).toBe(0);
    } finally {
      delete t.ctx.mail;
    }
  });

  it('keeps the items for the next run when a send fails', async () => {
    await post(cm, '/api/tasks', { title: 'One more', clientId, dueAt: hours(2) });
    t.ctx.mail = { send: () => Promise.reject(new Error('smtp down')), close: () => undefined };
    try {
      expect((await runReminderSweep(t.ctx, t.clock.now)).emailed).toBe(0);
    } finally {
      delete t.ctx.mail;
    }
    const pending = await t.ctx.database.db.execute<{ n: string }>(
      sql`select count(*) as n from notifications where user_id = ${cm.userId} and emailed_at is null`,
    );
    expect(Number(pending.rows[0]!.n)).toBeGreaterThan(0);
  });
});
