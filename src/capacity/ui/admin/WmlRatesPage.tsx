// The organisation's WML amounts (beheerder, /beheer/wml-bedragen): the dated list with sources, and a
// form to add a new amount. Amounts are never changed or removed (history by design), so every
// wage-cost subsidy Passend showed can be followed later; the form asks for confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, DataTable, PageHeading, Paragraph, TextAreaField, TextField, TitledForm } from '../../../web/components';
import { formatDate, formatDateTime } from '../../../web/format';
import { fieldId } from '../../../web/forms';
import type { WmlRate } from '../wage-api';
import { formatEuro, formatNumber, parseDecimal, parseEuroCents } from '../wage-format';
import { useAddWmlRate, useWmlRates } from '../wage-hooks';
import '../wage-value.css';

const PREFIX = 'wml';
const IDS: Record<string, string> = {
  validFrom: fieldId(PREFIX, 'validFrom'),
  hourlyCents: fieldId(PREFIX, 'hourlyCents'),
  holidayPayPercent: fieldId(PREFIX, 'holidayPayPercent'),
  source: fieldId(PREFIX, 'source'),
};
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function AddRateForm({ onAdded }: { onAdded: (rate: WmlRate) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState({ validFrom: '', hourly: '', holidayPay: formatNumber(8, i18n.language), source: '' });
  const add = useAddWmlRate();
  const set = (key: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const language = i18n.language;
    const fields: Record<string, string> = {};
    if (!isIsoDate(values.validFrom)) fields.validFrom = t('wageValue.admin.validation.validFrom');
    const hourly = parseEuroCents(values.hourly, language);
    if (!hourly.ok || hourly.value <= 0) fields.hourlyCents = t('wageValue.admin.validation.hourly');
    const holidayPay = parseDecimal(values.holidayPay, language);
    if (!holidayPay.ok || holidayPay.value < 0 || holidayPay.value > 100) fields.holidayPayPercent = t('wageValue.admin.validation.holidayPay');
    if (!values.source.trim()) fields.source = t('wageValue.admin.validation.source');
    if (Object.keys(fields).length || !hourly.ok || !holidayPay.ok) return add.setErrors({ fields });
    if (!window.confirm(t('wageValue.admin.confirm', { amount: formatEuro(hourly.value, language), date: formatDate(values.validFrom) }))) return;
    add.run({ validFrom: values.validFrom, hourlyCents: hourly.value, holidayPayPercent: holidayPay.value, source: values.source.trim() }, (rate) => {
      setValues({ validFrom: '', hourly: '', holidayPay: formatNumber(8, language), source: '' });
      onAdded(rate);
    });
  }

  return (
    <TitledForm titleId="wml-form-title" title={t('wageValue.admin.formTitle')} level={2} intro={t('wageValue.admin.formIntro')} className="form section-form" onSubmit={submit} errors={add.errors} fieldIds={IDS}>
      <TextField id={IDS.validFrom} type="date" label={t('wageValue.admin.validFrom')} description={t('wageValue.admin.validFromHint')} required value={values.validFrom} onChange={set('validFrom')} error={add.errors.fields.validFrom} />
      <TextField id={IDS.hourlyCents} label={t('wageValue.admin.hourlyField')} description={t('wageValue.admin.hourlyHint')} required inputMode="decimal" value={values.hourly} onChange={set('hourly')} error={add.errors.fields.hourlyCents} inputClassName="number-input" />
      <TextField id={IDS.holidayPayPercent} label={t('wageValue.admin.holidayPayField')} required inputMode="decimal" value={values.holidayPay} onChange={set('holidayPay')} error={add.errors.fields.holidayPayPercent} inputClassName="number-input" />
      <TextAreaField id={IDS.source} label={t('wageValue.admin.sourceField')} description={t('wageValue.admin.sourceHint')} required rows={3} value={values.source} onChange={set('source')} error={add.errors.fields.source} />
      <Button type="submit" variant="primary" busy={add.busy}>
        {t('wageValue.admin.submit')}
      </Button>
    </TitledForm>
  );
}

export function WmlRatesPage() {
  const { t, i18n } = useTranslation();
  const rates = useWmlRates();
  const [status, setStatus] = useState('');
  const language = i18n.language;
  const items = rates.data?.items ?? [];
  return (
    <div className="page">
      <PageHeading>{t('wageValue.admin.title')}</PageHeading>
      <Paragraph>{t('wageValue.admin.intro')}</Paragraph>
      <p className="utrecht-paragraph status-line" role="status">
        {status}
      </p>
      {rates.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {rates.isError ? <Alert type="error">{rates.error.message}</Alert> : null}
      {rates.data && items.length === 0 ? <Alert type="warning">{t('wageValue.admin.none')}</Alert> : null}
      {items.length ? (
        <DataTable
          caption={t('wageValue.admin.caption')}
          rows={items}
          rowKey={(rate) => rate.id}
          columns={[
            {
              key: 'validFrom',
              header: t('wageValue.admin.validFrom'),
              rowHeader: true,
              cell: (rate) => (
                <>
                  {formatDate(rate.validFrom)}
                  {rate.inForce ? (
                    <>
                      {' '}
                      <Badge tone="active">{t('wageValue.admin.inForce')}</Badge>
                    </>
                  ) : null}
                </>
              ),
            },
            { key: 'hourly', header: t('wageValue.admin.hourly'), cell: (rate) => <span className="wage-amount">{formatEuro(rate.hourlyCents, language)}</span> },
            { key: 'holidayPay', header: t('wageValue.admin.holidayPay'), cell: (rate) => `${formatNumber(rate.holidayPayPercent, language, 2)}%` },
            { key: 'source', header: t('wageValue.admin.source'), cell: (rate) => <span className="wml-source">{rate.source}</span> },
            {
              key: 'entered',
              header: t('wageValue.admin.entered'),
              cell: (rate) => (rate.enteredBy ? t('wageValue.admin.enteredBy', { date: formatDateTime(rate.enteredAt), who: rate.enteredBy }) : t('wageValue.admin.shipped')),
            },
          ]}
        />
      ) : null}
      {rates.data ? <AddRateForm onAdded={(rate) => setStatus(t('wageValue.admin.added', { date: formatDate(rate.validFrom) }))} /> : null}
    </div>
  );
}
