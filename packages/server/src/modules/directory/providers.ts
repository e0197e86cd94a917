import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/**
 * The provider id for each organization name (case-insensitive, one per name per tenant), making
 * the missing ones: one insert and one select however many names (an import of 1,000 rows).
 */
export async function findOrCreateProviders(
  tx: DbOrTx,
  organizationId: string,
  names: readonly string[],
  now: Date,
): Promise<Map<string, string>> {
  const byLower = new Map<string, string>();
  for (const n of names) if (!byLower.has(n.toLowerCase())) byLower.set(n.toLowerCase(), n);
  const result = new Map<string, string>();
  if (byLower.size === 0) return result;
  const originals = [...byLower.values()];
  await tx.execute(sql`
    insert into directory_providers (organization_id, name, created_at, updated_at)
    select ${organizationId}, n, ${now}, ${now} from unnest(${sql.param(originals)}::text[]) as n
    on conflict (organization_id, lower(name)) do nothing`);
  const rows = await tx.execute<{ id: string; name: string }>(sql`
    select id, name from directory_providers
    where organization_id = ${organizationId} and lower(name) = any(${sql.param([...byLower.keys()])}::text[])`);
  for (const r of rows.rows) result.set(r.name.toLowerCase(), r.id);
  return result;
}

/** The id of one provider by name (made when new). */
export async function findOrCreateProvider(
  tx: DbOrTx,
  organizationId: string,
  name: string,
  now: Date,
): Promise<string> {
  const id = (await findOrCreateProviders(tx, organizationId, [name], now)).get(name.toLowerCase());
  if (!id) throw new Error('provider upsert returned nothing');
  return id;
}
