import {
  mergeRapidEdits,
  parseTimelineCursor,
  timelineEntry,
  type TimelineEntry,
  type TimelineKind,
  type TimelineResponse,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { TIMELINE_SOURCES, type SourceScope } from './timeline.sources.js';

export interface TimelineRequest extends SourceScope {
  kinds: readonly TimelineKind[];
  before?: string;
  limit: number;
}

interface Row extends Record<string, unknown> {
  kind: TimelineKind;
  row_id: string;
  /** ISO instant, formatted by PostgreSQL (raw queries return timestamps as text). */
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  entity_id: string;
  episode_id: string | null;
  facts: Record<string, unknown>;
}

/** Instants inside jsonb facts come back as PostgreSQL text; the API speaks ISO. */
const INSTANT_FACTS = ['enteredAt', 'cosignedAt'] as const;

const DERIVE = new Map(TIMELINE_SOURCES.map((s) => [s.kind, s.derive]));

function toEntry(r: Row): TimelineEntry {
  const derive = DERIVE.get(r.kind);
  const facts = derive ? derive(r.facts) : { ...r.facts };
  for (const key of INSTANT_FACTS) {
    const v = facts[key];
    if (typeof v === 'string') facts[key] = new Date(v).toISOString();
  }
  return timelineEntry.parse({
    id: `${r.kind}:${r.row_id}`,
    kind: r.kind,
    occurredAt: r.at,
    earliestAt: r.at,
    count: 1,
    actorId: r.actor_id,
    actorName: r.actor_name,
    entityId: r.entity_id,
    episodeId: r.episode_id,
    facts,
  });
}

/**
 * One client's history, newest first: a single `union all` over the chosen sources, keyset-paged
 * on (time, entry id). Rapid edits merge within a page; a run cut by the page edge shows as two
 * entries, which is harmless and keeps paging exact.
 */
export async function clientTimeline(db: DbOrTx, req: TimelineRequest): Promise<TimelineResponse> {
  const sources = TIMELINE_SOURCES.filter((s) => req.kinds.includes(s.kind));
  if (sources.length === 0) return { items: [], nextBefore: null };
  const union = sql.join(
    sources.map((s) => s.select(req)),
    sql` union all `,
  );
  const cursor = req.before ? parseTimelineCursor(req.before) : null;
  const key = sql`(t.kind || ':' || t.row_id::text)`;
  const olderThan = !cursor
    ? sql``
    : cursor.id
      ? sql`where (t.at, ${key}) < (${cursor.at}::timestamptz, ${cursor.id}::text)`
      : sql`where t.at < ${cursor.at}::timestamptz`;
  const res = await db.execute<Row>(sql`
    select t.kind, t.row_id, to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
      t.actor_id, u.name as actor_name, t.entity_id, t.episode_id, t.facts
    from (${union}) as t (kind, row_id, at, actor_id, entity_id, episode_id, facts)
    left join users u on u.id = t.actor_id
    ${olderThan}
    order by t.at desc, ${key} desc
    limit ${req.limit + 1}`);
  const rows = res.rows.slice(0, req.limit);
  const last = rows.at(-1);
  const nextBefore = res.rows.length > req.limit && last ? `${last.at}~${last.kind}:${last.row_id}` : null;
  return { items: mergeRapidEdits(rows.map(toEntry)), nextBefore };
}
