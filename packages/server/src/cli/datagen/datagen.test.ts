import { isValidMrn, planContent, scoreInstrument } from '@careloop/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-db.js';
import { generate, type DatagenResult } from './generate.js';
import { benchLogins } from './logins.js';
import type { DatagenOptions } from './profiles.js';

const OPTIONS: DatagenOptions = {
  profile: 'smoke',
  clients: 50,
  seed: 'datagen-test',
  now: new Date('2026-06-01T12:00:00Z'),
  batchClients: 20,
};

const pools: pg.Pool[] = [];
async function load(options: DatagenOptions): Promise<{ pool: pg.Pool; result: DatagenResult }> {
  const pool = new pg.Pool({ connectionString: await createTestDatabase(), max: 2 });
  pools.push(pool);
  // Any string will do for the hash: nobody signs in here.
  return { pool, result: await generate(pool, options, 'not-a-password-hash') };
}
afterAll(async () => {
  for (const p of pools) await p.end();
});

const rows = async <T extends pg.QueryResultRow>(pool: pg.Pool, text: string, params: unknown[] = []) =>
  (await pool.query<T>(text, params)).rows;
const count = async (pool: pg.Pool, text: string, params: unknown[] = []) =>
  Number((await rows<{ n: string }>(pool, text, params))[0]?.n);

describe('datagen (50 clients)', () => {
  let pool: pg.Pool;
  let result: DatagenResult;
  beforeAll(async () => {
    ({ pool, result } = await load(OPTIONS));
  });

  it('registers every client with a valid, unique MRN and sets the MRN counter', async () => {
    const clients = await rows<{ mrn: string }>(pool, 'select mrn from clients');
    const planned = result.organizations.reduce((s, o) => s + o.clients, 0);
    expect(clients).toHaveLength(planned);
    expect(planned).toBeGreaterThanOrEqual(50);
    expect(clients.every((c) => isValidMrn(c.mrn))).toBe(true);
    expect(new Set(clients.map((c) => c.mrn)).size).toBe(clients.length);
    expect(await count(pool, `select value as n from org_counters where name = 'mrn'`)).toBe(planned);
  });

  it('gives every open episode one active primary case manager from its own program', async () => {
    const open = await count(pool, `select count(*) as n from episodes where stage <> 'closed'`);
    expect(open).toBeGreaterThan(0);
    const staffed = await count(
      pool,
      `select count(*) as n from episodes e
       join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
       join users u on u.id = m.user_id and 'case_manager' = any(u.roles)
       where e.stage <> 'closed'`,
    );
    expect(staffed).toBe(open);
    const plan = result.organizations[0]!;
    const inProgram = new Map(plan.programs.flatMap((p) => p.caseManagerIds.map((id) => [id, p.id] as const)));
    const pairs = await rows<{ user_id: string; program_id: string }>(
      pool,
      `select m.user_id, e.program_id from episodes e
       join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
       where e.stage <> 'closed'`,
    );
    expect(pairs.every((p) => inProgram.get(p.user_id) === p.program_id)).toBe(true);
  });

  it('keeps every record on its own client and within its episode and the present', async () => {
    for (const table of ['contacts', 'notes', 'care_plans', 'needs_assessments', 'instrument_results', 'care_tasks']) {
      const wrong = await count(
        pool,
        `select count(*) as n from ${table} x join episodes e on e.id = x.episode_id where e.client_id <> x.client_id`,
      );
      expect(wrong, table).toBe(0);
    }
    expect(
      await count(
        pool,
        `select count(*) as n from notes n join contacts c on c.id = n.contact_id where c.client_id <> n.client_id`,
      ),
    ).toBe(0);
    expect(
      await count(
        pool,
        `select count(*) as n from contacts c join episodes e on e.id = c.episode_id
         where c.occurred_at < e.opened_at or c.occurred_at > $1 or c.occurred_at > coalesce(e.closed_at, $1)`,
        [OPTIONS.now],
      ),
    ).toBe(0);
    expect(await count(pool, `select count(*) as n from contacts`)).toBeGreaterThan(100);
  });

  it('scores PHQ-9s with the real scorer and stores plans the API accepts back', async () => {
    const results = await rows<{ answers: number[]; total: number }>(
      pool,
      'select answers, total from instrument_results',
    );
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.total).toBe(scoreInstrument('phq9', r.answers).total);
    const plans = await rows<{ content: unknown }>(pool, 'select content from care_plans');
    for (const p of plans) expect(planContent.safeParse(p.content).success).toBe(true);
  });

  it('gives each benchmark case manager a care-plan draft on an active episode', async () => {
    const { caseManagers } = benchLogins(result.organizations);
    expect(caseManagers.length).toBeGreaterThan(0);
    const withDraft = await rows<{ email: string }>(
      pool,
      `select distinct u.email from users u
       join care_team_members m on m.user_id = u.id and m.role = 'primary_case_manager' and m.ended_at is null
       join episodes e on e.id = m.episode_id and e.stage = 'active'
       join care_plans p on p.episode_id = e.id and p.status = 'draft'
       where u.email = any($1::text[])`,
      [caseManagers],
    );
    expect(withDraft.map((r) => r.email).sort()).toEqual([...caseManagers].sort());
  });

  it('generates the same data for the same seed, and other names for another seed', async () => {
    const people = (p: pg.Pool) =>
      rows<{ id: string; mrn: string; first_name: string; last_name: string }>(
        p,
        'select id, mrn, first_name, last_name from clients order by mrn',
      );
    const again = await load(OPTIONS);
    expect(await people(again.pool)).toEqual(await people(pool));
    expect(await count(again.pool, 'select count(*) as n from contacts')).toBe(
      await count(pool, 'select count(*) as n from contacts'),
    );
    const other = await load({ ...OPTIONS, seed: 'another-seed' });
    const names = (list: { first_name: string; last_name: string }[]) =>
      list.map((c) => `${c.first_name} ${c.last_name}`);
    expect(names(await people(other.pool))).not.toEqual(names(await people(pool)));
  });
});
