// Oversight of the channel mix (/kwaliteit/contactvormen): per activity and per labour expert, how
// often contacts were physical, by video or by phone. A QUALITY view, never a productivity target
// (seed 000 C9: efficiency, targets or revenue must never decide the form). Charts are plain
// elements with width classes (strict CSP: no style attributes); the same figures are in a table.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, type ContactForm } from '../../cases/domain';
import { Alert, DataList, DataTable, PageHeading, Paragraph, PeriodFilter, TitledSection } from '../../web/components';
import { formatDate } from '../../web/format';
import { usePeriodParams } from '../../web/period';
import { contactAdminApi, contactAdminKeys, type FormCounts } from './admin/api';

// ---- pure helpers -------------------------------------------------------------------------------

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
  const [{ from, to }, setPeriod] = usePeriodParams();
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
      <PeriodFilter key={`${from}/${to}`} idPrefix="oversight" from={from} to={to} onChange={setPeriod} />
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
