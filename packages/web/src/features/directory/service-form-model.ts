import { createServiceBody, type CreateServiceBody, type ServiceView } from '@careloop/core';

/** The form's state: text as typed (numbers and lists parsed on save). */
export interface ServiceFormState {
  name: string;
  organizationName: string;
  category: string;
  description: string;
  languages: string;
  minAge: string;
  maxAge: string;
  insurance: string;
  diagnoses: string;
  residency: string;
  documents: string;
  eligibilityNotes: string;
  accessibility: string;
  hours: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  latitude: string;
  longitude: string;
  contactName: string;
  phone: string;
  email: string;
  website: string;
  intakeMethod: string;
  capacityStatus: string;
  waitlistWeeks: string;
  lastVerifiedOn: string;
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
/** A number when it reads as one; otherwise the text, so the schema names the field. */
const num = (s: string): number | string | null => (s.trim() === '' ? null : Number.isNaN(Number(s)) ? s : Number(s));
const joined = (items: readonly string[] | undefined) => (items ?? []).join(', ');
const str = (v: string | number | null | undefined) => (v == null ? '' : String(v));

/** A new entry: open, and verified today (entering it is confirming it with the provider). */
export const emptyForm = (today: string): ServiceFormState => formFrom(null, today);

export function formFrom(s: ServiceView | null, today: string): ServiceFormState {
  const e = s?.eligibility;
  return {
    name: s?.name ?? '',
    organizationName: s?.organizationName ?? '',
    category: s?.category ?? '',
    description: str(s?.description),
    languages: joined(s?.languages),
    minAge: str(e?.minAge),
    maxAge: str(e?.maxAge),
    insurance: joined(e?.insurance),
    diagnoses: joined(e?.diagnoses),
    residency: str(e?.residency),
    documents: joined(e?.documents),
    eligibilityNotes: str(e?.notes),
    accessibility: str(s?.accessibility),
    hours: str(s?.hours),
    addressLine: str(s?.addressLine),
    city: str(s?.city),
    region: str(s?.region),
    postalCode: str(s?.postalCode),
    latitude: str(s?.latitude),
    longitude: str(s?.longitude),
    contactName: str(s?.contactName),
    phone: str(s?.phone),
    email: str(s?.email),
    website: str(s?.website),
    intakeMethod: str(s?.intakeMethod),
    capacityStatus: s?.capacityStatus ?? 'open',
    waitlistWeeks: str(s?.waitlistWeeks),
    lastVerifiedOn: s ? str(s.lastVerifiedOn) : today,
  };
}

/** The request body from the form (unchecked: the shared schema checks it). */
export function bodyOf(f: ServiceFormState): Record<string, unknown> {
  return {
    name: f.name,
    organizationName: f.organizationName,
    category: f.category,
    description: f.description,
    languages: list(f.languages),
    eligibility: {
      minAge: num(f.minAge),
      maxAge: num(f.maxAge),
      insurance: list(f.insurance),
      diagnoses: list(f.diagnoses),
      residency: f.residency,
      documents: list(f.documents),
      notes: f.eligibilityNotes,
    },
    accessibility: f.accessibility,
    hours: f.hours,
    addressLine: f.addressLine,
    city: f.city,
    region: f.region,
    postalCode: f.postalCode,
    latitude: num(f.latitude),
    longitude: num(f.longitude),
    contactName: f.contactName,
    phone: f.phone,
    email: f.email,
    website: f.website,
    intakeMethod: f.intakeMethod || null,
    capacityStatus: f.capacityStatus,
    waitlistWeeks: num(f.waitlistWeeks),
    lastVerifiedOn: f.lastVerifiedOn || null,
  };
}

/** Checks the form with the core schema the server uses; messages by the server's field paths. */
export function checkForm(
  f: ServiceFormState,
): { ok: true; body: CreateServiceBody } | { ok: false; fields: Record<string, string> } {
  const body = bodyOf(f);
  const parsed = createServiceBody.safeParse(body);
  if (parsed.success) return { ok: true, body: body as CreateServiceBody };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p) => typeof p !== 'number').join('.');
    fields[path] ??= issue.message;
  }
  return { ok: false, fields };
}
