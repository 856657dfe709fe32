// Oversight of the channel mix (/kwaliteit/contactvormen): per activity and per labour expert, how
// often contacts were physical, by video or by phone. A QUALITY view, never a productivity target
// (seed 000 C9: efficiency, targets or revenue must never decide the form). Charts are plain
// elements with width classes (strict CSP: no style attributes); the same figures are in a table.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CONTACT_FORMS, type ContactForm } from '../../cases/domain';
import { Alert, Button, DataList, DataTable, FormError, Heading, PageHeading, Paragraph, TextField, TitledSection } from '../../web/components';
import { NO_ERRORS, type FormErrors } from '../../web/forms';
import { formatDate } from '../../web/format';
import { todayInAmsterdam } from '../../platform/time';
import { contactAdminApi, contactAdminKeys, type FormCounts } from './admin/api';
import { isIsoDate } from './time';

// ---- pure helpers -------------------------------------------------------------------------------

/** The same calendar day `months` months earlier (clamped to the month's last day). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The default period: the last 12 months up to and including today. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = todayInAmsterdam(now);
  const from = new Date(`${monthsBefore(to, 12)}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: from.toISOString().slice(0, 10), to };
}

export function totalOf(counts: FormCounts): number {
  return counts.physical + counts.video + counts.phone;
}

/** Whole percentages of the total (0 when there is nothing). */
export function percentages(counts: FormCounts): Record<ContactForm, number> {
  const total = totalOf(counts);
  const pct = (n: number) => (total ? Math.round((n * 100) / total) : 0);
  return { physical: pct(counts.physical), video: pct(counts.video), phone: pct(counts.phone) };
}

/**
 * Segment widths of a stacked bar in steps of 5% that add up to exactly 100 (largest remainder),
 * so they map onto the `.bar--wNN` classes. A form that occurred at all is never drawn at 0.
 */
export function barWidths(counts: FormCounts): Record<ContactForm, number> {
  const total = totalOf(counts);
  if (total === 0) return { physical: 0, video: 0, phone: 0 };
  const units = 20;
  const rows = CONTACT_FORMS.map((form, order) => {
    const exact = (counts[form] * units) / total;
    return { form, order, count: counts[form], units: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = units - rows.reduce((sum, row) => sum + row.units, 0);
  for (const row of [...rows].sort((a, b) => b.rest - a.rest || b.count - a.count || a.order - b.order)) {
    if (left <= 0) break;
    row.units += 1;
    left -= 1;
  }
  for (const row of rows) {
    if (row.count > 0 && row.units === 0) {
      const donor = [...rows].sort((a, b) => b.units - a.units || a.order - b.order)[0];
      if (donor && donor.units > 1) {
        donor.units -= 1;
        row.units = 1;
      }
    }
  }
  return Object.fromEntries(rows.map((row) => [row.form, row.units * 5])) as Record<ContactForm, number>;
}

// ---- the page -----------------------------------------------------------------------------------

interface MixRow {
  key: string;
  name: string;
  counts: FormCounts;
}

export function OversightPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod();
  const fromParam = params.get('van') ?? '';
  const toParam = params.get('tot') ?? '';
  const from = isIsoDate(fromParam) ? fromParam : fallback.from;
  const to = isIsoDate(toParam) ? toParam : fallback.to;
  const oversight = useQuery({ queryKey: contactAdminKeys.oversight(from, to), queryFn: () => contactAdminApi.oversight(from, to) });
  const data = oversight.data;

  const activityRows: MixRow[] = (data?.byActivity ?? []).map((row) => ({
    key: row.activity,
    name: t(`enums.activityType.${row.activity}`),
    counts: row.counts,
  }));
  const expertRows: MixRow[] = (data?.byExpert ?? []).map((row) => ({ key: row.expert.id, name: row.expert.displayName, counts: row.counts }));
  const mixes = [
    {
      id: 'oversight-activity',
      title: t('contactAdmin.oversight.byActivity'),
      chartTitle: t('contactAdmin.oversight.chartActivity'),
      tableCaption: t('contactAdmin.oversight.tableActivity'),
      firstColumn: t('contactAdmin.oversight.activity'),
      rows: activityRows,
    },
    {
      id: 'oversight-expert',
      title: t('contactAdmin.oversight.byExpert'),
      chartTitle: t('contactAdmin.oversight.chartExpert'),
      tableCaption: t('contactAdmin.oversight.tableExpert'),
      firstColumn: t('contactAdmin.oversight.expert'),
      rows: expertRows,
    },
  ];

  return (
    <div className="page oversight">
      <PageHeading>{t('contactAdmin.oversight.title')}</PageHeading>
      <Paragraph>{t('contactAdmin.oversight.intro')}</Paragraph>
      <Alert type="info">
        <p className="utrecht-paragraph">{t('contactAdmin.oversight.notATarget')}</p>
      </Alert>
      <Paragraph>{t('contactAdmin.oversight.readingGuide')}</Paragraph>
      <PeriodFilter
        key={`${from}/${to}`}
        from={from}
        to={to}
        onChange={(next) => {
          setParams({ van: next.from, tot: next.to });
        }}
      />
      {oversight.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {oversight.isError ? <Alert type="error">{oversight.error.message}</Alert> : null}
      {data ? (
        <>
          <TitledSection titleId="oversight-summary" title={t('contactAdmin.oversight.summaryTitle')}>
            <Paragraph className="result-count">
              {t('contactAdmin.oversight.period', { from: formatDate(data.from), to: formatDate(data.to) })}
            </Paragraph>
            <DataList
              items={[
                { key: 'total', label: t('contactAdmin.oversight.total'), value: String(data.total) },
                { key: 'against', label: t('contactAdmin.oversight.againstAdvice'), value: String(data.againstAdvice) },
                { key: 'followUps', label: t('contactAdmin.oversight.followUps'), value: String(data.followUps) },
                { key: 'withdrawn', label: t('contactAdmin.oversight.withdrawnConsents'), value: String(data.withdrawnConsents) },
              ]}
            />
          </TitledSection>
          {mixes.map((mix) => (
            <MixSection key={mix.id} {...mix} />
          ))}
        </>
      ) : null}
    </div>
  );
}

function PeriodFilter({ from, to, onChange }: { from: string; to: string; onChange: (period: { from: string; to: string }) => void }) {
  const { t } = useTranslation();
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const ids = { from: 'oversight-from', to: 'oversight-to' };

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!isIsoDate(draftFrom)) fields.from = t('contactAdmin.oversight.dateInvalid');
    if (!isIsoDate(draftTo)) fields.to = t('contactAdmin.oversight.dateInvalid');
    if (!fields.from && !fields.to && draftFrom > draftTo) fields.from = t('contactAdmin.oversight.fromAfterTo');
    if (Object.keys(fields).length) return setErrors({ fields });
    setErrors(NO_ERRORS);
    onChange({ from: draftFrom, to: draftTo });
  }

  return (
    <form noValidate onSubmit={submit} className="filters period-filter" aria-labelledby="oversight-period">
      <Heading level={2} id="oversight-period">
        {t('contactAdmin.oversight.periodTitle')}
      </Heading>
      <FormError errors={errors} fieldIds={ids} />
      <div className="period-filter__fields">
        <TextField id={ids.from} type="date" label={t('contactAdmin.oversight.from')} required value={draftFrom} onChange={setDraftFrom} error={errors.fields.from} />
        <TextField id={ids.to} type="date" label={t('contactAdmin.oversight.to')} required value={draftTo} onChange={setDraftTo} error={errors.fields.to} />
        <Button type="submit" variant="secondary" className="period-filter__submit">
          {t('contactAdmin.oversight.show')}
        </Button>
      </div>
    </form>
  );
}

function MixSection({
  id,
  title,
  chartTitle,
  tableCaption,
  firstColumn,
  rows,
}: {
  id: string;
  title: string;
  chartTitle: string;
  tableCaption: string;
  firstColumn: string;
  rows: MixRow[];
}) {
  const { t } = useTranslation();
  const formLabel = (form: ContactForm) => t(`enums.contactForm.${form}`);
  const visible = rows.filter((row) => totalOf(row.counts) > 0);
  return (
    <TitledSection className="mix-section" titleId={id} title={title}>
      {visible.length === 0 ? (
        <Paragraph className="muted">{t('contactAdmin.oversight.empty')}</Paragraph>
      ) : (
        <>
          <figure className="mix-chart" aria-labelledby={`${id}-chart`}>
            <figcaption className="mix-chart__caption" id={`${id}-chart`}>
              {chartTitle}
              <span className="cell-hint">{t('contactAdmin.oversight.chartHint')}</span>
            </figcaption>
            <ul className="mix-legend" aria-label={t('contactAdmin.oversight.legend')}>
              {CONTACT_FORMS.map((form) => (
                <li key={form} className="mix-legend__item">
                  <span className={`mix-legend__swatch mix-seg--${form}`} aria-hidden="true" />
                  {formLabel(form)}
                </li>
              ))}
            </ul>
            <ul className="mix-chart__rows">
              {visible.map((row) => {
                const widths = barWidths(row.counts);
                const pct = percentages(row.counts);
                const parts = CONTACT_FORMS.map((form) =>
                  t('contactAdmin.oversight.part', { form: formLabel(form), count: row.counts[form], percent: pct[form] }),
                ).join(', ');
                return (
                  <li key={row.key} className="mix-chart__row">
                    <span className="mix-chart__label">{row.name}</span>
                    <span className="mix-bar" role="img" aria-label={t('contactAdmin.oversight.barLabel', { name: row.name, parts })}>
                      {CONTACT_FORMS.filter((form) => widths[form] > 0).map((form) => (
                        <span key={form} className={`mix-bar__seg mix-seg--${form} bar--w${widths[form]}`}>
                          {widths[form] >= 10 ? `${pct[form]}%` : ''}
                        </span>
                      ))}
                    </span>
                    <span className="mix-chart__total">{totalOf(row.counts)}</span>
                  </li>
                );
              })}
            </ul>
          </figure>
          <DataTable
            caption={tableCaption}
            rows={visible}
            rowKey={(row) => row.key}
            columns={[
              { key: 'name', header: firstColumn, cell: (row) => row.name, rowHeader: true },
              ...CONTACT_FORMS.map((form) => ({
                key: form,
                header: formLabel(form),
                cell: (row: MixRow) => t('contactAdmin.oversight.cell', { count: row.counts[form], percent: percentages(row.counts)[form] }),
              })),
              { key: 'total', header: t('contactAdmin.oversight.totalColumn'), cell: (row) => totalOf(row.counts) },
            ]}
          />
        </>
      )}
    </TitledSection>
  );
}
