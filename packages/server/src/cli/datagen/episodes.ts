import type { ClosureReason, EpisodeStage } from '@careloop/core';
import { addDays, addHours, max, min, subDays } from 'date-fns';
import type { CopyBatch } from './copy-writer.js';
import type { Rng } from './random.js';
import type { OrganizationPlan, ProgramPlan } from './shape.js';
import { T } from './tables.js';

/** One generated episode and the dates it reached each stage (what later generators hang off). */
export interface EpisodeStory {
  id: string;
  organizationId: string;
  clientId: string;
  program: ProgramPlan;
  caseManagerId: string;
  stage: EpisodeStage;
  openedAt: Date;
  closedAt: Date | null;
  reached: Partial<Record<EpisodeStage, Date>>;
  /** The end of its history: now for an open episode, the closing date otherwise. */
  end: Date;
  hasPeer: boolean;
  /** The case manager's first case: always active, with a care-plan draft for the benchmark. */
  benchDraft: boolean;
}

const PATH: readonly EpisodeStage[] = [
  'screening',
  'assessment',
  'planning',
  'active',
  'transition',
  'post_transition',
];

const OPEN_STAGE: Record<Exclude<EpisodeStage, 'closed'>, number> = {
  screening: 0.03,
  assessment: 0.05,
  planning: 0.07,
  active: 0.75,
  transition: 0.05,
  post_transition: 0.05,
};

// How long ago an episode in this stage opened, in days.
const OPENED_DAYS_AGO: Record<Exclude<EpisodeStage, 'closed'>, [number, number]> = {
  screening: [0, 10],
  assessment: [3, 30],
  planning: [12, 45],
  active: [30, 1000],
  transition: [200, 1000],
  post_transition: [220, 1000],
};

const CLOSURE: Record<ClosureReason, number> = {
  goals_met: 0.35,
  transferred_out: 0.15,
  client_declined: 0.1,
  moved_away: 0.15,
  lost_contact: 0.14,
  incarcerated: 0.03,
  long_term_institution: 0.02,
  deceased: 0.01,
  other: 0.05,
};

/** Stage dates along the path up to `stage`, each a few days to weeks after the last, never after `latest`. */
function stageDates(rng: Rng, stage: EpisodeStage, openedAt: Date, latest: Date): Partial<Record<EpisodeStage, Date>> {
  const reached: Partial<Record<EpisodeStage, Date>> = { screening: openedAt };
  const gaps: Partial<Record<EpisodeStage, [number, number]>> = {
    assessment: [1, 5],
    planning: [7, 21],
    active: [5, 14],
    transition: [120, 700],
    post_transition: [14, 40],
  };
  let at = openedAt;
  const last = stage === 'closed' ? 'active' : stage;
  for (const s of PATH.slice(1, PATH.indexOf(last) + 1)) {
    const [lo, hi] = gaps[s] ?? [1, 5];
    at = min([addHours(addDays(at, rng.int(lo, hi)), rng.int(0, 8)), latest]);
    reached[s] = at;
  }
  return reached;
}

function writeEpisode(
  batch: CopyBatch,
  rng: Rng,
  org: OrganizationPlan,
  e: EpisodeStory,
  reason?: ClosureReason,
): void {
  const screening = e.stage === 'screening';
  const waitlisted = screening && (e.program.model === 'act' || e.program.model === 'intensive') && rng.chance(0.5);
  const away = e.stage === 'active' ? rng.weighted({ community: 0.97, hospital: 0.02, jail: 0.01 }) : 'community';
  batch.add(T.episodes, {
    id: e.id,
    organization_id: org.id,
    client_id: e.clientId,
    program_id: e.program.id,
    stage: e.stage,
    opened_at: e.openedAt,
    closed_at: e.closedAt,
    closure_reason: reason ?? null,
    closing_summary: reason ? 'Closing summary written at discharge (synthetic).' : null,
    eligibility_decision: screening ? null : 'eligible',
    eligibility_reason: screening ? null : 'Meets serious mental illness criteria (synthetic).',
    waitlisted,
    waitlisted_since: waitlisted ? e.openedAt : null,
    waitlist_note: waitlisted ? 'Waiting for a team opening' : null,
    whereabouts: away,
    whereabouts_since: away === 'community' ? null : subDays(e.end, rng.int(1, 20)),
    created_by_id: org.intakeCoordinatorId,
    created_at: e.openedAt,
    updated_at: e.closedAt ?? e.reached[e.stage] ?? e.openedAt,
  });
  let from: EpisodeStage | null = null;
  for (const s of PATH) {
    const at = e.reached[s];
    if (!at) continue;
    batch.add(T.stageChanges, {
      id: rng.uuid(),
      organization_id: org.id,
      episode_id: e.id,
      from_stage: from,
      to_stage: s,
      reason: from ? null : 'Enrolled (synthetic)',
      changed_at: at,
      changed_by_id: from ? e.caseManagerId : org.intakeCoordinatorId,
    });
    from = s;
  }
  if (e.closedAt) {
    batch.add(T.stageChanges, {
      id: rng.uuid(),
      organization_id: org.id,
      episode_id: e.id,
      from_stage: from,
      to_stage: 'closed',
      reason: reason ?? null,
      changed_at: e.closedAt,
      changed_by_id: e.caseManagerId,
    });
  }
}

function writeCareTeam(batch: CopyBatch, rng: Rng, org: OrganizationPlan, e: EpisodeStory): void {
  const member = (role: string, userId: string | null, external: [string, string, string] | null = null) =>
    batch.add(T.careTeam, {
      id: rng.uuid(),
      organization_id: org.id,
      episode_id: e.id,
      client_id: e.clientId,
      role,
      user_id: userId,
      external_name: external?.[0] ?? null,
      external_organization: external?.[1] ?? null,
      external_phone: external?.[2] ?? null,
      started_at: e.openedAt,
      ended_at: e.closedAt,
      end_reason: e.closedAt ? 'Episode closed' : null,
      created_by_id: org.intakeCoordinatorId,
    });
  member('primary_case_manager', e.caseManagerId);
  const clinical = e.program.model === 'clinical' || e.program.model === 'intensive' || e.program.model === 'act';
  if (clinical && rng.chance(0.6)) member('psychiatrist', e.program.psychiatristId);
  if (e.hasPeer) member('peer_specialist', e.program.peerId);
  if (rng.chance(0.2)) {
    member('primary_care_provider', null, [
      `Dr. ${rng.pick(['Patel', 'Nguyen', 'Garcia', 'Smith', 'Okafor', 'Chen', 'Johnson', 'Rivera'])}`,
      `${rng.pick(org.cities)} Family Clinic`,
      `(555) 01${rng.int(0, 9)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
    ]);
  }
}

/** An open episode in a realistic stage, with its case manager and care team. */
export function openEpisode(
  batch: CopyBatch,
  rng: Rng,
  org: OrganizationPlan,
  clientId: string,
  program: ProgramPlan,
  caseManagerId: string,
  benchDraft: boolean,
  now: Date,
): EpisodeStory {
  const stage = benchDraft ? 'active' : rng.weighted(OPEN_STAGE);
  const [lo, hi] = OPENED_DAYS_AGO[stage];
  // Skewed toward recent: more clients joined lately than stayed for years.
  const openedAt = subDays(now, lo + Math.floor((hi - lo) * rng.next() ** 1.6) + 1);
  const story: EpisodeStory = {
    id: rng.uuid(),
    organizationId: org.id,
    clientId,
    program,
    caseManagerId,
    stage,
    openedAt,
    closedAt: null,
    reached: stageDates(rng, stage, openedAt, subDays(now, 0.1)),
    end: now,
    hasPeer: rng.chance(0.12),
    benchDraft,
  };
  writeEpisode(batch, rng, org, story);
  writeCareTeam(batch, rng, org, story);
  return story;
}

/** A discharged episode that ended before `before` (a client's earlier enrolment, or their only one). */
export function closedEpisode(
  batch: CopyBatch,
  rng: Rng,
  org: OrganizationPlan,
  clientId: string,
  before: Date,
): EpisodeStory {
  const program = rng.pick(org.programs);
  const caseManagerId = rng.pick(program.caseManagerIds);
  const closedAt = subDays(before, rng.int(20, 500));
  const openedAt = subDays(closedAt, rng.int(120, 800));
  const reached = stageDates(rng, 'closed', openedAt, subDays(closedAt, 1));
  const story: EpisodeStory = {
    id: rng.uuid(),
    organizationId: org.id,
    clientId,
    program,
    caseManagerId,
    stage: 'closed',
    openedAt,
    closedAt: max([closedAt, addDays(reached.active ?? openedAt, 1)]),
    reached,
    end: closedAt,
    hasPeer: rng.chance(0.1),
    benchDraft: false,
  };
  story.end = story.closedAt!;
  writeEpisode(batch, rng, org, story, rng.weighted(CLOSURE));
  writeCareTeam(batch, rng, org, story);
  return story;
}
