import { addDays, subDays } from 'date-fns';
import { localDate } from '@careloop/core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, auditActions, auditCount, enrolledClient } from '../../test/contacts-fixture.js';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runAdvocacyDeadlineSweep } from './advocacy-deadline.sweep.js';

type Json = Record<string, unknown> & { id: string; version: number };
let t: TestApp;
let cm: Session;
let outsider: Session;
let clientId: string;

const call = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload: payload as Record<string, unknown> });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as Json };
};
const day = (offset: number) => localDate(addDays(t.clock.now, offset), 'America/Chicago');

async function tasksOf(caseId: string) {
  const res = await t.ctx.database.db.execute<{
    status: string;
    assigned_to_id: string | null;
    kind: string;
    outcome: string | null;
    details: string | null;
  }>(sql`select status, assigned_to_id, kind, outcome, details from care_tasks
    where source = 'advocacy' and source_key like ${`advocacy:${caseId}:%`} order by created_at`);
  return res.rows;
}

async function countCases() {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from advocacy_cases where client_id = ${clientId}`,
  );
  return res.rows[0]!.n;
}

const newCase = (deadlines: { what: string; dueDate: string }[] = []) => ({
  kind: 'benefit_denial',
  otherParty: { name: 'State Medicaid Office', contact: '(555) 010-7777' },
  summary: 'Medicaid renewal denied for a missing pay stub.',
  deadlines,
  documents: [{ title: 'Denial letter', direction: 'received', date: day(-3), keptAt: 'Paper chart, drawer 2' }],
});

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  outsider = await addStaff(t, 'cm2@riverbend.example', 'case_manager');
  ({ clientId } = await enrolledClient(t, cm, 'intensive', 'Advocateson'));
});

describe('advocacy cases', () => {
  it('opens a case (201) and a deadline task for the owner when the deadline is within 7 days, in one transaction', async () => {
    const res = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/advocacy-cases`,
      newCase([{ what: 'Appeal due', dueDate: day(5) }]),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clientId,
      kind: 'benefit_denial',
      status: 'open',
      ownerId: cm.userId,
      nextDeadline: { what: 'Appeal due', dueDate: day(5), met: false },
      documents: [{ title: 'Denial letter', direction: 'received' }],
      version: 1,
    });
    expect(await tasksOf(res.body.id)).toEqual([
      {
        status: 'open',
        assigned_to_id: cm.userId,
        kind: 'advocacy_deadline',
        outcome: null,
        details: `Appeal due (due ${day(5)})`,
      },
    ]);
    expect(await auditActions(t, res.body.id)).toEqual(['advocacy_case:advocacy_case.create']);
    // The task shows in the owner's tasks.
    const mine = await call(cm, 'GET', '/api/tasks/mine');
    expect(JSON.stringify(mine.body)).toContain('advocacy_deadline');
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await countCases();
    const res = await call(cm, 'POST', `/api/clients/${clientId}/advocacy-cases`, {
      kind: 'eviction',
      otherParty: { name: '' },
      summary: 'x',
      deadlines: [{ what: 'Appeal due', dueDate: '2026-02-30' }],
    });
    expect(res.status).toBe(400);
    const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields.map((f) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'otherParty.name', 'deadlines.0.dueDate']));
    expect(await countCases()).toBe(before);
  });

  it('is refused (403) to staff outside the care team, and the refusal is audited', async () => {
    const before = await auditCount(t, 'access.denied', clientId);
    expect((await call(outsider, 'GET', `/api/clients/${clientId}/advocacy-cases`)).status).toBe(403);
    expect((await call(outsider, 'POST', `/api/clients/${clientId}/advocacy-cases`, newCase())).status).toBe(403);
    const mine = await call(cm, 'POST', `/api/clients/${clientId}/advocacy-cases`, newCase());
    expect((await call(outsider, 'GET', `/api/advocacy-cases/${mine.body.id}`)).status).toBe(403);
    expect(
      (await call(outsider, 'POST', `/api/advocacy-cases/${mine.body.id}/steps`, { date: day(0), what: 'x' })).status,
    ).toBe(403);
    expect(await auditCount(t, 'access.denied', clientId)).toBe(before + 4);
  });

  it('raises the task of a far deadline from the sweep when its week begins, once', async () => {
    const res = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/advocacy-cases`,
      newCase([{ what: 'Hearing', dueDate: day(30) }]),
    );
    expect(await tasksOf(res.body.id)).toEqual([]);
    await runAdvocacyDeadlineSweep(t.ctx, addDays(t.clock.now, 22));
    expect(await tasksOf(res.body.id)).toEqual([]);
    await runAdvocacyDeadlineSweep(t.ctx, addDays(t.clock.now, 23));
    await runAdvocacyDeadlineSweep(t.ctx, addDays(t.clock.now, 24));
    expect(await tasksOf(res.body.id)).toMatchObject([{ status: 'open', kind: 'advocacy_deadline' }]);
  });

  it('closes the task when the deadline is met, and keeps versions (409 on a stale one)', async () => {
    const created = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/advocacy-cases`,
      newCase([{ what: 'Appeal due', dueDate: day(2) }]),
    );
    const deadline = (created.body.deadlines as { id: string; what: string; dueDate: string }[])[0]!;
    const met = await call(cm, 'PUT', `/api/advocacy-cases/${created.body.id}`, {
      version: 1,
      deadlines: [{ ...deadline, met: true }],
    });
    expect(met.status).toBe(200);
    expect(met.body).toMatchObject({ version: 2, nextDeadline: null });
    expect(await tasksOf(created.body.id)).toMatchObject([{ status: 'completed', outcome: 'The deadline was met.' }]);
    const stale = await call(cm, 'PUT', `/api/advocacy-cases/${created.body.id}`, { version: 1, summary: 'Changed' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });
  });

  it('records steps (append-only, not in the future) and closes only with an outcome, closing its tasks', async () => {
    const created = await call(
      cm,
      'POST',
      `/api/clients/${clientId}/advocacy-cases`,
      newCase([{ what: 'Appeal due', dueDate: day(1) }]),
    );
    const id = created.body.id;
    const step = await call(cm, 'POST', `/api/advocacy-cases/${id}/steps`, {
      date: day(0),
      what: 'Filed the appeal by fax.',
    });
    expect(step.status).toBe(201);
    expect(step.body.steps).toMatchObject([
      { what: 'Filed the appeal by fax.', byId: cm.userId, byName: 'Casey Manager' },
    ]);
    const future = await call(cm, 'POST', `/api/advocacy-cases/${id}/steps`, { date: day(2), what: 'Later' });
    expect(future.status).toBe(400);

    const noOutcome = await call(cm, 'PUT', `/api/advocacy-cases/${id}`, { version: 1, status: 'won' });
    expect(noOutcome.status).toBe(400);
    expect(JSON.stringify(noOutcome.body)).toContain('outcome');
    expect((await call(cm, 'GET', `/api/advocacy-cases/${id}`)).body).toMatchObject({ status: 'open', version: 1 });

    const won = await call(cm, 'PUT', `/api/advocacy-cases/${id}`, {
      version: 1,
      status: 'won',
      outcome: 'Coverage restored.',
    });
    expect(won.status).toBe(200);
    expect(won.body).toMatchObject({ status: 'won', outcome: 'Coverage restored.', nextDeadline: null });
    expect(won.body.closedAt).toEqual(expect.any(String));
    expect(await tasksOf(id)).toMatchObject([{ status: 'completed', outcome: 'The advocacy case ended.' }]);
    // An ended case changes only by reopening.
    const edit = await call(cm, 'PUT', `/api/advocacy-cases/${id}`, { version: 2, summary: 'More' });
    expect(edit.status).toBe(409);
    expect(await auditActions(t, id)).toEqual([
      'advocacy_case:advocacy_case.create',
      'advocacy_case:advocacy_case.add_step',
      'advocacy_case:advocacy_case.read',
      'advocacy_case:advocacy_case.close',
    ]);
  });

  it("lists the client's cases (open first, audited) and shows the nearest deadline on the caseload", async () => {
    const list = await call(cm, 'GET', `/api/clients/${clientId}/advocacy-cases`);
    expect(list.status).toBe(200);
    const items = list.body.items as { status: string }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items.findIndex((i) => i.status !== 'open')).toBeGreaterThan(
      items.findLastIndex((i) => i.status === 'open'),
    );
    expect(await auditCount(t, 'advocacy_case.list', clientId)).toBeGreaterThan(0);
    const caseload = await call(cm, 'GET', '/api/caseload');
    const row = (caseload.body.items as { clientId: string; advocacyDeadline?: unknown }[]).find(
      (i) => i.clientId === clientId,
    );
    expect(row?.advocacyDeadline).toMatchObject({ what: 'Appeal due', dueDate: day(5) });
  });

  it('lists a missed deadline as overdue on the caseload', async () => {
    const { clientId: other } = await enrolledClient(t, cm, 'intensive', 'Latecomer');
    await call(
      cm,
      'POST',
      `/api/clients/${other}/advocacy-cases`,
      newCase([{ what: 'Reply due', dueDate: localDate(subDays(t.clock.now, 3), 'America/Chicago') }]),
    );
    const caseload = await call(cm, 'GET', '/api/caseload');
    const row = (caseload.body.items as { clientId: string; overdue: { kind: string; daysOverdue: number }[] }[]).find(
      (i) => i.clientId === other,
    );
    expect(row?.overdue).toContainEqual(expect.objectContaining({ kind: 'advocacy_deadline', daysOverdue: 3 }));
  });
});
