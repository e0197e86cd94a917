import {
  isInpatientStay,
  localDate,
  localDayStart,
  type Actor,
  type CreateHospitalizationBody,
  type HospitalizationView,
  type UpdateHospitalizationBody,
} from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { followWhereaboutsInTx } from '../engagement/whereabouts.service.js';
import { syncDischargeTasks, type HospitalizationRow } from './discharge-tasks.js';
import { hospitalizationSettingsOf } from './hospitalization-settings.service.js';
import { clientDateOfBirth, hospitalizationView, type ViewFacts } from './hospitalization-view.js';
import { hospitalizations } from './hospitalizations.schema.js';

export async function viewFacts(db: DbOrTx, organizationId: string, clientId: string, now: Date): Promise<ViewFacts> {
  const zone = await db.execute<{ time_zone: string }>(
    sql`select time_zone from organizations where id = ${organizationId}`,
  );
  const settings = await hospitalizationSettingsOf(db, organizationId);
  return {
    timeZone: zone.rows[0]?.time_zone ?? 'UTC',
    contactHours: settings.dischargeContactHours,
    now,
    dateOfBirth: await clientDateOfBirth(db, clientId),
  };
}

async function openEpisodeOf(tx: DbOrTx, clientId: string): Promise<string | null> {
  const res = await tx.execute<{ id: string }>(sql`
    select id from episodes where client_id = ${clientId} and stage <> 'closed' order by opened_at desc limit 1`);
  return res.rows[0]?.id ?? null;
}

/** Dates of a stay cannot lie in the agency's future, and the discharge cannot precede the admission. */
function checkDates(admittedOn: string, dischargedOn: string | null, today: string): void {
  const fields = [];
  if (admittedOn > today) fields.push({ path: 'admittedOn', message: 'Cannot be in the future.' });
  if (dischargedOn && dischargedOn > today) fields.push({ path: 'dischargedOn', message: 'Cannot be in the future.' });
  if (dischargedOn && dischargedOn < admittedOn) {
    fields.push({ path: 'dischargedOn', message: 'The discharge cannot be before the admission.' });
  }
  if (fields.length) throw validationFailed(fields);
}

/**
 * The episode's whereabouts follow the stay: in hospital while admitted, back in the community
 * on discharge (only if it still says hospital). ED-only visits move nothing.
 */
async function followStay(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  h: HospitalizationRow,
  timeZone: string,
  meta: RequestMeta,
): Promise<void> {
  if (!h.episodeId || !isInpatientStay(h.type)) return;
  if (h.dischargedOn) {
    const since = localDayStart(h.dischargedOn, timeZone);
    await followWhereaboutsInTx(tx, ctx, actor, h.episodeId, 'community', since, meta, 'hospital');
  } else {
    const since = localDayStart(h.admittedOn, timeZone);
    await followWhereaboutsInTx(tx, ctx, actor, h.episodeId, 'hospital', since, meta);
  }
}

/** The crisis an admission followed must be this client's (read only: the crisis module owns it). */
async function checkCrisisEvent(tx: DbOrTx, organizationId: string, clientId: string, id: string): Promise<void> {
  const found = await tx.execute(
    sql`select 1 from crisis_events where id = ${id} and client_id = ${clientId} and organization_id = ${organizationId}`,
  );
  if (found.rows.length === 0) {
    throw validationFailed([{ path: 'crisisEventId', message: "Choose one of this client's crisis events." }]);
  }
}

/** Record a stay or ED visit; a psychiatric discharge raises its follow-up tasks in the same transaction. */
export async function createHospitalization(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateHospitalizationBody,
  meta: RequestMeta,
): Promise<HospitalizationView> {
  const now = ctx.now();
  const facts = await viewFacts(ctx.database.db, actor.organizationId, clientId, now);
  checkDates(body.admittedOn, body.dischargedOn ?? null, localDate(now, facts.timeZone));
  return ctx.database.db.transaction(async (tx) => {
    if (body.crisisEventId) await checkCrisisEvent(tx, actor.organizationId, clientId, body.crisisEventId);
    const [row] = await tx
      .insert(hospitalizations)
      .values({
        organizationId: actor.organizationId,
        clientId,
        episodeId: await openEpisodeOf(tx, clientId),
        type: body.type,
        facility: body.facility,
        admittedOn: body.admittedOn,
        dischargedOn: body.dischargedOn ?? null,
        principalDiagnosisCategory: body.principalDiagnosisCategory,
        crisisEventId: body.crisisEventId ?? null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('hospitalization insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'hospitalization.create',
        entityType: 'hospitalization',
        entityId: row.id,
        clientId,
        details: { type: row.type, discharged: row.dischargedOn !== null, crisisEventId: row.crisisEventId },
      },
      meta,
    );
    await syncDischargeTasks(tx, row, now);
    await followStay(tx, ctx, actor, row, facts.timeZone, meta);
    return hospitalizationView(tx, row, facts);
  });
}

const EDIT_FIELDS = ['type', 'facility', 'admittedOn', 'dischargedOn', 'principalDiagnosisCategory'] as const;

/** Record the discharge later or correct the stay (optimistic concurrency); the tasks follow. */
export async function updateHospitalization(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateHospitalizationBody,
  meta: RequestMeta,
): Promise<HospitalizationView> {
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(hospitalizations)
      .where(and(eq(hospitalizations.id, id), eq(hospitalizations.organizationId, actor.organizationId)))
      .for('update');
    if (!row) throw notFound('Hospitalization');
    const now = ctx.now();
    const facts = await viewFacts(tx, actor.organizationId, row.clientId, now);
    if (row.version !== body.version) throw versionConflict(await hospitalizationView(tx, row, facts));
    const next = {
      type: body.type ?? row.type,
      facility: body.facility ?? row.facility,
      admittedOn: body.admittedOn ?? row.admittedOn,
      dischargedOn: body.dischargedOn === undefined ? row.dischargedOn : body.dischargedOn,
      principalDiagnosisCategory: body.principalDiagnosisCategory ?? row.principalDiagnosisCategory,
    };
    checkDates(next.admittedOn, next.dischargedOn, localDate(now, facts.timeZone));
    const [updated] = await tx
      .update(hospitalizations)
      .set({
        ...next,
        // A new discharge date starts a new follow-up: the escalation may be due again.
        escalatedAt: next.dischargedOn === row.dischargedOn ? row.escalatedAt : null,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(hospitalizations.id, id))
      .returning();
    if (!updated) throw new Error('hospitalization update returned nothing');
    const edited = EDIT_FIELDS.filter((f) => body[f] !== undefined && body[f] !== row[f]);
    const discharging = row.dischargedOn === null && updated.dischargedOn !== null;
    await recordAudit(
      tx,
      actor,
      {
        action: discharging ? 'hospitalization.discharge' : 'hospitalization.update',
        entityType: 'hospitalization',
        entityId: id,
        clientId: row.clientId,
        details: { fields: edited },
      },
      meta,
    );
    await syncDischargeTasks(tx, updated, now);
    await followStay(tx, ctx, actor, updated, facts.timeZone, meta);
    return hospitalizationView(tx, updated, facts);
  });
}
