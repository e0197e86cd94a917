import { randomUUID } from 'node:crypto';
import {
  decideAdvocacyStatus,
  localDate,
  type Actor,
  type AdvocacyCaseView,
  type AdvocacyDeadline,
  type AdvocacyDeadlineInput,
  type AdvocacyDocument,
  type AdvocacyDocumentInput,
  type AdvocacyStepBody,
  type CreateAdvocacyCaseBody,
  type UpdateAdvocacyCaseBody,
} from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { advocacyCases, advocacySteps } from './advocacy.schema.js';
import { syncDeadlineTasks } from './advocacy-tasks.js';
import { caseView, type AdvocacyCaseRow } from './advocacy-view.js';

/** Stored deadlines: known ids keep their met flag unless told, new ones get an id. */
function mergeDeadlines(
  input: readonly AdvocacyDeadlineInput[],
  before: readonly AdvocacyDeadline[],
): AdvocacyDeadline[] {
  const old = new Map(before.map((d) => [d.id, d]));
  return input.map((d) => {
    const prior = d.id ? old.get(d.id) : undefined;
    return { id: prior?.id ?? randomUUID(), what: d.what, dueDate: d.dueDate, met: d.met ?? prior?.met ?? false };
  });
}

function mergeDocuments(
  input: readonly AdvocacyDocumentInput[],
  before: readonly AdvocacyDocument[],
): AdvocacyDocument[] {
  const old = new Set(before.map((d) => d.id));
  return input.map((d) => ({
    id: d.id && old.has(d.id) ? d.id : randomUUID(),
    title: d.title,
    direction: d.direction,
    date: d.date,
    keptAt: d.keptAt ?? null,
  }));
}

async function openEpisodeOf(tx: DbOrTx, clientId: string): Promise<string | null> {
  const res = await tx.execute<{ id: string }>(sql`
    select id from episodes where client_id = ${clientId} and stage <> 'closed' order by opened_at desc limit 1`);
  return res.rows[0]?.id ?? null;
}

async function orgToday(tx: DbOrTx, organizationId: string, now: Date): Promise<string> {
  const res = await tx.execute<{ time_zone: string }>(
    sql`select time_zone from organizations where id = ${organizationId}`,
  );
  return localDate(now, res.rows[0]?.time_zone ?? 'UTC');
}

/** A new case for the client; its deadline tasks are raised in the same transaction. */
export async function createAdvocacyCase(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateAdvocacyCaseBody,
  meta: RequestMeta,
): Promise<AdvocacyCaseView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .insert(advocacyCases)
      .values({
        organizationId: actor.organizationId,
        clientId,
        episodeId: await openEpisodeOf(tx, clientId),
        kind: body.kind,
        otherPartyName: body.otherParty.name,
        otherPartyContact: body.otherParty.contact ?? null,
        summary: body.summary,
        deadlines: mergeDeadlines(body.deadlines, []),
        documents: mergeDocuments(body.documents, []),
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('advocacy case insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'advocacy_case.create',
        entityType: 'advocacy_case',
        entityId: row.id,
        clientId,
        details: { kind: row.kind, deadlines: row.deadlines.length, documents: row.documents.length },
      },
      meta,
    );
    await syncDeadlineTasks(tx, row, now);
    return caseView(tx, actor.organizationId, row.id);
  });
}

async function lockCase(tx: DbOrTx, actor: Actor, id: string): Promise<AdvocacyCaseRow> {
  const [row] = await tx
    .select()
    .from(advocacyCases)
    .where(and(eq(advocacyCases.id, id), eq(advocacyCases.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw notFound('Advocacy case');
  return row;
}

const EDIT_FIELDS = ['kind', 'otherParty', 'summary', 'deadlines', 'documents'] as const;

/**
 * Edit the case, mark deadlines met, end it with an outcome or reopen it (optimistic concurrency).
 * The deadline tasks follow in the same transaction.
 */
export async function updateAdvocacyCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateAdvocacyCaseBody,
  meta: RequestMeta,
): Promise<AdvocacyCaseView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockCase(tx, actor, id);
    if (row.version !== body.version) throw versionConflict(await caseView(tx, actor.organizationId, id));
    const to = body.status ?? row.status;
    const decision = decideAdvocacyStatus(row.status, to, body.outcome);
    if (!decision.ok) {
      if (decision.field === 'outcome') throw validationFailed([{ path: 'outcome', message: decision.message }]);
      throw new AppError(409, 'conflict', decision.message);
    }
    const edited = EDIT_FIELDS.filter((f) => body[f] !== undefined);
    if (to !== 'open' && !decision.closing && (edited.length > 0 || body.outcome !== undefined)) {
      throw new AppError(409, 'conflict', 'This case has ended: reopen it to change it.');
    }
    const now = ctx.now();
    const [updated] = await tx
      .update(advocacyCases)
      .set({
        kind: body.kind ?? row.kind,
        otherPartyName: body.otherParty?.name ?? row.otherPartyName,
        otherPartyContact: body.otherParty ? (body.otherParty.contact ?? null) : row.otherPartyContact,
        summary: body.summary ?? row.summary,
        deadlines: body.deadlines ? mergeDeadlines(body.deadlines, row.deadlines) : row.deadlines,
        documents: body.documents ? mergeDocuments(body.documents, row.documents) : row.documents,
        status: to,
        outcome: decision.closing ? (body.outcome ?? null) : row.outcome,
        closedAt: decision.closing ? now : decision.reopening ? null : row.closedAt,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(eq(advocacyCases.id, id))
      .returning();
    if (!updated) throw new Error('advocacy case update returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: decision.closing
          ? 'advocacy_case.close'
          : decision.reopening
            ? 'advocacy_case.reopen'
            : 'advocacy_case.update',
        entityType: 'advocacy_case',
        entityId: id,
        clientId: row.clientId,
        details: { fields: edited, ...(to !== row.status && { from: row.status, to }) },
      },
      meta,
    );
    await syncDeadlineTasks(tx, updated, now);
    return caseView(tx, actor.organizationId, id);
  });
}

/** A step taken on the case (append-only; not dated in the future). */
export async function addAdvocacyStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: AdvocacyStepBody,
  meta: RequestMeta,
): Promise<AdvocacyCaseView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await lockCase(tx, actor, id);
    const now = ctx.now();
    if (body.date > (await orgToday(tx, actor.organizationId, now))) {
      throw validationFailed([{ path: 'date', message: 'A step taken cannot be dated in the future.' }]);
    }
    const [step] = await tx
      .insert(advocacySteps)
      .values({
        organizationId: actor.organizationId,
        caseId: id,
        clientId: row.clientId,
        date: body.date,
        what: body.what,
        byId: actor.userId,
        recordedAt: now,
      })
      .returning({ id: advocacySteps.id });
    if (!step) throw new Error('advocacy step insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'advocacy_case.add_step',
        entityType: 'advocacy_case',
        entityId: id,
        clientId: row.clientId,
        details: { stepId: step.id },
      },
      meta,
    );
    return caseView(tx, actor.organizationId, id);
  });
}
