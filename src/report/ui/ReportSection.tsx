// The case page's "Rapportage" section: the case's reports with their state (office staff see only
// the final ones: the server filters), a link to each, and for the labour expert a form to start one
// from a template (the one that fits the case's context preselected), which opens the editor.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert, Badge, Button, DataTable, Paragraph, SelectField, TitledForm } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate } from '../../web/format';
import { CaseSection } from '../../cases/ui/Section';
import { reportApi, reportPagePath, useReportAction, useReports, useTemplatesForCase, type ReportSummary } from './api';
import { stateTone } from './format';

export function ReportSection({ caseId, canWork }: { caseId: string; canWork: boolean }) {
  const { t } = useTranslation();
  const reports = useReports(caseId);
  const items = reports.data?.items ?? [];
  return (
    <CaseSection id="report" title={t('report.section.title')}>
      <Paragraph>{canWork ? t('report.section.intro') : t('report.section.officeIntro')}</Paragraph>
      {reports.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {reports.isError ? <Alert type="error">{reports.error.message}</Alert> : null}
      {reports.data && items.length === 0 ? <Paragraph className="muted">{canWork ? t('report.section.none') : t('report.section.noneFinal')}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable<ReportSummary>
          caption={t('report.section.caption')}
          rows={items}
          rowKey={(r) => r.id}
          columns={[
            { key: 'template', header: t('report.section.template'), rowHeader: true, cell: (r) => r.templateName },
            { key: 'started', header: t('report.section.started'), cell: (r) => formatDate(r.createdAt) },
            { key: 'version', header: t('report.section.version'), cell: (r) => r.latestVersion },
            {
              key: 'state',
              header: t('report.section.state'),
              cell: (r) => (
                <>
                  <Badge tone={stateTone(r.state)}>{t(`report.state.${r.state}`)}</Badge>
                  {r.finalVersions > 0 && r.state !== 'final' ? <span className="muted"> · {t('report.section.finalVersions', { count: r.finalVersions })}</span> : null}
                </>
              ),
            },
            {
              key: 'open',
              header: <span className="visually-hidden">{t('report.section.open')}</span>,
              cell: (r) => (
                <Link className="utrecht-link utrecht-link--html-a" to={reportPagePath(caseId, r.id)} aria-label={t('report.section.openReport', { name: r.templateName, version: r.latestVersion })}>
                  {t('report.section.open')}
                </Link>
              ),
            },
          ]}
        />
      ) : null}
      {canWork ? <StartForm caseId={caseId} /> : null}
    </CaseSection>
  );
}

function StartForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useTemplatesForCase(caseId, true);
  const [chosen, setChosen] = useState<string | null>(null);
  const start = useReportAction(caseId, (templateId: string) => reportApi.create(caseId, templateId), { fallbackField: 'templateId' });
  const ids = { templateId: fieldId('report-start', 'templateId') };
  const list = templates.data?.templates ?? [];
  const suggested = list.find((tv) => tv.context === templates.data?.suggested) ?? list[0];
  const value = chosen ?? suggested?.templateId ?? '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!value) return start.setErrors({ fields: { templateId: t('report.section.start.required') } });
    start.run(value, (answer) => void navigate(reportPagePath(caseId, answer.id)));
  }

  return (
    <TitledForm titleId="report-start-title" title={t('report.section.start.title')} onSubmit={submit} errors={start.errors} fieldIds={ids}>
      {templates.isPending ? <Paragraph>{t('report.section.start.loading')}</Paragraph> : null}
      {templates.isError ? <Alert type="error">{templates.error.message}</Alert> : null}
      {list.length > 0 ? (
        <>
          <SelectField
            id={ids.templateId}
            label={t('report.section.start.template')}
            description={t('report.section.start.templateHint')}
            required
            value={value}
            onChange={setChosen}
            error={start.errors.fields.templateId}
            options={list.map((tv) => ({
              value: tv.templateId,
              label: tv.templateId === suggested?.templateId ? t('report.section.start.suggested', { name: tv.name }) : tv.name,
            }))}
          />
          <Button type="submit" variant="primary" busy={start.busy}>
            {t('report.section.start.submit')}
          </Button>
        </>
      ) : null}
    </TitledForm>
  );
}
