/** Lower-case, accents removed, only letters, digits, space, apostrophe and hyphen: the search form of a name. */
export function normalizeName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  // Compare North American numbers without the leading country code.
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** Identifiers compare without spaces, dashes and case. */
export function normalizeIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
