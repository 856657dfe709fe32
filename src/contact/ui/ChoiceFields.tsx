// Parts of the choice of a contact form, shared by the planning page and the contact page: the form
// itself (with the advice beside each option), the reasons when the choice deviates, the
// participants with their roles, and the video consent.
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, PARTICIPANT_ROLES, type ContactForm } from '../../cases/domain';
import { enumOptions } from '../../cases/ui/labels';
import { Alert, Button, Checkbox, Fieldset, Paragraph, SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { CHOICE_REASON_CODES, CONSENT_METHODS, deviationsOfChoice, type Deviation } from '../planning';
import type { Advice, Channel, PrivacyNotice } from './api';
import { CheckboxGroup, contactLabel, contactOptions, inLanguage, RadioGroup } from './controls';

/** How the chosen form departs from the advice or the client's preference (the server's own rule). */
export function deviationsOf(advice: Advice | null, chosen: string): Deviation[] {
  if (!advice || !(CONTACT_FORMS as readonly string[]).includes(chosen)) return [];
  return deviationsOfChoice(advice as unknown as Parameters<typeof deviationsOfChoice>[0], chosen as ContactForm);
}

export function ContactFormChoice({ id, name, value, onChange, advice, error, legend }: {
  id: string;
  name: string;
  value: string;
  onChange: (form: string) => void;
  advice: Advice | null;
  error?: string | undefined;
  legend?: string;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      name={name}
      legend={legend ?? t('contact.choice.form')}
      description={t('contact.choice.formHint')}
      required
      options={CONTACT_FORMS.map((form) => {
        const strength = advice?.forms[form].strength;
        return {
          value: form,
          label: t(`enums.contactForm.${form}`),
          description: advice ? t('contact.choice.adviceIs', { strength: t(`contact.enums.strength.${strength ?? 'none'}`) }) : undefined,
        };
      })}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

function deviationText(t: ReturnType<typeof useTranslation>['t'], deviation: Deviation): string {
  switch (deviation.kind) {
    case 'advice_against':
      return t('contact.choice.deviation.adviceAgainst', { strength: t(`contact.enums.strength.${deviation.strength}`) });
    case 'other_form_required':
      return t('contact.choice.deviation.otherRequired', { form: t(`enums.contactForm.${deviation.requiredForm}`) });
    case 'client_preference_not_followed':
      return t('contact.choice.deviation.clientPreference', { form: t(`enums.contactForm.${deviation.preferredForm}`) });
  }
}

/** Reason codes and a free text, asked for as soon as the choice deviates. */
export function ChoiceReasonFields({ prefix, deviations, codes, onCodes, text, onText, errors }: {
  prefix: string;
  deviations: readonly Deviation[];
  codes: string[];
  onCodes: (codes: string[]) => void;
  text: string;
  onText: (text: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <div className="choice-reason">
      <Alert type="warning">
        <p className="utrecht-paragraph choice-reason__title">{t('contact.choice.deviationTitle')}</p>
        {deviations.length > 0 ? (
          <ul className="choice-reason__list">
            {deviations.map((d) => (
              <li key={`${d.kind}-${'requiredForm' in d ? d.requiredForm : 'preferredForm' in d ? d.preferredForm : d.strength}`}>{deviationText(t, d)}</li>
            ))}
          </ul>
        ) : null}
        <p className="utrecht-paragraph">{t('contact.choice.deviationAsk')}</p>
      </Alert>
      <CheckboxGroup
        id={fieldId(prefix, 'choiceReasonCodes')}
        legend={t('contact.choice.reasonCodes')}
        options={contactOptions(t, 'choiceReasonCode', CHOICE_REASON_CODES)}
        values={codes}
        onChange={onCodes}
        error={errors.choiceReasonCodes}
      />
      <TextAreaField
        id={fieldId(prefix, 'choiceReason')}
        label={t('contact.choice.reasonText')}
        description={t('contact.choice.reasonTextHint')}
        required
        value={text}
        onChange={onText}
        error={errors.choiceReason}
      />
    </div>
  );
}

/** Client-side check of the reason block: codes and text are both needed. */
export function reasonErrors(t: ReturnType<typeof useTranslation>['t'], codes: readonly string[], text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (codes.length === 0) fields.choiceReasonCodes = t('contact.validation.reasonCodes');
  // The server asks for at least 10 characters: a reason, not a tick.
  if (text.trim().length < 10) fields.choiceReason = t('contact.validation.reasonText');
  return fields;
}

/** The approved channels of a form (the register of the organisation). */
export function channelsFor(channels: readonly Channel[], form: string): Channel[] {
  return channels.filter((c) => c.approved && c.form === form);
}

export function ChannelField({ id, form, channels, value, onChange, error }: {
  id: string;
  form: string;
  channels: readonly Channel[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  if (form !== 'video' && form !== 'phone') return null;
  const options = channelsFor(channels, form).map((c) => ({ value: c.id, label: c.name }));
  if (options.length === 0) {
    return form === 'video' ? <Alert type="warning">{t('contact.choice.noVideoChannel')}</Alert> : null;
  }
  return (
    <SelectField
      id={id}
      label={t('contact.choice.channel')}
      description={t('contact.choice.channelHint')}
      required={form === 'video'}
      placeholder={form === 'video' ? undefined : t('contact.choice.noChannel')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

export interface ParticipantRow {
  key: number;
  name: string;
  role: string;
}

export function ParticipantsFields({ prefix, rows, onRows, errors, employerName }: {
  prefix: string;
  rows: ParticipantRow[];
  onRows: (rows: ParticipantRow[]) => void;
  errors: Record<string, string>;
  employerName?: string | null;
}) {
  const { t } = useTranslation();
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  const update = (key: number, change: Partial<ParticipantRow>) => onRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = (role: string, name = '') => onRows([...rows, { key: nextKey, name, role }]);
  return (
    <Fieldset legend={t('contact.participants.legend')} description={t('contact.participants.hint')} id={fieldId(prefix, 'participants')} error={errors.participants}>
      {rows.map((row, index) => (
        <div className="participant-row" key={row.key}>
          <TextField
            id={fieldId(prefix, `participants.${index}.name`)}
            label={t('contact.participants.name', { n: index + 1 })}
            required
            value={row.name}
            onChange={(name) => update(row.key, { name })}
            error={errors[`participants.${index}.name`]}
          />
          <SelectField
            id={fieldId(prefix, `participants.${index}.role`)}
            label={t('contact.participants.role', { n: index + 1 })}
            required
            options={enumOptions(t, 'participantRole', PARTICIPANT_ROLES)}
            value={row.role}
            onChange={(role) => update(row.key, { role })}
            error={errors[`participants.${index}.role`]}
          />
          <Button variant="subtle" className="participant-row__remove" onClick={() => onRows(rows.filter((r) => r.key !== row.key))}>
            {t('contact.participants.remove', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <div className="utrecht-button-group utrecht-button-group--row">
        {!rows.some((r) => r.role === 'employer') ? (
          <Button onClick={() => add('employer', employerName ?? '')}>{t('contact.participants.addEmployer')}</Button>
        ) : null}
        <Button onClick={() => add('companion')}>{t('contact.participants.addCompanion')}</Button>
        <Button onClick={() => add('other')}>{t('contact.participants.addOther')}</Button>
      </div>
    </Fieldset>
  );
}

export function participantFieldIds(prefix: string, rows: readonly ParticipantRow[]): Record<string, string> {
  const ids: Record<string, string> = { participants: fieldId(prefix, 'participants') };
  rows.forEach((_, index) => {
    ids[`participants.${index}.name`] = fieldId(prefix, `participants.${index}.name`);
    ids[`participants.${index}.role`] = fieldId(prefix, `participants.${index}.role`);
  });
  return ids;
}

export interface ConsentDraft {
  method: string;
  givenAt: string;
  softwareExplained: boolean;
}

/** The privacy notice the client was shown, with its text to read, and how consent was given. */
export function ConsentFields({ prefix, notice, draft, onChange, errors, pathPrefix = '' }: {
  prefix: string;
  notice: PrivacyNotice;
  draft: ConsentDraft;
  onChange: (patch: Partial<ConsentDraft>) => void;
  errors: Record<string, string>;
  /** 'videoConsent.' when the consent is part of a bigger request. */
  pathPrefix?: string;
}) {
  const { t, i18n } = useTranslation();
  const error = (field: string) => errors[`${pathPrefix}${field}`];
  return (
    <>
      <div className="privacy-notice">
        <Paragraph>
          {t('contact.consent.noticeShown', { version: notice.version, date: formatDateTime(notice.publishedAt) })}
        </Paragraph>
        <details className="privacy-notice__details">
          <summary className="privacy-notice__summary">{t('contact.consent.readNotice', { version: notice.version })}</summary>
          <div className="privacy-notice__body pre-line">{inLanguage({ nl: notice.bodyNl, en: notice.bodyEn }, i18n.language)}</div>
        </details>
        {error('privacyNoticeId') ? <Alert type="error">{error('privacyNoticeId')}</Alert> : null}
      </div>
      <SelectField
        id={fieldId(prefix, `${pathPrefix}method`)}
        label={t('contact.consent.method')}
        required
        placeholder={t('common.choose')}
        options={contactOptions(t, 'consentMethod', CONSENT_METHODS)}
        value={draft.method}
        onChange={(method) => onChange({ method })}
        error={error('method')}
      />
      <TextField
        id={fieldId(prefix, `${pathPrefix}givenAt`)}
        type="datetime-local"
        label={t('contact.consent.givenAt')}
        description={t('contact.consent.givenAtHint')}
        required
        value={draft.givenAt}
        onChange={(givenAt) => onChange({ givenAt })}
        error={error('givenAt')}
      />
      <Checkbox
        id={fieldId(prefix, `${pathPrefix}softwareExplained`)}
        label={t('contact.consent.softwareExplained')}
        description={t('contact.consent.softwareExplainedHint')}
        checked={draft.softwareExplained}
        onChange={(softwareExplained) => onChange({ softwareExplained })}
        error={error('softwareExplained')}
      />
    </>
  );
}

export function consentFieldIds(prefix: string, pathPrefix = ''): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const field of ['method', 'givenAt', 'softwareExplained']) ids[`${pathPrefix}${field}`] = fieldId(prefix, `${pathPrefix}${field}`);
  return ids;
}

/** Label of a consent method, for lists. */
export function consentMethodLabel(t: ReturnType<typeof useTranslation>['t'], method: string): string {
  return contactLabel(t, 'consentMethod', method);
}
