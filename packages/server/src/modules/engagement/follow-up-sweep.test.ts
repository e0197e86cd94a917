import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { runFollowUpSweep, SWEEP_BATCH } from './follow-up-sweep.js';

let t: TestApp;
let cm: Session;

beforeAll(async () => {
  t = await createTestApp();
  cm = await signIn(t.app, 'case_manager@riverbend.example');
});

/** Every client the sweep must look at, computed without batches. */
async function clientsToSweep(organizationId: string): Promise<number> {
  const res = await t.ctx.database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from (
      select client_id from episodes where organization_id = ${organizationId} and stage <> 'closed'
      union
      select client_id from client_flags
      where organization_id = ${organizationId} and kind = 'disengaged' and status = 'open'
      union
      select client_id from care_tasks
      where organization_id = ${organizationId} and status = 'open' and client_id is not null
        and source in ('cadence', 'engagement', 'in_reach')
    ) c`);
  return res.rows[0]!.n;
}

describe('the follow-up sweep', () => {
  it('visits every client once across keyset batches', async () => {
    const org = cm.organizationId;
    // Enough open episodes for several batches, ids interleaved with the demo's.
    const extra = SWEEP_BATCH * 2 + 37;
    await t.ctx.database.db.execute(sql`
      with p as (select id from programs where organization_id = ${org} order by name limit 1),
      c as (
        insert into clients (organization_id, mrn, first_name, last_name, date_of_birth, search_first, search_last)
        select ${org}, 'SWEEP' || n, 'Sweep', 'Client' || n, '1980-01-01', 'sweep', 'client' || n
        from generate_series(1, ${extra}) n
        returning id
      )
      insert into episodes (organization_id, client_id, program_id, stage, opened_at)
      select ${org}, c.id, p.id, 'active', now() - interval '3 days' from c, p`);
    const expected = await clientsToSweep(org);
    expect(expected).toBeGreaterThan(extra);

    const summary = await runFollowUpSweep(t.ctx, org);

    expect(summary.clients).toBe(expected);
  }, 120_000);
});
