import {
  matchEligibility,
  distanceMiles,
  NEED_CATEGORIES,
  oldestCurrentVerification,
  parseGeoPoint,
  type serviceSearchQuery,
  type ServiceCategory,
  type ServiceSearchItem,
} from '@careloop/core';
import { and, desc, eq, getTableColumns, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { directoryProviders, directoryServices } from './directory.schema.js';
import { toServiceView } from './directory-view.js';

export type ServiceSearch = z.output<typeof serviceSearchQuery>;

/** Words of the query that trigram search can use (shorter ones match as substrings). */
const MIN_TRIGRAM_WORD = 3;
/** How many candidates the database hands over before eligibility and distance are applied. */
const CANDIDATES = 400;
const TYPO_THRESHOLD = '0.5';

function textFilter(q: string | undefined): { where: SQL | undefined; rank: SQL } {
  const words = (q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 8);
  if (words.length === 0) return { where: undefined, rank: sql`0::real` };
  const st = directoryServices.searchText;
  // A word is in the text allowing a typo: word_similarity (pg_trgm, index-backed `<%`) or a plain
  // substring (short words, codes).
  const hits = words.map((w) =>
    w.length >= MIN_TRIGRAM_WORD ? sql`(${w} <% ${st} or ${st} like ${`%${w}%`})` : sql`${st} like ${`%${w}%`}`,
  );
  // Most words must be found (all of one or two, two of three...): a transposed letter ("frist")
  // defeats trigrams, and the other words still carry the match; the rank orders the rest.
  const needed = Math.ceil(words.length / 2);
  const found = sql.join(
    hits.map((h) => sql`(case when ${h} then 1 else 0 end)`),
    sql` + `,
  );
  const rank = sql.join(
    words.map((w) => sql`word_similarity(${w}, ${st})`),
    sql` + `,
  );
  return { where: and(or(...hits), sql`(${found}) >= ${needed}`), rank };
}

/**
 * Typo-tolerant search of the tenant's directory by text, category or need, language, eligibility
 * (age, insurance, diagnosis, residency) and distance from `near` (clients have no coordinates).
 */
export async function searchServices(
  db: Db,
  organizationId: string,
  q: ServiceSearch,
  today: string,
): Promise<ServiceSearchItem[]> {
  const categories = new Set<ServiceCategory>();
  if (q.category) categories.add(q.category);
  if (q.need) {
    const forNeed = NEED_CATEGORIES[q.need];
    if (q.category && !forNeed.includes(q.category)) return [];
    if (!q.category) for (const c of forNeed) categories.add(c);
  }
  const text = textFilter(q.q);
  const s = directoryServices;
  const conditions: (SQL | undefined)[] = [
    eq(s.organizationId, organizationId),
    q.includeInactive ? undefined : eq(s.active, true),
    categories.size ? inArray(s.category, [...categories]) : undefined,
    q.language
      ? sql`exists (select 1 from unnest(${s.languages}) l where lower(l) = ${q.language.toLowerCase()})`
      : undefined,
    q.age !== undefined
      ? sql`coalesce((${s.eligibility}->>'minAge')::int, 0) <= ${q.age} and coalesce((${s.eligibility}->>'maxAge')::int, 200) >= ${q.age}`
      : undefined,
    q.staleOnly ? or(isNull(s.lastVerifiedOn), lt(s.lastVerifiedOn, oldestCurrentVerification(today))) : undefined,
    text.where,
  ];
  const rows = await db.transaction(async (tx) => {
    // One typo in a 6-letter word ("housng") scores ~0.57 against "housing"; the default is 0.6.
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${TYPO_THRESHOLD}, true)`);
    return tx
      .select({ service: getTableColumns(s), providerName: directoryProviders.name, rank: text.rank.mapWith(Number) })
      .from(s)
      .innerJoin(directoryProviders, eq(directoryProviders.id, s.providerId))
      .where(and(...conditions))
      .orderBy(desc(text.rank), s.name)
      .limit(CANDIDATES);
  });
  const near = q.near ? parseGeoPoint(q.near) : null;
  const probe = { age: q.age, insurance: q.insurance, diagnosis: q.diagnosis, residency: q.residency };
  const items = rows
    .map((r, order) => ({
      order,
      item: {
        ...toServiceView(r.service, r.providerName, today),
        distanceMiles: distanceMiles(near, r.service),
        misses: matchEligibility(r.service.eligibility, probe).misses,
      },
    }))
    .filter(({ item }) => q.includeIneligible || item.misses.length === 0);
  // Nearest first when a place is given and the text did not decide; unknown distance last.
  if (near && !q.q) {
    items.sort((a, b) => (a.item.distanceMiles ?? Infinity) - (b.item.distanceMiles ?? Infinity) || a.order - b.order);
  }
  return items.slice(0, q.limit).map((i) => i.item);
}
