// The conclusion per job profile (suitable, suitable with adjustments, not suitable, not yet
// judgeable) with its reasoning; Passend's questions about it are shown as questions, never as a
// block; the latest conclusion with who and when; the questions as the case stands now.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, TextAreaField, TitledForm } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate, formatDateTime } from '../../web/format';
import { RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { PROFILE_CONCLUSIONS, REASON_MAX, REASON_MIN, type ConclusionQuestion, type ProfileConclusionCode } from '../domain';
import { capacityApi, useCapacityAction, withLabels, type CapacityPageData, type ProfileView } from './api';
import { questionText } from './capacity-format';

export function ProfileConclusions({ data }: { data: CapacityPageData }) {
  const { t } = useTranslation();
  if (data.profiles.length === 0) return <Paragraph className="muted">{t('capacity.conclusions.noProfiles')}</Paragraph>;
  return (
    <>
      {data.profiles.map((p) => (
        <ProfileConclusion key={p.id} data={data} profile={p} />
      ))}
    </>
  );
}

export function Questions({ questions, id }: { questions: readonly ConclusionQuestion[]; id?: string }) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) return null;
  return (
    <div className="passend-questions" id={id}>
      <p className="utrecht-paragraph passend-questions__title">
        <span aria-hidden="true">? </span>
        {t('capacity.conclusions.questionsTitle')}
      </p>
      <ul>
        {questions.map((q) => (
          <li key={q.code}>{questionText(t, i18n.language, q)}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph muted">{t('capacity.conclusions.questionsNote')}</p>
    </div>
  );
}

function ProfileConclusion({ data, profile }: { data: CapacityPageData; profile: ProfileView }) {
  const { t } = useTranslation();
  const prefix = `conclusion-${profile.id}`;
  const [conclusion, setConclusion] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const conclude = useCapacityAction(data.caseId, (body: { fmlId: string | null; conclusion: ProfileConclusionCode; reasoning: string }) => capacityApi.conclude(data.caseId, profile.id, body), { fallbackField: 'reasoning' });
  const ids = { conclusion: fieldId(prefix, 'conclusion'), reasoning: fieldId(prefix, 'reasoning') };
  const latest = profile.conclusion;
  const fmlOf = (id: string | null) => data.fmls.find((f) => f.id === id);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const problems: Record<string, string> = {};
    if (!conclusion) problems.conclusion = t('capacity.conclusions.conclusionRequired');
    if (!reasoning.trim()) problems.reasoning = t('capacity.conclusions.reasoningRequired');
    if (Object.keys(problems).length > 0) return conclude.setErrors({ fields: problems });
    conclude.run({ fmlId: data.chosenFmlId, conclusion: conclusion as ProfileConclusionCode, reasoning }, (answer) => {
      setConclusion('');
      setReasoning('');
      setDone(answer.questions.length > 0 ? t('capacity.conclusions.savedWithQuestions', { count: answer.questions.length }) : t('capacity.conclusions.saved'));
    });
  }

  const fml = latest ? fmlOf(latest.fmlId) : undefined;
  return (
    <section className="conclusion" aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {t('capacity.conclusions.for', { name: profile.name })}
      </Heading>
      {done ? (
        <p className="utrecht-paragraph conclusion__done" role="status">
          {done}
        </p>
      ) : null}
      {latest ? (
        <div className="conclusion__latest">
          <p className="utrecht-paragraph">
            <strong>{t('capacity.conclusions.latest')}</strong> <span className={`conclusion-value conclusion-value--${latest.conclusion}`}>{t(`capacity.conclusion.${latest.conclusion}`)}</span>
          </p>
          <p className="utrecht-paragraph pre-line conclusion__reasoning">{latest.reasoning}</p>
          <p className="utrecht-paragraph muted">
            {t('capacity.conclusions.by', { name: latest.concludedBy, when: formatDateTime(latest.concludedAt) })}{' '}
            {fml ? t('capacity.conclusions.againstFml', { date: formatDate(fml.date) }) : t('capacity.conclusions.noFml')}
          </p>
          <Questions questions={profile.openQuestions} id={`${prefix}-questions`} />
        </div>
      ) : (
        <Paragraph className="muted">{t('capacity.conclusions.none')}</Paragraph>
      )}
      {data.open ? (
        <TitledForm level={4} className="form inline-form" titleId={`${prefix}-form-title`} title={t('capacity.conclusions.formTitle', { name: profile.name })} onSubmit={submit} errors={withLabels(conclude.errors, { conclusion: t('capacity.conclusions.conclusion'), reasoning: t('capacity.conclusions.reasoning') })} fieldIds={ids}>
          <RadioGroup
            id={ids.conclusion}
            name={ids.conclusion}
            legend={t('capacity.conclusions.conclusion')}
            options={PROFILE_CONCLUSIONS.map((c) => ({ value: c, label: t(`capacity.conclusion.${c}`) }))}
            value={conclusion}
            onChange={setConclusion}
            error={conclude.errors.fields.conclusion}
          />
          <TextAreaField
            id={ids.reasoning}
            label={t('capacity.conclusions.reasoning')}
            description={t('capacity.conclusions.reasoningHint', { min: REASON_MIN })}
            required
            rows={4}
            maxLength={REASON_MAX}
            value={reasoning}
            onChange={setReasoning}
            error={conclude.errors.fields.reasoning}
          />
          <SubmitRow busy={conclude.busy} label={t('capacity.conclusions.submit')} onClose={() => { setConclusion(''); setReasoning(''); conclude.clearErrors(); }} />
        </TitledForm>
      ) : null}
    </section>
  );
}
