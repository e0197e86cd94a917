import type pg from 'pg';

export interface ChainReport {
  organizationId: string | null;
  sealed: number;
  unsealed: number;
  broken: null | { id: number; chainSeq: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' };
}

/**
 * Recomputes every sealed row's hash in chain order and names the first broken link per
 * organisation. Unsealed rows (not yet chained) are counted, not judged.
 */
export async function verifyAuditChain(pool: pg.Pool): Promise<ChainReport[]> {
  const counts = await pool.query<{ org: string | null; sealed: string; unsealed: string }>(`
    select organization_id as org,
           count(*) filter (where hash is not null)::text as sealed,
           count(*) filter (where hash is null)::text as unsealed
    from audit_events group by organization_id order by organization_id nulls first`);
  const broken = await pool.query<{
    org: string | null;
    id: string;
    chain_seq: string;
    reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';
  }>(`
    with chain as (
      select a.id, a.organization_id, a.chain_seq, a.prev_hash, a.hash,
             lag(a.hash) over w as expected_prev,
             row_number() over w as expected_seq,
             careloop_audit_hash(lag(a.hash) over w, a) as recomputed
      from audit_events a
      where a.chain_seq is not null
      window w as (partition by a.organization_id order by a.chain_seq)
    ), bad as (
      select organization_id as org, id, chain_seq,
             case when chain_seq <> expected_seq then 'sequence_gap'
                  when prev_hash is distinct from expected_prev then 'prev_hash_mismatch'
                  else 'hash_mismatch' end as reason,
             row_number() over (partition by organization_id order by chain_seq) as rn
      from chain
      where chain_seq <> expected_seq or prev_hash is distinct from expected_prev or hash is distinct from recomputed
    )
    select org, id::text, chain_seq::text, reason from bad where rn = 1`);
  const byOrg = new Map(broken.rows.map((r) => [r.org, r]));
  return counts.rows.map((c) => {
    const b = byOrg.get(c.org);
    return {
      organizationId: c.org,
      sealed: Number(c.sealed),
      unsealed: Number(c.unsealed),
      broken: b ? { id: Number(b.id), chainSeq: Number(b.chain_seq), reason: b.reason } : null,
    };
  });
}
