// The case page's "Gezien & Gehoord" section (seed 002): the way to the conversation compass, the
// conversation reports with their state and open reactions, a new report, and the client's
// evaluations of the conversations, in words.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Contact } from '../../web/api-types';
import { Alert, Badge, Button, Heading, Paragraph, SelectField, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { CaseSection, focusSectionHeading } from '../../cases/ui/Section';
import { focusWhenPresent, InlineForm, SubmitRow } from '../../contact/ui/controls';
import { conversationApi, useConversationAction, useEvaluations, useReports, type ClientEvaluation, type ReportSummary } from './api';
import { compassPath, reportPagePath, textLength } from './helpers';
import { aboutLabel, conversationOptions, StateBadge } from './parts';
import './conversation.css';

const SECTION_ID = 'conversation';
const TITLE_MAX = 200;

export function ConversationSection({ caseId, contacts }: { caseId: string; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <CaseSection
      id={SECTION_ID}
      title={t('conversation.section.title')}
      actions={
        !creating ? (
          <Button
            id="conversation-new-report"
            onClick={() => {
              setCreating(true);
              focusWhenPresent('new-report-title');
            }}
          >
            {t('conversation.section.newReport')}
          </Button>
        ) : null
      }
    >
      <Paragraph>{t('conversation.section.intro')}</Paragraph>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={compassPath(caseId)}>
          {t('conversation.section.compassLink')}
        </Link>
      </Paragraph>
      {creating ? (
        <NewReportForm
          caseId={caseId}
          contacts={contacts}
          onClose={() => {
            setCreating(false);
            focusSectionHeading(SECTION_ID);
          }}
        />
      ) : null}
      <Reports caseId={caseId} contacts={contacts} />
      <Evaluations caseId={caseId} contacts={contacts} />
    </CaseSection>
  );
}

function Reports({ caseId, contacts }: { caseId: string; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const reports = useReports(caseId);
  return (
    <>
      <Heading level={3}>{t('conversation.section.reports')}</Heading>
      {reports.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {reports.isError ? <Alert type="error">{reports.error.message}</Alert> : null}
      {reports.data && reports.data.items.length === 0 ? <Paragraph className="muted">{t('conversation.section.reportsEmpty')}</Paragraph> : null}
      {reports.data && reports.data.items.length > 0 ? (
        <ul className="card-list">
          {reports.data.items.map((report) => (
            <ReportItem key={report.id} caseId={caseId} report={report} contacts={contacts} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ReportItem({ caseId, report, contacts }: { caseId: string; report: ReportSummary; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h4 className="utrecht-heading-4 card__title">
        <Link className="utrecht-link utrecht-link--html-a" to={reportPagePath(caseId, report.id)}>
          {report.title}
        </Link>
      </h4>
      <p className="utrecht-paragraph card__meta">
        <StateBadge state={report.state} /> {t('conversation.section.version', { number: report.latestVersion })} ·{' '}
        {t('conversation.section.about', { what: aboutLabel(t, contacts, report.contactId) })}
      </p>
      {report.openComments > 0 ? (
        <p className="utrecht-paragraph card__meta">
          <Badge tone="warning">{t('conversation.section.open', { count: report.openComments })}</Badge>
        </p>
      ) : null}
    </li>
  );
}

function Evaluations({ caseId, contacts }: { caseId: string; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const evaluations = useEvaluations(caseId);
  return (
    <>
      <Heading level={3}>{t('conversation.section.evaluations')}</Heading>
      <Paragraph>{t('conversation.section.evaluationsIntro')}</Paragraph>
      {evaluations.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {evaluations.isError ? <Alert type="error">{evaluations.error.message}</Alert> : null}
      {evaluations.data && evaluations.data.items.length === 0 ? <Paragraph className="muted">{t('conversation.section.evaluationsEmpty')}</Paragraph> : null}
      {evaluations.data && evaluations.data.items.length > 0 ? (
        <ul className="card-list">
          {evaluations.data.items.map((evaluation) => (
            <EvaluationItem key={`${evaluation.contactId}-${evaluation.submittedAt}`} evaluation={evaluation} contacts={contacts} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function EvaluationItem({ evaluation, contacts }: { evaluation: ClientEvaluation; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const answers = [
    t(`conversation.evaluation.feltHeard.${evaluation.feltHeard}`, { defaultValue: evaluation.feltHeard }),
    t(`conversation.evaluation.clearWhatNext.${evaluation.clearWhatNext}`, { defaultValue: evaluation.clearWhatNext }),
    t(`conversation.evaluation.formRight.${evaluation.formRight}`, { defaultValue: evaluation.formRight }),
  ];
  return (
    <li className="card">
      <h4 className="utrecht-heading-4 card__title">{aboutLabel(t, contacts, evaluation.contactId)}</h4>
      <ul className="evaluation-list">
        {answers.map((answer) => (
          <li key={answer}>{answer}</li>
        ))}
      </ul>
      {evaluation.comment && evaluation.comment.trim().length > 0 ? (
        <>
          <p className="utrecht-paragraph card__meta">{t('conversation.section.ownWords')}:</p>
          <blockquote className="comment__text">{evaluation.comment}</blockquote>
        </>
      ) : null}
      <p className="utrecht-paragraph card__meta muted">{t('conversation.section.submitted', { when: formatDateTime(evaluation.submittedAt) })}</p>
    </li>
  );
}

function NewReportForm({ caseId, contacts, onClose }: { caseId: string; contacts: readonly Contact[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [contactId, setContactId] = useState('');
  const create = useConversationAction(caseId, (body: { title: string; contactId: string | null }) => conversationApi.createReport(caseId, body), { fallbackField: 'title' });
  const ids = { title: fieldId('new-report-field', 'title'), contactId: fieldId('new-report-field', 'contactId') };

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return create.setErrors({ fields: { title: t('conversation.newReport.nameRequired') } });
    if (textLength(trimmed) > TITLE_MAX) return create.setErrors({ fields: { title: t('conversation.newReport.nameTooLong', { max: TITLE_MAX }) } });
    create.run({ title: trimmed, contactId: contactId || null }, (answer) => void navigate(reportPagePath(caseId, answer.id)));
  }

  return (
    <InlineForm titleId="new-report-title" title={t('conversation.newReport.title')} intro={t('conversation.newReport.intro')} onSubmit={submit} errors={create.errors} fieldIds={ids}>
      <TextField id={ids.title} label={t('conversation.newReport.name')} required maxLength={TITLE_MAX} value={title} onChange={setTitle} error={create.errors.fields.title} />
      <SelectField
        id={ids.contactId}
        label={t('conversation.newReport.about')}
        markOptional={false}
        value={contactId}
        options={conversationOptions(t, contacts)}
        onChange={setContactId}
        error={create.errors.fields.contactId}
      />
      <SubmitRow busy={create.busy} label={t('conversation.newReport.submit')} onClose={onClose} />
    </InlineForm>
  );
}
