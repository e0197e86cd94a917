import { describe, expect, it } from 'vitest';
import { primaryLanguage, printLanguage, printLocale } from './print-language.js';

describe('printLanguage', () => {
  it('prints in Spanish for Spanish in any region', () => {
    expect(printLanguage('es')).toBe('es');
    expect(printLanguage('es-MX')).toBe('es');
    expect(printLanguage(' ES_us ')).toBe('es');
  });

  it('prints in English for everyone else, even codes that start with the letters es', () => {
    expect(printLanguage('en')).toBe('en');
    expect(printLanguage('vi')).toBe('en');
    expect(printLanguage('asl')).toBe('en');
    expect(printLanguage('est')).toBe('en'); // Estonian
  });

  it('compares languages without their region', () => {
    expect(primaryLanguage('es-MX')).toBe('es');
    expect(primaryLanguage('EN')).toBe('en');
    expect(primaryLanguage('')).toBe('');
  });

  it('writes dates in the printed language', () => {
    expect(printLocale('es')).toBe('es');
    expect(printLocale('en')).toBe('en-US');
  });
});
