import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import { FlagKinds } from '../assessments/assessment.schemas.js';
import { RiskTiers } from '../risk/risk-levels.js';
import { safetyPlanView } from '../safety-plans/safety-plan.schemas.js';
import { crisisEventView } from '../crisis/crisis.schemas.js';

const text = (max: number) => z.string().trim().max(max);
const instant = z.iso.datetime({ offset: true, message: 'Must be a date and time.' });

/** One on-call shift: who carries the phone for a program from `startsAt` until `endsAt`. */
export const onCallShiftBody = z
  .object({
    programId: z.uuid({ message: 'Choose a program.' }),
    userId: z.uuid({ message: 'Choose who is on call.' }),
    startsAt: instant,
    endsAt: instant,
    note: text(500).nullable().optional(),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    path: ['endsAt'],
    message: 'The shift must end after it starts.',
  });
export type OnCallShiftBody = z.infer<typeof onCallShiftBody>;

export const onCallShiftView = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  userId: z.uuid(),
  userName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  note: z.string().nullable(),
  /** True while the request's clock is inside the shift. */
  current: z.boolean(),
});
export type OnCallShiftView = z.infer<typeof onCallShiftView>;

export const onCallScheduleView = z.object({
  items: z.array(onCallShiftView),
  /** Whether the caller may add or remove shifts for at least one program. */
  canManage: z.boolean(),
  /** Programs the caller may schedule (all for admins, the supervised ones for supervisors). */
  manageablePrograms: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type OnCallScheduleView = z.infer<typeof onCallScheduleView>;

export const CoverageReasons = ['leave', 'vacancy', 'other'] as const;
export type CoverageReason = (typeof CoverageReasons)[number];

export const createCoverageBody = z
  .object({
    coveredUserId: z.uuid({ message: 'Choose whose caseload is covered.' }),
    coveringUserId: z.uuid({ message: 'Choose who covers.' }),
    startsOn: isoDate,
    endsOn: isoDate,
    reason: z.enum(CoverageReasons, { message: 'Choose a reason.' }),
    note: text(500).nullable().optional(),
  })
  .refine((b) => b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'The coverage must end on or after its start.' })
  .refine((b) => b.coveredUserId !== b.coveringUserId, {
    path: ['coveringUserId'],
    message: 'Someone else must cover.',
  });
export type CreateCoverageBody = z.infer<typeof createCoverageBody>;

export const updateCoverageBody = z.object({
  version: z.number().int().positive(),
  endsOn: isoDate.optional(),
  reason: z.enum(CoverageReasons).optional(),
  note: text(500).nullable().optional(),
});
export type UpdateCoverageBody = z.infer<typeof updateCoverageBody>;

export const endCoverageBody = z.object({ version: z.number().int().positive() });

export const coverageView = z.object({
  id: z.uuid(),
  coveredUserId: z.uuid(),
  coveredUserName: z.string(),
  coveringUserId: z.uuid(),
  coveringUserName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  reason: z.enum(CoverageReasons),
  note: z.string().nullable(),
  createdById: z.uuid(),
  /** Inside its date range today (the organisation's local date). */
  active: z.boolean(),
  version: z.number().int(),
});
export type CoverageView = z.infer<typeof coverageView>;

/** The purpose of an on-call look at a chart: free text (it may name the client), so never in a URL. */
export const crisisViewBody = z.object({
  purpose: text(500).min(3, 'Say why you are opening this chart (e.g. "crisis call from client").'),
});
export type CrisisViewBody = z.infer<typeof crisisViewBody>;

/**
 * The crisis-relevant part of the chart only. Sections from other modules (the safety plan, recent
 * crises) are added as further optional keys, so this object is extended, never reshaped.
 */
export const crisisView = z.object({
  client: z.object({
    id: z.uuid(),
    mrn: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    preferredName: z.string().nullable(),
    pronouns: z.string().nullable(),
    dateOfBirth: z.string(),
    age: z.number().int(),
    phones: z.array(z.object({ type: z.string(), number: z.string() })),
  }),
  alerts: z.array(z.object({ kind: z.enum(FlagKinds), raisedAt: z.string() })),
  riskTier: z.enum(RiskTiers).nullable(),
  programs: z.array(z.object({ id: z.uuid(), name: z.string(), model: z.string(), stage: z.string() })),
  careTeam: z.array(z.object({ name: z.string(), role: z.string(), phone: z.string().nullable() })),
  supportContacts: z.array(
    z.object({ name: z.string(), relationship: z.string(), phone: z.string().nullable(), roles: z.array(z.string()) }),
  ),
  /** The current safety plan (newest signed, else the draft being written), or null. */
  safetyPlan: safetyPlanView.nullable(),
  /** The latest crisis events, newest first (open ones show what is going on now). */
  recentCrises: z.array(crisisEventView),
  /** Why this access was granted: on an on-call shift, the on-call standing, or chart access. */
  accessBasis: z.enum(['on_call_shift', 'on_call_standing', 'chart']),
});
export type CrisisView = z.infer<typeof crisisView>;

/** The clients an on-call worker may open: those with an open episode in a program they are on call for. */
export const onCallClientSearchQuery = z.object({ q: text(100).min(2, 'Type at least two characters.') });
export const onCallClientHit = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  programName: z.string(),
});
export type OnCallClientHit = z.infer<typeof onCallClientHit>;
