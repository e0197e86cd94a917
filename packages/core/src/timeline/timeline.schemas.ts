import { z } from 'zod';
import { ContactOutcomes, ContactTypes, NoteFormats } from '../contacts/contact.schemas.js';
import { NoteStatuses } from '../contacts/note-status.js';
import { EPISODE_STAGE_LIST } from '../episodes/episode-stage.js';
import { InstrumentIds } from '../instruments/instrument-types.js';

/**
 * What the client timeline shows, one kind per source. Psychotherapy notes are never a source
 * (CLINICAL.md §11.5); referrals join as a kind when that module arrives.
 */
export const TimelineKinds = [
  'contact',
  'note',
  'addendum',
  'assessment',
  'needs_assessment',
  'plan_version',
  'plan_review',
  'stage_change',
] as const;
export type TimelineKind = (typeof TimelineKinds)[number];

const entryBase = {
  /** `<kind>:<row id>`: unique across kinds, and the tie-breaker of the keyset cursor. */
  id: z.string(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** The record the entry is about (contact, note, result, plan, episode): rapid edits merge on it. */
  entityId: z.uuid(),
  episodeId: z.uuid().nullable(),
  /** More than 1 when rapid consecutive edits were merged into this entry. */
  count: z.number().int().min(1),
  /** The oldest of the merged entries (equals occurredAt when count is 1). */
  earliestAt: z.string(),
};

const entry = <K extends TimelineKind, F extends z.ZodRawShape>(kind: K, facts: F) =>
  z.object({ ...entryBase, kind: z.literal(kind), facts: z.object(facts) });

/** One line of the timeline: ids, codes, scores and dates only — nothing the chart does not show. */
export const timelineEntry = z.discriminatedUnion('kind', [
  entry('contact', {
    type: z.enum(ContactTypes),
    outcome: z.enum(ContactOutcomes),
    durationMinutes: z.number().int(),
    lateEntry: z.boolean(),
    enteredAt: z.string(),
    voided: z.boolean(),
    noteId: z.uuid().nullable(),
    /** The contact's progress note, by the core rule (`noteStatus`): the co-sign wait is visible. */
    noteStatus: z.enum(NoteStatuses).nullable(),
  }),
  entry('note', {
    contactId: z.uuid().nullable(),
    contactType: z.enum(ContactTypes).nullable(),
    format: z.enum(NoteFormats),
    lateEntry: z.boolean(),
    cosignRequired: z.boolean(),
    cosignedAt: z.string().nullable(),
  }),
  entry('addendum', { noteId: z.uuid() }),
  entry('assessment', {
    instrument: z.enum(InstrumentIds),
    total: z.number().int().nullable(),
    severity: z.string().nullable(),
    riskLevel: z.string().nullable(),
  }),
  entry('needs_assessment', {}),
  entry('plan_version', { versionNumber: z.number().int() }),
  entry('plan_review', { versionNumber: z.number().int(), gasTScore: z.number().nullable() }),
  entry('stage_change', {
    fromStage: z.enum(EPISODE_STAGE_LIST).nullable(),
    toStage: z.enum(EPISODE_STAGE_LIST),
    programName: z.string(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** `before`: an ISO instant, or the `nextBefore` cursor of the previous page (`<instant>~<entry id>`). */
const TIMELINE_CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))(?:~([a-z_]+:[0-9a-f-]{36}))?$/;

export interface TimelineCursor {
  at: string;
  /** Entries at exactly `at` with a smaller id still follow; absent: strictly before `at`. */
  id: string | null;
}

export function parseTimelineCursor(value: string): TimelineCursor | null {
  const m = TIMELINE_CURSOR.exec(value);
  if (!m?.[1] || Number.isNaN(Date.parse(m[1]))) return null;
  return { at: new Date(m[1]).toISOString(), id: m[2] ?? null };
}

export const timelineQuery = z.object({
  /** Comma-separated kinds; empty or absent means every kind. */
  kinds: z
    .string()
    .max(400)
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = list.filter((k) => !(TimelineKinds as readonly string[]).includes(k));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `Unknown kinds; use ${TimelineKinds.join(', ')}.` });
        return z.NEVER;
      }
      return list.length ? (list as TimelineKind[]) : [...TimelineKinds];
    }),
  before: z
    .string()
    .max(120)
    .optional()
    .refine((v) => v === undefined || parseTimelineCursor(v) !== null, {
      message: 'Use an ISO date-time or the nextBefore value of the previous page.',
    }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const timelineResponse = z.object({
  items: z.array(timelineEntry),
  /** Pass as `before` for the next (older) page; null at the start of the record. */
  nextBefore: z.string().nullable(),
});
export type TimelineResponse = z.infer<typeof timelineResponse>;
