// b. The appointment rules (P10, P12, P13): office days and hours, the minimum lead time, the
// warning about unequal channels, when the reminder goes, and how clients reach the office.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Fieldset, FormError, NumberField, Paragraph, TextField } from '../../../web/components';
import { contactAdminApi, contactAdminKeys, type ContactSettings } from './api';
import { QueryState, SECTION_HEADING_ID, Status, useFields, useFormMutation } from './shared';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function SettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: contactAdminKeys.settings, queryFn: contactAdminApi.settings });
  const [status, setStatus] = useState('');
  return (
    <>
      <Paragraph>{t('contactAdmin.settings.intro')}</Paragraph>
      <Status message={status} />
      <QueryState pending={settings.isPending} error={settings.error} />
      {settings.data ? <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} setStatus={setStatus} /> : null}
    </>
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const wholeIn = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

function SettingsForm({ settings, setStatus }: { settings: ContactSettings; setStatus: (message: string) => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<number[]>(settings.officeDays);
  const { values, bind } = useFields(() => ({
    officeStart: settings.officeStart,
    officeEnd: settings.officeEnd,
    minLeadHours: String(settings.minLeadHours),
    warnUnequalChannels: settings.warnUnequalChannels,
    reminderHours: String(settings.reminderHours),
    contactEmail: settings.contactEmail ?? '',
    contactPhone: settings.contactPhone ?? '',
  }));
  const save = useFormMutation(contactAdminApi.saveSettings);
  const ids = {
    officeDays: 'settings-days',
    officeStart: 'settings-start',
    officeEnd: 'settings-end',
    minLeadHours: 'settings-lead',
    warnUnequalChannels: 'settings-warn',
    reminderHours: 'settings-reminder',
    contactEmail: 'settings-contact-email',
    contactPhone: 'settings-contact-phone',
  };
  const field = bind(ids, save.errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const { officeStart, officeEnd, minLeadHours, reminderHours } = values;
    const contactEmail = values.contactEmail.trim();
    const contactPhone = values.contactPhone.trim();
    const fields: Record<string, string> = {};
    if (days.length === 0) fields.officeDays = t('contactAdmin.settings.daysRequired');
    if (!TIME.test(officeStart)) fields.officeStart = t('contactAdmin.settings.timeInvalid');
    if (!TIME.test(officeEnd)) fields.officeEnd = t('contactAdmin.settings.timeInvalid');
    else if (TIME.test(officeStart) && officeEnd <= officeStart) fields.officeEnd = t('contactAdmin.settings.endBeforeStart');
    if (!wholeIn(minLeadHours, 0, 720)) fields.minLeadHours = t('contactAdmin.settings.leadInvalid');
    if (!wholeIn(reminderHours, 1, 336)) fields.reminderHours = t('contactAdmin.settings.reminderInvalid');
    if (contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) fields.contactEmail = t('contactAdmin.settings.emailInvalid');
    if (contactPhone.length > 40) fields.contactPhone = t('contactAdmin.settings.phoneTooLong');
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run(
      {
        officeDays: [...days].sort((a, b) => a - b),
        officeStart,
        officeEnd,
        minLeadHours: Number(minLeadHours),
        warnUnequalChannels: values.warnUnequalChannels,
        reminderHours: Number(reminderHours),
        contactEmail: contactEmail || null,
        contactPhone: contactPhone || null,
      },
      () => setStatus(t('contactAdmin.settings.saved')),
    );
  }

  return (
    <form noValidate onSubmit={submit} className="form settings-form" aria-labelledby={SECTION_HEADING_ID}>
      <FormError errors={save.errors} fieldIds={ids} />
      <Fieldset legend={t('contactAdmin.settings.officeDays')} id={ids.officeDays} description={t('contactAdmin.settings.officeDaysHint')} error={save.errors.fields.officeDays}>
        <div className="weekday-grid">
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              id={`settings-day-${day}`}
              label={t(`contactAdmin.settings.weekday.d${day}`)}
              checked={days.includes(day)}
              onChange={(checked) => setDays(checked ? [...days, day] : days.filter((d) => d !== day))}
            />
          ))}
        </div>
      </Fieldset>
      <div className="field-pair">
        <TextField
          {...field.text('officeStart')}
          type="time"
          label={t('contactAdmin.settings.officeStart')}
          description={t('contactAdmin.settings.officeHoursHint')}
          required
          inputClassName="number-input"
        />
        <TextField {...field.text('officeEnd')} type="time" label={t('contactAdmin.settings.officeEnd')} required inputClassName="number-input" />
      </div>
      <NumberField
        {...field.text('minLeadHours')}
        min={0}
        max={720}
        label={t('contactAdmin.settings.minLeadHours')}
        description={t('contactAdmin.settings.minLeadHoursHint')}
        required
      />
      <Checkbox
        {...field.check('warnUnequalChannels')}
        label={t('contactAdmin.settings.warnUnequalChannels')}
        description={t('contactAdmin.settings.warnUnequalChannelsHint')}
      />
      <NumberField
        {...field.text('reminderHours')}
        min={1}
        max={336}
        label={t('contactAdmin.settings.reminderHours')}
        description={t('contactAdmin.settings.reminderHoursHint')}
        required
      />
      <Fieldset legend={t('contactAdmin.settings.clientContactTitle')} description={t('contactAdmin.settings.clientContactHint')}>
        <TextField
          {...field.text('contactEmail')}
          type="email"
          label={t('contactAdmin.settings.contactEmail')}
          description={t('contactAdmin.settings.contactEmailHint')}
          autoComplete="off"
        />
        <TextField {...field.text('contactPhone')} type="tel" label={t('contactAdmin.settings.contactPhone')} autoComplete="off" maxLength={40} />
      </Fieldset>
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('contactAdmin.settings.submit')}
      </Button>
    </form>
  );
}
