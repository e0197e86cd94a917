import { serviceSearchQuery, ServiceCategories } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { searchServices } from '../../modules/directory/directory-search.js';
import type { VirtualUser } from './http-load.js';
import { caseManagerFor, type UserPool } from './users.js';

/** Directory entries per benchmark organisation (a large county's resource guide). */
const SERVICES_PER_ORG = 2000;

/** What case managers type, typos included ("housng"), with a category now and then. */
const SEARCHES: readonly { q: string; category?: (typeof ServiceCategories)[number] }[] = [
  { q: 'housng' },
  { q: 'food pantyr' },
  { q: 'shelter', category: 'housing' },
  { q: 'dentl clinic' },
  { q: 'peer suport' },
  { q: 'legal aid' },
  { q: 'rides', category: 'transportation' },
  { q: 'employmnt' },
];
const search = (i: number, k: number) => SEARCHES[(i * 3 + k) % SEARCHES.length]!;
const WORDS = ['housing', 'shelter', 'pantry', 'clinic', 'dental', 'peer', 'support', 'legal', 'rides', 'employment'];

/**
 * The benchmark data has no directory: give each organisation of the pool SERVICES_PER_ORG
 * synthetic entries once (the bench writes directly, like datagen), in one statement each.
 */
export async function prepareDirectory(db: Db, pool: UserPool): Promise<void> {
  const orgs = [...new Set(pool.fixtures.caseManagers.map((c) => c.organizationId))];
  for (const org of orgs) {
    const has = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from directory_services where organization_id = ${org}`,
    );
    if ((has.rows[0]?.n ?? 0) >= SERVICES_PER_ORG) continue;
    await db.execute(sql`
      insert into directory_providers (organization_id, name, created_at, updated_at)
      select ${org}, 'Bench provider ' || g, now(), now() from generate_series(1, 200) g
      on conflict do nothing`);
    await db.execute(sql`
      insert into directory_services (organization_id, provider_id, name, category, languages, search_text,
        last_verified_on, created_at, updated_at)
      select ${org}, p.id, 'Bench ' || w || ' service ' || g, c, array['English'],
        lower('bench ' || w || ' service ' || g || ' ' || p.name || ' ' || replace(c, '_', ' ')),
        current_date - (g % 300), now(), now()
      from generate_series(1, ${SERVICES_PER_ORG}) g
      cross join lateral (select ${sql.param(WORDS)}::text[] as ws, ${sql.param([...ServiceCategories])}::text[] as cs) a
      cross join lateral (select a.ws[1 + g % array_length(a.ws, 1)] as w, a.cs[1 + g % array_length(a.cs, 1)] as c) x
      join directory_providers p on p.organization_id = ${org} and p.name = 'Bench provider ' || (1 + g % 200)`);
  }
}

export function directoryUser(pool: UserPool, i: number): VirtualUser {
  const cm = caseManagerFor(pool, i);
  const headers = pool.sessions.get(cm.email);
  if (!headers) throw new Error('a benchmark user is not signed in');
  let k = 0;
  return {
    headers,
    next: () => {
      const s = search(i, k++);
      const query = new URLSearchParams({ q: s.q, ...(s.category && { category: s.category }) });
      return { method: 'GET', path: `/api/services?${query.toString()}`, label: 'directory_search' };
    },
  };
}

/** The same search as the route, straight from the service (the SQL twin). */
export function directorySql(db: Db, pool: UserPool, i: number, k: number) {
  const today = new Date().toISOString().slice(0, 10);
  return searchServices(db, caseManagerFor(pool, i).organizationId, serviceSearchQuery.parse(search(i, k)), today);
}
