import { beforeAll, describe, expect, it } from 'vitest';
import { disengagedFlags, engagementCaller, ruleTasks, type Json } from '../../test/engagement-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runFollowUpSweep } from './follow-up-sweep.js';

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

describe('the demo organisation on the dashboards (seeded contacts)', () => {
  it('shows the weekly client last seen 8 days ago as overdue on Casey’s caseload', async () => {
    const res = await call(cm, 'GET', '/api/caseload');
    const overdue = (res.body.items as Json[]).filter((i) => (i.overdue as Json[]).some((o) => o.kind === 'contact'));
    expect(overdue.some((i) => i.model === 'intensive' && i.lastContactAt !== null)).toBe(true);
  });

  it('lists the client with failed outreach in a row as disengaged, and the sweep raises the alert once', async () => {
    const res = await call(sup, 'GET', '/api/caseload/supervision');
    const disengaged = (res.body.disengaged as Json[]).filter((d) => d.reason === 'failed_outreach');
    expect(disengaged.length).toBeGreaterThan(0);
    const clientId = disengaged[0]!.clientId as string;

    const first = await runFollowUpSweep(t.ctx);
    expect(first.clients).toBeGreaterThan(10);
    expect(first.flagsRaised).toBeGreaterThan(0);
    const again = await runFollowUpSweep(t.ctx);
    expect(again).toMatchObject({ flagsRaised: 0, flagsResolved: 0, tasksRaised: 0, tasksClosed: 0 });
    expect(await disengagedFlags(t, clientId)).toMatchObject([{ status: 'open' }]);
    expect((await ruleTasks(t, clientId)).filter((x) => x.kind === 'outreach_plan')).toHaveLength(1);
  });
});
