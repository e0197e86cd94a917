import {
  normalizeIdentifier,
  type Actor,
  type ClientView,
  type CreateClientBody,
  type DuplicateCandidate,
  type MergedClientView,
  type UpdateClientBody,
} from '@careloop/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clientIdentifiers, clients } from './clients.schema.js';
import { columnsFrom, derivedColumns, identifierRows, toClientView, type ClientRow } from './client-record.js';
import { findDuplicateCandidates, type DuplicateProbe } from './duplicate-candidates.js';
import { recordFoundPairs, recordOverriddenPairs } from './duplicate-queue.service.js';
import { nextMrn } from './mrn.js';

/** The client row in the actor's organisation, or 404 (another organisation's id looks like none). */
export async function loadClientRow(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<ClientRow> {
  const q = db
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), eq(clients.organizationId, actor.organizationId)))
    .limit(1);
  const row = (lock ? await q.for('update') : await q)[0];
  if (!row) throw notFound('Client');
  return row;
}

async function identifiersOf(db: DbOrTx, clientId: string) {
  return db
    .select()
    .from(clientIdentifiers)
    .where(eq(clientIdentifiers.clientId, clientId))
    .orderBy(asc(clientIdentifiers.createdAt));
}

export function probeFor(body: CreateClientBody, excludeIds: string[] = []): DuplicateProbe {
  const derived = derivedColumns({ ...body, phones: body.phones });
  return {
    firstName: body.firstName,
    lastName: body.lastName,
    dateOfBirth: body.dateOfBirth,
    phoneDigits: derived.phoneDigits,
    identifiers: body.identifiers.map((i) => normalizeIdentifier(i.value)),
    email: body.email ?? null,
    addressKey: derived.addressKey,
    sexAtBirth: body.sexAssignedAtBirth ?? null,
    excludeIds,
  };
}

export function possibleDuplicateError(candidates: DuplicateCandidate[]): AppError {
  return new AppError(
    409,
    'possible_duplicate',
    'This person may already be registered. Review the possible matches.',
    {
      candidates,
    },
  );
}

/**
 * Registers a client. Likely duplicates block registration (409 possible_duplicate) unless the
 * user confirmed each one is a different person; that confirmation is audited and queued for review.
 */
export async function registerClient(
  ctx: AppContext,
  actor: Actor,
  body: CreateClientBody,
  meta: RequestMeta,
): Promise<ClientView> {
  try {
    return await insertClient(ctx, actor, body, meta);
  } catch (err) {
    // The warning lists people (name, DOB, MRN): a list that shows clients, audited on its own
    // (the registration's transaction rolled back).
    if (err instanceof AppError && err.code === 'possible_duplicate') {
      const shown = (err.details?.candidates as DuplicateCandidate[] | undefined)?.map((c) => c.id) ?? [];
      await recordAudit(
        ctx.database.db,
        actor,
        {
          action: 'client.duplicate_warning',
          outcome: 'failure',
          entityType: 'client',
          clientIds: shown,
          details: { candidates: shown.length },
        },
        meta,
      );
    }
    throw err;
  }
}

function insertClient(ctx: AppContext, actor: Actor, body: CreateClientBody, meta: RequestMeta): Promise<ClientView> {
  return ctx.database.db.transaction(async (tx) => {
    const candidates = await findDuplicateCandidates(tx, actor.organizationId, probeFor(body));
    const confirmed = new Set(body.confirmedNotDuplicateOf ?? []);
    const unconfirmed = candidates.filter((c) => !confirmed.has(c.id));
    if (unconfirmed.length > 0) throw possibleDuplicateError(candidates);

    const [row] = await tx
      .insert(clients)
      .values({
        ...columnsFrom(body),
        ...derivedColumns(body),
        organizationId: actor.organizationId,
        mrn: await nextMrn(tx, actor.organizationId),
        firstName: body.firstName,
        lastName: body.lastName,
        dateOfBirth: body.dateOfBirth,
        createdBy: actor.userId,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const ids = identifierRows(actor.organizationId, row.id, body.identifiers);
    const identifiers = ids.length ? await tx.insert(clientIdentifiers).values(ids).returning() : [];
    await recordAudit(
      tx,
      actor,
      { action: 'client.create', entityType: 'client', entityId: row.id, clientId: row.id },
      meta,
    );
    if (candidates.length > 0) {
      await recordOverriddenPairs(tx, actor, row.id, candidates);
      await recordAudit(
        tx,
        actor,
        {
          action: 'client.duplicate_override',
          entityType: 'client',
          entityId: row.id,
          clientId: row.id,
          details: { confirmedNotDuplicateOf: candidates.map((c) => c.id), scores: candidates.map((c) => c.score) },
        },
        meta,
      );
    }
    return toClientView(row, identifiers);
  });
}

export async function getClient(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<ClientView | MergedClientView> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadClientRow(tx, actor, id);
    await recordAudit(tx, actor, { action: 'client.read', entityType: 'client', entityId: id, clientId: id }, meta);
    if (row.mergedIntoId)
      return { merged: true as const, id, mergedIntoId: row.mergedIntoId, survivorId: row.mergedIntoId };
    return toClientView(row, await identifiersOf(tx, id));
  });
}

export async function updateClient(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateClientBody,
  expectedVersion: number | undefined,
  meta: RequestMeta,
): Promise<ClientView> {
  if (expectedVersion === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const current = await loadClientRow(tx, actor, id, true);
    if (current.mergedIntoId) throw new AppError(409, 'conflict', 'This record was merged; edit the surviving record.');
    if (current.version !== expectedVersion) throw versionConflict(toClientView(current, await identifiersOf(tx, id)));
    const merged = {
      firstName: body.firstName ?? current.firstName,
      lastName: body.lastName ?? current.lastName,
      preferredName: body.preferredName !== undefined ? body.preferredName : current.preferredName,
      phones: body.phones ?? current.phones,
      homeAddress: body.homeAddress !== undefined ? body.homeAddress : current.homeAddress,
    };
    if (body.status === 'deceased' && !(body.deceasedDate ?? current.deceasedDate)) {
      throw new AppError(400, 'validation_failed', 'Some fields are invalid.', {
        fields: [{ path: 'deceasedDate', message: 'Enter the date of death.' }],
      });
    }
    const [row] = await tx
      .update(clients)
      .set({ ...columnsFrom(body), ...derivedColumns(merged), updatedAt: ctx.now(), version: current.version + 1 })
      .where(eq(clients.id, id))
      .returning();
    if (!row) throw notFound('Client');
    if (body.identifiers !== undefined) {
      await tx.delete(clientIdentifiers).where(eq(clientIdentifiers.clientId, id));
      const ids = identifierRows(actor.organizationId, id, body.identifiers);
      if (ids.length) await tx.insert(clientIdentifiers).values(ids);
    }
    await recordAudit(
      tx,
      actor,
      {
        action: 'client.update',
        entityType: 'client',
        entityId: id,
        clientId: id,
        details: { changed: Object.keys(body).filter((k) => k !== 'version') },
      },
      meta,
    );
    return toClientView(row, await identifiersOf(tx, id));
  });
}

/** On-demand duplicate check for an existing client. */
export async function duplicatesOf(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta) {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadClientRow(tx, actor, id);
    const ids = await identifiersOf(tx, id);
    const candidates = await findDuplicateCandidates(tx, actor.organizationId, {
      firstName: row.firstName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      phoneDigits: row.phoneDigits,
      identifiers: ids.map((i) => i.valueNorm),
      email: row.email,
      addressKey: row.addressKey,
      sexAtBirth: row.sexAtBirth,
      excludeIds: [id],
    });
    // What a person found by checking goes to the admin queue for a decision.
    await recordFoundPairs(tx, actor, id, candidates);
    await recordAudit(
      tx,
      actor,
      {
        action: 'client.duplicate_check',
        entityType: 'client',
        entityId: id,
        clientId: id,
        details: { candidates: candidates.map((c) => c.id) },
      },
      meta,
    );
    return candidates;
  });
}

export async function clientsByIds(db: DbOrTx, organizationId: string, ids: string[]): Promise<ClientRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), inArray(clients.id, ids)));
}
