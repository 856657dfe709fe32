// A version's text read-only, the readers' reactions (client and employer, labelled), and the expert's
// processing of each disagreement and addition: adopted, adjusted, or kept with an explanation.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, FormError, TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { focusWhenPresent, RadioGroup } from '../../contact/ui/controls';
import { COMMENT_MAX, needsProcessing, type Decision, type Paragraph } from '../domain';
import { conversationApi, useConversationAction, type ReportComment } from './api';
import { isOpen, processingProblem } from './helpers';

const DECISIONS: readonly Decision[] = ['adopted', 'adjusted', 'kept'];

/** The number, theme and "also for the employer" of a paragraph, in words. */
export function ParagraphMarks({ paragraph, number }: { paragraph: Paragraph; number: number }) {
  const { t } = useTranslation();
  const marks = [
    t('conversation.report.editor.paragraph', { number }),
    paragraph.theme ? t('conversation.report.themeMark', { theme: t(`conversation.themes.${paragraph.theme}.title`) }) : null,
    paragraph.forEmployer ? t('conversation.report.forEmployerMark') : null,
  ].filter(Boolean);
  return <p className="report-text__marks">{marks.join(' · ')}</p>;
}

/** The paragraphs of a version as the reader sees them; `below` adds something under each (its reactions). */
export function ReportText({ paragraphs, below }: { paragraphs: readonly Paragraph[]; below?: (paragraph: Paragraph, index: number) => ReactNode }) {
  return (
    <ol className="report-text">
      {paragraphs.map((paragraph, index) => (
        <li className="report-text__paragraph" key={paragraph.id}>
          <ParagraphMarks paragraph={paragraph} number={index + 1} />
          <p className="report-text__body">{paragraph.text}</p>
          {below?.(paragraph, index)}
        </li>
      ))}
    </ol>
  );
}

/**
 * One reaction: who (client or employer), their stance, their words, and what the expert did with it.
 * `processable`: show the processing form when it still needs a decision.
 */
export function CommentView({ caseId, reportId, comment, processable, context, idPrefix = 'comment' }: {
  caseId: string;
  reportId: string;
  comment: ReportComment;
  processable: boolean;
  /** A reaction can show in more than one place (the shared version and the history): ids stay unique. */
  idPrefix?: string;
  /** Where it belongs, when the list does not say so ("Bij alinea 2"). */
  context?: string;
}) {
  const { t } = useTranslation();
  const who = t(`conversation.common.${comment.audience}`);
  const stance = t(`conversation.report.reactions.stance.${comment.stance}`);
  const open = isOpen(comment);
  const anchorId = `${idPrefix}-${comment.id}`;
  return (
    <li className={`comment${open ? ' comment--open' : ''}`} id={anchorId} tabIndex={-1}>
      <p className="comment__who">
        {context ? `${context} · ` : ''}
        {t('conversation.report.reactions.byAudience', { who, stance })}
      </p>
      {comment.text.trim().length > 0 ? <blockquote className="comment__text">{comment.text}</blockquote> : null}
      <p className="comment__meta">{t('conversation.report.reactions.submitted', { when: formatDateTime(comment.submittedAt) })}</p>
      {comment.processing ? (
        <div className="comment__processing">
          <p className="utrecht-paragraph">
            <Badge tone={comment.processing.decision === 'kept' ? 'info' : 'success'}>{t(`conversation.report.reactions.decision.${comment.processing.decision}`)}</Badge>{' '}
            <span className="comment__meta">{t('conversation.report.reactions.processedOn', { when: formatDateTime(comment.processing.processedAt) })}</span>
          </p>
          {comment.processing.explanation.trim().length > 0 ? <p className="comment__text">{comment.processing.explanation}</p> : null}
        </div>
      ) : needsProcessing(comment) ? (
        processable ? (
          <ProcessForm caseId={caseId} reportId={reportId} comment={comment} anchorId={anchorId} />
        ) : (
          <p className="utrecht-paragraph comment__processing">
            <Badge tone="warning">{t('conversation.report.reactions.open')}</Badge>
          </p>
        )
      ) : null}
    </li>
  );
}

function ProcessForm({ caseId, reportId, comment, anchorId }: { caseId: string; reportId: string; comment: ReportComment; anchorId: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [explanation, setExplanation] = useState('');
  const prefix = `process-${comment.id}`;
  const ids = { decision: fieldId(prefix, 'decision'), explanation: fieldId(prefix, 'explanation') };
  const save = useConversationAction(caseId, (body: { decision: Decision; explanation: string }) => conversationApi.process(caseId, reportId, comment.id, body), {
    fallbackField: 'explanation',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = processingProblem(decision, explanation);
    if (problem === 'decision_required') return save.setErrors({ fields: { decision: t('conversation.report.reactions.decisionRequired') } });
    if (problem === 'explanation_required') return save.setErrors({ fields: { explanation: t('conversation.report.reactions.explanationRequired') } });
    if (problem === 'explanation_too_long') return save.setErrors({ fields: { explanation: t('conversation.report.reactions.explanationTooLong', { max: COMMENT_MAX }) } });
    if (decision === '') return;
    // Once processed, the form gives way to the decision: focus stays on this reaction.
    save.run({ decision, explanation: explanation.trim() }, () => focusWhenPresent(anchorId));
  }

  return (
    <form className="form comment__processing" noValidate onSubmit={submit}>
      <FormError errors={save.errors} fieldIds={ids} />
      <RadioGroup
        id={ids.decision}
        name={`${prefix}-decision`}
        legend={t('conversation.report.reactions.decisionLegend')}
        required
        options={DECISIONS.map((d) => ({ value: d, label: t(`conversation.report.reactions.decisionOption.${d}`), description: t(`conversation.report.reactions.decisionHint.${d}`) }))}
        value={decision}
        onChange={(value) => setDecision(value as Decision)}
        error={save.errors.fields.decision}
      />
      <TextAreaField
        id={ids.explanation}
        label={t('conversation.report.reactions.explanation')}
        description={t('conversation.report.reactions.explanationHint')}
        required={decision === 'kept'}
        markOptional={decision !== 'kept'}
        rows={3}
        value={explanation}
        onChange={setExplanation}
        error={save.errors.fields.explanation}
      />
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('conversation.report.reactions.save')}
      </Button>
    </form>
  );
}
