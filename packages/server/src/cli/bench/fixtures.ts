import type pg from 'pg';

export interface DraftPlan {
  id: string;
  version: number;
  content: Record<string, unknown>;
}

/** A case manager the benchmark signs in as, with the clients and plan drafts they may work on. */
export interface CaseManagerFixture {
  email: string;
  userId: string;
  organizationId: string;
  clientIds: string[];
  drafts: DraftPlan[];
}

export interface SupervisorFixture {
  email: string;
  userId: string;
  organizationId: string;
}

export interface Fixtures {
  caseManagers: CaseManagerFixture[];
  supervisors: SupervisorFixture[];
  /** Per organisation: "First Lsatname" searches, two letters of the surname swapped. */
  searches: Map<string, string[]>;
}

async function usersByEmail(pool: pg.Pool, emails: readonly string[]) {
  const res = await pool.query<{ id: string; email: string; organization_id: string }>(
    'select id, email, organization_id from users where email = any($1::text[]) and active',
    [emails],
  );
  const byEmail = new Map(res.rows.map((r) => [r.email, r]));
  return emails.flatMap((e) => {
    const u = byEmail.get(e);
    return u ? [{ email: e, userId: u.id, organizationId: u.organization_id }] : [];
  });
}

/** Two letters of the surname swapped, as the client-search scale test does. */
export function withTypo(last: string): string {
  return last.slice(0, 2) + last[3] + last[2] + last.slice(4);
}

/** What the scenarios need, read from the loaded database (ids only leave it, plus search names). */
export async function loadFixtures(
  pool: pg.Pool,
  logins: { caseManagers: string[]; supervisors: string[] },
): Promise<Fixtures> {
  const caseManagers: CaseManagerFixture[] = [];
  for (const u of await usersByEmail(pool, logins.caseManagers)) {
    const cases = await pool.query<{ client_id: string; episode_id: string }>(
      `select e.client_id, e.id as episode_id from care_team_members m
       join episodes e on e.id = m.episode_id and e.stage <> 'closed'
       where m.user_id = $1 and m.role = 'primary_case_manager' and m.ended_at is null
       order by e.opened_at`,
      [u.userId],
    );
    const drafts = await pool.query<{ id: string; version: number; content: Record<string, unknown> }>(
      `select id, version, content from care_plans where status = 'draft' and episode_id = any($1::uuid[]) order by id`,
      [cases.rows.map((r) => r.episode_id)],
    );
    caseManagers.push({ ...u, clientIds: cases.rows.map((r) => r.client_id), drafts: drafts.rows });
  }
  const supervisors = await usersByEmail(pool, logins.supervisors);
  const searches = new Map<string, string[]>();
  for (const org of new Set([...caseManagers, ...supervisors].map((u) => u.organizationId))) {
    const names = await pool.query<{ first_name: string; last_name: string }>(
      `select first_name, last_name from clients
       where organization_id = $1 and merged_into_id is null
         and first_name ~ '^[A-Za-z]{3,}$' and last_name ~ '^[A-Za-z]{6,}$' and substr(last_name, 3, 1) <> substr(last_name, 4, 1)
       order by md5(id::text) limit 300`,
      [org],
    );
    searches.set(
      org,
      names.rows.map((r) => `${r.first_name} ${withTypo(r.last_name)}`),
    );
  }
  return { caseManagers, supervisors, searches };
}
