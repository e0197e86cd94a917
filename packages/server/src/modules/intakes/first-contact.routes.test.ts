import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let intake: Session;
let clinician: Session;

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Json) => {
  const res = await t.app.inject({ method, url, headers: as(s), payload });
  return { status: res.statusCode, body: res.json<Body>() };
};
const none = { q1: false, q2: false, q6: false };

async function newIntake(lastName: string): Promise<Body> {
  const r = await call(intake, 'POST', '/api/intakes', {
    source: 'self',
    urgency: 'routine',
    reason: 'Asked for support after a move.',
    firstName: 'Mara',
    lastName,
    phone: '555 010 4411',
  });
  expect(r.status).toBe(201);
  return r.body;
}

beforeAll(async () => {
  t = await createTestApp();
  intake = await signIn(t.app, 'intake_coordinator@riverbend.example');
  clinician = await signIn(t.app, 'clinician@riverbend.example');
});

describe('first contact records a brief screen', () => {
  it('refuses a bare timestamp (no screen, no reason), writing nothing', async () => {
    const i = await newIntake('Bare');
    const r = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, { method: 'phone', version: i.version });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('phq2');
    expect((await call(intake, 'GET', `/api/intakes/${i.id}`)).body).toMatchObject({
      firstContactAt: null,
      firstContactScreen: null,
      version: i.version,
    });
    // A bad answer is named on its field.
    const bad = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'phone',
      phq2: [0, 7],
      cssrs: none,
      version: i.version,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('phq2.1');
  });

  it('stores the screen and what it asks for, and starts the work', async () => {
    const i = await newIntake('Screened');
    const r = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'phone',
      phq2: [2, 1],
      cssrs: none,
      version: i.version,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      status: 'in_progress',
      urgency: 'routine',
      assignedToId: intake.userId,
      firstContactScreen: {
        method: 'phone',
        screenedByName: 'Indy Intake',
        phq2: { total: 3, positive: true },
        cssrsRiskLevel: 'none',
        nextSteps: ['PHQ-2 positive: give the full PHQ-9 at assessment.'],
      },
    });
    expect(r.body.firstContactAt).toBeTruthy();
    // Once recorded, the screen is not replaced by the next one.
    const again = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'phone',
      notScreenedReason: 'Second call',
      version: r.body.version,
    });
    expect(again.body.firstContactAt).toBe(r.body.firstContactAt);
  });

  it('makes the intake emergent on moderate risk and tells the on-call clinician at once', async () => {
    const i = await newIntake('Atrisk');
    const r = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'phone',
      phq2: [1, 1],
      cssrs: { q1: true, q2: false, q6: true, q6Within3Months: false },
      version: i.version,
    });
    expect(r.body).toMatchObject({ urgency: 'emergent', emergentReasons: ['risk_on_screen'] });
    expect(new Date(r.body.dueAt as string).getTime()).toBe(new Date(i.receivedAt as string).getTime());
    const notes = await call(clinician, 'GET', '/api/notifications');
    expect(notes.body.items).toContainEqual(
      expect.objectContaining({ kind: 'new_referral', entityId: i.id, params: { urgency: 'emergent' } }),
    );
  });

  it('puts the results in the chart of a registered person, where the safety rules act on them', async () => {
    const i = await newIntake('Registered');
    const c = await call(intake, 'POST', '/api/clients', {
      firstName: 'Mara',
      lastName: 'Registered',
      dateOfBirth: '1990-04-04',
    });
    const linked = await call(intake, 'PATCH', `/api/intakes/${i.id}`, { clientId: c.body.id, version: i.version });
    const r = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'in_person',
      phq2: [0, 1],
      cssrs: { q1: true, q2: true, q3: true, q4: false, q5: false, q6: false },
      version: linked.body.version,
    });
    expect(r.status).toBe(200);
    const results = await t.ctx.database.db.execute<{ instrument: string; signed_by_id: string }>(
      sql`select instrument, signed_by_id from instrument_results where client_id = ${c.body.id} order by instrument`,
    );
    expect(results.rows).toEqual([
      { instrument: 'cssrs_screen', signed_by_id: intake.userId },
      { instrument: 'phq2', signed_by_id: intake.userId },
    ]);
    const tasks = await call(intake, 'GET', `/api/clients/${c.body.id}/tasks`);
    expect(tasks.body.items).toContainEqual(
      expect.objectContaining({ kind: 'safety_plan', assignedToId: intake.userId }),
    );
  });

  it('records why the screen was not done instead', async () => {
    const i = await newIntake('Unscreened');
    const r = await call(intake, 'POST', `/api/intakes/${i.id}/first-contact`, {
      method: 'phone',
      notScreenedReason: 'Could not talk privately.',
      version: i.version,
    });
    expect(r.body.firstContactScreen).toMatchObject({
      notScreenedReason: 'Could not talk privately.',
      phq2: null,
      cssrsRiskLevel: null,
    });
  });
});
