import {
  compareDob,
  LIKELY_DUPLICATE_THRESHOLD,
  normalizeName,
  scoreDuplicate,
  type DuplicateCandidate,
  type DuplicateFeatures,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** What a registration (or an existing client) is compared on. */
export interface DuplicateProbe {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phoneDigits: string[];
  identifiers: string[]; // normalised values
  email: string | null;
  addressKey: string | null;
  sexAtBirth: string | null;
  excludeIds: string[];
}

interface CandidateRow extends Record<string, unknown> {
  id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  sex_at_birth: string | null;
  last_sim: number;
  last_ph: boolean;
  first_sim: number;
  first_ph: boolean;
  nick: boolean;
  swapped: number;
  phone: boolean;
  ident: boolean;
  email_eq: boolean;
  address_eq: boolean;
}

/** "YYYY-MM-DD" with day and month swapped, when that is still a real date. */
function transposedDob(dob: string): string {
  const [y, m, d] = dob.split('-');
  const swapped = `${y}-${d}-${m}`;
  return Number(d) <= 12 && !Number.isNaN(Date.parse(`${swapped}T00:00:00Z`)) ? swapped : dob;
}

// Bind a JS array as one array parameter (a bare array would expand into a list).
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

export interface FeatureRow {
  candidate: Omit<DuplicateCandidate, 'score' | 'reasons'>;
  features: DuplicateFeatures;
}

/**
 * Candidates from the organisation (blocking on name trigrams, sound-alike surnames, DOB,
 * phone and identifiers, each served by an index) with their comparison features.
 */
export async function candidateFeatures(
  db: DbOrTx,
  organizationId: string,
  probe: DuplicateProbe,
): Promise<FeatureRow[]> {
  const first = normalizeName(probe.firstName);
  const last = normalizeName(probe.lastName);
  const exclude = probe.excludeIds.length ? probe.excludeIds : ['00000000-0000-0000-0000-000000000000'];
  const res = await db.execute<CandidateRow>(sql`
    with probe as (
      select ${first}::text as f, ${last}::text as l, dmetaphone(${first}) as fdm, dmetaphone(${last}) as ldm
    ), ident as (
      select distinct client_id from client_identifiers
      where organization_id = ${organizationId} and value_norm = any(${textArray(probe.identifiers)})
    )
    select c.id, c.mrn, c.first_name, c.last_name, c.preferred_name, c.date_of_birth::text, c.sex_at_birth,
      similarity(c.search_last, p.l) as last_sim,
      (c.last_dm <> '' and c.last_dm = p.ldm) as last_ph,
      greatest(similarity(c.search_first, p.f), similarity(c.search_preferred, p.f)) as first_sim,
      (c.first_dm <> '' and c.first_dm = p.fdm) as first_ph,
      (careloop_same_given_name(c.search_first, p.f) or careloop_same_given_name(c.search_preferred, p.f)) as nick,
      (similarity(c.search_first, p.l) + similarity(c.search_last, p.f)) / 2 as swapped,
      (c.phone_digits && ${textArray(probe.phoneDigits)}) as phone,
      (c.id in (select client_id from ident)) as ident,
      coalesce(lower(c.email) = lower(${probe.email}::text), false) as email_eq,
      coalesce(c.address_key = ${probe.addressKey}::text, false) as address_eq
    from clients c, probe p
    where c.organization_id = ${organizationId}
      and c.merged_into_id is null
      and c.id <> all(${sql.param(exclude)}::uuid[])
      and (
        c.search_last % p.l or c.search_first % p.l or c.search_last % p.f
        or (c.last_dm = p.ldm and c.last_dm <> '')
        or c.date_of_birth in (${probe.dateOfBirth}::date, ${transposedDob(probe.dateOfBirth)}::date)
        or c.phone_digits && ${textArray(probe.phoneDigits)}
        or c.id in (select client_id from ident)
      )
    limit 500`);
  return res.rows.map((r) => ({
    candidate: {
      id: r.id,
      mrn: r.mrn,
      firstName: r.first_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      dateOfBirth: r.date_of_birth,
    },
    features: {
      lastNameSimilarity: Number(r.last_sim),
      lastNamePhonetic: r.last_ph,
      firstNameSimilarity: Number(r.first_sim),
      firstNamePhonetic: r.first_ph,
      firstNameNickname: r.nick,
      swappedSimilarity: Number(r.swapped),
      dob: compareDob(probe.dateOfBirth, r.date_of_birth),
      phone: r.phone,
      identifier: r.ident,
      email: r.email_eq,
      address: r.address_eq,
      sexConflict:
        !!probe.sexAtBirth &&
        !!r.sex_at_birth &&
        ['female', 'male'].includes(probe.sexAtBirth) &&
        ['female', 'male'].includes(r.sex_at_birth) &&
        probe.sexAtBirth !== r.sex_at_birth,
    },
  }));
}

/** Likely duplicates of a probe, scored in core, best first. */
export async function findDuplicateCandidates(
  db: DbOrTx,
  organizationId: string,
  probe: DuplicateProbe,
  threshold = LIKELY_DUPLICATE_THRESHOLD,
  limit = 10,
): Promise<DuplicateCandidate[]> {
  const rows = await candidateFeatures(db, organizationId, probe);
  return rows
    .map(({ candidate, features }) => ({ ...candidate, ...scoreDuplicate(features) }))
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
