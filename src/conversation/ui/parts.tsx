// Small shared pieces of the Gezien & Gehoord screens: which conversation something is about, the
// version state badge, and the text that could not be saved after someone else's change.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../web/api-types';
import { Badge, type BadgeTone, type SelectOption } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { enumLabel } from '../../cases/ui/labels';
import type { VersionState } from '../domain';
import { contactsByDate } from './helpers';

/** "Gesprek eerste contact – 12 mrt. 2026 10:00", with the state when it was not held. */
export function contactChoiceLabel(t: TFunction, contact: Contact): string {
  const values = { activity: enumLabel(t, 'activityType', contact.activityType), date: formatDateTime(contact.heldAt ?? contact.plannedAt) };
  return contact.state === 'held'
    ? t('conversation.common.contactOption', values)
    : t('conversation.common.contactOptionState', { ...values, state: enumLabel(t, 'contactState', contact.state) });
}

/** The choice of conversation: the whole case first, then each contact by date. */
export function conversationOptions(t: TFunction, contacts: readonly Contact[], current: string | null = null): SelectOption[] {
  const options = [{ value: '', label: t('conversation.common.wholeCase') }, ...contactsByDate(contacts).map((c) => ({ value: c.id, label: contactChoiceLabel(t, c) }))];
  // A contact that is not (or no longer) in the case stays choosable, so the select shows the truth.
  if (current && !contacts.some((c) => c.id === current)) options.push({ value: current, label: t('conversation.common.unknownContact') });
  return options;
}

/** What a report or an evaluation is about, in words. */
export function aboutLabel(t: TFunction, contacts: readonly Contact[], contactId: string | null): string {
  if (contactId === null) return t('conversation.common.wholeCase');
  const contact = contacts.find((c) => c.id === contactId);
  return contact ? contactChoiceLabel(t, contact) : t('conversation.common.unknownContact');
}

export function stateTone(state: VersionState): BadgeTone {
  return state === 'final' ? 'success' : state === 'shared' ? 'active' : 'neutral';
}

export function StateBadge({ state }: { state: VersionState }) {
  const { t } = useTranslation();
  return <Badge tone={stateTone(state)}>{t(`conversation.report.state.${state}`)}</Badge>;
}

/** After a conflict the newest text is loaded; what the expert typed is kept here to copy from. */
export function LostText({ texts }: { texts: readonly string[] }) {
  const { t } = useTranslation();
  const shown = texts.filter((text) => text.trim().length > 0);
  if (shown.length === 0) return null;
  return (
    <details className="lost-text" open>
      <summary>{t('conversation.common.lostTitle')}</summary>
      <p className="utrecht-paragraph">{t('conversation.common.lostIntro')}</p>
      {shown.map((text, i) => (
        <p className="utrecht-paragraph lost-text__body" key={i}>
          {text}
        </p>
      ))}
    </details>
  );
}
