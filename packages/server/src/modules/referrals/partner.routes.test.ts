import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import type { Call, Json } from '../../test/careplans-fixture.js';
import { count, referralSetup } from '../../test/referrals-fixture.js';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.js';
import { PARTNER_TOKEN_PATH_PREFIXES } from './partner-token.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});

let t: TestApp;
let cm: Session;
let call: Call;
let clientId: string;
let ref: Json;
let token: string;

/** The provider's calls: no cookie, no CSRF token. */
async function partner(method: 'GET' | 'POST', tok: string, payload?: Record<string, unknown>) {
  const url = `/api/partner/referrals/${tok}${method === 'POST' ? '/status' : ''}`;
  const res = await t.app.inject({ method, url, payload });
  return { status: res.statusCode, body: res.json<Json>(), raw: res.body };
}

beforeAll(async () => {
  t = await createTestApp(
    {},
    { logger: createLogger('info', sink, { secretPathPrefixes: PARTNER_TOKEN_PATH_PREFIXES }) },
  );
  ({ cm, call, clientId } = await referralSetup(t, 'Partnerly'));
  ref = (
    await call('POST', `/api/clients/${clientId}/referrals`, {
      provider: { name: 'Northside Housing' },
      category: 'housing',
      reason: 'Needs stable housing',
      needs: ['housing'],
      goalId: 'g1',
      contactPreferences: { method: 'phone', value: '555-0100' },
    })
  ).body;
});

describe('sending and the partner link', () => {
  it('sends a draft: requested, a link path ending in the token, only its hash stored', async () => {
    const res = await call('POST', `/api/referrals/${ref.id}/send`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'requested', partnerLinkActive: true });
    token = (res.body.partnerLink as string).split('/').at(-1)!;
    expect(res.body.partnerLink).toBe(`/partner/referrals/${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = await t.ctx.database.db.execute<{ token_hash: string }>(
      sql`select token_hash from referral_links where referral_id = ${ref.id}`,
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
  });

  it('shows the provider the minimum-necessary packet, audited as the link', async () => {
    const res = await partner('GET', token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'requested',
      category: 'housing',
      reason: 'Needs stable housing',
      needs: ['housing'],
      providerName: 'Northside Housing',
      client: { name: 'Philippa Partnerly', preferredLanguage: 'en' },
      contactPreferences: { method: 'phone', value: '555-0100' },
      referredBy: { name: 'Casey Manager', email: 'case_manager@riverbend.example' },
      nextStatuses: ['accepted', 'rejected', 'cancelled'],
    });
    expect(res.raw).not.toMatch(/dateOfBirth|mrn|1988-08-08/);
    const audit = await t.ctx.database.db.execute<{ actor_user_id: string | null; details: Record<string, unknown> }>(
      sql`select actor_user_id, details from audit_events where action = 'referral.partner_view' and entity_id = ${ref.id}`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor_user_id: null, details: { source: 'partner_link' } });
    expect(audit.rows[0]!.details.linkId).toBeTruthy();
  });

  it('lets the provider answer with the same rules, and tells the case manager (ids only)', async () => {
    const notes = () =>
      count(
        t,
        sql`select count(*)::int as n from notifications where kind = 'referral_answer' and user_id = ${cm.userId}`,
      );
    const before = await notes();
    const eie = await partner('POST', token, { status: 'entered-in-error' });
    expect(eie.status).toBe(409);
    expect(eie.body).toMatchObject({ error: { code: 'invalid_transition', details: { reason: 'not_your_status' } } });
    const skip = await partner('POST', token, { status: 'completed' });
    expect(skip.status).toBe(409);
    expect(skip.body).toMatchObject({ error: { code: 'invalid_transition' } });
    const noReason = await partner('POST', token, { status: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('"path":"reason"');

    const accepted = await partner('POST', token, { status: 'accepted', appointmentDate: '2026-03-02' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', appointmentDate: '2026-03-02' });
    expect(await notes()).toBe(before + 1);
    const n = await t.ctx.database.db.execute<{ entity_type: string; entity_id: string; params: unknown }>(
      sql`select entity_type, entity_id, params from notifications where kind = 'referral_answer' and user_id = ${cm.userId}`,
    );
    expect(n.rows[0]).toMatchObject({ entity_type: 'referral', entity_id: ref.id, params: { status: 'accepted' } });

    const done = await partner('POST', token, { status: 'completed', serviceProvided: 'Lease signed, voucher issued' });
    expect(done.status).toBe(200);
    const view = await call('GET', `/api/referrals/${ref.id}`);
    expect(view.body).toMatchObject({
      status: 'completed',
      outcome: 'Completed: Lease signed, voucher issued',
      goalId: 'g1',
    });
    expect((view.body.history as Json[]).slice(-2)).toMatchObject([
      { status: 'accepted', source: 'partner_link', byName: null, onBehalfOfProvider: false },
      { status: 'completed', source: 'partner_link' },
    ]);
    const changes = await count(
      t,
      sql`select count(*)::int as n from audit_events where action = 'referral.status' and entity_id = ${ref.id}
        and details->>'source' = 'partner_link' and actor_user_id is null`,
    );
    expect(changes).toBe(2);
  });

  it('never writes the token to the log', () => {
    const log = lines.join('');
    expect(log).toContain('/api/partner/referrals/[redacted]');
    expect(log).not.toContain(token);
  });
});

describe('dead links', () => {
  it('answers 404 with the same body, and nothing of the client, for unknown, revoked and expired links', async () => {
    const second = (
      await call('POST', `/api/clients/${clientId}/referrals`, {
        provider: { name: 'Food Pantry' },
        category: 'food',
        reason: 'Food',
        send: true,
      })
    ).body;
    const first = (second.partnerLink as string).split('/').at(-1)!;
    // Sending again while requested issues a new link and ends the old one.
    const again = await call('POST', `/api/referrals/${second.id}/send`);
    expect(again.body).toMatchObject({ status: 'requested' });
    const fresh = (again.body.partnerLink as string).split('/').at(-1)!;
    expect(fresh).not.toBe(first);
    expect((await partner('GET', fresh)).status).toBe(200);
    const replaced = await partner('GET', first);

    const revoked = await call('POST', `/api/referrals/${second.id}/revoke-link`);
    expect(revoked.body).toMatchObject({ partnerLinkActive: false });
    const afterRevoke = await partner('GET', fresh);
    const postRevoked = await partner('POST', fresh, { status: 'accepted' });

    const third = (await call('POST', `/api/referrals/${second.id}/send`)).body;
    const live = (third.partnerLink as string).split('/').at(-1)!;
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    const expired = await partner('GET', live);
    const unknown = await partner('GET', 'x'.repeat(43));

    for (const res of [replaced, afterRevoke, postRevoked, expired, unknown]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
      expect(res.raw).not.toMatch(/Philippa|Partnerly|Food|housing/i);
    }
    expect(
      await count(t, sql`select count(*)::int as n from audit_events where action = 'referral.partner_denied'`),
    ).toBe(4);
  });
});
