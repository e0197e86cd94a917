/** What merging needs of an entry; the timeline view carries these fields. */
export interface MergeableEntry {
  kind: string;
  entityId: string;
  actorId: string | null;
  occurredAt: string;
  count: number;
  earliestAt: string;
}

export const DEFAULT_MERGE_WINDOW_MINUTES = 10;

/**
 * Merges rapid consecutive edits: entries (newest first) of the same kind, on the same record,
 * by the same person, within `windowMinutes` of the newest entry of the run become one entry
 * (the newest) with the run's count and its oldest time. Measuring from the newest entry, not
 * from the previous one, keeps a day of steady edits from collapsing into a single line.
 * Entries without an actor never merge: nobody can be said to have made them in one go.
 */
export function mergeRapidEdits<T extends MergeableEntry>(
  entries: readonly T[],
  windowMinutes = DEFAULT_MERGE_WINDOW_MINUTES,
): T[] {
  const windowMs = windowMinutes * 60_000;
  const out: T[] = [];
  for (const e of entries) {
    const head = out.at(-1);
    const joins =
      head !== undefined &&
      e.actorId !== null &&
      e.kind === head.kind &&
      e.entityId === head.entityId &&
      e.actorId === head.actorId &&
      Date.parse(head.occurredAt) - Date.parse(e.occurredAt) <= windowMs;
    if (joins) out[out.length - 1] = Object.assign({}, head, { count: head.count + e.count, earliestAt: e.earliestAt });
    else out.push(e);
  }
  return out;
}
