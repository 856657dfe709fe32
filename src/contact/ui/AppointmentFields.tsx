// When, how long, where and with whom a contact takes place, with the measures taken and a note:
// the same fields when a contact is planned and when it is moved.
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ParticipantRole } from '../../cases/domain';
import { NumberField, TextAreaField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { participantFieldIds, ParticipantsFields, type ParticipantRow } from './ChoiceFields';
import { amsterdamLocalToIso } from './time';

/** The form's own state, keyed by the API's field names; the time is Amsterdam wall-clock time. */
export interface AppointmentDraft {
  plannedAt: string;
  durationMinutes: string;
  location: string;
  mitigations: string;
  note: string;
}

const FIELDS = ['plannedAt', 'durationMinutes', 'location', 'mitigations', 'note'] as const;

/** API field → element id, for the error summary. */
export function appointmentFieldIds(prefix: string, rows: readonly ParticipantRow[]): Record<string, string> {
  return { ...Object.fromEntries(FIELDS.map((field) => [field, fieldId(prefix, field)])), ...participantFieldIds(prefix, rows) };
}

/** Messages for what is missing or wrong (keyed by API field), and the time and duration as the API takes them. */
export function checkAppointment(t: TFunction, draft: AppointmentDraft, rows: readonly ParticipantRow[]) {
  const fields: Record<string, string> = {};
  const iso = amsterdamLocalToIso(draft.plannedAt);
  if (!iso) fields.plannedAt = t('contact.validation.plannedAt');
  const minutes = Number(draft.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 600) fields.durationMinutes = t('contact.validation.duration');
  rows.forEach((row, index) => {
    if (!row.name.trim()) fields[`participants.${index}.name`] = t('contact.validation.participantName');
  });
  return { fields, iso, minutes };
}

/** The request's fields of an appointment, apart from the time (empty texts are sent as null). */
export function appointmentBody(draft: AppointmentDraft, rows: readonly ParticipantRow[], minutes: number) {
  return {
    durationMinutes: minutes,
    location: draft.location.trim() || null,
    participants: rows.map((row) => ({ name: row.name.trim(), role: row.role as ParticipantRole })),
    note: draft.note.trim() || null,
    mitigations: draft.mitigations.trim() || null,
  };
}

export function AppointmentFields({ prefix, draft, onChange, rows, onRows, errors, plannedAtHint, locationHint, employerName, children }: {
  prefix: string;
  draft: AppointmentDraft;
  onChange: (patch: Partial<AppointmentDraft>) => void;
  rows: ParticipantRow[];
  onRows: (rows: ParticipantRow[]) => void;
  errors: Record<string, string>;
  plannedAtHint: string;
  locationHint?: string;
  /** Proposed as the name of an employer participant. */
  employerName?: string | null;
  /** Shown after the participants (what the client asked for: a companion, an interpreter). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const field = (key: (typeof FIELDS)[number]) => ({
    id: fieldId(prefix, key),
    value: draft[key],
    onChange: (value: string) => onChange({ [key]: value }),
    error: errors[key],
  });
  return (
    <>
      <TextField {...field('plannedAt')} type="datetime-local" label={t('contact.planning.plannedAt')} description={plannedAtHint} required />
      <NumberField {...field('durationMinutes')} min={5} max={600} step={5} label={t('contact.planning.duration')} required />
      <TextField {...field('location')} label={t('contact.planning.location')} description={locationHint} />
      <ParticipantsFields prefix={prefix} rows={rows} onRows={onRows} errors={errors} employerName={employerName} />
      {children}
      <TextAreaField {...field('mitigations')} label={t('contact.planning.mitigations')} description={t('contact.planning.mitigationsHint')} />
      <TextAreaField {...field('note')} label={t('contact.planning.note')} />
    </>
  );
}
