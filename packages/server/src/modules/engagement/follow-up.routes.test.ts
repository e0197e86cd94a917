import { beforeAll, describe, expect, it } from 'vitest';
import { enrolledClient } from '../../test/contacts-fixture.js';
import { engagementCaller, insertContact, setTier, type Json } from '../../test/engagement-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof engagementCaller>;
let cm: Session;
let sup: Session;

beforeAll(async () => {
  t = await createTestApp();
  call = engagementCaller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  sup = await signIn(t.app, 'supervisor@riverbend.example');
});

async function caseloadRow(clientId: string): Promise<Json> {
  const res = await call(cm, 'GET', '/api/caseload');
  expect(res.status).toBe(200);
  return (res.body.items as Json[]).find((i) => i.clientId === clientId)!;
}

describe('the caseload dashboard uses the real next contact due', () => {
  it('a weekly (ICM) client last seen 8 days ago is overdue; 7 days ago is not', async () => {
    const late = await enrolledClient(t, cm, 'intensive', 'Eightdays');
    const onTime = await enrolledClient(t, cm, 'intensive', 'Sevendays');
    await insertContact(t, cm, { ...late, daysAgo: 8 });
    await insertContact(t, cm, { ...onTime, daysAgo: 7 });

    const lateRow = await caseloadRow(late.clientId);
    expect(lateRow.overdue).toEqual([{ kind: 'contact', dueAt: expect.any(String), daysOverdue: 1 }]);
    expect(lateRow).toMatchObject({ inReach: false, disengaged: false, whereabouts: 'community' });
    expect(lateRow.lastContactAt).not.toBeNull();

    const onTimeRow = await caseloadRow(onTime.clientId);
    expect(onTimeRow.overdue).toEqual([]);
    expect(onTimeRow.nextContactDueAt).toBe(t.clock.now.toISOString());
  });

  it('failed outreach and collateral contacts never satisfy the cadence', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Unreached');
    const seen = await insertContact(t, cm, { ...c, daysAgo: 9 });
    expect(seen).toBeTruthy();
    await insertContact(t, cm, { ...c, daysAgo: 2, type: 'outreach_attempt', outcome: 'no_answer' });
    await insertContact(t, cm, { ...c, daysAgo: 1, type: 'phone', outcome: 'left_message' });
    await insertContact(t, cm, { ...c, daysAgo: 1, type: 'collateral' });
    const row = await caseloadRow(c.clientId);
    expect(row.overdue).toMatchObject([{ kind: 'contact', daysOverdue: 2 }]);
    expect(Date.parse(row.lastContactAt as string)).toBeLessThan(t.clock.now.getTime() - 8 * 86_400_000);
  });

  it('a high risk tier tightens a monthly cadence to weekly', async () => {
    const c = await enrolledClient(t, cm, 'supportive', 'Tightened');
    await insertContact(t, cm, { ...c, daysAgo: 10 });
    expect((await caseloadRow(c.clientId)).overdue).toEqual([]);
    await setTier(t, cm, c.clientId, 'high');
    expect((await caseloadRow(c.clientId)).overdue).toMatchObject([{ kind: 'contact', daysOverdue: 3 }]);
  });

  it('in hospital, a late contact is in-reach, not overdue', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Admitted');
    await insertContact(t, cm, { ...c, daysAgo: 12 });
    const ep = await call(cm, 'GET', `/api/episodes/${c.episodeId}`);
    const moved = await call(cm, 'PUT', `/api/episodes/${c.episodeId}/whereabouts`, {
      whereabouts: 'hospital',
      version: ep.body.version,
    });
    expect(moved.status).toBe(200);
    const row = await caseloadRow(c.clientId);
    expect(row).toMatchObject({ whereabouts: 'hospital', inReach: true, overdue: [] });
  });
});

describe('the supervision dashboard', () => {
  it('lists disengaged clients with the reason and counts overdue contacts per worker', async () => {
    const c = await enrolledClient(t, cm, 'intensive', 'Driftaway');
    await insertContact(t, cm, { ...c, daysAgo: 6 });
    for (const daysAgo of [3, 2, 1]) {
      await insertContact(t, cm, { ...c, daysAgo, type: 'outreach_attempt', outcome: 'not_home' });
    }
    const res = await call(sup, 'GET', '/api/caseload/supervision');
    expect(res.status).toBe(200);
    const listed = (res.body.disengaged as Json[]).find((d) => d.clientId === c.clientId);
    expect(listed).toMatchObject({
      episodeId: c.episodeId,
      name: 'Driftaway, Testy',
      programName: 'Intensive Case Management',
      primaryCaseManagerName: 'Casey Manager',
      reason: 'failed_outreach',
    });
    expect(Date.parse(listed!.since as string)).toBeLessThan(t.clock.now.getTime());
    const overdue = (res.body.overdueContacts as Json[]).map((o) => o.clientId);
    expect(overdue).not.toContain(c.clientId); // seen 6 days ago: on time, yet disengaged
    const casey = (res.body.staff as Json[]).find((s) => s.userId === cm.userId)!;
    expect(casey.overdueContacts as number).toBeGreaterThan(0);
    // The in-hospital client of the test above is not overdue for the supervisor either.
    expect((res.body.overdueContacts as Json[]).some((o) => o.lastName === 'Admitted')).toBe(false);
    expect((await caseloadRow(c.clientId)).disengaged).toBe(true);
  });
});
