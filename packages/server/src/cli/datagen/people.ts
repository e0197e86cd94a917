import { base, en, en_US, es, es_MX, Faker, vi, zh_CN, type LocaleDefinition } from '@faker-js/faker';
import { formatMrn, normalizeName, type HousingStatus } from '@careloop/core';
import { subDays } from 'date-fns';
import type { AddressJson, PhoneJson } from '../../modules/clients/clients.schema.js';
import { derivedColumns } from '../../modules/clients/client-record.js';
import { json, type CopyBatch } from './copy-writer.js';
import { seedNumber, type Rng } from './random.js';
import type { OrganizationPlan } from './shape.js';
import { T } from './tables.js';

type Locale = 'en_US' | 'es_MX' | 'vi' | 'zh_CN';

// Name locales of a US county's clients; addresses are always the agency's own area.
const LOCALE_SHARE: Record<Locale, number> = { en_US: 0.64, es_MX: 0.26, vi: 0.06, zh_CN: 0.04 };
const LANGUAGE: Record<Locale, string> = { en_US: 'en', es_MX: 'es', vi: 'vi', zh_CN: 'zh' };
const NON_ENGLISH_SPEAKERS: Record<Locale, number> = { en_US: 0, es_MX: 0.45, vi: 0.6, zh_CN: 0.6 };
const HOUSING: Record<HousingStatus, number> = {
  housed: 0.6,
  unstably_housed: 0.2,
  homeless_sheltered: 0.1,
  homeless_unsheltered: 0.07,
  institution: 0.03,
};

export interface Person {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  housingStatus: HousingStatus;
}

/** Faker per name locale, each seeded from the run's seed. */
export function nameFakers(seed: string): Record<Locale, Faker> {
  const make = (locale: LocaleDefinition[], name: string) =>
    new Faker({ locale, seed: seedNumber(`${seed}:names:${name}`) });
  return {
    en_US: make([en_US, en, base], 'en_US'),
    es_MX: make([es_MX, es, en, base], 'es_MX'),
    vi: make([vi, en, base], 'vi'),
    zh_CN: make([zh_CN, en, base], 'zh_CN'),
  };
}

const slug = (s: string) =>
  normalizeName(s)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

function races(rng: Rng, locale: Locale): string[] {
  switch (locale) {
    case 'vi':
    case 'zh_CN':
      return ['asian'];
    case 'es_MX':
      return [rng.chance(0.6) ? 'white' : 'another'];
    case 'en_US':
      return [
        rng.weighted({
          white: 0.58,
          black_african_american: 0.3,
          american_indian_alaska_native: 0.04,
          asian: 0.03,
          another: 0.05,
        }),
      ];
  }
}

/** One client of the agency: the `n`-th registered (MRN n), with a name from one of the locales. */
export function personRow(
  batch: CopyBatch,
  rng: Rng,
  fakers: Record<Locale, Faker>,
  org: OrganizationPlan,
  client: { id: string; n: number; open: boolean },
  registeredAt: Date,
  now: Date,
): Person {
  const { id, n } = client;
  const locale = rng.weighted(LOCALE_SHARE);
  const faker = fakers[locale];
  const sex = rng.weighted({ female: 0.49, male: 0.49, intersex: 0.005, unknown: 0.015 });
  const fakerSex = sex === 'female' ? 'female' : 'male';
  const firstName = faker.person.firstName(fakerSex);
  const lastName = faker.person.lastName();
  const preferredName = rng.chance(0.08) ? fakers.en_US.person.firstName(fakerSex) : null;
  const nonBinary = rng.chance(0.02);
  const genderIdentity = nonBinary
    ? 'non_binary'
    : sex === 'female'
      ? 'woman'
      : sex === 'male'
        ? 'man'
        : 'prefer_not_to_say';
  const pronouns = rng.chance(0.5) ? (nonBinary ? 'they/them' : sex === 'female' ? 'she/her' : 'he/him') : null;
  const language = rng.chance(NON_ENGLISH_SPEAKERS[locale]) ? LANGUAGE[locale] : 'en';
  const housingStatus = rng.weighted(HOUSING);
  const area = 200 + (seedNumber(org.id) % 700);
  const phones: PhoneJson[] = rng.chance(0.92)
    ? [
        {
          type: 'mobile',
          number: `(${area}) ${rng.int(200, 999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
          primary: true,
        },
      ]
    : [];
  const homeAddress: AddressJson | null =
    housingStatus === 'homeless_unsheltered' || housingStatus === 'institution'
      ? null
      : {
          line1: `${rng.int(10, 9899)} ${fakers.en_US.location.street()}`,
          // No apartment numbers yet: GET /api/clients/:id answers 500 for an address with line2
          // (clientView's address reuses the input schema, whose transform cannot be encoded).
          line2: null,
          city: rng.pick(org.cities),
          state: org.state,
          postalCode: String(10000 + (seedNumber(`${org.id}:${rng.int(0, 30)}`) % 89999)),
        };
  const derived = derivedColumns({ firstName, lastName, preferredName, phones, homeAddress });
  const age = rng.int(18, 79);
  const dob = subDays(now, age * 365 + rng.int(0, 364));
  const mrn = formatMrn(n);
  batch.add(T.clients, {
    id,
    organization_id: org.id,
    mrn,
    first_name: firstName,
    middle_name: rng.chance(0.35) ? faker.person.firstName(fakerSex) : null,
    last_name: lastName,
    preferred_name: preferredName,
    pronouns,
    date_of_birth: dob.toISOString().slice(0, 10),
    sex_at_birth: sex,
    gender_identity: genderIdentity,
    race: races(rng, locale),
    ethnicity: locale === 'es_MX' ? 'hispanic_or_latino' : 'not_hispanic_or_latino',
    preferred_language: language,
    interpreter_needed: language !== 'en' && rng.chance(0.6),
    phones: json(phones),
    phone_digits: derived.phoneDigits,
    email: rng.chance(0.35)
      ? `${slug(firstName) || 'client'}.${slug(lastName) || n}${rng.int(1, 99)}@mail.example`
      : null,
    home_address: homeAddress ? json(homeAddress) : null,
    housing_status: housingStatus,
    veteran_status: rng.weighted({ veteran: 0.06, not_veteran: 0.8, unknown: 0.14 }),
    communication: json({ okToText: rng.chance(0.7), okToVoicemail: rng.chance(0.6), okToMail: rng.chance(0.5) }),
    status: client.open ? 'active' : 'inactive',
    search_first: derived.searchFirst,
    search_last: derived.searchLast,
    search_preferred: derived.searchPreferred,
    address_key: derived.addressKey,
    created_by: org.intakeCoordinatorId,
    created_at: registeredAt,
    updated_at: registeredAt,
  });
  return { id, mrn, firstName, lastName, housingStatus };
}
