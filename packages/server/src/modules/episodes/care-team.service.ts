import type {
  Actor,
  AddCareTeamMemberBody,
  BulkReassignBody,
  CareTeamMemberView,
  EpisodeView,
  TransferBody,
} from '@careloop/core';
import { EXTERNAL_ONLY_ROLES } from '@careloop/core';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { programStaff } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { changeEpisode, episodeClosedError } from './episode-change.js';
import { loadEpisodeRow } from './episode-row.js';
import { toMemberView } from './episode-view.js';
import { careTeamMembers, episodes } from './episodes.schema.js';
import { requireCareStaff, requirePrimaryCaseManager } from './episodes.service.js';
import { announceTeamChange } from './team-change-notice.js';

async function memberView(db: DbOrTx, id: string): Promise<CareTeamMemberView> {
  const [r] = await db
    .select({ m: careTeamMembers, name: users.name, discipline: users.discipline })
    .from(careTeamMembers)
    .leftJoin(users, eq(users.id, careTeamMembers.userId))
    .where(eq(careTeamMembers.id, id));
  if (!r) throw notFound('Care team member');
  return toMemberView(r.m, r.m.userId && r.name !== null ? { name: r.name, discipline: r.discipline } : null);
}

/** One new member: a colleague (userId) or an external person; `reason` says why they joined. */
export interface NewMember extends AddCareTeamMemberBody {
  reason?: string | null;
}

/**
 * Add a member in the caller's transaction (another module's hand-off may add someone so that
 * they can open the chart). Checks the episode is open, the colleague holds a care role and is
 * not already on the team in that role.
 */
export async function addCareTeamMember(
  tx: DbOrTx,
  actor: Actor,
  episodeId: string,
  body: NewMember,
  now: Date,
  meta: RequestMeta,
  opts: { announce: boolean } = { announce: true },
): Promise<string> {
  const episode = await loadEpisodeRow(tx, actor, episodeId, true);
  if (episode.stage === 'closed') throw episodeClosedError();
  if (body.userId) {
    if (EXTERNAL_ONLY_ROLES.includes(body.role)) {
      throw validationFailed([{ path: 'role', message: 'This role is for people outside the agency.' }]);
    }
    await requireCareStaff(tx, actor, body.userId, 'userId');
    const [same] = await tx
      .select({ id: careTeamMembers.id })
      .from(careTeamMembers)
      .where(
        and(
          eq(careTeamMembers.episodeId, episodeId),
          eq(careTeamMembers.userId, body.userId),
          eq(careTeamMembers.role, body.role),
          isNull(careTeamMembers.endedAt),
        ),
      );
    if (same) throw new AppError(409, 'conflict', 'This person is already on the care team in that role.');
  }
  const [row] = await tx
    .insert(careTeamMembers)
    .values({
      organizationId: actor.organizationId,
      episodeId,
      clientId: episode.clientId,
      role: body.role,
      userId: body.userId ?? null,
      externalName: body.userId ? null : (body.name ?? null),
      externalOrganization: body.userId ? null : (body.organization ?? null),
      externalPhone: body.userId ? null : (body.phone ?? null),
      externalEmail: body.userId ? null : (body.email ?? null),
      reason: body.reason ?? null,
      startedAt: now,
      createdById: actor.userId,
    })
    .returning({ id: careTeamMembers.id });
  if (!row) throw new Error('care team insert returned nothing');
  await recordAudit(
    tx,
    actor,
    {
      action: 'care_team.add',
      entityType: 'care_team_member',
      entityId: row.id,
      clientId: episode.clientId,
      details: { episodeId, role: body.role, userId: body.userId ?? null, external: !body.userId },
    },
    meta,
  );
  if (opts.announce) {
    await announceTeamChange(
      tx,
      actor,
      { episodeId, clientId: episode.clientId, kind: 'member_added', key: row.id, also: [body.userId ?? null] },
      now,
    );
  }
  return row.id;
}

export function addMember(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: AddCareTeamMemberBody,
  meta: RequestMeta,
): Promise<CareTeamMemberView> {
  return ctx.database.db.transaction(async (tx) => {
    const id = await addCareTeamMember(tx, actor, episodeId, body, ctx.now(), meta);
    return memberView(tx, id);
  });
}

/** The client and episode (and its program) a membership belongs to, for the access check before ending it. */
export async function memberEpisode(
  db: DbOrTx,
  actor: Actor,
  memberId: string,
): Promise<{ clientId: string; episodeId: string; programId: string }> {
  const [m] = await db
    .select({ clientId: careTeamMembers.clientId, episodeId: careTeamMembers.episodeId, programId: episodes.programId })
    .from(careTeamMembers)
    .innerJoin(episodes, eq(episodes.id, careTeamMembers.episodeId))
    .where(and(eq(careTeamMembers.id, memberId), eq(careTeamMembers.organizationId, actor.organizationId)));
  if (!m) throw notFound('Care team member');
  return m;
}

export async function endMember(
  ctx: AppContext,
  actor: Actor,
  memberId: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CareTeamMemberView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [m] = await tx
      .select()
      .from(careTeamMembers)
      .where(and(eq(careTeamMembers.id, memberId), eq(careTeamMembers.organizationId, actor.organizationId)))
      .for('update');
    if (!m) throw notFound('Care team member');
    if (m.version !== expected) throw versionConflict(await memberView(tx, memberId));
    if (m.endedAt) throw new AppError(409, 'conflict', 'This membership has already ended.');
    if (m.role === 'primary_case_manager') {
      throw new AppError(409, 'conflict', 'Reassign the case to another case manager instead.');
    }
    const now = ctx.now();
    await tx
      .update(careTeamMembers)
      .set({ endedAt: now, endReason: 'removed', version: m.version + 1 })
      .where(eq(careTeamMembers.id, memberId));
    await recordAudit(
      tx,
      actor,
      {
        action: 'care_team.end',
        entityType: 'care_team_member',
        entityId: memberId,
        clientId: m.clientId,
        details: { episodeId: m.episodeId, role: m.role },
      },
      meta,
    );
    await announceTeamChange(
      tx,
      actor,
      { episodeId: m.episodeId, clientId: m.clientId, kind: 'member_ended', key: memberId, also: [m.userId] },
      now,
    );
    return memberView(tx, memberId);
  });
}

/** End the current primary membership and start the new one, in the caller's transaction. */
async function swapPrimary(
  tx: DbOrTx,
  actor: Actor,
  episodeId: string,
  clientId: string,
  toUserId: string,
  reason: string,
  now: Date,
) {
  const ended = await tx
    .update(careTeamMembers)
    .set({ endedAt: now, endReason: `Reassigned: ${reason}`, version: sql`${careTeamMembers.version} + 1` })
    .where(
      and(
        eq(careTeamMembers.episodeId, episodeId),
        eq(careTeamMembers.role, 'primary_case_manager'),
        isNull(careTeamMembers.endedAt),
      ),
    )
    .returning({ userId: careTeamMembers.userId });
  await tx.insert(careTeamMembers).values({
    organizationId: actor.organizationId,
    episodeId,
    clientId,
    role: 'primary_case_manager',
    userId: toUserId,
    startedAt: now,
    createdById: actor.userId,
  });
  return ended[0]?.userId ?? null;
}

export function transferPrimary(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  body: TransferBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return changeEpisode(ctx, actor, episodeId, expected, 'episode.transfer', meta, async (tx, row, now) => {
    await requirePrimaryCaseManager(tx, actor, body.toUserId, 'toUserId');
    const from = await swapPrimary(tx, actor, episodeId, row.clientId, body.toUserId, body.reason, now);
    if (from === body.toUserId) {
      throw validationFailed([{ path: 'toUserId', message: 'This person is already the primary case manager.' }]);
    }
    await announceTeamChange(
      tx,
      actor,
      { episodeId, clientId: row.clientId, kind: 'transfer', key: `${episodeId}:${now.toISOString()}`, also: [from] },
      now,
    );
    return {};
  });
}

/**
 * Move a departing (or overloaded) worker's cases to a colleague, limited to the programs the
 * supervisor supervises. Every moved case gets its own audit row.
 */
export async function bulkReassign(
  ctx: AppContext,
  actor: Actor,
  body: BulkReassignBody,
  meta: RequestMeta,
): Promise<{ moved: number }> {
  if (body.fromUserId === body.toUserId) {
    throw validationFailed([{ path: 'toUserId', message: 'Choose a different staff member.' }]);
  }
  return ctx.database.db.transaction(async (tx) => {
    await requirePrimaryCaseManager(tx, actor, body.toUserId, 'toUserId');
    const supervised = tx
      .select({ id: programStaff.programId })
      .from(programStaff)
      .where(and(eq(programStaff.userId, actor.userId), eq(programStaff.role, 'supervisor')));
    const conditions = [
      eq(careTeamMembers.organizationId, actor.organizationId),
      eq(careTeamMembers.userId, body.fromUserId),
      eq(careTeamMembers.role, 'primary_case_manager'),
      isNull(careTeamMembers.endedAt),
      ne(episodes.stage, 'closed'),
      inArray(episodes.programId, supervised),
    ];
    if (body.episodeIds) conditions.push(inArray(episodes.id, body.episodeIds));
    const targets = await tx
      .select({ episodeId: episodes.id, clientId: episodes.clientId, version: episodes.version })
      .from(careTeamMembers)
      .innerJoin(episodes, eq(episodes.id, careTeamMembers.episodeId))
      .where(and(...conditions))
      .for('update', { of: episodes });
    const now = ctx.now();
    for (const t of targets) {
      await swapPrimary(tx, actor, t.episodeId, t.clientId, body.toUserId, body.reason, now);
      await tx
        .update(episodes)
        .set({ updatedAt: now, version: t.version + 1 })
        .where(eq(episodes.id, t.episodeId));
      await recordAudit(
        tx,
        actor,
        {
          action: 'episode.transfer',
          entityType: 'episode',
          entityId: t.episodeId,
          clientId: t.clientId,
          details: { bulk: true, fromUserId: body.fromUserId, toUserId: body.toUserId },
        },
        meta,
      );
      await announceTeamChange(
        tx,
        actor,
        {
          episodeId: t.episodeId,
          clientId: t.clientId,
          kind: 'transfer',
          key: `${t.episodeId}:${now.toISOString()}`,
          also: [body.fromUserId],
        },
        now,
      );
    }
    return { moved: targets.length };
  });
}
