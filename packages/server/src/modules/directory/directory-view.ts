import { isStale, type ServiceFields, type ServiceView } from '@careloop/core';
import type { directoryServices } from './directory.schema.js';

export type ServiceRow = typeof directoryServices.$inferSelect;

/** Row (+ its provider's name) -> API shape; `today` is the agency's calendar day (staleness). */
export function toServiceView(row: ServiceRow, organizationName: string, today: string): ServiceView {
  return {
    id: row.id,
    providerId: row.providerId,
    organizationName,
    name: row.name,
    category: row.category,
    description: row.description,
    languages: row.languages,
    eligibility: {
      ...row.eligibility,
      insurance: row.eligibility.insurance ?? [],
      diagnoses: row.eligibility.diagnoses ?? [],
      documents: row.eligibility.documents ?? [],
    },
    accessibility: row.accessibility,
    hours: row.hours,
    addressLine: row.addressLine,
    city: row.city,
    region: row.region,
    postalCode: row.postalCode,
    latitude: row.latitude,
    longitude: row.longitude,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    website: row.website,
    intakeMethod: row.intakeMethod,
    capacityStatus: row.capacityStatus,
    waitlistWeeks: row.waitlistWeeks,
    lastVerifiedOn: row.lastVerifiedOn,
    stale: isStale(row.lastVerifiedOn, today),
    active: row.active,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const words = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/_/g, ' ');

/** What typo-tolerant search matches on: name, provider, category, city and description, folded. */
export function searchTextOf(body: ServiceFields): string {
  return [body.name, body.organizationName, body.category, body.city, body.description]
    .map(words)
    .filter((s) => s.trim() !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 5000);
}

/** The columns an editor sets (create, update, import), from the validated body. */
export function serviceColumns(body: ServiceFields) {
  const e = body.eligibility ?? {};
  return {
    name: body.name,
    category: body.category,
    description: body.description ?? null,
    eligibility: {
      minAge: e.minAge ?? null,
      maxAge: e.maxAge ?? null,
      insurance: e.insurance ?? [],
      diagnoses: e.diagnoses ?? [],
      residency: e.residency ?? null,
      documents: e.documents ?? [],
      notes: e.notes ?? null,
    },
    languages: body.languages ?? [],
    accessibility: body.accessibility ?? null,
    hours: body.hours ?? null,
    addressLine: body.addressLine ?? null,
    city: body.city ?? null,
    region: body.region ?? null,
    postalCode: body.postalCode ?? null,
    latitude: body.latitude ?? null,
    longitude: body.longitude ?? null,
    contactName: body.contactName ?? null,
    phone: body.phone ?? null,
    email: body.email ?? null,
    website: body.website ?? null,
    intakeMethod: body.intakeMethod ?? null,
    capacityStatus: body.capacityStatus,
    waitlistWeeks: body.waitlistWeeks ?? null,
    searchText: searchTextOf(body),
  };
}
