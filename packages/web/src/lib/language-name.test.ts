import { describe, expect, it } from 'vitest';
import { LANGUAGE_OPTIONS, languageName, languageOptions } from './language-name.js';

describe('languageName', () => {
  it('names a stored code in English by default', () => {
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('vi')).toBe('Vietnamese');
    expect(languageName('ht')).toBe('Haitian Creole');
    expect(languageName('es-MX')).toBe('Mexican Spanish');
    expect(languageName(' EN ')).toBe('English');
  });

  it('names it in another display language', () => {
    expect(languageName('es', 'es')).toBe('español');
    expect(languageName('en', 'es')).toBe('inglés');
  });

  it('uses our own name for codes Intl does not know as we mean them', () => {
    expect(languageName('asl')).toBe('American Sign Language');
    expect(languageName('ASL')).toBe('American Sign Language');
    expect(languageName('asl', 'es')).toBe('lengua de señas americana');
  });

  it('shows an unknown or malformed code as is, and nothing for none', () => {
    expect(languageName('xx')).toBe('xx');
    expect(languageName('not a code')).toBe('not a code');
    expect(languageName('')).toBe('');
  });

  it('names every language the client form offers, never by its bare code', () => {
    for (const [code] of LANGUAGE_OPTIONS) expect(languageName(code)).not.toBe(code);
  });
});

describe('languageOptions', () => {
  it('keeps a current language the list lacks, by name, so the form does not blank it', () => {
    expect(languageOptions('es')).toHaveLength(LANGUAGE_OPTIONS.length);
    expect(languageOptions('pt').at(-1)).toEqual({ value: 'pt', label: 'Portuguese' });
  });
});
