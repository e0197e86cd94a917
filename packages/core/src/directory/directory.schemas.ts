import { z } from 'zod';
import { isoDate } from '../clients/client.schemas.js';
import { NeedDomains } from '../needs/needs-domains.js';
import { ServiceCategories } from '../services/service-categories.js';
import { parseGeoPoint } from './distance.js';
import { CapacityStatuses, IntakeMethods } from './directory-fields.js';
import { EligibilityMisses } from './eligibility.js';

const text = (max: number) => z.string().trim().max(max);
/** Optional free text; blank is stored as null. */
const optionalText = (max: number) =>
  text(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
const shortList = (max: number) => z.array(text(max).min(1)).max(50);
const age = z.number().int('Use whole years.').min(0, 'Age cannot be negative.').max(120, 'Use an age up to 120.');

export const eligibilitySchema = z
  .object({
    minAge: age.nullable().optional(),
    maxAge: age.nullable().optional(),
    insurance: shortList(100).optional(),
    diagnoses: shortList(200).optional(),
    residency: optionalText(200),
    documents: shortList(200).optional(),
    notes: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.minAge != null && v.maxAge != null && v.minAge > v.maxAge) {
      ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'The maximum age is below the minimum age.' });
    }
  });
export type EligibilityInput = z.input<typeof eligibilitySchema>;

/** Everything an editor states about one service (the form, the API and each CSV row share it). */
export const serviceFields = z.object({
  name: text(200).min(1, 'Name the service.'),
  organizationName: text(200).min(1, 'Name the organization that offers it.'),
  category: z.enum(ServiceCategories, { message: 'Choose a service category.' }),
  description: optionalText(4000),
  languages: z.array(text(40).min(1)).max(30).optional(),
  eligibility: eligibilitySchema.optional(),
  accessibility: optionalText(1000),
  hours: optionalText(500),
  addressLine: optionalText(300),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  latitude: z
    .number()
    .min(-90, 'Latitude is between -90 and 90.')
    .max(90, 'Latitude is between -90 and 90.')
    .nullable()
    .optional(),
  longitude: z
    .number()
    .min(-180, 'Longitude is between -180 and 180.')
    .max(180, 'Longitude is between -180 and 180.')
    .nullable()
    .optional(),
  contactName: optionalText(200),
  phone: optionalText(50),
  email: z
    .union([z.literal(''), z.email('Enter a valid e-mail address.').max(254)])
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  website: optionalText(500),
  intakeMethod: z.enum(IntakeMethods, { message: 'Choose how clients get in.' }).nullable().optional(),
  capacityStatus: z.enum(CapacityStatuses, { message: 'Choose the capacity.' }).default('open'),
  waitlistWeeks: z.number().int('Use whole weeks.').min(0).max(520).nullable().optional(),
  /** When someone last confirmed the entry with the provider (omitted on create: today). */
  lastVerifiedOn: isoDate.nullable().optional(),
});

/** Coordinates come in pairs (a latitude alone places nothing). */
function coordinatesPaired(v: { latitude?: number | null; longitude?: number | null }, ctx: z.RefinementCtx) {
  if ((v.latitude == null) !== (v.longitude == null)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.latitude == null ? 'latitude' : 'longitude'],
      message: 'Give both latitude and longitude, or neither.',
    });
  }
}

export const createServiceBody = serviceFields.superRefine(coordinatesPaired);
export type CreateServiceBody = z.input<typeof createServiceBody>;
export type ServiceFields = z.output<typeof createServiceBody>;

export const updateServiceBody = serviceFields
  .extend({ version: z.number().int().positive().optional() })
  .superRefine(coordinatesPaired);
export type UpdateServiceBody = z.input<typeof updateServiceBody>;

export const serviceView = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  organizationName: z.string(),
  name: z.string(),
  category: z.enum(ServiceCategories),
  description: z.string().nullable(),
  languages: z.array(z.string()),
  eligibility: z.object({
    minAge: z.number().nullable().optional(),
    maxAge: z.number().nullable().optional(),
    insurance: z.array(z.string()).optional(),
    diagnoses: z.array(z.string()).optional(),
    residency: z.string().nullable().optional(),
    documents: z.array(z.string()).optional(),
    notes: z.string().nullable().optional(),
  }),
  accessibility: z.string().nullable(),
  hours: z.string().nullable(),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  intakeMethod: z.enum(IntakeMethods).nullable(),
  capacityStatus: z.enum(CapacityStatuses),
  waitlistWeeks: z.number().nullable(),
  lastVerifiedOn: z.string().nullable(),
  /** Not verified within STALE_AFTER_MONTHS (or never). */
  stale: z.boolean(),
  active: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type ServiceView = z.infer<typeof serviceView>;

/** A search hit: the service, how far from `near`, and why the person may not qualify. */
export const serviceSearchItem = serviceView.extend({
  distanceMiles: z.number().nullable(),
  /** Eligibility reasons the probe (age, insurance, ...) misses; empty when it fits or was not asked. */
  misses: z.array(z.enum(EligibilityMisses)),
});
export type ServiceSearchItem = z.infer<typeof serviceSearchItem>;

const optionalQueryText = (max: number) =>
  text(max)
    .optional()
    .transform((s) => (s ? s : undefined));

/**
 * Search: `q` tolerates typos (trigram similarity). Clients carry no coordinates, so distance is
 * from `near=lat,lng` (e.g. the client's home as the case manager knows it), never geocoded.
 */
export const serviceSearchQuery = z.object({
  q: optionalQueryText(200),
  category: z.enum(ServiceCategories).optional(),
  /** An assessed need: the categories that answer it (NEED_CATEGORIES). */
  need: z.enum(NeedDomains).optional(),
  language: optionalQueryText(40),
  age: z.coerce.number().int().min(0).max(120).optional(),
  insurance: optionalQueryText(100),
  diagnosis: optionalQueryText(200),
  residency: optionalQueryText(200),
  near: text(60)
    .refine((s) => parseGeoPoint(s) !== null, 'Use "latitude,longitude" in decimal degrees.')
    .optional(),
  /** Ineligible services are left out unless asked for (they then carry their misses). */
  includeIneligible: z.stringbool().optional(),
  includeInactive: z.stringbool().optional(),
  staleOnly: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ServiceSearchQuery = z.input<typeof serviceSearchQuery>;

export const ImportModes = ['all_or_nothing', 'good_rows'] as const;
export type ImportMode = (typeof ImportModes)[number];

/** CSV text (header row + rows, the columns of SERVICE_CSV_COLUMNS) and what to do with bad rows. */
export const importServicesBody = z.object({
  csv: z.string().min(1, 'Paste or choose a CSV file.').max(5_000_000, 'The file is too large (5 MB at most).'),
  mode: z.enum(ImportModes).default('all_or_nothing'),
  /** Check only: report the row errors and import nothing. */
  dryRun: z.boolean().optional(),
});
export type ImportServicesBody = z.input<typeof importServicesBody>;

export const importRowError = z.object({
  /** The line in the file: the header is row 1, the first service row 2. */
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

/** The import's answer: always 200; all_or_nothing with any bad row imports 0 and lists them. */
export const importServicesResult = z.object({
  mode: z.enum(ImportModes),
  dryRun: z.boolean(),
  total: z.number().int(),
  imported: z.number().int(),
  /** Rows with at least one error (each error is listed in `errors`). */
  rejectedRows: z.number().int(),
  errors: z.array(importRowError),
});
export type ImportServicesResult = z.infer<typeof importServicesResult>;
