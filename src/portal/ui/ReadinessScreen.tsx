/** @jsxImportSource preact */
// "Beeldbellen: gaat dat lukken?" (client only): the digital readiness check in the client's own hands
// (seed 003 §4, §6: ask about skills and means before choosing video; seed 000 P18, P19). Six radio
// questions, earlier answers filled in; after sending, what it means in plain words and, where it
// helps, the way to the test call at the coming video appointment. The outcome label itself is for
// the labour expert's advice: the client hears that another form is fine, never "not ready".
import { useEffect, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, BackHome, Choices, LoadFailed, Screen, Status, choiceId, focusId, say, useT, type Said } from './components';
import { formatDate } from './format';
import { errorText } from './messages';
import { READINESS_KEYS, READINESS_ORDER, emptyReadiness, readinessBody, unanswered, videoAppointment, type ReadinessDraft } from './readiness';
import { READINESS_QUESTIONS, type ContactsAnswer, type Loaded, type ReadinessAnswer } from './types';

export function ReadinessScreen(props: {
  client: PortalClient;
  contacts: ContactsAnswer | null;
  onBack: () => void;
  onOpenContact: (contactId: string) => void;
}) {
  const { client } = props;
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded<ReadinessAnswer>>({ state: 'loading' });
  const [draft, setDraft] = useState<ReadinessDraft>(emptyReadiness);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState<ReadinessAnswer['latest']>(null);

  function load(): void {
    setLoaded({ state: 'loading' });
    client.readiness().then(
      (answer) => {
        setLoaded({ state: 'ready', value: answer });
        if (answer.latest) setDraft({ ...answer.latest.answers });
      },
      (error: unknown) => setLoaded({ state: 'failed', error }),
    );
  }
  useEffect(load, []);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const open = unanswered(draft);
    setMissing(open);
    const first = open[0];
    if (first) return focusId(choiceId(`rd-${first}`, null, READINESS_QUESTIONS[first][0]));
    const answers = readinessBody(draft);
    if (!answers) return;
    setBusy(true);
    setStatus({ key: 'readinessSending' });
    try {
      const answer = await client.answerReadiness(answers);
      setStatus(null);
      setLoaded({ state: 'ready', value: answer });
      setSent(answer.latest);
      focusId('rd-result');
    } catch (err) {
      setStatus(null);
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const appointment = videoAppointment(props.contacts);
  const before = loaded.state === 'ready' ? loaded.value.latest : null;

  return (
    <Screen id="readiness" title={tr.t('readinessTitle')}>
      <BackHome onBack={props.onBack} />
      {sent ? (
        <section class="confirm" aria-labelledby="rd-result">
          <h2 id="rd-result" tabIndex={-1}>{tr.t('readinessThanks')}</h2>
          <p>{tr.t('readinessThanksText')}</p>
          <p>{tr.t(sent.videoHard ? 'readinessVideoHard' : 'readinessVideoOk')}</p>
          {!sent.videoHard && sent.offerTestCall ? (
            <>
              <p class="important">{tr.t('readinessTestCall')}</p>
              <p>{tr.t('readinessTestCallWhere')}</p>
            </>
          ) : null}
          <div class="buttons">
            {appointment && !sent.videoHard ? (
              <button type="button" class="button button--primary" onClick={() => props.onOpenContact(appointment.id)}>
                {tr.t('readinessOpenContact')}
              </button>
            ) : null}
            <button type="button" class={appointment && !sent.videoHard ? 'button' : 'button button--primary'} onClick={props.onBack}>
              {tr.t('backHome')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                setSent(null);
                focusId(`rd-${READINESS_ORDER[0]}-${draft.device ?? READINESS_QUESTIONS.device[0]}`);
              }}
            >
              {tr.t('readinessChange')}
            </button>
          </div>
        </section>
      ) : (
        <>
          <p class="lead">{tr.t('readinessIntro')}</p>
          {loaded.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
          {loaded.state === 'failed' ? <LoadFailed text={tr.t('readinessLoadFailed')} error={loaded.error} onRetry={load} /> : null}
          {loaded.state === 'ready' ? (
            <form class="form" onSubmit={(event) => void submit(event)} noValidate>
              {before ? (
                <p class="important">
                  {tr.t(before.via === 'portal' ? 'readinessBefore' : 'readinessBeforeStaff', { date: formatDate(before.answeredAt, tr.language) })}
                </p>
              ) : null}
              {READINESS_ORDER.map((question) => {
                const keys = READINESS_KEYS[question];
                const answers = keys.answers as Record<string, Parameters<typeof tr.t>[0]>;
                return (
                  <Choices
                    key={question}
                    name={`rd-${question}`}
                    legend={tr.t(keys.question)}
                    options={READINESS_QUESTIONS[question].map((value) => ({ value, label: tr.t(answers[value]!) }))}
                    value={draft[question]}
                    onChange={(value) => {
                      setDraft((d) => ({ ...d, [question]: value }));
                      setMissing((m) => m.filter((q) => q !== question));
                    }}
                    error={missing.includes(question) ? tr.t('errChoose') : null}
                  />
                );
              })}
              <Status text={say(status, tr)} />
              <Alert text={failure ? errorText(failure, tr) : null} />
              <button type="submit" class="button button--primary">{tr.t('readinessSubmit')}</button>
            </form>
          ) : null}
        </>
      )}
    </Screen>
  );
}
