import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.js';
import { esCarePlanPrint } from './locales/es-care-plan-print.js';

// The app is English. Spanish covers only the client's printed care plan, read with a fixed-language
// t (see features/care-plan/print-language.ts); a missing Spanish key falls back to English.
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: esCarePlanPrint } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18next;
