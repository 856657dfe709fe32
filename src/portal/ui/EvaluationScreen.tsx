/** @jsxImportSource preact */
// "Hoe ging het gesprek?" (client, per held conversation): three short questions and, if they want, a
// comment in their own words; sent once. Already evaluated (409) is said kindly, then thanks.
import { useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, BackHome, Choices, Screen, Status, TextArea, choiceId, focusId, problemText, say, useT, type Said } from './components';
import {
  ANSWER_KEYS,
  COMMENT_MAX,
  EVALUATION_QUESTIONS,
  emptyEvaluation,
  evaluationBody,
  evaluationFormKey,
  evaluationProblems,
  type EvaluationDraft,
  type EvaluationProblems,
} from './conversation';
import { formatDate } from './format';
import { errorText, isPortalError } from './messages';
import type { TextKey } from './texts';
import { EVALUATION_ANSWERS, type EvaluationItem, type EvaluationQuestion, type Loaded } from './types';

const QUESTION_KEYS: Record<Exclude<EvaluationQuestion, 'formRight'>, TextKey> = { feltHeard: 'evalHeard', clearWhatNext: 'evalNext' };

type Phase = 'form' | 'done' | 'already' | 'not-held';

export function EvaluationScreen(props: {
  contactId: string;
  evaluations: Loaded<EvaluationItem[]>;
  client: PortalClient;
  onBack: () => void;
  /** The evaluation is stored (or was already): home stops asking. */
  onEvaluated: (contactId: string) => void;
  onRetry: () => void;
}) {
  const { contactId, client } = props;
  const tr = useT();
  const [draft, setDraft] = useState<EvaluationDraft>(emptyEvaluation);
  const [problems, setProblems] = useState<EvaluationProblems>({});
  const [serverField, setServerField] = useState<{ field: string; text: string } | null>(null);
  const [phase, setPhase] = useState<Phase>('form');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<Said | null>(null);

  const item = props.evaluations.state === 'ready' ? props.evaluations.value.find((e) => e.contactId === contactId) : undefined;

  if (props.evaluations.state !== 'ready' || !item) {
    const gone = props.evaluations.state === 'ready';
    return (
      <Screen id={gone ? 'evaluation-gone' : 'evaluation-loading'} title={tr.t(gone ? 'evalGoneTitle' : 'evalTitle')}>
        {props.evaluations.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
        {props.evaluations.state === 'failed' ? (
          <>
            <Alert text={errorText(props.evaluations.error, tr)} />
            <button type="button" class="button" onClick={props.onRetry}>{tr.t('retry')}</button>
          </>
        ) : null}
        {gone ? <p>{tr.t('evalGoneText')}</p> : null}
        <BackHome onBack={props.onBack} />
      </Screen>
    );
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setServerField(null);
    const found = evaluationProblems(draft);
    setProblems(found);
    const first = [...EVALUATION_QUESTIONS, 'comment' as const].find((q) => found[q]);
    if (first === 'comment') return focusId('eval-comment');
    if (first) return focusId(choiceId(`eval-${first}`, draft[first], EVALUATION_ANSWERS[first][0]));
    const body = evaluationBody(draft);
    if (!body) return;
    setBusy(true);
    setStatus({ key: 'evalSending' });
    try {
      await client.evaluate(contactId, body);
      setPhase('done');
      props.onEvaluated(contactId);
      focusId('eval-result');
    } catch (err) {
      setStatus(null);
      if (isPortalError(err) && err.code === 'conflict') {
        // Already evaluated (another tab, or twice); or, rarely, the conversation is no longer "held".
        const now = await client.evaluations().catch(() => null);
        const still = now?.items.find((e) => e.contactId === contactId);
        const notHeld = now !== null && !still;
        setPhase(notHeld ? 'not-held' : 'already');
        if (!notHeld) props.onEvaluated(contactId);
        focusId('eval-result');
      } else if (isPortalError(err) && err.code === 'validation' && err.field) {
        const field = err.field === 'comment' || EVALUATION_QUESTIONS.includes(err.field as EvaluationQuestion) ? err.field : null;
        if (field) {
          setServerField({ field, text: err.message || tr.t('errUnknown') });
          focusId(field === 'comment' ? 'eval-comment' : choiceId(`eval-${field}`, draft[field as EvaluationQuestion], 'yes'));
        } else setFailure(err);
      } else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const formKey = evaluationFormKey(item.form);
  const legendOf = (question: EvaluationQuestion): string =>
    question === 'formRight'
      ? formKey ? tr.t('evalForm', { form: tr.t(formKey) }) : tr.t('evalFormPlain')
      : tr.t(QUESTION_KEYS[question]);
  const errorOf = (field: EvaluationQuestion | 'comment', max = COMMENT_MAX): string | null =>
    problemText(problems[field], max, tr) ?? (serverField?.field === field ? serverField.text : null);

  const result: TextKey | null = phase === 'done' ? 'evalThanks' : phase === 'already' ? 'evalAlready' : phase === 'not-held' ? 'evalNotHeld' : null;
  return (
    <Screen id={`evaluation-${contactId}`} title={tr.t('evalTitle')}>
      <BackHome onBack={props.onBack} />
      <p class="lead">{tr.t('evalAbout', { date: formatDate(item.heldAt, tr.language) })}</p>
      {result ? (
        <section class="confirm" aria-labelledby="eval-result">
          <h2 id="eval-result" tabIndex={-1}>{tr.t(result)}</h2>
          {phase === 'done' ? <p>{tr.t('evalThanksText')}</p> : null}
          <button type="button" class="button button--primary" onClick={props.onBack}>{tr.t('backHome')}</button>
        </section>
      ) : item.evaluated ? (
        <p class="important">{tr.t('evalAlready')}</p>
      ) : (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          <p>{tr.t('evalIntro')}</p>
          {EVALUATION_QUESTIONS.map((question) => (
            <Choices
              key={question}
              name={`eval-${question}`}
              legend={legendOf(question)}
              options={EVALUATION_ANSWERS[question].map((value) => ({ value, label: tr.t(ANSWER_KEYS[value]!) }))}
              value={draft[question]}
              onChange={(value) => setDraft((d) => ({ ...d, [question]: value }))}
              error={errorOf(question)}
            />
          ))}
          <TextArea
            id="eval-comment"
            label={tr.t('evalCommentLabel')}
            value={draft.comment}
            onInput={(comment) => setDraft((d) => ({ ...d, comment }))}
            max={COMMENT_MAX}
            error={errorOf('comment')}
            rows={4}
          />
          <Status text={say(status, tr)} />
          <Alert text={failure ? errorText(failure, tr) : null} />
          <button type="submit" class="button button--primary">{tr.t('send')}</button>
        </form>
      )}
    </Screen>
  );
}
