import {
  authorize,
  checkTransition,
  STAGE_TRANSITIONS,
  type Actor,
  type CareTeamMemberView,
  type EpisodeView,
} from '@careloop/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { loadEpisodeRow, type EpisodeRow } from './episode-row.js';
import { episodeRelationship } from '../access/episode-relationship.js';
import { careTeamMembers, episodeStageChanges, episodes } from './episodes.schema.js';
import { STAGE_GUARDS, type StageFacts } from './stage-rules.js';

type MemberRow = typeof careTeamMembers.$inferSelect;

export function toMemberView(
  m: MemberRow,
  user: { name: string; discipline: string | null } | null,
): CareTeamMemberView {
  return {
    id: m.id,
    episodeId: m.episodeId,
    role: m.role,
    userId: m.userId,
    name: user?.name ?? m.externalName ?? '',
    discipline: user?.discipline ?? null,
    external: m.userId === null,
    organization: m.externalOrganization,
    phone: m.externalPhone,
    email: m.externalEmail,
    startedAt: m.startedAt.toISOString(),
    endedAt: m.endedAt?.toISOString() ?? null,
    version: m.version,
  };
}

async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * What the reader may do to the team, by the same policy the routes apply. The chart relationship
 * that matters here follows from the episode one: its primary is on the team of an open episode,
 * its program's supervisor supervises the client.
 */
async function teamPermissions(db: DbOrTx, actor: Actor, e: EpisodeRow): Promise<EpisodeView['can']> {
  const episode = await episodeRelationship(db, actor.userId, e);
  const resource = {
    kind: 'client' as const,
    organizationId: e.organizationId,
    clientId: e.clientId,
    relationship: {
      careTeam: episode.primary && e.stage !== 'closed',
      programSupervisor: episode.programSupervisor,
      onCall: false,
      intakeWork: false,
    },
    episode,
  };
  const open = e.stage !== 'closed';
  return {
    changePrimary: open && authorize(actor, 'episode.change_primary', resource).allowed,
    manageTeam: open && authorize(actor, 'care_team.manage', resource).allowed,
  };
}

async function buildView(db: DbOrTx, actor: Actor, e: EpisodeRow, stageFacts: StageFacts): Promise<EpisodeView> {
  const [program] = await db.select().from(programs).where(eq(programs.id, e.programId));
  const members = await db
    .select({ m: careTeamMembers, name: users.name, discipline: users.discipline })
    .from(careTeamMembers)
    .leftJoin(users, eq(users.id, careTeamMembers.userId))
    .where(eq(careTeamMembers.episodeId, e.id))
    .orderBy(asc(careTeamMembers.endedAt), asc(careTeamMembers.startedAt));
  const history = await db
    .select({ c: episodeStageChanges, name: users.name })
    .from(episodeStageChanges)
    .leftJoin(users, eq(users.id, episodeStageChanges.changedById))
    .where(eq(episodeStageChanges.episodeId, e.id))
    .orderBy(desc(episodeStageChanges.changedAt));
  const team = members.map(({ m, name, discipline }) =>
    toMemberView(m, m.userId && name !== null ? { name, discipline } : null),
  );
  const primary = team.find((m) => m.role === 'primary_case_manager' && !m.endedAt) ?? null;
  const stage = e.stage;
  const facts = await stageFacts(db, { episode: e });
  const names = await userNames(db, [e.handoffAcceptedById, e.closureRequestedById, e.closureSignedOffById]);
  return {
    id: e.id,
    clientId: e.clientId,
    programId: e.programId,
    programName: program?.name ?? '',
    model: program?.model ?? 'supportive',
    stage,
    intakeId: e.intakeId,
    openedAt: e.openedAt.toISOString(),
    closedAt: e.closedAt?.toISOString() ?? null,
    closureReason: e.closureReason,
    closingSummary: e.closingSummary,
    eligibilityDecision: e.eligibilityDecision,
    eligibilityReason: e.eligibilityReason,
    waitlisted: e.waitlisted,
    waitlistedSince: e.waitlistedSince?.toISOString() ?? null,
    waitlistNote: e.waitlistNote,
    primaryCaseManagerId: primary?.userId ?? null,
    primaryCaseManagerName: primary?.name ?? null,
    previousEpisodeId: e.previousEpisodeId,
    nextEpisodeId: e.nextEpisodeId,
    handoffAcceptedAt: e.handoffAcceptedAt?.toISOString() ?? null,
    handoffAcceptedByName: (e.handoffAcceptedById && names.get(e.handoffAcceptedById)) ?? null,
    handoffSentById: e.previousEpisodeId ? e.createdById : null,
    closureRequest: e.closureRequestedAt
      ? {
          requestedAt: e.closureRequestedAt.toISOString(),
          requestedById: e.closureRequestedById,
          requestedByName: (e.closureRequestedById && names.get(e.closureRequestedById)) ?? null,
          summary: e.closureRequestSummary,
        }
      : null,
    closureSignedOffByName: (e.closureSignedOffById && names.get(e.closureSignedOffById)) ?? null,
    whereabouts: e.whereabouts,
    whereaboutsSince: e.whereaboutsSince?.toISOString() ?? null,
    can: await teamPermissions(db, actor, e),
    nextStages: STAGE_TRANSITIONS[stage].map((to) => ({
      stage: to,
      unmet: checkTransition(stage, to, facts, STAGE_GUARDS).unmet,
    })),
    team,
    history: history.map(({ c, name }) => ({
      id: c.id,
      fromStage: c.fromStage,
      toStage: c.toStage,
      reason: c.reason,
      changedAt: c.changedAt.toISOString(),
      changedById: c.changedById,
      changedByName: name,
    })),
    version: e.version,
  };
}

export async function episodeView(db: DbOrTx, actor: Actor, id: string, stageFacts: StageFacts): Promise<EpisodeView> {
  return buildView(db, actor, await loadEpisodeRow(db, actor, id), stageFacts);
}

/** A client's episodes, open ones first, newest first. */
export async function clientEpisodeViews(
  db: DbOrTx,
  actor: Actor,
  clientId: string,
  stageFacts: StageFacts,
): Promise<EpisodeView[]> {
  const rows = await db
    .select()
    .from(episodes)
    .where(and(eq(episodes.clientId, clientId), eq(episodes.organizationId, actor.organizationId)))
    .orderBy(desc(episodes.openedAt));
  const open = rows.filter((r) => r.stage !== 'closed');
  const closed = rows.filter((r) => r.stage === 'closed');
  const views: EpisodeView[] = [];
  for (const r of [...open, ...closed]) views.push(await buildView(db, actor, r, stageFacts));
  return views;
}
