import {
  isValidMrn,
  normalizeIdentifier,
  normalizeName,
  phoneDigits,
  type ClientSearchItem,
  type ClientStatus,
  type SearchQueryKind,
} from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { relationshipFlagsSql } from '../access/client-relationship.js';

/** How the search box text is read: an MRN, a date of birth, a phone or identifier, or a name (with a date of birth). */
export type ParsedQuery =
  | { kind: 'mrn'; mrn: string }
  | { kind: 'dob'; dob: string }
  | { kind: 'digits'; digits: string; identifier: string }
  | { kind: 'name'; first: string | null; last: string; single: boolean; dob: string | null };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A real calendar date as YYYY-MM-DD (so the database never sees 1990-02-30), or null. */
function toDate(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function readDate(t: string): string | null {
  const iso = ISO_DATE.exec(t);
  if (iso) return toDate(iso[1]!, iso[2]!, iso[3]!);
  const us = US_DATE.exec(t);
  return us ? toDate(us[3]!, us[1]!, us[2]!) : null;
}

function parseName(t: string, dob: string | null): ParsedQuery {
  // "Last, First" or "First Last"; a single word may be either name.
  if (t.includes(',')) {
    const [last, first] = t.split(',', 2).map((s) => normalizeName(s));
    return { kind: 'name', first: first || null, last: last ?? '', single: !first, dob };
  }
  const words = normalizeName(t).split(' ').filter(Boolean);
  if (words.length <= 1) return { kind: 'name', first: null, last: words[0] ?? '', single: true, dob };
  return { kind: 'name', first: words[0]!, last: words.slice(1).join(' '), single: false, dob };
}

export function parseQuery(q: string): ParsedQuery {
  const t = q.trim();
  if (/^\d{8}$/.test(t) && isValidMrn(t)) return { kind: 'mrn', mrn: t };
  const dob = readDate(t);
  if (dob) return { kind: 'dob', dob };
  if (/^[\d\s().+-]{4,}$/.test(t) && /\d{4,}/.test(t.replace(/\D/g, ''))) {
    return { kind: 'digits', digits: phoneDigits(t), identifier: normalizeIdentifier(t) };
  }
  // A name with a date of birth, in either order: "Rivera 1984-03-02", "03/02/1984 Ana Rivera".
  const words = t.split(/\s+/);
  const dated = words.map(readDate);
  const at = dated.findIndex((d) => d !== null);
  if (at >= 0 && words.length > 1) {
    const rest = words
      .filter((_, i) => i !== at)
      .join(' ')
      .replace(/,\s*$/, '');
    if (/\p{L}/u.test(rest)) return parseName(rest, dated[at]!);
  }
  if (/\d/.test(t) && /[a-z]/i.test(t) && !/\s/.test(t)) {
    return { kind: 'digits', digits: '', identifier: normalizeIdentifier(t) };
  }
  return parseName(t, null);
}

/** The kind the audit and the search guard go by (never the text). */
export function queryKind(p: ParsedQuery): SearchQueryKind {
  return p.kind === 'name' && p.dob ? 'name_dob' : p.kind;
}

/** Characters in the search text without spaces: a count for the enumeration check, not the text. */
export const probeLength = (q: string): number => q.replace(/\s+/g, '').length;

interface Row extends Record<string, unknown> {
  id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  status: ClientStatus;
  score: number;
  matched: string[];
  total: number;
}

// Edit similarity (1 - Levenshtein distance / longer length): catches swapped letters that
// trigram similarity scores low (Kirlin vs Kilrin).
const editSim = (col: SQL, probe: SQL) =>
  sql`(1 - levenshtein(left(${col}, 255), left(${probe}, 255))::float / greatest(length(${col}), length(${probe}), 1))`;

function nameQuery(orgId: string, first: string | null, last: string, single: boolean, dob: string | null): SQL {
  const born = dob ? sql`and c.date_of_birth = ${dob}::date` : sql``;
  if (single) {
    // One word: surname, given name or preferred name, spelled alike or sounding alike.
    return sql`
      with p as (select ${last}::text as t, dmetaphone(${last}) as dm)
      select c.*, (
          greatest(
            similarity(c.search_last, p.t), ${editSim(sql`c.search_last`, sql`p.t`)},
            similarity(c.search_first, p.t) * 0.9, similarity(c.search_preferred, p.t) * 0.9)
          + case when c.last_dm = p.dm and p.dm <> '' then 0.2 when c.first_dm = p.dm and p.dm <> '' then 0.1 else 0 end
          + case when c.search_last = p.t then 0.3 else 0 end
        ) as score,
        array_remove(array[
          case when similarity(c.search_last, p.t) >= 0.2 then 'last_name' end,
          case when c.last_dm = p.dm and p.dm <> '' then 'last_name_sounds_alike' end,
          case when similarity(c.search_first, p.t) >= 0.3 or careloop_same_given_name(c.search_first, p.t) then 'first_name' end,
          case when c.search_preferred <> '' and similarity(c.search_preferred, p.t) >= 0.3 then 'preferred_name' end
        ], null) as matched
      from clients c, p
      where c.organization_id = ${orgId} and c.merged_into_id is null ${born}
        and (c.search_last % p.t or c.search_first % p.t or c.search_preferred % p.t
             or (c.last_dm = p.dm and p.dm <> ''))`;
  }
  return sql`
    with p as (
      select ${first}::text as f, ${last}::text as l, dmetaphone(${last}) as ldm, dmetaphone(${first}) as fdm,
        coalesce((select array_agg(distinct y.variant) from nicknames x join nicknames y on y.canonical = x.canonical
                  where x.variant = ${first}), array[${first}::text]) as given
    )
    select c.*, (
        greatest(similarity(c.search_last, p.l), ${editSim(sql`c.search_last`, sql`p.l`)})
        + case when c.last_dm = p.ldm and p.ldm <> '' then 0.2 else 0 end
        + greatest(
            similarity(c.search_first, p.f),
            similarity(c.search_preferred, p.f),
            ${editSim(sql`c.search_first`, sql`p.f`)} * 0.9,
            case when c.search_first = any(p.given) or c.search_preferred = any(p.given) then 0.9 else 0 end
          ) * 0.8
        + case when c.first_dm = p.fdm and p.fdm <> '' then 0.1 else 0 end
      ) as score,
      array_remove(array[
        case when similarity(c.search_last, p.l) >= 0.2 or ${editSim(sql`c.search_last`, sql`p.l`)} >= 0.6 then 'last_name' end,
        case when c.last_dm = p.ldm and p.ldm <> '' then 'last_name_sounds_alike' end,
        case when similarity(c.search_first, p.f) >= 0.3 then 'first_name' end,
        case when c.search_first = any(p.given) and c.search_first <> p.f then 'nickname' end,
        case when c.search_preferred <> '' and similarity(c.search_preferred, p.f) >= 0.3 then 'preferred_name' end
      ], null) as matched
    from clients c, p
    where c.organization_id = ${orgId} and c.merged_into_id is null ${born}
      and (c.search_last % p.l or (c.last_dm = p.ldm and p.ldm <> '')
           -- Typed in the other order: both words swapped. similarity() rather than % keeps the
           -- planner on the given-name index, which holds few rows like a surname.
           or (c.search_first % p.l and similarity(c.search_last, p.f) >= 0.2)
           or ((c.search_first % p.f or c.search_first = any(p.given) or c.search_preferred = any(p.given))
               and similarity(c.search_last, p.l) >= 0.1))`;
}

function exactQuery(orgId: string, q: Exclude<ParsedQuery, { kind: 'name' }>): SQL {
  switch (q.kind) {
    case 'mrn':
      return sql`select c.*, 2.0 as score, array['mrn'] as matched from clients c
        where c.organization_id = ${orgId} and c.mrn = ${q.mrn} and c.merged_into_id is null`;
    case 'dob':
      return sql`select c.*, 1.0 as score, array['date_of_birth'] as matched from clients c
        where c.organization_id = ${orgId} and c.date_of_birth = ${q.dob}::date and c.merged_into_id is null`;
    case 'digits':
      return sql`select c.*,
          case when ci.client_id is not null then 1.5 else 1.0 end as score,
          array_remove(array[case when c.phone_digits @> array[${q.digits}::text] then 'phone' end,
                             case when ci.client_id is not null then 'identifier' end], null) as matched
        from clients c
        left join (select distinct client_id from client_identifiers
                   where organization_id = ${orgId} and value_norm = ${q.identifier}) ci on ci.client_id = c.id
        where c.organization_id = ${orgId} and c.merged_into_id is null
          and (c.phone_digits @> array[${q.digits}::text] or ci.client_id is not null)`;
  }
}

/** Limit matches to clients this user works with (care team, supervision, on call, intake work). */
export interface OwnClientsOnly {
  userId: string;
  now: Date;
}

/**
 * Ranked, paged search within one organisation; `matched` says why each row matched. With
 * `ownOnly`, only clients the user has a relationship to are matched (the limited search).
 */
export async function searchClients(
  db: DbOrTx,
  organizationId: string,
  parsed: ParsedQuery,
  limit: number,
  offset: number,
  ownOnly: OwnClientsOnly | null = null,
): Promise<{ items: Omit<ClientSearchItem, 'access'>[]; total: number }> {
  if (parsed.kind === 'name' && parsed.last.length < 2 && !parsed.first) return { items: [], total: 0 };
  const inner =
    parsed.kind === 'name'
      ? nameQuery(organizationId, parsed.first, parsed.last, parsed.single, parsed.dob)
      : exactQuery(organizationId, parsed);
  // `hit`, not `m`: the relationship sub-queries use `m` for care team members.
  const own = ownOnly
    ? sql`cross join lateral (select ${relationshipFlagsSql(ownOnly.userId, sql`hit.id`, sql`hit.created_by`, ownOnly.now)}) r
          where r.care_team or r.program_supervisor or r.on_call or r.intake_work`
    : sql``;
  // A lower trigram threshold (this transaction only) lets one-typo surnames through the index.
  await db.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.2', true)`);
  const res = await db.execute<Row>(sql`
    select hit.id, hit.mrn, hit.first_name, hit.last_name, hit.preferred_name, hit.date_of_birth::text,
           hit.status, hit.score, hit.matched, count(*) over () as total
    from (${inner}) hit
    ${own}
    order by hit.score desc, hit.last_name, hit.first_name, hit.id
    limit ${limit} offset ${offset}`);
  return {
    total: Number(res.rows[0]?.total ?? 0),
    items: res.rows.map((r) => ({
      id: r.id,
      mrn: r.mrn,
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      dateOfBirth: r.date_of_birth,
      status: r.status,
      score: Math.round(Number(r.score) * 1000) / 1000,
      matchedOn: r.matched,
    })),
  };
}
