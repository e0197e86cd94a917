/** Vocabularies of the client record. `as const` objects: values are the API and storage codes. */
export const SexAtBirth = ['female', 'male', 'intersex', 'unknown', 'prefer_not_to_say'] as const;
export const GenderIdentities = [
  'woman',
  'man',
  'non_binary',
  'transgender_woman',
  'transgender_man',
  'two_spirit',
  'another',
  'prefer_not_to_say',
] as const;
export const Races = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'middle_eastern_north_african',
  'native_hawaiian_pacific_islander',
  'white',
  'another',
  'prefer_not_to_say',
] as const;
export const Ethnicities = ['hispanic_or_latino', 'not_hispanic_or_latino', 'prefer_not_to_say'] as const;
export const HousingStatuses = [
  'housed',
  'unstably_housed',
  'homeless_sheltered',
  'homeless_unsheltered',
  'institution',
] as const;
export const VeteranStatuses = ['veteran', 'not_veteran', 'unknown'] as const;
export const ClientStatuses = ['active', 'inactive', 'deceased'] as const;
export const PhoneTypes = ['mobile', 'home', 'work', 'other'] as const;
export const IdentifierTypes = ['medicaid', 'insurance', 'state_id', 'ssn_last4', 'other'] as const;
export const ContactRelationships = [
  'parent',
  'sibling',
  'child',
  'spouse_partner',
  'relative',
  'friend',
  'guardian',
  'representative_payee',
  'landlord',
  'provider',
  'other',
] as const;
export const ContactRoles = ['emergency_contact', 'guardian', 'payee', 'natural_support'] as const;

export type HousingStatus = (typeof HousingStatuses)[number];
export type ClientStatus = (typeof ClientStatuses)[number];
export type IdentifierType = (typeof IdentifierTypes)[number];
export type ContactRole = (typeof ContactRoles)[number];
