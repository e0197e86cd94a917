import { and, count, eq, gte, or, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { hospitalizations } from './hospitalizations.schema.js';

/**
 * Stays (not ED-only visits) that were going on at any time since `since`: admitted since then,
 * or discharged since then, or still in. Read by the risk tier (assessments/risk-inputs.ts).
 */
export async function countHospitalizationsSince(db: DbOrTx, clientId: string, since: Date): Promise<number> {
  const day = since.toISOString().slice(0, 10);
  const [row] = await db
    .select({ n: count() })
    .from(hospitalizations)
    .where(
      and(
        eq(hospitalizations.clientId, clientId),
        or(
          eq(hospitalizations.type, 'psychiatric_inpatient'),
          eq(hospitalizations.type, 'medical'),
          eq(hospitalizations.type, 'detox'),
          eq(hospitalizations.type, 'residential'),
        ),
        or(
          gte(hospitalizations.admittedOn, day),
          gte(hospitalizations.dischargedOn, day),
          isNull(hospitalizations.dischargedOn),
        ),
      ),
    );
  return row?.n ?? 0;
}

/** The client a stay belongs to (for the access check), within the organisation. */
export async function hospitalizationClient(
  db: DbOrTx,
  organizationId: string,
  id: string,
): Promise<{ clientId: string }> {
  const [row] = await db
    .select({ clientId: hospitalizations.clientId })
    .from(hospitalizations)
    .where(and(eq(hospitalizations.id, id), eq(hospitalizations.organizationId, organizationId)));
  if (!row) throw notFound('Hospitalization');
  return row;
}
