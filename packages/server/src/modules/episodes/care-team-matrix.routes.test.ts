import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, DEMO_PASSWORD, signIn, type Session, type TestApp } from '../../test/test-app.js';

/**
 * The care-team matrix: who may transfer the case, move it to another program, add a member or end
 * one, by role and relationship to the episode. Allowed: the primary case manager and a supervisor
 * of the program. Everyone else gets 403 with nothing written but the refusal's audit row.
 */

let t: TestApp;
const s: Record<string, Session> = {};
const programId: Record<string, string> = {};

type Json = Record<string, unknown>;
type Body = Json & { id: string; version: number };
const call = async (who: Session, method: 'GET' | 'POST', url: string, payload?: Json) => {
  const res = await t.app.inject({ method, url, headers: as(who), payload });
  return { status: res.statusCode, body: res.json<Body>() };
};

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ['case_manager', 'supervisor', 'clinician', 'peer_specialist', 'intake_coordinator', 'admin']) {
    s[role] = await signIn(t.app, `${role}@riverbend.example`);
  }
  const programs = await call(s.case_manager!, 'GET', '/api/programs');
  for (const p of programs.body.items as { id: string; model: string }[]) programId[p.model] = p.id;
  // A clinician who is only on call for the program: the chart opens to them, the team does not.
  const onCall = await call(s.admin!, 'POST', '/api/admin/users', {
    email: 'oncall.matrix@riverbend.example',
    name: 'Odile Oncall',
    roles: ['clinician'],
    password: DEMO_PASSWORD,
  });
  expect(onCall.status).toBe(201);
  const staffed = await call(s.admin!, 'POST', `/api/programs/${programId.intensive}/staff`, {
    userId: onCall.body.id,
    role: 'on_call',
  });
  expect(staffed.status).toBe(201);
  s.on_call = await signIn(t.app, 'oncall.matrix@riverbend.example');
});

interface Fixture {
  clientId: string;
  episodeId: string;
  version: number;
  externalMemberId: string;
  externalMemberVersion: number;
}

// Names far apart, so registration finds no likely duplicates among them.
const FIRST = ['Aurelio', 'Bettina', 'Casimir', 'Delphine', 'Evander', 'Fiorella', 'Gulliver', 'Henrike', 'Isidore'];
const LAST = ['Abernathy', 'Blackwood', 'Cartwright', 'Drummond', 'Ellsworth', 'Fairweather', 'Gladstone', 'Huxtable'];
let fixtures = 0;
/**
 * A fresh active ICM episode: the case manager is primary; the clinician (psychiatrist), the peer
 * specialist and the intake coordinator are on the team, with one external member to end.
 */
async function episodeWithTeam(): Promise<Fixture> {
  fixtures += 1;
  const cm = s.case_manager!;
  const client = await call(cm, 'POST', '/api/clients', {
    firstName: FIRST[fixtures % FIRST.length]!,
    lastName: LAST[fixtures % LAST.length]!,
    dateOfBirth: `${1950 + fixtures * 3}-0${1 + (fixtures % 9)}-1${fixtures % 10}`,
  });
  expect(client.status).toBe(201);
  const enrolled = await call(cm, 'POST', `/api/clients/${client.body.id}/episodes`, {
    programId: programId.intensive,
    primaryCaseManagerId: cm.userId,
  });
  expect(enrolled.status).toBe(201);
  const episodeId = enrolled.body.id;
  await t.ctx.database.db.execute(sql`update episodes set stage = 'active' where id = ${episodeId}`);
  const add = (payload: Json) => call(cm, 'POST', `/api/episodes/${episodeId}/team`, payload);
  expect((await add({ role: 'psychiatrist', userId: s.clinician!.userId })).status).toBe(201);
  expect((await add({ role: 'peer_specialist', userId: s.peer_specialist!.userId })).status).toBe(201);
  expect((await add({ role: 'other', userId: s.intake_coordinator!.userId })).status).toBe(201);
  const external = await add({ role: 'other', name: 'Housing liaison', organization: 'Riverbend Housing' });
  expect(external.status).toBe(201);
  const episode = await call(cm, 'GET', `/api/episodes/${episodeId}`);
  return {
    clientId: client.body.id,
    episodeId,
    version: episode.body.version,
    externalMemberId: external.body.id,
    externalMemberVersion: external.body.version,
  };
}

const Actions = {
  transfer: {
    audit: 'episode.transfer',
    status: 200,
    run: (who: Session, f: Fixture) =>
      call(who, 'POST', `/api/episodes/${f.episodeId}/transfer`, {
        toUserId: s.clinician!.userId,
        reason: 'Matrix transfer',
        version: f.version,
      }),
  },
  move: {
    audit: 'episode.move',
    status: 201,
    run: (who: Session, f: Fixture) =>
      call(who, 'POST', `/api/episodes/${f.episodeId}/move`, {
        toProgramId: programId.clinical,
        primaryCaseManagerId: s.case_manager!.userId,
        reason: 'Stable: step down',
        removeMemberIds: [],
        version: f.version,
      }),
  },
  add_member: {
    audit: 'care_team.add',
    status: 201,
    run: (who: Session, f: Fixture) =>
      call(who, 'POST', `/api/episodes/${f.episodeId}/team`, { role: 'other', name: 'Added in the matrix' }),
  },
  end_member: {
    audit: 'care_team.end',
    status: 200,
    run: (who: Session, f: Fixture) =>
      call(who, 'POST', `/api/care-team/${f.externalMemberId}/end`, { version: f.externalMemberVersion }),
  },
} as const;
type ActionName = keyof typeof Actions;
const ACTION_NAMES = Object.keys(Actions) as ActionName[];
const CHANGE: Record<ActionName, string> = {
  transfer: 'transfer',
  move: 'move',
  add_member: 'member_added',
  end_member: 'member_ended',
};

/** Everything the four actions could write about the client. */
async function written(f: Fixture) {
  const res = await t.ctx.database.db.execute<Record<string, number>>(sql`
    select
      (select count(*)::int from care_team_members where client_id = ${f.clientId}) as members,
      (select count(*)::int from care_team_members where client_id = ${f.clientId} and ended_at is not null) as ended,
      (select count(*)::int from episodes where client_id = ${f.clientId}) as episodes,
      (select sum(version)::int from episodes where client_id = ${f.clientId}) as versions,
      (select count(*)::int from notifications where client_id = ${f.clientId}) as notices,
      (select count(*)::int from audit_events where client_id = ${f.clientId} and action <> 'access.denied') as audits`);
  return res.rows[0]!;
}

async function deniedAudits(f: Fixture, who: Session): Promise<Json[]> {
  const res = await t.ctx.database.db.execute<{ details: Json }>(sql`
    select details from audit_events
    where action = 'access.denied' and client_id = ${f.clientId} and actor_user_id = ${who.userId}`);
  return res.rows.map((r) => r.details);
}

// Role / relationship -> may they act? (the same answer for all four actions)
const MATRIX: [label: string, who: string, allowed: boolean][] = [
  ['primary case manager', 'case_manager', true],
  ['supervisor of the program', 'supervisor', true],
  ['clinician on the team (psychiatrist)', 'clinician', false],
  ['peer specialist on the team', 'peer_specialist', false],
  ['intake coordinator on the team', 'intake_coordinator', false],
  ['on call for the program', 'on_call', false],
  ['admin without a relationship', 'admin', false],
];

describe('the care-team matrix', () => {
  let shared: Fixture;
  beforeAll(async () => {
    shared = await episodeWithTeam();
  });

  for (const [label, who] of MATRIX.filter((m) => !m[2])) {
    for (const action of ACTION_NAMES) {
      it(`${label}: ${action} -> 403, nothing written`, async () => {
        const actor = s[who]!;
        const before = await written(shared);
        const deniedBefore = (await deniedAudits(shared, actor)).length;
        const res = await Actions[action].run(actor, shared);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
        expect(await written(shared)).toEqual(before);
        const denied = await deniedAudits(shared, actor);
        expect(denied).toHaveLength(deniedBefore + 1);
        expect(denied.at(-1)).toMatchObject({ episodeId: shared.episodeId });
      });
    }
  }

  for (const [label, who] of MATRIX.filter((m) => m[2])) {
    for (const action of ACTION_NAMES) {
      it(`${label}: ${action} -> allowed, audited, the primary and the supervisor told`, async () => {
        const f = await episodeWithTeam();
        const actor = s[who]!;
        // Only what this action sends counts (setting up the team sent notices of its own).
        await t.ctx.database.db.execute(sql`delete from notifications where client_id = ${f.clientId}`);
        const res = await Actions[action].run(actor, f);
        expect(res.status).toBe(Actions[action].status);
        const audit = await t.ctx.database.db.execute<{ n: number }>(sql`
          select count(*)::int as n from audit_events
          where action = ${Actions[action].audit} and client_id = ${f.clientId} and actor_user_id = ${actor.userId}`);
        expect(audit.rows[0]!.n).toBeGreaterThanOrEqual(1);
        const notices = await t.ctx.database.db.execute<{ user_id: string }>(sql`
          select user_id from notifications
          where client_id = ${f.clientId} and kind = 'care_team_change' and params->>'change' = ${CHANGE[action]}
            and entity_id = ${f.episodeId}`);
        const told = notices.rows.map((r) => r.user_id);
        // The other of the two who answer for the team hears of it; the one who acted does not.
        const other = who === 'case_manager' ? s.supervisor! : s.case_manager!;
        expect(told).toContain(other.userId);
        expect(told).not.toContain(actor.userId);
        if (action === 'transfer') expect(told).toContain(s.clinician!.userId); // the new primary
      });
    }
  }
});

describe('who can hold a case', () => {
  it('refuses a peer specialist or an intake coordinator as the new primary, writing nothing', async () => {
    const f = await episodeWithTeam();
    for (const target of ['peer_specialist', 'intake_coordinator']) {
      const before = await written(f);
      const res = await call(s.case_manager!, 'POST', `/api/episodes/${f.episodeId}/transfer`, {
        toUserId: s[target]!.userId,
        reason: 'Try a role that cannot hold a case',
        version: f.version,
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: { code: 'validation_failed', details: { fields: [{ path: 'toUserId' }] } },
      });
      expect(await written(f)).toEqual(before);
    }
    const move = await call(s.case_manager!, 'POST', `/api/episodes/${f.episodeId}/move`, {
      toProgramId: programId.clinical,
      primaryCaseManagerId: s.peer_specialist!.userId,
      reason: 'Step down',
      removeMemberIds: [],
      version: f.version,
    });
    expect(move.status).toBe(400);
  });

  it('tells the page what the reader may do to the team', async () => {
    const f = await episodeWithTeam();
    const mine = await call(s.case_manager!, 'GET', `/api/episodes/${f.episodeId}`);
    expect(mine.body.can).toEqual({ changePrimary: true, manageTeam: true });
    const peer = await call(s.peer_specialist!, 'GET', `/api/episodes/${f.episodeId}`);
    expect(peer.body.can).toEqual({ changePrimary: false, manageTeam: false });
    const sup = await call(s.supervisor!, 'GET', `/api/episodes/${f.episodeId}`);
    expect(sup.body.can).toEqual({ changePrimary: true, manageTeam: true });
  });
});
