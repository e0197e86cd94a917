import { z } from 'zod';
import { createServiceBody, type ServiceFields, type ServiceView } from './directory.schemas.js';

/**
 * The columns of the directory CSV, in order (export writes them, import reads them by header
 * name; unknown columns are ignored). Lists (languages, insurance, diagnoses, documents) are
 * separated by ";". An empty cell is "not stated"; an empty lastVerifiedOn means never verified.
 */
export const SERVICE_CSV_COLUMNS = [
  'name',
  'organizationName',
  'category',
  'description',
  'languages',
  'minAge',
  'maxAge',
  'insurance',
  'diagnoses',
  'residency',
  'documents',
  'eligibilityNotes',
  'accessibility',
  'hours',
  'addressLine',
  'city',
  'region',
  'postalCode',
  'latitude',
  'longitude',
  'contactName',
  'phone',
  'email',
  'website',
  'intakeMethod',
  'capacityStatus',
  'waitlistWeeks',
  'lastVerifiedOn',
] as const;
export type ServiceCsvColumn = (typeof SERVICE_CSV_COLUMNS)[number];

/** Columns a file must have (the rest may be left out). */
export const REQUIRED_CSV_COLUMNS: readonly ServiceCsvColumn[] = ['name', 'organizationName', 'category'];

/** One row as the CSV parser gives it: header name -> cell text. */
export const serviceCsvRow = z.record(z.string(), z.string());
export type ServiceCsvRow = z.infer<typeof serviceCsvRow>;

export interface CsvFieldError {
  field: string;
  message: string;
}

export type CsvRowResult = { ok: true; value: ServiceFields } | { ok: false; errors: CsvFieldError[] };

const LIST_SEPARATOR = ';';
const NUMBER_COLUMNS = ['minAge', 'maxAge', 'latitude', 'longitude', 'waitlistWeeks'] as const;

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const cellText = (cell: string | undefined): string | null => {
  const s = (cell ?? '').trim();
  return s === '' ? null : s;
};

/** The schema's path back to the column the user sees (eligibility.minAge -> minAge). */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, sub] = path;
  if (head === 'eligibility') return sub === 'notes' ? 'eligibilityNotes' : String(sub ?? 'eligibility');
  return String(head ?? 'row');
}

/** Validates one CSV row with the same schema as the API and the form; errors name the column. */
export function csvRowToService(row: ServiceCsvRow): CsvRowResult {
  const errors: CsvFieldError[] = [];
  const numbers: Partial<Record<(typeof NUMBER_COLUMNS)[number], number | null>> = {};
  for (const col of NUMBER_COLUMNS) {
    const s = cellText(row[col]);
    if (s === null) numbers[col] = null;
    else if (/^-?\d+(\.\d+)?$/.test(s)) numbers[col] = Number(s);
    else errors.push({ field: col, message: 'Enter a number.' });
  }
  const body = {
    name: row.name ?? '',
    organizationName: row.organizationName ?? '',
    category: (row.category ?? '').trim(),
    description: row.description ?? null,
    languages: list(row.languages),
    eligibility: {
      minAge: numbers.minAge ?? null,
      maxAge: numbers.maxAge ?? null,
      insurance: list(row.insurance),
      diagnoses: list(row.diagnoses),
      residency: row.residency ?? null,
      documents: list(row.documents),
      notes: row.eligibilityNotes ?? null,
    },
    accessibility: row.accessibility ?? null,
    hours: row.hours ?? null,
    addressLine: row.addressLine ?? null,
    city: row.city ?? null,
    region: row.region ?? null,
    postalCode: row.postalCode ?? null,
    latitude: numbers.latitude ?? null,
    longitude: numbers.longitude ?? null,
    contactName: row.contactName ?? null,
    phone: row.phone ?? null,
    email: cellText(row.email),
    website: row.website ?? null,
    intakeMethod: cellText(row.intakeMethod),
    capacityStatus: cellText(row.capacityStatus) ?? undefined,
    waitlistWeeks: numbers.waitlistWeeks ?? null,
    lastVerifiedOn: cellText(row.lastVerifiedOn),
  };
  const parsed = createServiceBody.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = columnOf(issue.path);
      // A number column that was not a number is reported once, above.
      if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

const joinList = (items: readonly string[] | undefined) => (items ?? []).join(`${LIST_SEPARATOR} `);
const cell = (v: string | number | null | undefined) => (v == null ? '' : String(v));

/** One service as a CSV record (every column, in SERVICE_CSV_COLUMNS order). */
export function serviceToCsvRecord(s: ServiceView): Record<ServiceCsvColumn, string> {
  return {
    name: s.name,
    organizationName: s.organizationName,
    category: s.category,
    description: cell(s.description),
    languages: joinList(s.languages),
    minAge: cell(s.eligibility.minAge),
    maxAge: cell(s.eligibility.maxAge),
    insurance: joinList(s.eligibility.insurance),
    diagnoses: joinList(s.eligibility.diagnoses),
    residency: cell(s.eligibility.residency),
    documents: joinList(s.eligibility.documents),
    eligibilityNotes: cell(s.eligibility.notes),
    accessibility: cell(s.accessibility),
    hours: cell(s.hours),
    addressLine: cell(s.addressLine),
    city: cell(s.city),
    region: cell(s.region),
    postalCode: cell(s.postalCode),
    latitude: cell(s.latitude),
    longitude: cell(s.longitude),
    contactName: cell(s.contactName),
    phone: cell(s.phone),
    email: cell(s.email),
    website: cell(s.website),
    intakeMethod: cell(s.intakeMethod),
    capacityStatus: s.capacityStatus,
    waitlistWeeks: cell(s.waitlistWeeks),
    lastVerifiedOn: cell(s.lastVerifiedOn),
  };
}
