// Parts of the choice of a contact form, shared by the planning page and the contact page: the form
// itself (with the advice beside each option), the reasons when the choice deviates, the channel,
// the participants with their roles, and the video consent.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, PARTICIPANT_ROLES, type ContactForm } from '../../cases/domain';
import { enumOptions } from '../../cases/ui/labels';
import { Alert, Button, Checkbox, Fieldset, Paragraph, SelectField, TextAreaField, TextField } from '../../web/components';
import { fieldId, type FormErrors } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { CHOICE_REASON_CODES, CONSENT_METHODS, deviationsOfChoice, type Deviation } from '../planning';
import type { Advice, Channel, PrivacyNotice } from './api';
import { CheckboxGroup, contactLabel, contactOptions, inLanguage, RadioGroup } from './controls';
import { amsterdamLocalToIso, isoToAmsterdamLocal } from './time';

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

/**
 * The choice of a form with the client: the form, its channel (video takes the first approved
 * channel) and the reasons, asked when the choice deviates from the advice or when the server asks
 * for them (`serverErrors`: the answer to the last request).
 */
export function useFormChoice(channels: readonly Channel[], serverErrors: FormErrors, initial: { form: string; channelId: string }) {
  const [form, setForm] = useState(initial.form);
  const [channelId, setChannelId] = useState(initial.channelId);
  const [codes, setCodes] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [serverWantsReason, setServerWantsReason] = useState(false);

  useEffect(() => {
    if (serverErrors.fields.choiceReason || serverErrors.fields.choiceReasonCodes) setServerWantsReason(true);
  }, [serverErrors]);

  function choose(next: string) {
    setForm(next);
    setServerWantsReason(false);
    const options = channelsFor(channels, next);
    setChannelId(next === 'video' && options[0] ? options[0].id : '');
  }

  return {
    form,
    channelId,
    setChannelId,
    codes,
    setCodes,
    text,
    setText,
    choose,
    /** Reasons are needed for this advice (or because the server asked for them). */
    needsReason: (advice: Advice | null) => deviationsOf(advice, form).length > 0 || serverWantsReason,
    /** Messages for a missing form, or a missing channel where the organisation approved some. */
    errors: (t: ReturnType<typeof useTranslation>['t']): Record<string, string> => {
      const fields: Record<string, string> = {};
      if (!form) fields.contactForm = t('contact.validation.contactForm');
      if (form === 'video' && channelsFor(channels, 'video').length > 0 && !channelId) fields.channelId = t('contact.validation.channel');
      return fields;
    },
    reasonErrors: (t: ReturnType<typeof useTranslation>['t']) => reasonErrors(t, codes, text),
    /** The request's fields of the choice; the reasons only when they are needed. */
    request: (needReason: boolean) => ({
      contactForm: form as ContactForm,
      channelId: (form === 'video' || form === 'phone') && channelId ? channelId : null,
      choiceReasonCodes: needReason ? (codes as Array<(typeof CHOICE_REASON_CODES)[number]>) : [],
      choiceReason: needReason ? text.trim() : null,
    }),
  };
}

export type FormChoice = ReturnType<typeof useFormChoice>;

/** API field → element id of the choice's fields, for the error summary. */
export function choiceFieldIds(prefix: string): Record<string, string> {
  return Object.fromEntries(['contactForm', 'channelId', 'choiceReasonCodes', 'choiceReason'].map((field) => [field, fieldId(prefix, field)]));
}

/** The form (with the advice per option), the reasons when they are needed, and the channel. */
export function FormChoiceFields({ prefix, choice, advice, channels, errors, legend, onChoose = choice.choose }: {
  prefix: string;
  choice: FormChoice;
  advice: Advice | null;
  channels: readonly Channel[];
  errors: Record<string, string>;
  legend?: string;
  /** What choosing a form does besides the choice itself. */
  onChoose?: (form: string) => void;
}) {
  const deviations = deviationsOf(advice, choice.form);
  return (
    <>
      <ContactFormChoice
        id={fieldId(prefix, 'contactForm')}
        name={`${prefix}-contactForm`}
        value={choice.form}
        onChange={onChoose}
        advice={advice}
        error={errors.contactForm}
        legend={legend}
      />
      {choice.needsReason(advice) ? (
        <ChoiceReasonFields
          prefix={prefix}
          deviations={deviations}
          codes={choice.codes}
          onCodes={choice.setCodes}
          text={choice.text}
          onText={choice.setText}
          errors={errors}
        />
      ) : null}
      <ChannelField id={fieldId(prefix, 'channelId')} form={choice.form} channels={channels} value={choice.channelId} onChange={choice.setChannelId} error={errors.channelId} />
    </>
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

/** A consent not yet recorded: given now, by no method yet. */
export function newConsentDraft(): ConsentDraft {
  return { method: '', givenAt: isoToAmsterdamLocal(new Date()), softwareExplained: false };
}

/**
 * Messages for what is missing or wrong in a consent (keyed by `pathPrefix` + field), and the moment
 * it was given as the API takes it.
 */
export function checkConsent(t: ReturnType<typeof useTranslation>['t'], draft: ConsentDraft, pathPrefix = '') {
  const fields: Record<string, string> = {};
  const iso = amsterdamLocalToIso(draft.givenAt);
  if (!draft.method) fields[`${pathPrefix}method`] = t('contact.validation.consentMethod');
  if (!iso) fields[`${pathPrefix}givenAt`] = t('contact.validation.consentGivenAt');
  else if (Date.parse(iso) > Date.now() + 60_000) fields[`${pathPrefix}givenAt`] = t('contact.validation.consentInFuture');
  if (!draft.softwareExplained) fields[`${pathPrefix}softwareExplained`] = t('contact.validation.softwareExplained');
  return { fields, iso };
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
