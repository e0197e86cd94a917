import type { Actor, ProgramStaffRole } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { AppError } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { programStaff } from './programs.schema.js';

/**
 * Give a staff member a standing in a program, in the caller's transaction, audited (`details`
 * adds e.g. the approval that allowed an admin's own staffing). A duplicate is 409.
 */
export async function insertProgramStaff(
  tx: DbOrTx,
  actor: Actor,
  programId: string,
  body: { userId: string; role: ProgramStaffRole },
  meta: RequestMeta,
  details: Record<string, unknown> = {},
): Promise<{ id: string }> {
  // A savepoint, so a duplicate refuses cleanly inside a larger transaction.
  const row = await tx
    .transaction(async (sp) => {
      const [r] = await sp
        .insert(programStaff)
        .values({ organizationId: actor.organizationId, programId, userId: body.userId, role: body.role })
        .returning({ id: programStaff.id });
      return r;
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e))
        throw new AppError(409, 'conflict', 'This person already has that role in the program.');
      throw e;
    });
  if (!row) throw new Error('program staff insert returned nothing');
  await recordAudit(
    tx,
    actor,
    {
      action: 'program.staff_add',
      entityType: 'program',
      entityId: programId,
      details: { userId: body.userId, role: body.role, ...details },
    },
    meta,
  );
  return row;
}
