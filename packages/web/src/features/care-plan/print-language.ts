import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Languages the client's printed plan has its fixed wording in (the client's own words print as written). */
export type PrintLanguage = 'en' | 'es';

/** 'es' of 'es-MX': the language without its region. */
export function primaryLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Spanish wording for a Spanish speaker ('es', 'es-MX'…); anyone else gets English plus the language note. */
export function printLanguage(preferredLanguage: string): PrintLanguage {
  return primaryLanguage(preferredLanguage) === 'es' ? 'es' : 'en';
}

/** The Intl locale for dates written in a printed language. */
export function printLocale(lng: PrintLanguage): string {
  switch (lng) {
    case 'en':
      return 'en-US';
    case 'es':
      return 'es';
  }
}

const DocumentLanguageContext = createContext<PrintLanguage | null>(null);

/** Wraps a printed document so the views inside it speak its language while the app stays English. */
export const DocumentLanguageProvider = DocumentLanguageContext.Provider;

/**
 * `t` and the date locale of the document being rendered: the printed plan's language inside a
 * DocumentLanguageProvider (a fixed-language `t`, as `i18n.getFixedT` gives), else the app's.
 */
export function useDocumentTranslation() {
  const lng = useContext(DocumentLanguageContext);
  const options = useMemo(() => (lng ? { lng } : {}), [lng]);
  const { t } = useTranslation(undefined, options);
  return { t, lng: lng ?? 'en', locale: printLocale(lng ?? 'en') };
}
