// The report of a case, `/dossiers/:caseId/rapportage/:reportId` (issue 8): the header (case, template,
// version, state), every section as a region with its h2 (text, what the case gave, "Verouderd" when
// the case changed), editing and refreshing a draft, the client check with its reactions, the preview,
// finalising and sealing; after that the seal with the files, a correction, sending and the deliveries,
// and the version history. Office staff see the final versions only (the server filters) and send them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../web/api';
import { Alert, Badge, DataList, PageHeading, Paragraph } from '../../web/components';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { useCase } from '../../cases/ui/useCase';
import { focusWhenPresent } from '../../contact/ui/controls';
import { fileUrls, useReport, type ReportDetail } from './api';
import { CheckActions, Reactions } from './CheckPart';
import { CorrectionForm, Deliveries, FinaliseForm, SealPanel, SendForm, VersionHistory } from './FinalPart';
import { stateTone } from './format';
import { sectionHeadingId, SectionPart } from './SectionPart';
import './report.css';

const NOTICE_ID = 'report-notice';

export function ReportEditorPage() {
  const { t } = useTranslation();
  const { caseId = '', reportId = '' } = useParams();
  const caseQuery = useCase(caseId);
  const query = useReport(caseId, reportId);
  const [notice, setNotice] = useState<string | null>(null);
  const onNotice = (message: string) => {
    setNotice(message);
    focusWhenPresent(NOTICE_ID);
  };
  if (query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
  const report = query.data;
  const canWork = Boolean(caseQuery.data?.permissions.canWorkReport);
  const reference = report?.reference ?? caseQuery.data?.reference;

  return (
    <div className="page report-page">
      <PageHeading>{reference ? t('report.editor.titleFor', { reference }) : t('report.editor.title')}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={`/dossiers/${encodeURIComponent(caseId)}`}>
          {reference ? t('report.editor.backToCase', { reference }) : t('report.editor.backToCaseShort')}
        </Link>
      </Paragraph>
      {query.isPending ? <Paragraph>{t('report.editor.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {notice ? (
        <Alert type="ok" id={NOTICE_ID}>
          {notice}
        </Alert>
      ) : null}
      {report ? <ReportBody caseId={caseId} report={report} canWork={canWork} onNotice={onNotice} /> : null}
    </div>
  );
}

function ReportBody({ caseId, report, canWork, onNotice }: { caseId: string; report: ReportDetail; canWork: boolean; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const { current } = report;
  const state = current.state;
  const latestFinal = [...report.versions].reverse().find((v) => v.state === 'final') ?? null;
  const editable = canWork && state === 'draft';
  return (
    <>
      <DataList
        items={[
          { key: 'reference', label: t('report.editor.reference'), value: report.reference },
          { key: 'template', label: t('report.editor.template'), value: t('report.editor.templateValue', { name: report.template.name, number: report.template.number }) },
          { key: 'version', label: t('report.editor.version'), value: current.number },
          { key: 'state', label: t('report.editor.state'), value: <Badge tone={stateTone(state)}>{t(`report.state.${state}`)}</Badge> },
          ...(current.changeNote ? [{ key: 'note', label: t('report.editor.changeNote'), value: <span className="pre-line">{current.changeNote}</span> }] : []),
        ]}
      />
      {state === 'in_check' ? <Alert type="info">{t('report.editor.frozen')}</Alert> : null}
      {state === 'final' ? <Paragraph>{t('report.editor.finalText')}</Paragraph> : null}
      {canWork && state !== 'final' ? (
        <div className="report-actions">
          <CheckActions caseId={caseId} report={report} onNotice={onNotice} />
          <p className="utrecht-paragraph">
            <a className="utrecht-link utrecht-link--html-a" href={fileUrls.preview(caseId, report.id)} target="_blank" rel="noopener" aria-describedby="report-preview-hint">
              {t('report.editor.preview')}
            </a>{' '}
            <span className="muted" id="report-preview-hint">
              {t('report.editor.previewHint')}
            </span>
          </p>
        </div>
      ) : null}
      {canWork ? <Reactions caseId={caseId} report={report} /> : null}
      <nav className="section-nav" aria-label={t('report.editor.sectionsNav')}>
        <ol className="section-nav__list">
          {current.sections.map((s) => (
            <li key={s.index}>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={`#${sectionHeadingId(s.index)}`}
                onClick={(event) => {
                  event.preventDefault();
                  const heading = document.getElementById(sectionHeadingId(s.index));
                  heading?.scrollIntoView({ block: 'start' });
                  heading?.focus();
                }}
              >
                {s.title}
                {s.stale ? ` (${t('report.editor.stale')})` : ''}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="report-sections">
        {current.sections.map((s) => (
          <SectionPart key={`${current.number}-${s.index}`} caseId={caseId} report={report} section={s} editable={editable} onNotice={onNotice} />
        ))}
      </div>
      {canWork && state !== 'final' ? (
        <div className="report-actions report-actions--end">
          <FinaliseForm key={current.number} caseId={caseId} report={report} onNotice={onNotice} />
        </div>
      ) : null}
      {latestFinal ? (
        <>
          <SealPanel caseId={caseId} report={report} version={latestFinal} />
          {canWork && state === 'final' ? (
            <div className="report-actions">
              <CorrectionForm caseId={caseId} report={report} onNotice={onNotice} />
            </div>
          ) : null}
          <SendForm key={latestFinal.number} caseId={caseId} report={report} version={latestFinal} onNotice={onNotice} />
          <Deliveries report={report} />
        </>
      ) : null}
      <VersionHistory caseId={caseId} report={report} />
    </>
  );
}
