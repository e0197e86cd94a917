import { formatMrn } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { nextCounter } from './org-counter.js';

/** Next MRN of the organisation; the counter row lock orders concurrent registrations. */
export async function nextMrn(tx: DbOrTx, organizationId: string): Promise<string> {
  return formatMrn(await nextCounter(tx, organizationId, 'mrn'));
}
