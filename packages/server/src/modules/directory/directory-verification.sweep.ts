import { localDate, oldestCurrentVerification } from '@careloop/core';
import { addDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { verificationTaskKey } from './directory.service.js';

/** Days the editor has to confirm a stale entry with its provider. */
export const VERIFICATION_DUE_DAYS = 14;

export interface DirectorySweepResult {
  created: number;
  closed: number;
}

interface StaleRow extends Record<string, unknown> {
  id: string;
  name: string;
  provider_name: string;
}

/**
 * Who keeps the directory: the longest-standing active directory editor, else the longest-standing
 * active admin (deterministic, so the same person gets every verification task).
 */
async function directoryOwner(tx: Tx, organizationId: string): Promise<string | null> {
  const res = await tx.execute<{ id: string }>(sql`
    select id from users
    where organization_id = ${organizationId} and active
      and ('directory_editor' = any(roles) or 'admin' = any(roles))
    order by ('directory_editor' = any(roles)) desc, created_at, id
    limit 1`);
  return res.rows[0]?.id ?? null;
}

async function sweepOrganization(tx: Tx, org: { id: string; time_zone: string }, now: Date) {
  const oldest = oldestCurrentVerification(localDate(now, org.time_zone));
  const stale = await tx.execute<StaleRow>(sql`
    select s.id, s.name, p.name as provider_name from directory_services s
    join directory_providers p on p.id = s.provider_id
    where s.organization_id = ${org.id} and s.active
      and (s.last_verified_on is null or s.last_verified_on < ${oldest})
    order by s.id`);
  let created = 0;
  if (stale.rows.length) {
    const owner = await directoryOwner(tx, org.id);
    for (const s of stale.rows) {
      const id = await openKeyedRuleTask(
        tx,
        {
          organizationId: org.id,
          clientId: null,
          episodeId: null,
          kind: 'directory_verification',
          priority: 'routine',
          source: 'directory',
          sourceKey: verificationTaskKey(s.id),
          dueAt: addDays(now, VERIFICATION_DUE_DAYS),
          assignedToId: owner,
          // The entry's name is no client data; it tells the editor which one to call.
          title: `Verify ${s.name} (${s.provider_name})`,
          details: `Confirm the directory entry with the provider, then mark it verified: /directory/services/${s.id}`,
        },
        now,
        { serviceId: s.id },
      );
      if (id) created += 1;
    }
  }
  // Verified (by edit or import), deactivated or deleted since: the open task has its answer.
  const settled = await tx.execute<{ source_key: string }>(sql`
    select t.source_key from care_tasks t
    where t.organization_id = ${org.id} and t.source = 'directory' and t.status = 'open'
      and t.source_key like 'directory_verification:%'
      and not exists (
        select 1 from directory_services s
        where t.source_key = 'directory_verification:' || s.id::text and s.active
          and (s.last_verified_on is null or s.last_verified_on < ${oldest}))`);
  const closed = await completeKeyedRuleTasks(
    tx,
    'directory',
    settled.rows.map((r) => r.source_key),
    'The entry was verified.',
    now,
  );
  return { created, closed };
}

/**
 * The staleness rule (a job every few minutes): a `directory_verification` task for each active
 * service not verified for STALE_AFTER_MONTHS, for the directory's keeper, keyed by service so it
 * is raised once while open; tasks whose service was since verified are closed.
 */
export async function runDirectoryVerificationSweep(ctx: AppContext, now: Date): Promise<DirectorySweepResult> {
  const result: DirectorySweepResult = { created: 0, closed: 0 };
  const orgs = await ctx.database.db.execute<{ id: string; time_zone: string }>(
    sql`select id, time_zone from organizations order by id`,
  );
  for (const org of orgs.rows) {
    const r = await ctx.database.db.transaction((tx) => sweepOrganization(tx, org, now));
    result.created += r.created;
    result.closed += r.closed;
  }
  return result;
}
