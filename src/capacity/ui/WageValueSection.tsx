// Wage value and wage-cost subsidy on the case page (issue 6, Participatiewet; social-domain.md §2):
// the labour expert records a measurement (method, date, assessor, percentage, job and its wage,
// hours), sees every measurement (the newest counts) and, for the newest, the subsidy sum step by step
// as a table, computed for a chosen date with the WML amount in force on that date and its source.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CaseSection, focusSectionHeading } from '../../cases/ui/Section';
import {
  Alert, Badge, Button, ButtonGroup, DataTable, Heading, Paragraph, SelectField, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow,
  TextField, TitledForm,
} from '../../web/components';
import { formatDate, formatDateTime } from '../../web/format';
import { fieldId } from '../../web/forms';
import { WAGE_VALUE_METHODS } from '../subsidy';
import type { SubsidySteps, WageValue, WageValueInput, WmlInForce } from './wage-api';
import { formatEuro, formatNumber, parseDecimal, parseEuroCents } from './wage-format';
import { useRecordWageValue, useWageValues } from './wage-hooks';
import './wage-value.css';

const SECTION_ID = 'wage-value';
const PREFIX = 'wage';
const FORM_TITLE_ID = 'wage-form-title';

/** Today in Amsterdam as YYYY-MM-DD (the server's "today" too). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function methodName(t: TFunction, item: Pick<WageValue, 'method' | 'methodOther'>): string {
  return item.method === 'other' && item.methodOther ? item.methodOther : t(`wageValue.methods.${item.method}`);
}

// ---- the form -----------------------------------------------------------------------------------

interface FormValues {
  method: string;
  methodOther: string;
  measuredOn: string;
  assessor: string;
  percentage: string;
  job: string;
  jobWage: string;
  jobWagePer: 'hour' | 'month';
  hoursPerWeek: string;
  jobHolidayPayPercent: string;
}

const EMPTY: FormValues = {
  method: '', methodOther: '', measuredOn: '', assessor: '', percentage: '', job: '', jobWage: '', jobWagePer: 'hour', hoursPerWeek: '', jobHolidayPayPercent: '',
};

const IDS: Record<string, string> = {
  method: fieldId(PREFIX, 'method'),
  methodOther: fieldId(PREFIX, 'methodOther'),
  measuredOn: fieldId(PREFIX, 'measuredOn'),
  assessor: fieldId(PREFIX, 'assessor'),
  percentage: fieldId(PREFIX, 'percentage'),
  job: fieldId(PREFIX, 'job'),
  'jobWage.amountCents': fieldId(PREFIX, 'jobWage.amountCents'),
  'jobWage.per': fieldId(PREFIX, 'jobWage.per'),
  hoursPerWeek: fieldId(PREFIX, 'hoursPerWeek'),
  jobHolidayPayPercent: fieldId(PREFIX, 'jobHolidayPayPercent'),
};

function WageValueForm({ caseId, onClose }: { caseId: string; onClose: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const save = useRecordWageValue(caseId);
  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const error = (field: string) => save.errors.fields[field];

  function submit(event: FormEvent) {
    event.preventDefault();
    const language = i18n.language;
    const fields: Record<string, string> = {};
    if (!values.method) fields.method = t('wageValue.validation.method');
    if (values.method === 'other' && !values.methodOther.trim()) fields.methodOther = t('wageValue.validation.methodOther');
    if (!isIsoDate(values.measuredOn)) fields.measuredOn = t('wageValue.validation.measuredOn');
    if (!values.assessor.trim()) fields.assessor = t('wageValue.validation.assessor');
    const percentage = parseDecimal(values.percentage, language);
    if (!percentage.ok || percentage.value < 0 || percentage.value > 100) fields.percentage = t('wageValue.validation.percentage');
    if (!values.job.trim()) fields.job = t('wageValue.validation.job');
    const wage = parseEuroCents(values.jobWage, language);
    if (!wage.ok || wage.value <= 0) fields['jobWage.amountCents'] = t('wageValue.validation.jobWage');
    const hours = parseDecimal(values.hoursPerWeek, language);
    if (!hours.ok || hours.value <= 0 || hours.value > 60) fields.hoursPerWeek = t('wageValue.validation.hoursPerWeek');
    const holiday = values.jobHolidayPayPercent.trim() ? parseDecimal(values.jobHolidayPayPercent, language) : null;
    if (holiday && (!holiday.ok || holiday.value < 0 || holiday.value > 100)) fields.jobHolidayPayPercent = t('wageValue.validation.jobHolidayPayPercent');
    if (Object.keys(fields).length || !percentage.ok || !wage.ok || !hours.ok || (holiday && !holiday.ok)) return save.setErrors({ fields });
    const input: WageValueInput = {
      method: values.method as WageValueInput['method'],
      methodOther: values.method === 'other' ? values.methodOther.trim() : null,
      measuredOn: values.measuredOn,
      assessor: values.assessor.trim(),
      percentage: percentage.value,
      job: values.job.trim(),
      jobWage: { amountCents: wage.value, per: values.jobWagePer },
      jobHolidayPayPercent: holiday?.ok ? holiday.value : null,
      hoursPerWeek: hours.value,
    };
    save.run(input, () => onClose(true));
  }

  return (
    <TitledForm titleId={FORM_TITLE_ID} title={t('wageValue.form.title')} intro={t('wageValue.form.intro')} className="form inline-form" focusable onSubmit={submit} errors={save.errors} fieldIds={IDS}>
      <SelectField
        id={IDS.method}
        label={t('wageValue.form.method')}
        required
        placeholder={t('common.choose')}
        options={WAGE_VALUE_METHODS.map((code) => ({ value: code, label: t(`wageValue.methods.${code}`) }))}
        value={values.method}
        onChange={set('method')}
        error={error('method')}
      />
      {values.method === 'other' ? (
        <TextField id={IDS.methodOther} label={t('wageValue.form.methodOther')} required value={values.methodOther} onChange={set('methodOther')} error={error('methodOther')} maxLength={200} />
      ) : null}
      <TextField id={IDS.measuredOn} type="date" label={t('wageValue.form.measuredOn')} required value={values.measuredOn} onChange={set('measuredOn')} error={error('measuredOn')} max={today()} />
      <TextField id={IDS.assessor} label={t('wageValue.form.assessor')} description={t('wageValue.form.assessorHint')} required value={values.assessor} onChange={set('assessor')} error={error('assessor')} maxLength={200} />
      <TextField id={IDS.percentage} label={t('wageValue.form.percentage')} description={t('wageValue.form.percentageHint')} required inputMode="decimal" value={values.percentage} onChange={set('percentage')} error={error('percentage')} inputClassName="number-input" />
      <TextField id={IDS.job} label={t('wageValue.form.job')} required value={values.job} onChange={set('job')} error={error('job')} maxLength={200} />
      <TextField id={IDS['jobWage.amountCents']} label={t('wageValue.form.jobWage')} description={t('wageValue.form.jobWageHint')} required inputMode="decimal" value={values.jobWage} onChange={set('jobWage')} error={error('jobWage.amountCents')} inputClassName="number-input" />
      <SelectField
        id={IDS['jobWage.per']}
        label={t('wageValue.form.jobWagePer')}
        required
        options={(['hour', 'month'] as const).map((per) => ({ value: per, label: t(`wageValue.per.${per}`) }))}
        value={values.jobWagePer}
        onChange={(value) => set('jobWagePer')(value === 'month' ? 'month' : 'hour')}
        error={error('jobWage.per')}
      />
      <TextField id={IDS.hoursPerWeek} label={t('wageValue.form.hoursPerWeek')} description={t('wageValue.form.hoursHint')} required inputMode="decimal" value={values.hoursPerWeek} onChange={set('hoursPerWeek')} error={error('hoursPerWeek')} inputClassName="number-input" />
      <TextField id={IDS.jobHolidayPayPercent} label={t('wageValue.form.jobHolidayPayPercent')} description={t('wageValue.form.jobHolidayHint')} inputMode="decimal" value={values.jobHolidayPayPercent} onChange={set('jobHolidayPayPercent')} error={error('jobHolidayPayPercent')} inputClassName="number-input" />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('wageValue.form.submit')}
        </Button>
        <Button variant="subtle" onClick={() => onClose(false)}>
          {t('wageValue.form.cancel')}
        </Button>
      </ButtonGroup>
    </TitledForm>
  );
}

// ---- the sum, step by step ----------------------------------------------------------------------

function SubsidyTable({ item, steps, wml, on }: { item: WageValue; steps: SubsidySteps; wml: WmlInForce; on: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const euro = (cents: number) => formatEuro(cents, language);
  const num = (value: number) => formatNumber(value, language);
  const how = (key: string, params: Record<string, string> = {}) => t(`wageValue.calculation.how_.${key}`, params);
  const jobMonthHow = item.jobWage.per === 'hour'
    ? how('hoursTimes', { amount: euro(item.jobWage.amountCents), hours: num(steps.hoursPerWeek), perMonth: num(steps.hoursPerMonth) })
    : steps.hoursPerWeek === item.hoursPerWeek
      ? how('monthAsGiven', { amount: euro(item.jobWage.amountCents) })
      : how('monthScaled', { amount: euro(item.jobWage.amountCents), from: num(item.hoursPerWeek), hours: num(steps.hoursPerWeek) });
  const rows: Array<{ key: string; how: string; cents: number; strong?: boolean }> = [
    { key: 'wmlHour', how: how('wmlHour', { date: formatDate(wml.validFrom) }), cents: steps.wmlHourCents },
    { key: 'wmlMonth', how: how('hoursTimes', { amount: euro(steps.wmlHourCents), hours: num(steps.hoursPerWeek), perMonth: num(steps.hoursPerMonth) }), cents: steps.wmlMonthCents },
    { key: 'wmlMonthIncl', how: how('plusHoliday', { amount: euro(steps.wmlMonthCents), percent: num(steps.wmlHolidayPayPercent) }), cents: steps.wmlMonthInclHolidayCents },
    { key: 'jobMonth', how: jobMonthHow, cents: steps.jobWageMonthCents },
    { key: 'jobMonthIncl', how: how('plusHoliday', { amount: euro(steps.jobWageMonthCents), percent: num(steps.jobHolidayPayPercent) }), cents: steps.jobWageMonthInclHolidayCents },
    { key: 'wageValue', how: how('percentOf', { percent: num(steps.percentage), amount: euro(steps.jobWageMonthInclHolidayCents) }), cents: steps.wageValueCents },
    { key: 'difference', how: how('minus', { a: euro(steps.wmlMonthInclHolidayCents), b: euro(steps.wageValueCents) }), cents: steps.differenceCents },
    { key: 'cap', how: how('percentOf', { percent: num(steps.capPercent), amount: euro(steps.wmlMonthInclHolidayCents) }), cents: steps.capCents },
    { key: 'subsidy', how: how(steps.capApplied ? 'smallestCapped' : 'smallest'), cents: steps.subsidyCents, strong: true },
    { key: 'supplement', how: how('percentOf', { percent: num(steps.supplementPercent), amount: euro(steps.subsidyCents) }), cents: steps.supplementCents },
    { key: 'total', how: how('sum'), cents: steps.totalCents, strong: true },
  ];
  const notes: string[] = [];
  if (steps.capApplied) notes.push(t('wageValue.calculation.notes.capApplied'));
  if (steps.employerAboveWmlCents > 0) notes.push(t('wageValue.calculation.notes.employerAboveWml', { amount: euro(steps.employerAboveWmlCents) }));
  if (steps.notes.includes('job_wage_below_wml')) notes.push(t('wageValue.calculation.notes.jobWageBelowWml'));
  if (steps.notes.includes('wml_possibly_outdated')) notes.push(t('wageValue.calculation.notes.wmlPossiblyOutdated', { date: formatDate(wml.validFrom) }));
  if (on < item.measuredOn) notes.push(t('wageValue.calculation.notes.beforeMeasurement'));
  return (
    <>
      <Table caption={t('wageValue.calculation.caption', { job: item.job, date: formatDate(on) })}>
        <TableHead>
          <TableHeaderCell>{t('wageValue.calculation.step')}</TableHeaderCell>
          <TableHeaderCell>{t('wageValue.calculation.how')}</TableHeaderCell>
          <th scope="col" className="utrecht-table__header-cell wage-amount">
            {t('wageValue.calculation.amount')}
          </th>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <th scope="row" className="utrecht-table__header-cell">
                {t(`wageValue.calculation.rows.${row.key}`)}
              </th>
              <TableCell>{row.how}</TableCell>
              <td className="utrecht-table__cell wage-amount">{row.strong ? <strong>{euro(row.cents)}</strong> : euro(row.cents)}</td>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Paragraph>{t('wageValue.calculation.wml', { amount: euro(wml.hourlyCents), date: formatDate(wml.validFrom) })}</Paragraph>
      <Paragraph>
        {t('wageValue.calculation.source', { source: wml.source })} {wml.enteredBy ? t('wageValue.calculation.enteredBy', { who: wml.enteredBy }) : t('wageValue.calculation.shipped')}
      </Paragraph>
      {notes.length ? (
        <>
          <Heading level={4}>{t('wageValue.calculation.notesTitle')}</Heading>
          <ul className="utrecht-unordered-list wage-notes">
            {notes.map((note) => (
              <li key={note} className="utrecht-unordered-list__item">
                {note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The "berekend per" date: a small form, so the sum changes only when the user asks. */
function OnDateForm({ on, onChange }: { on: string; onChange: (date: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(on);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <form
      noValidate
      className="form wage-on-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isIsoDate(value)) return setError(t('wageValue.validation.on'));
        setError(undefined);
        onChange(value);
      }}
    >
      <TextField id="wage-on" type="date" label={t('wageValue.calculation.on')} description={t('wageValue.calculation.onHint')} required markOptional={false} value={value} onChange={setValue} error={error} />
      <Button type="submit">{t('wageValue.calculation.recompute')}</Button>
    </form>
  );
}

function MeasurementList({ items, on }: { items: WageValue[]; on: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      caption={t('wageValue.list.caption', { date: formatDate(on) })}
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        { key: 'measuredOn', header: t('wageValue.list.measuredOn'), cell: (item) => formatDate(item.measuredOn), rowHeader: true },
        { key: 'status', header: t('wageValue.list.status'), cell: (item) => (item.newest ? <Badge tone="active">{t('wageValue.list.newest')}</Badge> : <Badge tone="inactive">{t('wageValue.list.older')}</Badge>) },
        { key: 'percentage', header: t('wageValue.list.percentage'), cell: (item) => t('wageValue.list.percent', { value: formatNumber(item.percentage, language, 2) }) },
        { key: 'method', header: t('wageValue.list.method'), cell: (item) => methodName(t, item) },
        { key: 'assessor', header: t('wageValue.list.assessor'), cell: (item) => item.assessor },
        { key: 'job', header: t('wageValue.list.job'), cell: (item) => item.job },
        {
          key: 'jobWage',
          header: t('wageValue.list.jobWage'),
          cell: (item) => (
            <>
              {formatEuro(item.jobWage.amountCents, language)} {t(`wageValue.per.${item.jobWage.per}`)}
              {item.jobHolidayPayPercent !== null ? <> ({t('wageValue.list.holidayPay', { percent: formatNumber(item.jobHolidayPayPercent, language, 2) })})</> : null}
            </>
          ),
        },
        { key: 'hours', header: t('wageValue.list.hours'), cell: (item) => formatNumber(item.hoursPerWeek, language, 2) },
        { key: 'subsidy', header: t('wageValue.list.subsidy'), cell: (item) => (item.subsidy ? formatEuro(item.subsidy.totalCents, language) : t('wageValue.list.noSum')) },
        { key: 'recorded', header: t('wageValue.list.recorded'), cell: (item) => t('wageValue.list.recordedBy', { date: formatDateTime(item.recordedAt), who: item.recordedBy ?? t('common.unknownPerson') }) },
      ]}
    />
  );
}

// ---- the section ----------------------------------------------------------------------------------

export function WageValueSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [on, setOn] = useState<string | undefined>(undefined);
  const query = useWageValues(caseId, on);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const data = query.data;
  const newest = data?.items[0];
  return (
    <CaseSection
      id={SECTION_ID}
      title={t('wageValue.section.title')}
      actions={
        data?.canRecord && !editing ? (
          <Button
            onClick={() => {
              setEditing(true);
              setSaved(false);
              requestAnimationFrame(() => document.getElementById(FORM_TITLE_ID)?.focus());
            }}
          >
            {newest ? t('wageValue.section.recordAgain') : t('wageValue.section.record')}
          </Button>
        ) : null
      }
    >
      <Paragraph>{t('wageValue.section.intro')}</Paragraph>
      {saved ? <Alert type="ok">{t('wageValue.section.saved')}</Alert> : null}
      {editing ? (
        <WageValueForm
          caseId={caseId}
          onClose={(ok) => {
            setEditing(false);
            setSaved(ok);
            if (ok) setOn(undefined);
            focusSectionHeading(SECTION_ID);
          }}
        />
      ) : null}
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {data && !data.canRecord && !newest ? <Paragraph className="muted">{t('wageValue.section.closedOrOther')}</Paragraph> : null}
      {data && !newest ? <Paragraph className="muted">{t('wageValue.section.none')}</Paragraph> : null}
      {data && newest ? (
        <>
          <Heading level={3}>{t('wageValue.calculation.title')}</Heading>
          <OnDateForm key={data.on} on={data.on} onChange={setOn} />
          {data.problem ? <Alert type="warning">{data.problem.message}</Alert> : null}
          {newest.subsidy && data.wml ? <SubsidyTable item={newest} steps={newest.subsidy} wml={data.wml} on={data.on} /> : null}
          <Heading level={3}>{t('wageValue.list.title')}</Heading>
          <MeasurementList items={data.items} on={data.on} />
        </>
      ) : null}
    </CaseSection>
  );
}
