// "Beeldgesprek starten" on a planned video contact (issue 4): the labour expert opens the call page,
// where the call starts and the client waits until they are let in. Shows nothing for other contacts.
import './call.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface StartCallContact {
  id: string;
  contactForm: string;
  state: string;
  /** Only the professional who may record the contact leads its call. */
  permissions?: { canRecord: boolean };
  /** Consent withdrawn: the contact needs another form first, and the client could not join. */
  needsNewForm?: boolean;
  activeConsent?: boolean;
}

export function callPagePath(caseId: string, contactId: string): string {
  return `/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(contactId)}/gesprek`;
}

export function StartCallLink({ caseId, contact }: { caseId: string; contact: StartCallContact }) {
  const { t } = useTranslation();
  if (contact.contactForm !== 'video' || contact.state !== 'planned' || contact.permissions?.canRecord === false) return null;
  if (contact.needsNewForm === true || contact.activeConsent === false) return null;
  return (
    <p className="utrecht-paragraph start-call">
      <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to={callPagePath(caseId, contact.id)}>
        {t('video.startCall.link')}
      </Link>
      <span>{t('video.startCall.hint')}</span>
    </p>
  );
}
