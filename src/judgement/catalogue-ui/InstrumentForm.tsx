// Adding an instrument to the organisation's databank, or editing one with its version. When someone
// else changed it meanwhile (409), nothing is saved: the form keeps what was typed, shows what is
// stored now beside it, and the next save is based on that newest version. A name the organisation
// already has is said at the name field; every other problem comes back from the server by its field.
import { useMemo, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, DataList, TextAreaField, TextField } from '../../web/components';
import { isApiError } from '../../web/api';
import { fieldId, type FormErrors } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { InlineForm, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { centsToInput, formatEuro, parseEuroCents } from '../../capacity/ui/wage-format';
import { catalogueApi, errorsFromProblems, INSTRUMENTS_KEY, VALIDATION_STATUSES, type InstrumentBody, type InstrumentsAnswer, type InstrumentView, type ValidationStatus } from './api';
import { formatDuration, parseMinutes } from './format';

/** The edit was overtaken: the instrument as it is stored now. */
class Overtaken extends Error {
  constructor(readonly stored: InstrumentView) {
    super('overtaken');
  }
}

export function InstrumentForm({ instrument, onClose, onSaved }: {
  /** The instrument to edit, as it was when the form opened; absent to add one. */
  instrument?: InstrumentView;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const queryClient = useQueryClient();
  const prefix = instrument ? `instrument-${instrument.id}` : 'new-instrument';
  const titleId = `${prefix}-form-title`;
  const [name, setName] = useState(instrument?.name ?? '');
  const [construct, setConstruct] = useState(instrument?.construct ?? '');
  const [status, setStatus] = useState<string>(instrument?.validationStatus ?? '');
  const [note, setNote] = useState(instrument?.validationNote ?? '');
  const [provider, setProvider] = useState(instrument?.provider ?? '');
  const [cost, setCost] = useState(instrument?.costCents == null ? '' : centsToInput(instrument.costCents, language));
  const [duration, setDuration] = useState(instrument?.durationMinutes == null ? '' : String(instrument.durationMinutes));
  const [fitsWhen, setFitsWhen] = useState(instrument?.fitsWhen ?? '');
  /** The version the next save is based on: the one opened, or the newest one seen after a 409. */
  const [baseVersion, setBaseVersion] = useState(instrument?.version ?? 0);
  const [stored, setStored] = useState<InstrumentView | null>(null);

  const ids = {
    name: fieldId(prefix, 'name'), construct: fieldId(prefix, 'construct'), validationStatus: fieldId(prefix, 'validationStatus'), validationNote: fieldId(prefix, 'validationNote'),
    provider: fieldId(prefix, 'provider'), costCents: fieldId(prefix, 'costCents'), durationMinutes: fieldId(prefix, 'durationMinutes'), fitsWhen: fieldId(prefix, 'fitsWhen'),
  };
  const fieldIds = useMemo(() => ids, [prefix]); // eslint-disable-line react-hooks/exhaustive-deps

  /** After a 409 on an edit: re-read the databank to tell "overtaken" (another version) from "name taken". */
  async function newest(): Promise<InstrumentView | undefined> {
    await queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY });
    return queryClient.getQueryData<InstrumentsAnswer>(INSTRUMENTS_KEY)?.items.find((i) => i.id === instrument?.id);
  }

  const save = useFormAction({
    action: async (body: InstrumentBody) => {
      if (!instrument) return catalogueApi.addInstrument(body);
      const sentVersion = baseVersion;
      try {
        await catalogueApi.updateInstrument(instrument.id, { ...body, version: sentVersion });
        return { id: instrument.id };
      } catch (error) {
        if (isApiError(error) && error.code === 'conflict') {
          const now = await newest();
          if (now && now.version !== sentVersion) throw new Overtaken(now);
        }
        if (isApiError(error) && error.code === 'not_found') void queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY });
        throw error;
      }
    },
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY }),
    errorsOf: (error): FormErrors => {
      if (error instanceof Overtaken) {
        setStored(error.stored);
        setBaseVersion(error.stored.version);
        return { form: t('instruments.form.stale'), fields: {} };
      }
      if (isApiError(error) && error.code === 'not_found' && instrument) return { form: t('instruments.form.gone'), fields: {} };
      // The other 409: the organisation already has an instrument with this name.
      if (isApiError(error) && error.code === 'conflict') return { fields: { name: error.message } };
      return errorsFromProblems(error);
    },
  });
  const fields = save.errors.fields;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const cents = cost.trim() === '' ? ({ ok: true, value: null } as const) : parseEuroCents(cost, language);
    if (!cents.ok || (cents.value !== null && cents.value < 0)) problems.costCents = `${t('instruments.form.cost')}: ${t('instruments.form.costInvalid')}`;
    const minutes = parseMinutes(duration);
    if (!minutes.ok) problems.durationMinutes = `${t('instruments.form.duration')}: ${t('instruments.form.durationInvalid')}`;
    if (!status) problems.validationStatus = `${t('instruments.form.validationStatus')}: ${t('instruments.form.chooseStatus')}`;
    // (`!cents.ok`, `!minutes.ok` are in `problems` already; named again so the values below are known.)
    if (Object.keys(problems).length > 0 || !cents.ok || !minutes.ok) return save.setErrors({ fields: problems });
    save.run({
      name,
      construct,
      validationStatus: status as ValidationStatus,
      validationNote: note.trim() === '' ? null : note,
      provider: provider.trim() === '' ? null : provider,
      costCents: cents.value,
      durationMinutes: minutes.value,
      fitsWhen: fitsWhen.trim() === '' ? null : fitsWhen,
    }, () => onSaved(name.trim()));
  }

  return (
    <InlineForm
      titleId={titleId}
      title={instrument ? t('instruments.form.editTitle', { name: instrument.name }) : t('instruments.form.addTitle')}
      intro={t('instruments.form.intro')}
      onSubmit={submit}
      errors={save.errors}
      fieldIds={fieldIds}
      className="instrument-form"
    >
      {stored ? (
        <Alert type="warning">
          <p className="utrecht-paragraph"><strong>{t('instruments.form.storedNow')}</strong></p>
          <DataList
            items={[
              { key: 'name', label: t('instruments.form.name'), value: stored.name },
              { key: 'construct', label: t('instruments.form.construct'), value: <span className="pre-line">{stored.construct}</span> },
              { key: 'status', label: t('instruments.form.validationStatus'), value: t(`instruments.validationStatus.${stored.validationStatus}`) },
              { key: 'note', label: t('instruments.form.validationNote'), value: stored.validationNote ?? t('instruments.notGiven') },
              { key: 'provider', label: t('instruments.form.provider'), value: stored.provider ?? t('instruments.notGiven') },
              { key: 'cost', label: t('instruments.column.cost'), value: stored.costCents === null ? t('instruments.unknown') : formatEuro(stored.costCents, language) },
              { key: 'duration', label: t('instruments.column.duration'), value: stored.durationMinutes === null ? t('instruments.unknown') : formatDuration(stored.durationMinutes, language) },
              { key: 'fitsWhen', label: t('instruments.form.fitsWhen'), value: stored.fitsWhen ? <span className="pre-line">{stored.fitsWhen}</span> : t('instruments.notGiven') },
            ]}
          />
        </Alert>
      ) : null}
      <TextField id={ids.name} label={t('instruments.form.name')} required value={name} onChange={setName} error={fields.name} />
      <TextAreaField id={ids.construct} label={t('instruments.form.construct')} description={t('instruments.form.constructHint')} required rows={2} value={construct} onChange={setConstruct} error={fields.construct} />
      <RadioGroup
        id={ids.validationStatus}
        name={`${prefix}-validation`}
        legend={t('instruments.form.validationStatus')}
        options={VALIDATION_STATUSES.map((s) => ({ value: s, label: t(`instruments.validationStatus.${s}`), description: t(`instruments.validationHint.${s}`) }))}
        value={status}
        onChange={setStatus}
        error={fields.validationStatus}
        required
      />
      <TextAreaField id={ids.validationNote} label={t('instruments.form.validationNote')} description={t('instruments.form.validationNoteHint')} rows={2} value={note} onChange={setNote} error={fields.validationNote} />
      <TextField id={ids.provider} label={t('instruments.form.provider')} value={provider} onChange={setProvider} error={fields.provider} />
      <TextField id={ids.costCents} label={t('instruments.form.cost')} description={t('instruments.form.costHint')} inputMode="decimal" inputClassName="number-input" value={cost} onChange={setCost} error={fields.costCents} />
      <TextField id={ids.durationMinutes} label={t('instruments.form.duration')} description={t('instruments.form.durationHint')} inputMode="numeric" inputClassName="number-input" value={duration} onChange={setDuration} error={fields.durationMinutes} />
      <TextAreaField id={ids.fitsWhen} label={t('instruments.form.fitsWhen')} description={t('instruments.form.fitsWhenHint')} rows={2} value={fitsWhen} onChange={setFitsWhen} error={fields.fitsWhen} />
      <SubmitRow busy={save.busy} label={instrument ? t('instruments.form.submitEdit') : t('instruments.form.submitAdd')} onClose={onClose} />
    </InlineForm>
  );
}
