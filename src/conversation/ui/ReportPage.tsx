// One conversation report (gespreksverslag, seed 002 §3 richting & kader: a clear, complete report with
// a real way for the client to react). The newest version: a draft to edit, share or make final; a
// shared version with the readers' reactions to process; or a final one, which only a new version can
// follow. Below, the whole history: every version with its reactions and their processing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../web/api';
import type { Contact } from '../../web/api-types';
import { Alert, Button, ButtonGroup, DataList, Heading, PageHeading, Paragraph, TitledSection } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { useCase } from '../../cases/ui/useCase';
import { focusWhenPresent } from '../../contact/ui/controls';
import { conversationApi, useReport, type ReportDetail, type ReportVersion } from './api';
import { DraftEditor } from './DraftEditor';
import { casePagePath, compassPath, groupComments, isOpen, openCount } from './helpers';
import { aboutLabel, StateBadge } from './parts';
import { CommentView, ReportText } from './Reactions';
import { FinaliseForm, NewVersionForm } from './VersionForms';
import './conversation.css';

const NOTICE_ID = 'report-notice';

export function ReportPage() {
  const { t } = useTranslation();
  const { caseId = '', reportId = '' } = useParams();
  const caseQuery = useCase(caseId);
  const query = useReport(caseId, reportId);
  const [notice, setNotice] = useState<string | null>(null);

  if (query.isError && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFoundPage />;
  const report = query.data;
  const contacts = caseQuery.data?.contacts ?? [];
  const done = (message: string) => {
    setNotice(message);
    focusWhenPresent(NOTICE_ID);
  };

  return (
    <div className="page report-page">
      <PageHeading>{report ? report.title : t('conversation.report.loadingTitle')}</PageHeading>
      {report ? (
        <p className="utrecht-paragraph report-meta">
          {t('conversation.report.kind')} · {t('conversation.report.about', { what: aboutLabel(t, contacts, report.contactId) })}
        </p>
      ) : null}
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={casePagePath(caseId)}>
          {caseQuery.data ? t('conversation.common.backToCase', { reference: caseQuery.data.reference }) : t('contact.backToCaseShort')}
        </Link>
        {report ? (
          <>
            {' · '}
            <Link className="utrecht-link utrecht-link--html-a" to={compassPath(caseId, report.contactId)}>
              {t('conversation.report.compassLink')}
            </Link>
          </>
        ) : null}
      </Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {notice ? (
        <Alert type="ok" id={NOTICE_ID}>
          {notice}
        </Alert>
      ) : null}
      {report && report.versions.length > 0 ? (
        <>
          <CurrentVersion caseId={caseId} report={report} onDone={done} />
          <History caseId={caseId} report={report} contacts={contacts} />
        </>
      ) : null}
    </div>
  );
}

function CurrentVersion({ caseId, report, onDone }: { caseId: string; report: ReportDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const version = report.versions.at(-1)!;
  return (
    <TitledSection
      className="report-version"
      titleId="current-version-heading"
      focusable
      title={t('conversation.report.versionState', { number: version.number, state: t(`conversation.report.state.${version.state}`) })}
    >
      {version.changeNote ? (
        <DataList items={[{ key: 'changeNote', label: t('conversation.report.changeNote'), value: <span className="pre-line">{version.changeNote}</span> }]} />
      ) : null}
      {version.state === 'draft' ? <DraftEditor key={version.id} caseId={caseId} report={report} version={version} onDone={onDone} /> : null}
      {version.state === 'shared' ? <SharedVersion key={version.id} caseId={caseId} report={report} version={version} onDone={onDone} /> : null}
      {version.state === 'final' ? <FinalVersion key={version.id} caseId={caseId} report={report} version={version} onDone={onDone} /> : null}
    </TitledSection>
  );
}

type Panel = 'newVersion' | 'finalise' | null;

/** Open a panel (focus its title); close it (focus the button that opened it). */
function usePanel() {
  const [panel, setPanel] = useState<Panel>(null);
  return {
    panel,
    open: (next: Exclude<Panel, null>) => {
      setPanel(next);
      focusWhenPresent(next === 'newVersion' ? 'new-version-title' : 'finalise-title');
    },
    close: () => {
      const was = panel;
      setPanel(null);
      if (was) focusWhenPresent(`action-${was}`);
    },
  };
}

function SharedVersion({ caseId, report, version, onDone }: { caseId: string; report: ReportDetail; version: ReportVersion; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { panel, open, close } = usePanel();
  const grouped = groupComments(version);
  const toProcess = openCount(report.versions);
  const hasReactions = version.comments.length > 0;
  return (
    <>
      <Paragraph>
        {t(version.sharedWithEmployer ? 'conversation.report.shared.sinceWithEmployer' : 'conversation.report.shared.since', { when: formatDateTime(version.sharedAt) })}{' '}
        {t('conversation.report.shared.frozen')}
      </Paragraph>
      <Heading level={3}>{t('conversation.report.reactions.title')}</Heading>
      <Paragraph>{t('conversation.report.reactions.intro')}</Paragraph>
      {!hasReactions ? <Paragraph className="muted">{t('conversation.report.reactions.waiting')}</Paragraph> : null}
      <ReportText
        paragraphs={version.paragraphs}
        below={(paragraph) => {
          const comments = grouped.paragraphs.find((entry) => entry.paragraph.id === paragraph.id)?.comments ?? [];
          if (comments.length === 0) return hasReactions ? <p className="comment__meta">{t('conversation.report.reactions.noneForParagraph')}</p> : null;
          return (
            <ul className="comment-list">
              {comments.map((comment) => (
                <CommentView key={comment.id} caseId={caseId} reportId={report.id} comment={comment} processable />
              ))}
            </ul>
          );
        }}
      />
      {grouped.additions.length > 0 || grouped.other.length > 0 ? (
        <>
          <Heading level={3}>{t('conversation.report.reactions.additions')}</Heading>
          <ul className="comment-list">
            {[...grouped.additions, ...grouped.other].map((comment) => (
              <CommentView
                key={comment.id}
                caseId={caseId}
                reportId={report.id}
                comment={comment}
                processable
                context={comment.stance === 'addition' ? undefined : t('conversation.report.reactions.otherParagraph')}
              />
            ))}
          </ul>
        </>
      ) : null}
      {hasReactions || toProcess > 0 ? (
        <p className="utrecht-paragraph" role="status">
          {toProcess > 0 ? t('conversation.report.reactions.toProcess', { count: toProcess }) : t('conversation.report.reactions.allProcessed')}
        </p>
      ) : null}
      {panel === null ? (
        <div className="report-actions">
          <ButtonGroup label={t('common.actions')}>
            <Button id="action-newVersion" onClick={() => open('newVersion')}>
              {t('conversation.report.newVersion.open')}
            </Button>
            <Button id="action-finalise" onClick={() => open('finalise')}>
              {t('conversation.report.finalise.open')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
      {panel === 'newVersion' ? (
        <NewVersionForm
          caseId={caseId}
          reportId={report.id}
          from={version.number}
          correction={false}
          onClose={close}
          onDone={(number) => onDone(t('conversation.report.newVersion.done', { number }))}
        />
      ) : null}
      {panel === 'finalise' ? (
        <FinaliseForm
          caseId={caseId}
          number={version.number}
          neverShared={false}
          open={toProcess}
          finalise={() => conversationApi.finalise(caseId, report.id)}
          onClose={close}
          onDone={() => onDone(t('conversation.report.finalise.done', { number: version.number }))}
        />
      ) : null}
    </>
  );
}

function FinalVersion({ caseId, report, version, onDone }: { caseId: string; report: ReportDetail; version: ReportVersion; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { panel, open, close } = usePanel();
  return (
    <>
      <p className="utrecht-paragraph">
        <StateBadge state="final" /> {t('conversation.report.final.since', { when: formatDateTime(version.finalisedAt) })}
      </p>
      <Paragraph>{t('conversation.report.final.text')}</Paragraph>
      <ReportText paragraphs={version.paragraphs} />
      {panel === null ? (
        <div className="report-actions">
          <Button id="action-newVersion" onClick={() => open('newVersion')}>
            {t('conversation.report.newVersion.openCorrection')}
          </Button>
        </div>
      ) : (
        <NewVersionForm
          caseId={caseId}
          reportId={report.id}
          from={version.number}
          correction
          onClose={close}
          onDone={(number) => onDone(t('conversation.report.newVersion.done', { number }))}
        />
      )}
    </>
  );
}

function History({ caseId, report, contacts }: { caseId: string; report: ReportDetail; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const latest = report.versions.at(-1)!;
  return (
    <TitledSection className="report-version" titleId="history-heading" title={t('conversation.report.history.title')}>
      <Paragraph>{t('conversation.report.history.intro')}</Paragraph>
      <p className="utrecht-paragraph muted">
        {t('conversation.report.about', { what: aboutLabel(t, contacts, report.contactId) })} · {formatDateTime(report.createdAt)}
      </p>
      <ol className="version-history">
        {report.versions.map((version) => (
          <HistoryItem
            key={version.id}
            caseId={caseId}
            reportId={report.id}
            version={version}
            // The reactions of the shared newest version are processed above; older open ones here.
            processable={!(version.id === latest.id && latest.state === 'shared')}
            followedBy={version.id === latest.id ? null : version.number + 1}
          />
        ))}
      </ol>
    </TitledSection>
  );
}

function HistoryItem({ caseId, reportId, version, processable, followedBy }: {
  caseId: string;
  reportId: string;
  version: ReportVersion;
  processable: boolean;
  /** The number of the next version: an older version keeps its state, but is no longer the current one. */
  followedBy: number | null;
}) {
  const { t } = useTranslation();
  const grouped = groupComments(version);
  const numberOf = (paragraphId: string | null) => version.paragraphs.findIndex((p) => p.id === paragraphId) + 1;
  const titleId = `version-${version.number}-heading`;
  const comments = [
    ...grouped.paragraphs.flatMap((entry) => entry.comments),
    ...grouped.other,
    ...grouped.additions,
  ];
  const contextOf = (paragraphId: string | null, stance: string) => {
    if (stance === 'addition') return t('conversation.report.reactions.additions');
    const number = numberOf(paragraphId);
    return number > 0 ? t('conversation.report.editor.paragraph', { number }) : t('conversation.report.reactions.otherParagraph');
  };
  const shared = version.sharedAt
    ? t(version.sharedWithEmployer ? 'conversation.report.history.sharedWithEmployer' : 'conversation.report.history.sharedWithClient', { when: formatDateTime(version.sharedAt) })
    : t('conversation.report.history.notShared');
  const open = version.comments.filter(isOpen).length;
  return (
    <li className="version-history__item">
      <article aria-labelledby={titleId}>
        <Heading level={3} id={titleId}>
          {t('conversation.report.versionTitle', { number: version.number })} <StateBadge state={version.state} />
        </Heading>
        <DataList
          items={[
            { key: 'created', label: t('conversation.report.history.created'), value: formatDateTime(version.createdAt) },
            { key: 'shared', label: t('conversation.report.history.shared'), value: shared },
            { key: 'final', label: t('conversation.report.history.finalised'), value: version.finalisedAt ? formatDateTime(version.finalisedAt) : t('conversation.report.history.notFinal') },
            ...(followedBy !== null ? [{ key: 'followed', label: t('conversation.report.history.followedBy'), value: t('conversation.report.history.followedByVersion', { number: followedBy }) }] : []),
            ...(version.changeNote ? [{ key: 'note', label: t('conversation.report.history.changeNote'), value: <span className="pre-line">{version.changeNote}</span> }] : []),
          ]}
        />
        <details className="version-history__text">
          <summary>{t('conversation.report.history.text', { number: version.number })}</summary>
          <ReportText paragraphs={version.paragraphs} />
        </details>
        <Heading level={4}>{t('conversation.report.history.reactions', { number: version.number })}</Heading>
        {comments.length === 0 ? (
          <p className="utrecht-paragraph muted">{t('conversation.report.history.noReactions')}</p>
        ) : (
          <>
            {!processable && open > 0 ? <p className="utrecht-paragraph muted">{t('conversation.report.history.processAbove')}</p> : null}
            <ul className="comment-list">
              {comments.map((comment) => (
                <CommentView
                  key={comment.id}
                  caseId={caseId}
                  reportId={reportId}
                  comment={comment}
                  processable={processable}
                  context={contextOf(comment.paragraphId, comment.stance)}
                  idPrefix={`history-v${version.number}`}
                />
              ))}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}
