import { serviceToCsvRecord, SERVICE_CSV_COLUMNS, type ServiceView } from '@careloop/core';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { directoryProviders, directoryServices } from './directory.schema.js';
import { toServiceView } from './directory-view.js';

/** One service of the tenant's directory (any signed-in staff: no client data). */
export async function getService(db: DbOrTx, organizationId: string, id: string, today: string): Promise<ServiceView> {
  const [row] = await db
    .select({ service: directoryServices, providerName: directoryProviders.name })
    .from(directoryServices)
    .innerJoin(directoryProviders, eq(directoryProviders.id, directoryServices.providerId))
    .where(and(eq(directoryServices.id, id), eq(directoryServices.organizationId, organizationId)));
  if (!row) throw notFound('Service');
  return toServiceView(row.service, row.providerName, today);
}

/** The active directory as CSV (the import's columns, so a file exported can be edited and imported). */
export async function exportServicesCsv(db: DbOrTx, organizationId: string, today: string): Promise<string> {
  const rows = await db
    .select({ service: directoryServices, providerName: directoryProviders.name })
    .from(directoryServices)
    .innerJoin(directoryProviders, eq(directoryProviders.id, directoryServices.providerId))
    .where(and(eq(directoryServices.organizationId, organizationId), eq(directoryServices.active, true)))
    .orderBy(asc(directoryProviders.name), asc(directoryServices.name));
  const records = rows.map((r) => serviceToCsvRecord(toServiceView(r.service, r.providerName, today)));
  return stringify(records, { header: true, columns: [...SERVICE_CSV_COLUMNS] });
}
