import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Call, Json } from '../../test/careplans-fixture.js';
import { count, directoryService, referralSetup } from '../../test/referrals-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let cm: Session;
let call: Call;
let clientId: string;
let planId: string;
let housing: { id: string; providerId: string };

const auditCount = (action: string, entityId?: string) =>
  count(
    t,
    entityId
      ? sql`select count(*)::int as n from audit_events where action = ${action} and entity_id = ${entityId}`
      : sql`select count(*)::int as n from audit_events where action = ${action}`,
  );

beforeAll(async () => {
  t = await createTestApp();
  ({ cm, call, clientId, planId } = await referralSetup(t, 'Referwell'));
  housing = await directoryService(t, cm.organizationId, 'Rapid Rehousing', 'Riverbend Housing Authority');
});

describe('creating referrals', () => {
  let first: Json;

  it('creates a draft from a plan goal, with no warnings for the first one', async () => {
    const res = await call('POST', `/api/clients/${clientId}/referrals`, {
      serviceId: housing.id,
      category: 'housing',
      reason: 'Needs stable housing',
      needs: ['housing'],
      goalId: 'g1',
      interventionId: 'g1-i1',
      contactPreferences: { method: 'phone', value: '555-0100', bestTimes: 'mornings' },
    });
    expect(res.status).toBe(201);
    first = res.body;
    expect(res.body).toMatchObject({
      status: 'draft',
      warnings: [],
      serviceName: 'Rapid Rehousing',
      providerName: 'Riverbend Housing Authority',
      carePlanId: planId,
      goalId: 'g1',
      interventionId: 'g1-i1',
      partnerLinkActive: false,
      followUpDue: false,
      history: [{ status: 'draft', source: 'staff', byName: 'Casey Manager', onBehalfOfProvider: false }],
    });
    expect(await auditCount('referral.create', first.id)).toBe(1);
  });

  it('warns of the open housing referral when a second one is made, and sends at once on request', async () => {
    const res = await call('POST', `/api/clients/${clientId}/referrals`, {
      provider: { name: 'Hope Shelter', phone: '555-0199' },
      category: 'housing',
      reason: 'Emergency shelter meanwhile',
      send: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'requested',
      warnings: [{ referralId: first.id, match: 'same_category', status: 'draft' }],
      partnerLinkActive: true,
    });
    expect(res.body.partnerLink).toMatch(/^\/partner\/referrals\/[A-Za-z0-9_-]{43}$/);
    const dup = await call(
      'GET',
      `/api/clients/${clientId}/referrals/duplicates?category=food&providerName=hope%20SHELTER`,
    );
    expect(dup.body).toMatchObject({ warnings: [{ referralId: res.body.id, match: 'same_provider' }] });
  });

  it('refuses bad input with field errors, writing nothing and auditing nothing', async () => {
    const before = await count(t, sql`select count(*)::int as n from referrals`);
    const audits = await auditCount('referral.create');
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'housing', reason: 'x' }, 'serviceId'],
      [{ provider: { name: 'A' }, category: 'housing', reason: 'x', goalId: 'nope' }, 'goalId'],
      [
        { provider: { name: 'A' }, category: 'housing', reason: 'x', goalId: 'g1', interventionId: 'zz' },
        'interventionId',
      ],
      [{ serviceId: '00000000-0000-4000-8000-000000000000', category: 'housing', reason: 'x' }, 'serviceId'],
      [{ provider: { name: 'A' }, category: 'housing', reason: '' }, 'reason'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', `/api/clients/${clientId}/referrals`, body);
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body)).toContain(`"path":"${field}"`);
    }
    expect(await count(t, sql`select count(*)::int as n from referrals`)).toBe(before);
    expect(await auditCount('referral.create')).toBe(audits);
  });

  it('lists the client referrals with goal ids, outcome and status (audited)', async () => {
    const res = await call('GET', `/api/clients/${clientId}/referrals`);
    expect(res.status).toBe(200);
    const items = res.body.items as Json[];
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.id === first.id)).toMatchObject({
      goalId: 'g1',
      interventionId: 'g1-i1',
      outcome: null,
    });
    expect(await auditCount('referral.list')).toBeGreaterThan(0);
  });
});

describe('access', () => {
  it('gives staff outside the care team 403 on the client referrals, one referral and its changes', async () => {
    const list = await call('GET', `/api/clients/${clientId}/referrals`);
    const id = (list.body.items as Json[])[0]!.id;
    const peer = await signIn(t.app, 'peer_specialist@riverbend.example');
    for (const [method, url, body] of [
      ['GET', `/api/clients/${clientId}/referrals`, undefined],
      ['POST', `/api/clients/${clientId}/referrals`, { provider: { name: 'X' }, category: 'food', reason: 'x' }],
      ['GET', `/api/referrals/${id}`, undefined],
      ['POST', `/api/referrals/${id}/status`, { status: 'cancelled', reason: 'x' }],
      ['POST', `/api/referrals/${id}/send`, undefined],
    ] as const) {
      expect((await call(method, url, body, peer)).status, url).toBe(403);
    }
    expect((await call('GET', '/api/referrals/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('status changes by staff', () => {
  let ref: Json;

  beforeAll(async () => {
    ref = (
      await call('POST', `/api/clients/${clientId}/referrals`, {
        provider: { name: 'Food Bank' },
        category: 'food',
        reason: 'Food insecurity',
      })
    ).body;
  });

  it('follows the model: 409 invalid_transition, 400 without the reason, version_conflict', async () => {
    const bad = await call('POST', `/api/referrals/${ref.id}/status`, { status: 'completed' });
    expect(bad.status).toBe(409);
    expect(bad.body).toMatchObject({ error: { code: 'invalid_transition' } });
    const noReason = await call('POST', `/api/referrals/${ref.id}/status`, { status: 'cancelled' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('"path":"reason"');
    const sent = await call('POST', `/api/referrals/${ref.id}/status`, { status: 'requested', version: ref.version });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'requested' });
    const stale = await call('POST', `/api/referrals/${ref.id}/status`, { status: 'accepted', version: ref.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });
    ref = sent.body;
  });

  it("marks a provider's status recorded by staff as on its behalf, and writes the outcome back", async () => {
    const res = await call('POST', `/api/referrals/${ref.id}/status`, {
      status: 'accepted',
      appointmentDate: '2026-03-02',
      version: ref.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'accepted',
      appointmentDate: '2026-03-02',
      outcome: 'Accepted — first appointment 2026-03-02',
    });
    const history = res.body.history as Json[];
    expect(history.at(-1)).toMatchObject({ status: 'accepted', source: 'staff', onBehalfOfProvider: true });
    expect(history.find((h) => h.status === 'requested')).toMatchObject({ onBehalfOfProvider: false });
    const audit = await t.ctx.database.db.execute<{ details: Record<string, unknown> }>(
      sql`select details from audit_events where action = 'referral.status' and entity_id = ${ref.id} order by id desc limit 1`,
    );
    expect(audit.rows[0]?.details).toMatchObject({ from: 'requested', to: 'accepted', onBehalfOfProvider: true });
  });
});

describe('the board, revoking and check-in', () => {
  it('lists mine for the case manager and team for the supervisor, overdue first; team is a supervisor view', async () => {
    const mine = await call('GET', '/api/referrals?scope=mine');
    expect(mine.status).toBe(200);
    const items = mine.body.items as Json[];
    expect(items.filter((i) => i.clientId === clientId).length).toBeGreaterThan(0);
    const due = items.map((i) => i.followUpDue as boolean);
    expect(due).toEqual([...due].sort((a, b) => Number(b) - Number(a)));
    expect(items[0]).toHaveProperty('clientName');
    expect((await call('GET', '/api/referrals?scope=team')).status).toBe(403);
    const sup = await signIn(t.app, 'supervisor@riverbend.example');
    const team = await call('GET', '/api/referrals?scope=team&status=requested', undefined, sup);
    expect(team.status).toBe(200);
    expect((team.body.items as Json[]).every((i) => i.status === 'requested')).toBe(true);
    expect((team.body.items as Json[]).some((i) => i.clientId === clientId)).toBe(true);
    expect(await auditCount('referral.board')).toBeGreaterThanOrEqual(2);
  });

  it('refuses a check-in before acceptance and a bad status body, writing nothing', async () => {
    const draft = (
      await call('POST', `/api/clients/${clientId}/referrals`, {
        provider: { name: 'Peer Center' },
        category: 'peer_support',
        reason: 'Peer support',
      })
    ).body;
    const early = await call('POST', `/api/referrals/${draft.id}/check-in`, { answer: 'attended' });
    expect(early.status).toBe(409);
    const events = () => count(t, sql`select count(*)::int as n from referral_events where referral_id = ${draft.id}`);
    const before = await events();
    const audits = await auditCount('referral.status', draft.id);
    expect((await call('POST', `/api/referrals/${draft.id}/status`, { status: 'nope' })).status).toBe(400);
    expect((await call('POST', `/api/referrals/${draft.id}/status`, { status: 'cancelled' })).status).toBe(400);
    expect(await events()).toBe(before);
    expect(await auditCount('referral.status', draft.id)).toBe(audits);
    const revoked = await call('POST', `/api/referrals/${draft.id}/revoke-link`);
    expect(revoked.status).toBe(200);
    expect(await auditCount('referral.revoke_link', draft.id)).toBe(1);
  });
});
