// Contact moments (contactmomenten): the list, each linking to its own page. A new contact is
// planned on the planning page, where the advice on the contact form is shown (issue 3): that is the
// labour expert's act. Rescheduling, cancelling, consent and invitations happen on the contact page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasePage, Contact } from '../../web/api-types';
import { Badge, Paragraph } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { enumLabel } from './labels';
import { CaseSection } from './Section';

export function ContactsSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const contacts = [...data.contacts].sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));
  // Choosing the form of a new contact is professional work (the same people who record contacts).
  const canPlan = data.permissions.canPlanContact && data.permissions.canRecordContact;
  return (
    <CaseSection
      id="contacts"
      title={t('cases.sections.contacts')}
      actions={
        canPlan ? (
          <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to={`/dossiers/${encodeURIComponent(data.id)}/contact-plannen`}>
            {t('cases.contacts.plan')}
          </Link>
        ) : null
      }
    >
      {contacts.length === 0 ? (
        <Paragraph className="muted">{t('cases.contacts.empty')}</Paragraph>
      ) : (
        <ul className="card-list">
          {contacts.map((contact) => (
            <ContactItem key={contact.id} caseId={data.id} contact={contact} />
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

function contactTone(state: Contact['state']) {
  return state === 'held' ? 'success' : state === 'cancelled' ? 'inactive' : 'active';
}

function ContactItem({ caseId, contact }: { caseId: string; contact: Contact }) {
  const { t } = useTranslation();
  const activity = enumLabel(t, 'activityType', contact.activityType);
  const needsNewForm = contact.needsNewForm && contact.state === 'planned';
  return (
    <li className={`card${needsNewForm ? ' card--attention' : ''}`}>
      <h3 className="utrecht-heading-3 card__title">
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}/contacten/${encodeURIComponent(contact.id)}`}>
          {activity}
        </Link>
      </h3>
      <p className="utrecht-paragraph card__meta">
        <Badge tone={contactTone(contact.state)}>{enumLabel(t, 'contactState', contact.state)}</Badge>{' '}
        {enumLabel(t, 'contactForm', contact.contactForm)} · {formatDateTime(contact.plannedAt)} ·{' '}
        {t('cases.contacts.minutes', { count: contact.durationMinutes })}
        {contact.location ? ` · ${contact.location}` : ''}
      </p>
      {needsNewForm ? (
        <p className="utrecht-paragraph contact-warning">
          <Badge tone="danger">{t('contact.page.needsNewFormBadge')}</Badge> {t('contact.list.needsNewForm')}
        </p>
      ) : null}
      {contact.contactForm === 'video' && contact.state === 'planned' ? (
        <p className="utrecht-paragraph">
          {t(`contact.list.consent.${contact.videoConsent}`)}
          {contact.invitationSentAt ? ` · ${t('contact.list.invited', { date: formatDateTime(contact.invitationSentAt) })}` : ''}
        </p>
      ) : null}
      {contact.heldAt ? (
        <p className="utrecht-paragraph">{t('cases.contacts.heldOn', { date: formatDateTime(contact.heldAt) })}</p>
      ) : null}
      {contact.participants.length > 0 ? (
        <p className="utrecht-paragraph">
          {t('cases.contacts.participants')}:{' '}
          {contact.participants.map((p) => `${p.name} (${enumLabel(t, 'participantRole', p.role)})`).join(', ')}
        </p>
      ) : null}
      {contact.note ? <p className="utrecht-paragraph pre-line">{contact.note}</p> : null}
    </li>
  );
}
