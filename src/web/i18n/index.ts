// i18next set-up: Dutch first, English complete. Catalogues of the areas are merged in here.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';
import type { UiLanguage } from '../api-types';

export { resources };

export const UI_LANGUAGES: readonly UiLanguage[] = ['nl', 'en'];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'nl' || value === 'en';
}

/** Dutch by default; English only when the user chose it (the `passend_lang` cookie set by the switch). */
export function initialLanguage(): UiLanguage {
  if (typeof document !== 'undefined') {
    const match = /(?:^|;\s*)passend_lang=([^;]+)/.exec(document.cookie);
    if (match && isUiLanguage(match[1])) return match[1];
  }
  return 'nl';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: typeof window === 'undefined' ? 'nl' : initialLanguage(),
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : 'nl';
}

export default i18n;
