import type { DbOrTx } from '../../db/database.js';
import { nextCounter } from '../clients/org-counter.js';

/** Next intake reference of the organisation (R-000001, …), from the same counter table as MRNs. */
export async function nextIntakeReference(tx: DbOrTx, organizationId: string): Promise<string> {
  return `R-${String(await nextCounter(tx, organizationId, 'intake')).padStart(6, '0')}`;
}
