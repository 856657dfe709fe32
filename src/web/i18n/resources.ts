// The UI's catalogues merged, without i18next or React: the web app's i18n and the server's report
// words (src/report/words.ts) read the same words.
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
// De rapportage (issue 8).
import { reportNl, reportEn } from '../../report/ui/i18n';
import { factorsEn, factorsNl, instrumentsEn, instrumentsNl, sourcesEn, sourcesNl } from '../../judgement/catalogue-ui/i18n';

export const resources = {
  nl: { translation: { ...nl, cases: casesNl, admin: adminNl, contact: contactNl, contactAdmin: contactAdminNl, video: videoNl, portalStaff: portalStaffNl, conversation: conversationNl,
    capacity: capacityNl, wageValue: wageValueNl, instruments: instrumentsNl, factors: factorsNl, sources: sourcesNl, judgement: judgementNl, report: reportNl } },
  en: { translation: { ...en, cases: casesEn, admin: adminEn, contact: contactEn, contactAdmin: contactAdminEn, video: videoEn, portalStaff: portalStaffEn, conversation: conversationEn,
    capacity: capacityEn, wageValue: wageValueEn, instruments: instrumentsEn, factors: factorsEn, sources: sourcesEn, judgement: judgementEn, report: reportEn } },
} as const;

