// Digital readiness (after the Pharos quickscan idea; seed 003 §4, §6): six short questions,
// answered by or with the client. The result feeds the contact-form advice and may suggest offering
// a test call before the first video contact (the test call itself comes in a later issue).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseSection, focusSectionHeading } from '../../cases/ui/Section';
import { Alert, Badge, Button, DataList, Paragraph } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { READINESS_ANSWERED_BY, READINESS_QUESTIONS } from '../planning';
import { contactApi, type Readiness, type ReadinessBody } from './api';
import { contactLabel, contactOptions, focusWhenPresent, InlineForm, RadioGroup, SubmitRow } from './controls';
import { useContactAction, useReadiness } from './hooks';

type Question = keyof typeof READINESS_QUESTIONS;
const QUESTIONS = Object.keys(READINESS_QUESTIONS) as Question[];
const PREFIX = 'readiness';

function resultTone(result: Readiness['result']) {
  return result === 'ready' ? 'success' : result === 'ready_with_help' ? 'warning' : 'danger';
}

function ReadinessResult({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  return (
    <div className="readiness-result">
      <p className="utrecht-paragraph">
        {t('contact.readiness.result')}: <Badge tone={resultTone(readiness.result)}>{t(`contact.enums.readinessResult.${readiness.result}`)}</Badge>
      </p>
      <Paragraph>{t(`contact.readiness.resultText.${readiness.result}`)}</Paragraph>
      <DataList
        items={[
          { key: 'when', label: t('contact.readiness.recorded'), value: t('contact.readiness.recordedBy', { date: formatDateTime(readiness.recordedAt), who: readiness.recordedBy ?? t('contact.readiness.byClientInPortal') }) },
          { key: 'by', label: t('contact.readiness.answeredBy'), value: contactLabel(t, 'readinessAnsweredBy', readiness.answeredBy) },
          ...QUESTIONS.map((q) => ({ key: q, label: t(`contact.readiness.questions.${q}`), value: t(`contact.readiness.answers.${q}.${readiness.answers[q]}`) })),
          {
            key: 'conditions',
            label: t('contact.readiness.conditions'),
            value: readiness.conditions.length > 0 ? readiness.conditions.map((c) => contactLabel(t, 'clientCondition', c)).join(', ') : t('contact.readiness.noConditions'),
          },
        ]}
      />
      {readiness.offerTestCall ? (
        <Alert type="info">
          <p className="utrecht-paragraph readiness-result__title">{t('contact.readiness.testCallTitle')}</p>
          <p className="utrecht-paragraph">{t('contact.readiness.testCallText')}</p>
        </Alert>
      ) : null}
    </div>
  );
}

function ReadinessForm({ caseId, onClose }: { caseId: string; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [answeredBy, setAnsweredBy] = useState('');
  const [answers, setAnswers] = useState<Partial<Record<Question, string>>>({});
  const save = useContactAction(caseId, (body: ReadinessBody) => contactApi.recordReadiness(caseId, body));
  const ids: Record<string, string> = { answeredBy: fieldId(PREFIX, 'answeredBy') };
  for (const q of QUESTIONS) ids[`answers.${q}`] = fieldId(PREFIX, `answers.${q}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!answeredBy) fields.answeredBy = t('contact.validation.answeredBy');
    for (const q of QUESTIONS) if (!answers[q]) fields[`answers.${q}`] = t('contact.validation.readinessAnswer', { question: t(`contact.readiness.questions.${q}`) });
    if (Object.keys(fields).length) return save.setErrors({ fields });
    save.run({ answeredBy: answeredBy as ReadinessBody['answeredBy'], answers: answers as ReadinessBody['answers'] }, () => onClose(true));
  }

  return (
    <InlineForm
      titleId="readiness-form-title"
      title={t('contact.readiness.formTitle')}
      intro={t('contact.readiness.formIntro')}
      onSubmit={submit}
      errors={save.errors}
      fieldIds={ids}
    >
      <RadioGroup
        id={ids.answeredBy ?? ''}
        name={`${PREFIX}-answeredBy`}
        legend={t('contact.readiness.answeredBy')}
        required
        options={contactOptions(t, 'readinessAnsweredBy', READINESS_ANSWERED_BY)}
        value={answeredBy}
        onChange={setAnsweredBy}
        error={save.errors.fields.answeredBy}
      />
      {QUESTIONS.map((q) => (
        <RadioGroup
          key={q}
          id={ids[`answers.${q}`] ?? ''}
          name={`${PREFIX}-${q}`}
          legend={t(`contact.readiness.questions.${q}`)}
          required
          options={READINESS_QUESTIONS[q].map((value) => ({ value, label: t(`contact.readiness.answers.${q}.${value}`) }))}
          value={answers[q] ?? ''}
          onChange={(value) => setAnswers((a) => ({ ...a, [q]: value }))}
          error={save.errors.fields[`answers.${q}`]}
        />
      ))}
      <SubmitRow busy={save.busy} label={t('contact.readiness.submit')} onClose={() => onClose(false)} />
    </InlineForm>
  );
}

export function ReadinessSection({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const screening = useReadiness(caseId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const readiness = screening.data?.latest ?? null;
  return (
    <CaseSection
      id="readiness"
      title={t('contact.readiness.title')}
      actions={
        canRecord && !editing ? (
          <Button
            onClick={() => {
              setEditing(true);
              setSaved(false);
              focusWhenPresent('readiness-form-title');
            }}
          >
            {readiness ? t('contact.readiness.again') : t('contact.readiness.start')}
          </Button>
        ) : null
      }
    >
      <Paragraph>{t('contact.readiness.intro')}</Paragraph>
      {saved ? <Alert type="ok">{t('contact.readiness.saved')}</Alert> : null}
      {editing ? (
        <ReadinessForm
          caseId={caseId}
          onClose={(ok) => {
            setEditing(false);
            setSaved(ok);
            focusSectionHeading('readiness');
          }}
        />
      ) : null}
      {screening.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {screening.isError ? <Alert type="error">{screening.error.message}</Alert> : null}
      {readiness ? <ReadinessResult readiness={readiness} /> : screening.isSuccess ? <Paragraph className="muted">{t('contact.readiness.none')}</Paragraph> : null}
    </CaseSection>
  );
}
