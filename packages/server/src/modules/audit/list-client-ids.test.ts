import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { caller, enrolledClient } from '../../test/contacts-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

/** Every list that shows clients records which ones in audit_events.client_ids (not only details). */
let t: TestApp;
let cm: Session;
let call: ReturnType<typeof caller>;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  call = caller(t);
  ({ clientId } = await enrolledClient(t, cm, 'intensive', 'Listshown'));
});

/** The client ids of the actor's newest audit row of this action. */
async function shownBy(action: string, s: Session): Promise<string[] | null> {
  const res = await t.ctx.database.db.execute<{ client_ids: string[] | null }>(sql`
    select client_ids from audit_events where action = ${action} and actor_user_id = ${s.userId}
    order by id desc limit 1`);
  return res.rows[0]?.client_ids ?? null;
}

describe('lists that show clients record them in the audit column', () => {
  it('the caseload', async () => {
    expect((await call(cm, 'GET', '/api/caseload')).status).toBe(200);
    expect(await shownBy('caseload.read', cm)).toContain(clientId);
  });

  it('my tasks', async () => {
    const task = await call(cm, 'POST', '/api/tasks', {
      title: 'Call about housing',
      clientId,
      assignedToId: cm.userId,
      dueAt: new Date(t.clock.now.getTime() + 86_400_000).toISOString(),
    });
    expect(task.status).toBe(201);
    expect((await call(cm, 'GET', '/api/tasks/mine')).status).toBe(200);
    expect(await shownBy('care_tasks.read', cm)).toContain(clientId);
  });

  it("the supervisor's dashboard", async () => {
    // Two weeks without a contact: the case is overdue on the dashboard.
    t.clock.advance(14 * 86_400_000);
    const supervisor = await signIn(t.app, 'supervisor@riverbend.example');
    const dash = await call(supervisor, 'GET', '/api/caseload/supervision');
    expect(dash.status).toBe(200);
    expect(await shownBy('caseload.supervision', supervisor)).toContain(clientId);
  });

  it('the duplicate warning at registration and the duplicates queue', async () => {
    cm = await signIn(t.app, 'case_manager@riverbend.example');
    const person = { firstName: 'Dorothea', lastName: 'Twiceley', dateOfBirth: '1972-06-06' };
    const first = await call(cm, 'POST', '/api/clients', person);
    expect(first.status).toBe(201);
    const again = await call(cm, 'POST', '/api/clients', person);
    expect(again.status).toBe(409);
    expect(await shownBy('client.duplicate_warning', cm)).toEqual([first.body.id]);
    const confirmed = await call(cm, 'POST', '/api/clients', {
      ...person,
      confirmedNotDuplicateOf: [first.body.id],
    });
    expect(confirmed.status).toBe(201);
    const admin = await signIn(t.app, 'admin@riverbend.example');
    expect((await call(admin, 'GET', '/api/admin/duplicates')).status).toBe(200);
    expect(await shownBy('duplicates.list', admin)).toEqual(expect.arrayContaining([first.body.id, confirmed.body.id]));
  });
});
