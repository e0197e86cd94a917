import {
  normalizeIdentifier,
  normalizeName,
  phoneDigits,
  type ClientView,
  type CreateClientBody,
  type UpdateClientBody,
} from '@careloop/core';
import type { AddressJson, clientIdentifiers, clients } from './clients.schema.js';

export type ClientRow = typeof clients.$inferSelect;
export type IdentifierRow = typeof clientIdentifiers.$inferSelect;

export function addressKey(a: AddressJson | null | undefined): string | null {
  if (!a) return null;
  const street = normalizeName(a.line1)
    .replace(/\b(street|st|avenue|ave|road|rd|apt|unit|#)\b/g, '')
    .replace(/\s+/g, '');
  return street ? `${street}|${a.postalCode.replace(/\s/g, '').slice(0, 5)}` : null;
}

/** Column values derived from the editable fields (search forms, digits, keys). */
export function derivedColumns(v: {
  firstName: string;
  lastName: string;
  preferredName?: string | null;
  phones: { number: string }[];
  homeAddress?: AddressJson | null;
}) {
  return {
    searchFirst: normalizeName(v.firstName),
    searchLast: normalizeName(v.lastName),
    searchPreferred: normalizeName(v.preferredName),
    phoneDigits: [...new Set(v.phones.map((p) => phoneDigits(p.number)).filter((d) => d.length >= 7))],
    addressKey: addressKey(v.homeAddress),
  };
}

type ClientColumns = Partial<typeof clients.$inferInsert>;

/** Maps API fields to columns; only the fields present are set (PATCH semantics). */
export function columnsFrom(body: Partial<CreateClientBody> & UpdateClientBody): ClientColumns {
  const c: ClientColumns = {};
  if (body.firstName !== undefined) c.firstName = body.firstName;
  if (body.middleName !== undefined) c.middleName = body.middleName;
  if (body.lastName !== undefined) c.lastName = body.lastName;
  if (body.preferredName !== undefined) c.preferredName = body.preferredName;
  if (body.pronouns !== undefined) c.pronouns = body.pronouns;
  if (body.dateOfBirth !== undefined) c.dateOfBirth = body.dateOfBirth;
  if (body.sexAssignedAtBirth !== undefined) c.sexAtBirth = body.sexAssignedAtBirth;
  if (body.genderIdentity !== undefined) c.genderIdentity = body.genderIdentity;
  if (body.race !== undefined) c.race = body.race;
  if (body.ethnicity !== undefined) c.ethnicity = body.ethnicity;
  if (body.preferredLanguage !== undefined) c.preferredLanguage = body.preferredLanguage;
  if (body.interpreterNeeded !== undefined) c.interpreterNeeded = body.interpreterNeeded;
  if (body.phones !== undefined) c.phones = body.phones;
  if (body.email !== undefined) c.email = body.email;
  if (body.homeAddress !== undefined) c.homeAddress = body.homeAddress;
  if (body.mailingAddress !== undefined) c.mailingAddress = body.mailingAddress;
  if (body.housingStatus !== undefined) c.housingStatus = body.housingStatus;
  if (body.veteranStatus !== undefined) c.veteranStatus = body.veteranStatus;
  if (body.communication !== undefined) c.communication = body.communication;
  if (body.status !== undefined) c.status = body.status;
  if (body.deceasedDate !== undefined) c.deceasedDate = body.deceasedDate;
  return c;
}

export function identifierRows(organizationId: string, clientId: string, ids: CreateClientBody['identifiers']) {
  return ids.map((i) => ({
    organizationId,
    clientId,
    type: i.type,
    value: i.value,
    valueNorm: normalizeIdentifier(i.value),
    issuer: i.issuer ?? null,
  }));
}

export function toClientView(row: ClientRow, identifiers: IdentifierRow[]): ClientView {
  return {
    id: row.id,
    mrn: row.mrn,
    firstName: row.firstName,
    middleName: row.middleName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    pronouns: row.pronouns,
    dateOfBirth: row.dateOfBirth,
    sexAssignedAtBirth: row.sexAtBirth,
    genderIdentity: row.genderIdentity,
    race: row.race,
    ethnicity: row.ethnicity,
    preferredLanguage: row.preferredLanguage,
    interpreterNeeded: row.interpreterNeeded,
    phones: row.phones,
    email: row.email,
    homeAddress: row.homeAddress ? { ...row.homeAddress, line2: row.homeAddress.line2 ?? null } : null,
    mailingAddress: row.mailingAddress ? { ...row.mailingAddress, line2: row.mailingAddress.line2 ?? null } : null,
    housingStatus: row.housingStatus,
    veteranStatus: row.veteranStatus,
    communication: { ...row.communication, notes: row.communication.notes ?? null },
    identifiers: identifiers.map((i) => ({
      type: i.type,
      value: i.value,
      issuer: i.issuer,
    })),
    status: row.status,
    deceasedDate: row.deceasedDate,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
