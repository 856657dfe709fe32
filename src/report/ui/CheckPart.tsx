// The client check of the draft (hoor en wederhoor): send it to the client (and, for their paragraphs,
// the employer), resume editing while or after they check, and the reactions per paragraph with the
// processing form of the conversation-report mechanism (adopted, adjusted, or kept with a reason).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, Checkbox, FormError, Heading, Paragraph, TextAreaField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { focusWhenPresent, RadioGroup } from '../../contact/ui/controls';
import { reportApi, useReportAction, type CheckComment, type ReportDetail } from './api';
import { EXPLANATION_MIN, excerpt, needsDecision, paragraphOf } from './format';

const DECISIONS = ['adopted', 'adjusted', 'kept'] as const;

/** Send for checking (a draft) or resume editing (in check). */
export function CheckActions({ caseId, report, onNotice }: { caseId: string; report: ReportDetail; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [withEmployer, setWithEmployer] = useState(false);
  const send = useReportAction(caseId, (body: { lockVersion: number; withEmployer: boolean }) => reportApi.sendForCheck(caseId, report.id, body), { fallbackField: 'withEmployer' });
  const resume = useReportAction(caseId, (lockVersion: number) => reportApi.resume(caseId, report.id, lockVersion));
  const state = report.current.state;
  const ids = { withEmployer: 'report-check-employer' };

  if (state === 'in_check') {
    return (
      <div className="report-actions">
        <FormError errors={resume.errors} />
        <Button id="report-resume" busy={resume.busy} onClick={() => resume.run(report.current.lockVersion, () => { onNotice(t('report.check.resumed')); })}>
          {t('report.check.resume')}
        </Button>
      </div>
    );
  }
  if (!open) {
    return (
      <Button id="report-check-open" onClick={() => { setOpen(true); focusWhenPresent('report-check-title'); }}>
        {t('report.check.send')}
      </Button>
    );
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    send.run({ lockVersion: report.current.lockVersion, withEmployer }, () => {
      setOpen(false);
      onNotice(t('report.check.sent'));
    });
  }
  return (
    <TitledForm titleId="report-check-title" focusable title={t('report.check.sendTitle')} intro={t('report.check.sendIntro')} onSubmit={submit} errors={send.errors} fieldIds={ids}>
      <Checkbox
        id={ids.withEmployer}
        label={t('report.check.withEmployer')}
        description={t('report.check.withEmployerHint')}
        checked={withEmployer}
        onChange={setWithEmployer}
        error={send.errors.fields.withEmployer}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary" busy={send.busy}>
          {t('report.check.submit')}
        </Button>
        <Button onClick={() => { setOpen(false); focusWhenPresent('report-check-open'); }}>{t('report.check.cancel')}</Button>
      </ButtonGroup>
    </TitledForm>
  );
}

/** The rounds and every reaction, with the processing form where a decision is still needed. */
export function Reactions({ caseId, report }: { caseId: string; report: ReportDetail }) {
  const { t } = useTranslation();
  const { rounds, comments } = report.check;
  if (rounds.length === 0) return null;
  const open = comments.filter(needsDecision).length;
  return (
    <TitledSection titleId="report-check-heading" title={t('report.check.title')} className="report-check">
      <Paragraph>{t('report.check.intro')}</Paragraph>
      <Heading level={3}>{t('report.check.rounds')}</Heading>
      <ul className="utrecht-unordered-list">
        {rounds.map((r) => (
          <li key={r.number} className="utrecht-unordered-list__item">
            {t('report.check.round', { number: r.number, when: formatDateTime(r.sharedAt), employer: r.withEmployer ? t('report.check.roundEmployer') : '' })}
          </li>
        ))}
      </ul>
      <Heading level={3}>{t('report.check.reactions')}</Heading>
      {comments.length === 0 ? <Paragraph className="muted">{t('report.check.noReactions')}</Paragraph> : null}
      {comments.length > 0 ? (
        <p className="utrecht-paragraph" role="status">
          {open > 0 ? t('report.check.toProcess', { count: open }) : t('report.check.allProcessed')}
        </p>
      ) : null}
      <ul className="comment-list">
        {comments.map((c) => (
          <ReactionItem key={c.id} caseId={caseId} report={report} comment={c} />
        ))}
      </ul>
    </TitledSection>
  );
}

function ReactionItem({ caseId, report, comment }: { caseId: string; report: ReportDetail; comment: CheckComment }) {
  const { t } = useTranslation();
  const about = paragraphOf(report.current.sections, comment.paragraphId);
  const anchorId = `report-comment-${comment.id}`;
  return (
    <li className={`comment${needsDecision(comment) ? ' comment--open' : ''}`} id={anchorId} tabIndex={-1}>
      {comment.stance === 'addition' || !comment.paragraphId ? (
        <p className="comment__who">{t('report.check.addition')}</p>
      ) : about ? (
        <div className="comment__about">
          <p className="comment__who">{t('report.check.about', { section: about.section.title })}</p>
          <blockquote className="comment__excerpt">{excerpt(about.paragraph.text)}</blockquote>
        </div>
      ) : (
        <p className="comment__who">{t('report.check.aboutGone')}</p>
      )}
      <p className="comment__who">
        {t('report.check.byReader', {
          reader: t(`report.check.reader.${comment.audience}`),
          stance: t(`report.check.stance.${comment.stance}`),
          round: comment.round,
          when: formatDateTime(comment.submittedAt),
        })}
      </p>
      {comment.text.trim() ? <blockquote className="comment__text">{comment.text}</blockquote> : null}
      {comment.inFinalReport ? <p className="comment__meta">{t(`report.check.choice.${comment.inFinalReport}`)}</p> : null}
      {comment.processing ? (
        <div className="comment__processing">
          <p className="utrecht-paragraph">
            <Badge tone={comment.processing.decision === 'kept' ? 'info' : 'success'}>
              {t('report.check.processed', { decision: t(`report.check.decision.${comment.processing.decision}`, { defaultValue: comment.processing.decision }) })}
            </Badge>
          </p>
          {comment.processing.explanation.trim() ? <p className="comment__text">{comment.processing.explanation}</p> : null}
        </div>
      ) : needsDecision(comment) && report.checkReportId && report.current.state !== 'final' ? (
        <ProcessForm caseId={caseId} checkReportId={report.checkReportId} comment={comment} anchorId={anchorId} />
      ) : null}
    </li>
  );
}

function ProcessForm({ caseId, checkReportId, comment, anchorId }: { caseId: string; checkReportId: string; comment: CheckComment; anchorId: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('');
  const [explanation, setExplanation] = useState('');
  const prefix = `report-process-${comment.id}`;
  const ids = { decision: fieldId(prefix, 'decision'), explanation: fieldId(prefix, 'explanation') };
  const save = useReportAction(caseId, (body: { decision: string; explanation: string }) => reportApi.process(caseId, checkReportId, comment.id, body), { fallbackField: 'explanation' });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) return save.setErrors({ fields: { decision: t('report.check.decisionRequired') } });
    if (decision === 'kept' && [...explanation.trim()].length < EXPLANATION_MIN) return save.setErrors({ fields: { explanation: t('report.check.explanationRequired') } });
    save.run({ decision, explanation: explanation.trim() }, () => focusWhenPresent(anchorId));
  }

  return (
    <form className="form comment__processing" noValidate onSubmit={submit}>
      <FormError errors={save.errors} fieldIds={ids} />
      <RadioGroup
        id={ids.decision}
        name={`${prefix}-decision`}
        legend={t('report.check.decisionLegend')}
        required
        options={DECISIONS.map((d) => ({ value: d, label: t(`report.check.decision.${d}`), description: t(`report.check.decisionHint.${d}`) }))}
        value={decision}
        onChange={setDecision}
        error={save.errors.fields.decision}
      />
      <TextAreaField
        id={ids.explanation}
        label={t('report.check.explanation')}
        description={t('report.check.explanationHint')}
        required={decision === 'kept'}
        markOptional={decision !== 'kept'}
        rows={3}
        value={explanation}
        onChange={setExplanation}
        error={save.errors.fields.explanation}
      />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('report.check.process')}
      </Button>
    </form>
  );
}
