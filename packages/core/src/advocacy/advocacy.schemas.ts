import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';

export const AdvocacyKinds = [
  'benefit_denial',
  'insurer_conflict',
  'housing_complaint',
  'rights_complaint',
  'other',
] as const;
export type AdvocacyKind = (typeof AdvocacyKinds)[number];

/** `open` while it runs; every other status ends it and needs an outcome text. */
export const AdvocacyStatuses = ['open', 'won', 'partly_won', 'lost', 'withdrawn', 'closed'] as const;
export type AdvocacyStatus = (typeof AdvocacyStatuses)[number];

export const DocumentDirections = ['received', 'sent'] as const;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const otherParty = z.object({
  name: text(200).min(1, 'Name the other party.'),
  contact: optionalText(500),
});

/** A date the case must meet (e.g. "appeal due"); the id keeps its task when the list is edited. */
export const advocacyDeadlineInput = z.object({
  id: z.uuid().optional(),
  what: text(200).min(1, 'Say what is due.'),
  dueDate: isoDate,
  met: z.boolean().optional(),
});
export type AdvocacyDeadlineInput = z.infer<typeof advocacyDeadlineInput>;

/** A named reference to a paper or file kept elsewhere (no upload). */
export const advocacyDocumentInput = z.object({
  id: z.uuid().optional(),
  title: text(200).min(1, 'Name the document.'),
  direction: z.enum(DocumentDirections),
  date: isoDate,
  keptAt: optionalText(300),
});
export type AdvocacyDocumentInput = z.infer<typeof advocacyDocumentInput>;

export const createAdvocacyCaseBody = z.object({
  kind: z.enum(AdvocacyKinds, { message: 'Choose the kind of case.' }),
  otherParty,
  summary: text(4000).min(1, 'Summarise the case.'),
  deadlines: z.array(advocacyDeadlineInput).max(20).default([]),
  documents: z.array(advocacyDocumentInput).max(100).default([]),
});
export type CreateAdvocacyCaseBody = z.infer<typeof createAdvocacyCaseBody>;

/** Edits and the status change; the lists, when sent, replace the stored ones. */
export const updateAdvocacyCaseBody = z
  .object({
    version: z.number().int().positive(),
    kind: z.enum(AdvocacyKinds).optional(),
    otherParty: otherParty.optional(),
    summary: text(4000).min(1, 'Summarise the case.').optional(),
    deadlines: z.array(advocacyDeadlineInput).max(20).optional(),
    documents: z.array(advocacyDocumentInput).max(100).optional(),
    status: z.enum(AdvocacyStatuses).optional(),
    outcome: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.status && v.status !== 'open' && !v.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Say how the case ended.' });
    }
  });
export type UpdateAdvocacyCaseBody = z.infer<typeof updateAdvocacyCaseBody>;

export const advocacyStepBody = z.object({
  date: isoDate,
  what: text(2000).min(1, 'Say what was done.'),
});
export type AdvocacyStepBody = z.infer<typeof advocacyStepBody>;

export const advocacyDeadline = z.object({
  id: z.uuid(),
  what: z.string(),
  dueDate: z.string(),
  met: z.boolean(),
});
export type AdvocacyDeadline = z.infer<typeof advocacyDeadline>;

export const advocacyDocument = z.object({
  id: z.uuid(),
  title: z.string(),
  direction: z.enum(DocumentDirections),
  date: z.string(),
  keptAt: z.string().nullable(),
});
export type AdvocacyDocument = z.infer<typeof advocacyDocument>;

export const advocacyStep = z.object({
  id: z.uuid(),
  date: z.string(),
  what: z.string(),
  byId: z.uuid(),
  byName: z.string().nullable(),
  recordedAt: z.string(),
});
export type AdvocacyStep = z.infer<typeof advocacyStep>;

export const advocacyCaseSummary = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(AdvocacyKinds),
  otherParty: z.object({ name: z.string(), contact: z.string().nullable() }),
  summary: z.string(),
  status: z.enum(AdvocacyStatuses),
  outcome: z.string().nullable(),
  /** The earliest deadline not yet met, while the case is open. */
  nextDeadline: advocacyDeadline.nullable(),
  ownerId: z.uuid(),
  ownerName: z.string().nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AdvocacyCaseSummary = z.infer<typeof advocacyCaseSummary>;

export const advocacyCaseView = advocacyCaseSummary.extend({
  deadlines: z.array(advocacyDeadline),
  documents: z.array(advocacyDocument),
  steps: z.array(advocacyStep),
});
export type AdvocacyCaseView = z.infer<typeof advocacyCaseView>;
