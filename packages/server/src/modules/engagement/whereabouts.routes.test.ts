import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { enrolledClient } from '../../test/contacts-fixture.js';
import { engagementCaller } from '../../test/engagement-fixture.js';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let call: ReturnType<typeof engagementCaller>;
let cm: Session;
let peer: Session;
let episodeId: string;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp();
  call = engagementCaller(t);
  cm = await signIn(t.app, 'case_manager@riverbend.example');
  peer = await signIn(t.app, 'peer_specialist@riverbend.example');
  ({ episodeId, clientId } = await enrolledClient(t, cm, 'intensive', 'Whereabouts'));
});

const url = () => `/api/episodes/${episodeId}/whereabouts`;
const current = async () => (await call(cm, 'GET', `/api/episodes/${episodeId}`)).body;
const audits = async () => {
  const res = await t.ctx.database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = 'episode.whereabouts' and entity_id = ${episodeId}`,
  );
  return res.rows[0]!.n;
};

describe('PUT /api/episodes/:id/whereabouts', () => {
  it('starts in the community', async () => {
    expect(await current()).toMatchObject({ whereabouts: 'community', whereaboutsSince: null });
  });

  it('records hospital with a since time, audited, answering the episode with its new version', async () => {
    const before = await current();
    const since = new Date(t.clock.now.getTime() - 2 * 86_400_000).toISOString();
    const res = await call(cm, 'PUT', url(), { whereabouts: 'hospital', since, version: before.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: episodeId,
      clientId,
      whereabouts: 'hospital',
      whereaboutsSince: since,
      version: before.version + 1,
    });
    expect(await audits()).toBe(1);
  });

  it('takes the version from If-Match and defaults since to now', async () => {
    const before = await current();
    const res = await call(cm, 'PUT', url(), { whereabouts: 'jail' }, { 'if-match': `"${before.version}"` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ whereabouts: 'jail', whereaboutsSince: t.clock.now.toISOString() });
  });

  it('refuses bad input with field-level details and writes nothing', async () => {
    const before = await current();
    const bad = async (body: Record<string, unknown>, path: string) => {
      const res = await call(cm, 'PUT', url(), { version: before.version, ...body });
      expect(res.status).toBe(400);
      const fields = (res.body.error as { details: { fields: { path: string }[] } }).details.fields;
      expect(fields.map((f) => f.path)).toContain(path);
    };
    await bad({ whereabouts: 'moon' }, 'whereabouts');
    await bad({ whereabouts: 'hospital', since: 'yesterday' }, 'since');
    const future = new Date(t.clock.now.getTime() + 3_600_000).toISOString();
    await bad({ whereabouts: 'hospital', since: future }, 'since');
    expect(await current()).toMatchObject({ whereabouts: 'jail', version: before.version });
    expect(await audits()).toBe(2);
  });

  it('needs a version (428) and refuses a stale one (409 with the current episode)', async () => {
    const before = await current();
    const missing = await call(cm, 'PUT', url(), { whereabouts: 'community' });
    expect(missing.status).toBe(428);
    expect(missing.body).toMatchObject({ error: { code: 'precondition_required' } });
    const stale = await call(cm, 'PUT', url(), { whereabouts: 'community', version: before.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'version_conflict', details: { current: { whereabouts: 'jail', version: before.version } } },
    });
    expect(await current()).toMatchObject({ whereabouts: 'jail', version: before.version });
  });

  it('is refused to staff not on the care team, audited as a denial', async () => {
    const before = await current();
    const res = await call(peer, 'PUT', url(), { whereabouts: 'community', version: before.version });
    expect(res.status).toBe(403);
    const denied = await t.ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'access.denied' and client_id = ${clientId}`,
    );
    expect(denied.rows[0]!.n).toBeGreaterThan(0);
    expect((await current()).whereabouts).toBe('jail');
  });

  it('answers 404 for an unknown episode', async () => {
    const res = await call(cm, 'PUT', '/api/episodes/00000000-0000-4000-8000-000000000000/whereabouts', {
      whereabouts: 'community',
      version: 1,
    });
    expect(res.status).toBe(404);
  });
});
