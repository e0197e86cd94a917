import { subDays } from 'date-fns';
import type pg from 'pg';
import { programDefaultsColumns } from '../../modules/programs/program-defaults-columns.js';
import { carePlans } from './care-plans.js';
import { clinicalHistory } from './clinical.js';
import { contactHistory } from './contacts.js';
import { CopyBatch } from './copy-writer.js';
import { closedEpisode, openEpisode, type EpisodeStory } from './episodes.js';
import { nameFakers, personRow } from './people.js';
import type { DatagenOptions } from './profiles.js';
import { Rng } from './random.js';
import { planOrganizations, type OrganizationPlan } from './shape.js';
import { CLIENT_TABLES, ORGANIZATION_TABLES, T } from './tables.js';
import { episodeTasks } from './tasks.js';

export interface DatagenResult {
  organizations: OrganizationPlan[];
  /** Rows written per table. */
  rows: Map<string, number>;
}

function addCounts(total: Map<string, number>, more: Map<string, number>): void {
  for (const [k, v] of more) total.set(k, (total.get(k) ?? 0) + v);
}

/** Organisations, programs, staff (all with the one bench password hash), program roles, MRN counters. */
function organizationRows(batch: CopyBatch, rng: Rng, org: OrganizationPlan, passwordHash: string, now: Date): void {
  const created = subDays(now, 1500);
  batch.add(T.organizations, {
    id: org.id,
    name: org.name,
    time_zone: org.timeZone,
    crisis_line_name: `${org.name} Crisis Line`,
    crisis_line_phone: '(555) 010-2400',
    note_format: 'dap',
    created_at: created,
  });
  for (const p of org.programs) {
    const d = programDefaultsColumns(p.model);
    batch.add(T.programs, {
      id: p.id,
      organization_id: org.id,
      name: p.name,
      model: p.model,
      cadence_min_contacts: d.cadenceMinContacts,
      cadence_window_days: d.cadenceWindowDays,
      face_to_face_only: d.faceToFaceOnly,
      face_to_face_every_days: d.faceToFaceEveryDays,
      care_plan_review_days: d.carePlanReviewDays,
      caseload_cap: d.caseloadCap,
      plan_approval_required: false,
      note_cosign_required: false,
      cosign_roles: ['peer_specialist'],
      created_at: created,
      updated_at: created,
    });
  }
  for (const s of org.staff) {
    batch.add(T.users, {
      id: s.id,
      organization_id: org.id,
      email: s.email,
      name: s.name,
      roles: s.roles,
      discipline: s.discipline,
      password_hash: passwordHash,
      password_changed_at: created,
      created_at: created,
      updated_at: created,
    });
  }
  const programRole = (programId: string, userId: string, role: string) =>
    batch.add(T.programStaff, {
      id: rng.uuid(),
      organization_id: org.id,
      program_id: programId,
      user_id: userId,
      role,
      created_at: created,
    });
  for (const p of org.programs) {
    programRole(p.id, p.supervisorId, 'supervisor');
    // An ACT team shares its caseload: every member (and its psychiatrist) is on the team.
    if (p.model === 'act')
      for (const id of [...p.caseManagerIds, p.psychiatristId]) programRole(p.id, id, 'team_member');
  }
  batch.add(T.orgCounters, { organization_id: org.id, name: 'mrn', value: org.clients });
}

/** Everything about one client: the record, their episodes, and each episode's history. */
function clientRows(
  batch: CopyBatch,
  rng: Rng,
  people: { rng: Rng; fakers: ReturnType<typeof nameFakers> },
  org: OrganizationPlan,
  k: number,
  now: Date,
): void {
  const clientId = people.rng.uuid();
  const slot = org.slots[k];
  const stories: EpisodeStory[] = [];
  if (slot) {
    const program = org.programs[slot.program]!;
    const current = openEpisode(batch, rng, org, clientId, program, slot.caseManagerId, slot.firstOfCaseload, now);
    if (rng.chance(0.2)) stories.push(closedEpisode(batch, rng, org, clientId, current.openedAt));
    stories.push(current);
  } else {
    const last = closedEpisode(batch, rng, org, clientId, now);
    if (rng.chance(0.25)) stories.push(closedEpisode(batch, rng, org, clientId, last.openedAt));
    stories.push(last);
  }
  const person = personRow(
    batch,
    people.rng,
    people.fakers,
    org,
    { id: clientId, n: k + 1, open: !!slot },
    stories[0]!.openedAt,
    now,
  );
  for (const e of stories) {
    const clinical = clinicalHistory(batch, rng, e, person, now);
    carePlans(batch, rng, e, clinical.actionable, now);
    contactHistory(batch, rng, e, now);
    episodeTasks(batch, rng, e, now);
  }
}

/**
 * Generates and loads the whole data set with COPY, agency by agency, `batchClients` clients per
 * transaction. Deterministic for a seed and `now`. Triggers, constraints and indexes stay on.
 */
export async function generate(
  pool: pg.Pool,
  options: DatagenOptions,
  passwordHash: string,
  progress: (line: string) => void = () => undefined,
): Promise<DatagenResult> {
  const organizations = planOrganizations(options);
  const rows = new Map<string, number>();
  const client = await pool.connect();
  const started = Date.now();
  try {
    const clash = await client.query('select 1 from organizations where id = any($1::uuid[])', [
      organizations.map((o) => o.id),
    ]);
    if (clash.rowCount) {
      throw new Error('This database already holds data generated with this seed: load into a fresh database.');
    }
    const batch = new CopyBatch();
    const orgRng = new Rng(`${options.seed}:organizations`);
    for (const org of organizations) organizationRows(batch, orgRng, org, passwordHash, options.now);
    await client.query('begin');
    addCounts(rows, await batch.flush(client, ORGANIZATION_TABLES));
    await client.query('commit');
    const total = organizations.reduce((s, o) => s + o.clients, 0);
    let done = 0;
    // While one batch is being copied, the next one is generated: the loop yields every few
    // clients so the COPY stream keeps flowing (Node on one core, PostgreSQL on the other).
    let copying: Promise<void> = Promise.resolve();
    const copy = async (chunk: CopyBatch, clients: number) => {
      await client.query('begin');
      addCounts(rows, await chunk.flush(client, CLIENT_TABLES));
      await client.query('commit');
      done += clients;
      const written = [...rows.values()].reduce((s, v) => s + v, 0);
      progress(
        `clients ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} · ` +
          `rows ${written.toLocaleString('en-US')} · ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    };
    for (const [o, org] of organizations.entries()) {
      const rng = new Rng(`${options.seed}:stories:${o}`);
      const people = { rng: new Rng(`${options.seed}:people:${o}`), fakers: nameFakers(`${options.seed}:${o}`) };
      for (let k = 0; k < org.clients; k += options.batchClients) {
        const end = Math.min(org.clients, k + options.batchClients);
        const chunk = new CopyBatch();
        for (let i = k; i < end; i++) {
          clientRows(chunk, rng, people, org, i, options.now);
          if (i % 25 === 0) await new Promise((r) => setImmediate(r));
        }
        await copying;
        copying = copy(chunk, end - k);
        copying.catch(() => undefined); // handled at the next await; never an unhandled rejection
      }
    }
    await copying;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  return { organizations, rows };
}
