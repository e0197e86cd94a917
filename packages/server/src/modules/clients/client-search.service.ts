import {
  authorize,
  ENUMERATION_WINDOW_MINUTES,
  enumerationSignal,
  EnumerationThresholds,
  hasAnyRelationship,
  reachesBeyondOwnClients,
  SearchQueryKinds,
  type Actor,
  type ClientSearchBody,
  type ClientSearchItem,
  type ClientSearchResponse,
  type SearchSample,
} from '@careloop/core';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { enumerationAlertedWithin, recentSearches } from '../audit/audit.recent.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clientRelationships } from '../access/client-relationship.js';
import { notify } from '../notifications/notify.js';
import { privacyOfficers } from '../notifications/recipients.js';
import { parseQuery, probeLength, queryKind, searchClients } from './client-search.js';

/** A row for someone without a relationship: name, date of birth and MRN only. */
function limitedRow(i: Omit<ClientSearchItem, 'access'>): ClientSearchItem {
  return { ...i, preferredName: null, status: null, access: 'limited' };
}

/**
 * The search box. Everyone may see that a person is registered (so nobody registers them twice);
 * the chart only opens to those with a relationship. Without the org-wide search (intake roles),
 * a name alone, a date of birth, a phone or an identifier matches the searcher's own clients only;
 * others are reached by exact MRN or name + date of birth. The search text is client data: the
 * audit keeps its kind, length and the ids shown, never the text.
 */
export async function searchClientsFor(
  ctx: AppContext,
  actor: Actor,
  body: ClientSearchBody,
  meta: RequestMeta,
): Promise<ClientSearchResponse> {
  const parsed = parseQuery(body.q);
  const kind = queryKind(parsed);
  const orgWide = authorize(actor, 'client.search_org_wide').allowed;
  const ownOnly = !orgWide && !reachesBeyondOwnClients(kind);
  const now = ctx.now();
  return ctx.database.db.transaction(async (tx) => {
    const found = await searchClients(
      tx,
      actor.organizationId,
      parsed,
      body.limit,
      body.offset,
      ownOnly ? { userId: actor.userId, now } : null,
    );
    const rel = await clientRelationships(
      tx,
      actor.organizationId,
      actor.userId,
      found.items.map((i) => i.id),
      now,
    );
    const items = found.items.map((i): ClientSearchItem => {
      const r = rel.get(i.id);
      return r && hasAnyRelationship(r) ? { ...i, access: 'full' } : limitedRow(i);
    });
    const shown = items.map((i) => i.id);
    await recordAudit(
      tx,
      actor,
      {
        action: 'client.search',
        entityType: 'client',
        clientIds: shown,
        details: {
          queryKind: kind,
          probeLength: probeLength(body.q),
          scope: orgWide ? 'org_wide' : ownOnly ? 'own_clients' : 'limited',
          total: found.total,
        },
      },
      meta,
    );
    await watchForEnumeration(tx, actor, now, meta);
    return { items, total: found.total };
  });
}

const toSample = (details: Record<string, unknown>, shown: string[]): SearchSample | null => {
  const kind = SearchQueryKinds.find((k) => k === details.queryKind);
  if (!kind) return null;
  return {
    kind,
    total: typeof details.total === 'number' ? details.total : 0,
    probeLength: typeof details.probeLength === 'number' ? details.probeLength : 99,
    shown,
  };
};

/**
 * After each search: do this user's searches of the last minutes look like a walk through the
 * registry? Then once per window an audit row and a notice to the privacy officers (ids only).
 */
async function watchForEnumeration(tx: Tx, actor: Actor, now: Date, meta: RequestMeta): Promise<void> {
  const { organizationId, userId } = actor;
  if (await enumerationAlertedWithin(tx, organizationId, userId, ENUMERATION_WINDOW_MINUTES)) return;
  // The newest searches suffice: past the volume threshold the window is suspect anyway.
  const recent = await recentSearches(
    tx,
    organizationId,
    userId,
    ENUMERATION_WINDOW_MINUTES,
    EnumerationThresholds.searches,
  );
  const samples = recent.flatMap((e) => {
    const sample = toSample(e.details, e.clientIds);
    return sample ? [sample] : [];
  });
  const signal = enumerationSignal(samples);
  if (!signal) return;
  await recordAudit(
    tx,
    actor,
    {
      action: 'client.search_enumeration_suspected',
      entityType: 'user',
      entityId: actor.userId,
      details: { signal, searches: samples.length, windowMinutes: ENUMERATION_WINDOW_MINUTES },
    },
    meta,
  );
  const officers = await privacyOfficers(tx, actor.organizationId);
  const windowStart = Math.floor(now.getTime() / (ENUMERATION_WINDOW_MINUTES * 60_000));
  await notify(
    tx,
    officers.map((userId) => ({
      organizationId: actor.organizationId,
      userId,
      kind: 'search_enumeration_suspected' as const,
      entityType: 'user' as const,
      entityId: actor.userId,
      params: { signal },
      dedupeKey: `search-enumeration:${actor.userId}:${windowStart}`,
      createdAt: now,
    })),
  );
}
