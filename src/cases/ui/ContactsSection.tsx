// Contact moments (contactmomenten): list, plan a contact, record as held, cancel.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import {
  ACTIVITY_TYPES,
  CONTACT_FORMS,
  PARTICIPANT_ROLES,
  type ActivityType,
  type CasePage,
  type Contact,
  type ContactForm,
  type ContactPatch,
  type NewContact,
  type Participant,
  type ParticipantRole,
} from '../../web/api-types';
import {
  Badge,
  Button,
  ButtonGroup,
  Fieldset,
  FormError,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '../../web/components';
import { fieldId, optional } from '../../web/forms';
import { formatDateTime, fromDateTimeLocal, toDateTimeLocal } from '../../web/format';
import { enumLabel, enumOptions } from './labels';
import { CaseSection, focusSectionHeading } from './Section';
import { useCaseAction } from './useCase';

export function ContactsSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(false);
  const contacts = [...data.contacts].sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));
  return (
    <CaseSection
      id="contacts"
      title={t('cases.sections.contacts')}
      actions={
        data.permissions.canPlanContact && !planning ? (
          <Button onClick={() => setPlanning(true)}>{t('cases.contacts.plan')}</Button>
        ) : null
      }
    >
      {planning ? (
        <PlanContactForm
          data={data}
          onClose={() => {
            setPlanning(false);
            focusSectionHeading('contacts');
          }}
        />
      ) : null}
      {contacts.length === 0 ? (
        <Paragraph className="muted">{t('cases.contacts.empty')}</Paragraph>
      ) : (
        <ul className="card-list">
          {contacts.map((contact) => (
            <ContactItem key={contact.id} data={data} contact={contact} />
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

function contactTone(state: Contact['state']) {
  return state === 'held' ? 'success' : state === 'cancelled' ? 'inactive' : 'active';
}

function ContactItem({ data, contact }: { data: CasePage; contact: Contact }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const cancel = useCaseAction(data.id, (patch: ContactPatch) => api.updateContact(data.id, contact.id, patch));
  const headingId = `contact-${contact.id}-heading`;
  const activity = enumLabel(t, 'activityType', contact.activityType);
  return (
    <li className="card">
      <h3 className="utrecht-heading-3 card__title" id={headingId}>
        {activity}
      </h3>
      <p className="utrecht-paragraph card__meta">
        <Badge tone={contactTone(contact.state)}>{enumLabel(t, 'contactState', contact.state)}</Badge>{' '}
        {enumLabel(t, 'contactForm', contact.contactForm)} · {formatDateTime(contact.plannedAt)} ·{' '}
        {t('cases.contacts.minutes', { count: contact.durationMinutes })}
        {contact.location ? ` · ${contact.location}` : ''}
      </p>
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
      <FormError errors={cancel.errors} />
      {contact.state === 'planned' && data.permissions.canRecordContact && !recording ? (
        <ButtonGroup>
          <Button onClick={() => setRecording(true)}>
            {t('cases.contacts.recordHeld')}
            <span className="visually-hidden">: {activity}</span>
          </Button>
          <Button
            variant="subtle"
            busy={cancel.busy}
            onClick={() => {
              if (window.confirm(t('cases.contacts.confirmCancel'))) cancel.run({ version: contact.version, state: 'cancelled' }, () => focusSectionHeading('contacts'));
            }}
          >
            {t('cases.contacts.cancelContact')}
            <span className="visually-hidden">: {activity}</span>
          </Button>
        </ButtonGroup>
      ) : null}
      {recording ? (
        <RecordHeldForm
          data={data}
          contact={contact}
          onClose={() => {
            setRecording(false);
            focusSectionHeading('contacts');
          }}
        />
      ) : null}
    </li>
  );
}

function RecordHeldForm({ data, contact, onClose }: { data: CasePage; contact: Contact; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = `held-${contact.id}`;
  const [heldAt, setHeldAt] = useState(() => toDateTimeLocal(contact.plannedAt));
  const [note, setNote] = useState(contact.note ?? '');
  const save = useCaseAction(data.id, (patch: ContactPatch) => api.updateContact(data.id, contact.id, patch));
  const ids = { heldAt: fieldId(prefix, 'heldAt'), note: fieldId(prefix, 'note') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const iso = fromDateTimeLocal(heldAt);
    if (!iso) return save.setErrors({ fields: { heldAt: t('cases.validation.heldAt') } });
    const patch: ContactPatch = { version: contact.version, state: 'held', heldAt: iso };
    const text = optional(note);
    if (text) patch.note = text;
    save.run(patch, onClose);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h4 className="utrecht-heading-4" id={`${prefix}-title`}>
        {t('cases.contacts.recordTitle')}
      </h4>
      <FormError errors={save.errors} fieldIds={ids} />
      <TextField id={ids.heldAt} autoFocus type="datetime-local" label={t('cases.contacts.heldAt')} required value={heldAt} onChange={setHeldAt} error={save.errors.fields.heldAt} />
      <TextAreaField id={ids.note} label={t('cases.contacts.note')} value={note} onChange={setNote} error={save.errors.fields.note} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('cases.contacts.recordSubmit')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface ParticipantRow {
  key: number;
  name: string;
  role: string;
}

/** Tomorrow at 10:00 local time, a sensible default for a new appointment. */
function defaultPlannedAt(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(10, 0, 0, 0);
  return toDateTimeLocal(date);
}

function PlanContactForm({ data, onClose }: { data: CasePage; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = 'plan-contact';
  const [activityType, setActivityType] = useState<string>('');
  const [contactForm, setContactForm] = useState<string>('physical');
  const [plannedAt, setPlannedAt] = useState(defaultPlannedAt);
  const [duration, setDuration] = useState('60');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<ParticipantRow[]>([{ key: 1, name: data.client.fullName, role: 'client' }]);
  const [nextKey, setNextKey] = useState(2);
  const save = useCaseAction(data.id, (input: NewContact) => api.planContact(data.id, input));

  const ids: Record<string, string> = {
    activityType: fieldId(prefix, 'activityType'),
    contactForm: fieldId(prefix, 'contactForm'),
    plannedAt: fieldId(prefix, 'plannedAt'),
    durationMinutes: fieldId(prefix, 'durationMinutes'),
    location: fieldId(prefix, 'location'),
    note: fieldId(prefix, 'note'),
    participants: fieldId(prefix, 'participants'),
  };
  rows.forEach((row, index) => {
    ids[`participants.${index}.name`] = fieldId(prefix, `participants.${index}.name`);
    ids[`participants.${index}.role`] = fieldId(prefix, `participants.${index}.role`);
  });

  function updateRow(key: number, change: Partial<ParticipantRow>) {
    setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const iso = fromDateTimeLocal(plannedAt);
    const minutes = Number(duration);
    if (!activityType) fields.activityType = t('cases.validation.activityType');
    if (!iso) fields.plannedAt = t('cases.validation.plannedAt');
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) fields.durationMinutes = t('cases.validation.duration');
    rows.forEach((row, index) => {
      if (!row.name.trim()) fields[`participants.${index}.name`] = t('cases.validation.participantName');
    });
    if (Object.keys(fields).length || !iso) return save.setErrors({ fields });
    const participants: Participant[] = rows.map((row) => ({ name: row.name.trim(), role: row.role as ParticipantRole }));
    const input: NewContact = {
      activityType: activityType as ActivityType,
      contactForm: contactForm as ContactForm,
      plannedAt: iso,
      durationMinutes: minutes,
      participants,
    };
    const place = optional(location);
    const text = optional(note);
    if (place) input.location = place;
    if (text) input.note = text;
    save.run(input, onClose);
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h3 className="utrecht-heading-3" id={`${prefix}-title`}>
        {t('cases.contacts.plan')}
      </h3>
      <FormError errors={save.errors} fieldIds={ids} />
      <SelectField id={ids.activityType} autoFocus label={t('cases.contacts.activityType')} required placeholder={t('common.choose')} options={enumOptions(t, 'activityType', ACTIVITY_TYPES)} value={activityType} onChange={setActivityType} error={save.errors.fields.activityType} />
      <SelectField id={ids.contactForm} label={t('cases.contacts.contactForm')} required options={enumOptions(t, 'contactForm', CONTACT_FORMS)} value={contactForm} onChange={setContactForm} error={save.errors.fields.contactForm} />
      <TextField id={ids.plannedAt} type="datetime-local" label={t('cases.contacts.plannedAt')} required value={plannedAt} onChange={setPlannedAt} error={save.errors.fields.plannedAt} />
      <TextField id={ids.durationMinutes} type="number" min={5} max={600} step={5} inputMode="numeric" label={t('cases.contacts.duration')} required inputClassName="number-input" value={duration} onChange={setDuration} error={save.errors.fields.durationMinutes} />
      <TextField id={ids.location} label={t('cases.contacts.location')} description={t('cases.contacts.locationHint')} value={location} onChange={setLocation} error={save.errors.fields.location} />
      <Fieldset legend={t('cases.contacts.participants')} id={ids.participants} error={save.errors.fields.participants}>
        {rows.map((row, index) => (
          <div className="participant-row" key={row.key}>
            <TextField
              id={ids[`participants.${index}.name`]}
              label={t('cases.contacts.participantName', { n: index + 1 })}
              required
              value={row.name}
              onChange={(name) => updateRow(row.key, { name })}
              error={save.errors.fields[`participants.${index}.name`]}
            />
            <SelectField
              id={ids[`participants.${index}.role`]}
              label={t('cases.contacts.participantRole', { n: index + 1 })}
              required
              options={enumOptions(t, 'participantRole', PARTICIPANT_ROLES)}
              value={row.role}
              onChange={(role) => updateRow(row.key, { role })}
              error={save.errors.fields[`participants.${index}.role`]}
            />
            <Button variant="subtle" className="participant-row__remove" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
              {t('cases.contacts.removeParticipant', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          onClick={() => {
            setRows([...rows, { key: nextKey, name: '', role: 'employer' }]);
            setNextKey(nextKey + 1);
          }}
        >
          {t('cases.contacts.addParticipant')}
        </Button>
      </Fieldset>
      <TextAreaField id={ids.note} label={t('cases.contacts.note')} value={note} onChange={setNote} error={save.errors.fields.note} />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('cases.contacts.planSubmit')}
        </Button>
        <Button variant="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
