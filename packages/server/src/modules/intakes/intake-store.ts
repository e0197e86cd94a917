import type { Actor, IntakeView } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { clients } from '../clients/clients.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import { toIntakeView, type IntakeRow } from './intake-view.js';
import { intakes } from './intakes.schema.js';

const assignee = alias(users, 'assignee');

/** Intakes with the names the queue shows (client MRN, matched program, assignee). */
export function selectIntakes(db: DbOrTx) {
  return db
    .select({
      intake: intakes,
      clientMrn: clients.mrn,
      programName: programs.name,
      assignedToName: assignee.name,
    })
    .from(intakes)
    .leftJoin(clients, eq(clients.id, intakes.clientId))
    .leftJoin(programs, eq(programs.id, intakes.programId))
    .leftJoin(assignee, eq(assignee.id, intakes.assignedToId));
}

export async function loadIntakeRow(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<IntakeRow> {
  const q = db
    .select()
    .from(intakes)
    .where(and(eq(intakes.id, id), eq(intakes.organizationId, actor.organizationId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Intake');
  return row;
}

export async function intakeView(db: DbOrTx, actor: Actor, id: string, now: Date): Promise<IntakeView> {
  const [r] = await selectIntakes(db).where(and(eq(intakes.id, id), eq(intakes.organizationId, actor.organizationId)));
  if (!r) throw notFound('Intake');
  return toIntakeView(r.intake, r, now);
}
