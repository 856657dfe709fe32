// i18next set-up: Dutch first, English complete. Catalogues of the areas are merged in here.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';
import { casesNl, casesEn } from '../../cases/ui/i18n';
import { adminNl, adminEn } from '../../admin/ui/i18n';
import { contactNl, contactEn } from '../../contact/ui/i18n';
import { contactAdminNl, contactAdminEn } from '../../contact/ui/admin/i18n';
import { videoNl, videoEn } from '../../video/ui/i18n';
import { portalStaffNl, portalStaffEn } from '../../portal/staff-ui/i18n';
import { conversationNl, conversationEn } from '../../conversation/ui/i18n';
import { wageValueNl, wageValueEn } from '../../capacity/ui/wage-i18n';
// Belastbaarheid en belasting (issue 6).
import { capacityNl, capacityEn } from '../../capacity/ui/i18n';
// Analyse en advies (issue 7).
import { judgementNl, judgementEn } from '../../judgement/ui/i18n';
// The instrument databank, the factor catalogue and the case's shared sources (issue 7).
import { factorsEn, factorsNl, instrumentsEn, instrumentsNl, sourcesEn, sourcesNl } from '../../judgement/catalogue-ui/i18n';
import type { UiLanguage } from '../api-types';

export const resources = {
  nl: { translation: { ...nl, cases: casesNl, admin: adminNl, contact: contactNl, contactAdmin: contactAdminNl, video: videoNl, portalStaff: portalStaffNl, conversation: conversationNl,
    capacity: capacityNl, wageValue: wageValueNl, instruments: instrumentsNl, factors: factorsNl, sources: sourcesNl, judgement: judgementNl } },
  en: { translation: { ...en, cases: casesEn, admin: adminEn, contact: contactEn, contactAdmin: contactAdminEn, video: videoEn, portalStaff: portalStaffEn, conversation: conversationEn,
    capacity: capacityEn, wageValue: wageValueEn, instruments: instrumentsEn, factors: factorsEn, sources: sourcesEn, judgement: judgementEn } },
} as const;

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
