/** The languages the client form offers, each named in itself so a client can point to their own. */
export const LANGUAGE_OPTIONS = [
  ['en', 'English'],
  ['es', 'Español'],
  ['vi', 'Tiếng Việt'],
  ['zh', '中文'],
  ['ar', 'العربية'],
  ['so', 'Soomaali'],
  ['ru', 'Русский'],
  ['fr', 'Français'],
  ['ht', 'Kreyòl ayisyen'],
  ['asl', 'American Sign Language'],
] as const;

/**
 * Codes we store that Intl cannot name: 'asl' is our code for American Sign Language, while to
 * ISO 639-3 it is another language altogether, so it is looked up here before Intl.
 */
const OWN_NAMES: Readonly<Record<string, { en: string; es: string }>> = {
  asl: { en: 'American Sign Language', es: 'lengua de señas americana' },
};

/**
 * A stored language code ("es", "es-MX", "asl") by name in a display language ("Spanish", or
 * "español" for 'es'). An unknown or malformed code is shown as is rather than hidden.
 */
export function languageName(code: string, displayLanguage = 'en'): string {
  const trimmed = code.trim();
  if (!trimmed) return '';
  const own = OWN_NAMES[trimmed.toLowerCase()];
  if (own) return displayLanguage.toLowerCase().startsWith('es') ? own.es : own.en;
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language', fallback: 'code' }).of(trimmed) ?? trimmed;
  } catch {
    return trimmed; // RangeError: not a well-formed language tag
  }
}

/** The form's choices, plus the client's current language when the list lacks it (e.g. from self-referral). */
export function languageOptions(current: string): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = LANGUAGE_OPTIONS.map(([value, label]) => ({ value, label }));
  return current && !options.some((o) => o.value === current)
    ? [...options, { value: current, label: languageName(current) }]
    : options;
}
