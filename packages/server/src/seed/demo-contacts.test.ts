import { differenceInCalendarDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller, type Json } from '../test/contacts-fixture.js';
import { createTestApp, signIn, type TestApp } from '../test/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

interface Row extends Record<string, unknown> {
  client_id: string;
  model: string;
  outcomes: string[];
  last_success: Date | null;
}

describe('demo contacts', () => {
  it('give every open episode a history, with an overdue weekly client and a disengaged one', async () => {
    const res = await t.ctx.database.db.execute<Row>(sql`
      select e.client_id, p.model,
        array(select c.outcome from contacts c where c.episode_id = e.id order by c.occurred_at desc) as outcomes,
        (select max(c.occurred_at) from contacts c where c.episode_id = e.id and c.outcome = 'completed') as last_success
      from episodes e join programs p on p.id = e.program_id
      where e.stage <> 'closed'`);
    expect(res.rows.length).toBeGreaterThan(10);
    expect(res.rows.every((r) => r.outcomes.length > 0)).toBe(true);
    const overdue = res.rows.filter(
      (r) => r.model === 'intensive' && r.last_success && differenceInCalendarDays(t.clock.now, r.last_success) >= 8,
    );
    expect(overdue).toHaveLength(1);
    const disengaged = res.rows.filter((r) => r.outcomes.slice(0, 3).every((o) => o !== 'completed'));
    expect(disengaged).toHaveLength(1);
  });

  it("shows the peer specialist's note in the supervisor's co-sign queue and Casey's drafts to her", async () => {
    const call = caller(t);
    const sup = await signIn(t.app, 'supervisor@riverbend.example');
    const queue = (await call(sup, 'GET', '/api/cosign-queue')).body.items as Json[];
    expect(queue).toEqual([expect.objectContaining({ authorName: 'Pat Peer' })]);
    const peer = await signIn(t.app, 'peer_specialist@riverbend.example');
    const note = await call(peer, 'GET', `/api/notes/${queue[0]!.noteId as string}`);
    expect(note.body).toMatchObject({ status: 'signed', cosignRequired: true, final: false, format: 'dap' });
    const cm = await signIn(t.app, 'case_manager@riverbend.example');
    expect(((await call(cm, 'GET', '/api/notes/drafts/mine')).body.items as Json[]).length).toBe(2);
    const late = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from contacts c join notes n on n.contact_id = c.id where c.late_entry and n.late_entry`,
    );
    expect(late.rows[0]!.n).toBe(1);
    const addenda = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from note_addenda a join notes n on n.id = a.note_id where n.late_entry`,
    );
    expect(addenda.rows[0]!.n).toBe(1);
  });
});
