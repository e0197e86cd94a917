import type { ClientView, CreateClientBody, UpdateClientBody } from '@careloop/core';

/** The registration/edit form's flat values (one phone, one Medicaid ID, one address). */
export interface ClientFormValues {
  firstName: string;
  middleName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  sexAssignedAtBirth: string | null;
  genderIdentity: string | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  phone: string;
  phoneType: string;
  email: string;
  line1: string;
  city: string;
  state: string;
  postalCode: string;
  housingStatus: string | null;
  veteranStatus: string | null;
  medicaidId: string;
  okToText: boolean;
  okToVoicemail: boolean;
  okToMail: boolean;
  communicationNotes: string;
  status: string;
  deceasedDate: string;
}

export const emptyClientForm: ClientFormValues = {
  firstName: '',
  middleName: '',
  lastName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '',
  sexAssignedAtBirth: null,
  genderIdentity: null,
  preferredLanguage: 'en',
  interpreterNeeded: false,
  phone: '',
  phoneType: 'mobile',
  email: '',
  line1: '',
  city: '',
  state: '',
  postalCode: '',
  housingStatus: null,
  veteranStatus: null,
  medicaidId: '',
  okToText: false,
  okToVoicemail: false,
  okToMail: false,
  communicationNotes: '',
  status: 'active',
  deceasedDate: '',
};

export function valuesFromClient(c: ClientView): ClientFormValues {
  const phone = c.phones[0];
  return {
    firstName: c.firstName,
    middleName: c.middleName ?? '',
    lastName: c.lastName,
    preferredName: c.preferredName ?? '',
    pronouns: c.pronouns ?? '',
    dateOfBirth: c.dateOfBirth,
    sexAssignedAtBirth: c.sexAssignedAtBirth,
    genderIdentity: c.genderIdentity,
    preferredLanguage: c.preferredLanguage,
    interpreterNeeded: c.interpreterNeeded,
    phone: phone?.number ?? '',
    phoneType: phone?.type ?? 'mobile',
    email: c.email ?? '',
    line1: c.homeAddress?.line1 ?? '',
    city: c.homeAddress?.city ?? '',
    state: c.homeAddress?.state ?? '',
    postalCode: c.homeAddress?.postalCode ?? '',
    housingStatus: c.housingStatus,
    veteranStatus: c.veteranStatus,
    medicaidId: c.identifiers.find((i) => i.type === 'medicaid')?.value ?? '',
    okToText: c.communication.okToText,
    okToVoicemail: c.communication.okToVoicemail,
    okToMail: c.communication.okToMail,
    communicationNotes: c.communication.notes ?? '',
    status: c.status,
    deceasedDate: c.deceasedDate ?? '',
  };
}

/**
 * Request body from the form. When editing, phones and identifiers the form does not show
 * (a second phone, a state ID) are carried over unchanged.
 */
export function bodyFromValues(v: ClientFormValues, original?: ClientView): CreateClientBody & UpdateClientBody {
  const address =
    v.line1 || v.city || v.state || v.postalCode
      ? { line1: v.line1, city: v.city, state: v.state, postalCode: v.postalCode }
      : null;
  const otherPhones = original?.phones.slice(1) ?? [];
  const otherIds = original?.identifiers.filter((i) => i.type !== 'medicaid') ?? [];
  const body: CreateClientBody & UpdateClientBody = {
    firstName: v.firstName,
    middleName: v.middleName || null,
    lastName: v.lastName,
    preferredName: v.preferredName || null,
    pronouns: v.pronouns || null,
    dateOfBirth: v.dateOfBirth,
    sexAssignedAtBirth: (v.sexAssignedAtBirth as CreateClientBody['sexAssignedAtBirth']) ?? null,
    genderIdentity: (v.genderIdentity as CreateClientBody['genderIdentity']) ?? null,
    preferredLanguage: v.preferredLanguage || 'en',
    interpreterNeeded: v.interpreterNeeded,
    phones: [
      ...(v.phone.trim() ? [{ type: v.phoneType as 'mobile', number: v.phone.trim(), primary: true }] : []),
      ...otherPhones,
    ],
    email: v.email.trim() || null,
    homeAddress: address,
    housingStatus: (v.housingStatus as CreateClientBody['housingStatus']) ?? null,
    veteranStatus: (v.veteranStatus as CreateClientBody['veteranStatus']) ?? null,
    communication: {
      okToText: v.okToText,
      okToVoicemail: v.okToVoicemail,
      okToMail: v.okToMail,
      notes: v.communicationNotes || null,
    },
    identifiers: [
      ...(v.medicaidId.trim() ? [{ type: 'medicaid' as const, value: v.medicaidId.trim(), issuer: null }] : []),
      ...otherIds,
    ],
  };
  if (original) {
    body.status = v.status as UpdateClientBody['status'];
    body.deceasedDate = v.deceasedDate || null;
  }
  return body;
}

/** Server field paths (e.g. `phones.0.number`) mapped to the form field that shows them. */
export function formErrors(fields: Record<string, string>): Partial<Record<keyof ClientFormValues, string>> {
  const out: Partial<Record<keyof ClientFormValues, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key: keyof ClientFormValues | undefined = path.startsWith('phones.')
      ? 'phone'
      : path.startsWith('identifiers.')
        ? 'medicaidId'
        : path.startsWith('homeAddress.')
          ? (path.split('.')[1] as keyof ClientFormValues)
          : path.startsWith('communication.')
            ? 'communicationNotes'
            : (path as keyof ClientFormValues);
    if (key && !(key in out)) out[key] = message;
  }
  return out;
}

/** Fields whose value on the server differs from what the user started editing from. */
export function changedFields(before: ClientFormValues, now: ClientFormValues): (keyof ClientFormValues)[] {
  return (Object.keys(before) as (keyof ClientFormValues)[]).filter((k) => before[k] !== now[k]);
}
