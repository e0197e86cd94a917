import { and, eq } from 'drizzle-orm';
import type { ServiceCategory } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { directoryProviders, directoryServices } from './directory.schema.js';

/** What another module (referrals) may read of a directory service. */
export interface DirectoryServiceSummary {
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  category: ServiceCategory;
  phone: string | null;
  email: string | null;
  capacityStatus: string;
}

/** A service of this tenant's directory, or null. */
export async function findDirectoryService(
  db: DbOrTx,
  organizationId: string,
  serviceId: string,
): Promise<DirectoryServiceSummary | null> {
  const rows = await db
    .select({
      id: directoryServices.id,
      name: directoryServices.name,
      providerId: directoryServices.providerId,
      providerName: directoryProviders.name,
      category: directoryServices.category,
      phone: directoryServices.phone,
      email: directoryServices.email,
      capacityStatus: directoryServices.capacityStatus,
    })
    .from(directoryServices)
    .innerJoin(directoryProviders, eq(directoryProviders.id, directoryServices.providerId))
    .where(and(eq(directoryServices.id, serviceId), eq(directoryServices.organizationId, organizationId)))
    .limit(1);
  return rows[0] ?? null;
}
