/** @jsxImportSource preact */
// The way in: the link is checked, the one-time code is asked for, and a plain page for every link that
// cannot be used (blocked, unknown, replaced), for an error, and for a session that ended.
import { useRef, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, describedBy, FieldError, Ltr, Name, Phone, Screen, Status, Tpl, say, useT, type Said } from './components';
import { amsterdamDay, formatDate, formatTime, isCompleteCode, normaliseCode, sentToText, wrongCodeText } from './format';
import { errorText, isPortalError } from './messages';
import type { TextKey, Translator } from './texts';
import type { StartAnswer } from './types';

/** A moment in words: the time today, or the date and time on another day (Dutch time). */
export function whenText(iso: string, tr: Translator, now: number): string {
  const time = tr.t('timeValue', { time: formatTime(iso, tr.language) });
  return amsterdamDay(iso) === amsterdamDay(now) ? time : `${formatDate(iso, tr.language)}, ${time}`;
}

export function CheckingScreen() {
  const tr = useT();
  return (
    <Screen id="checking" title={tr.t('checkingTitle')}>
      <p class="busy">{tr.t('loading')}</p>
    </Screen>
  );
}

export function CodeScreen(props: {
  token: string;
  answer: StartAnswer;
  client: PortalClient;
  onSignedIn: () => void;
  onAnswer: (answer: StartAnswer) => void;
  onLocked: (lockedUntil: string | null) => void;
  onUnusable: (state: 'unknown' | 'revoked') => void;
}) {
  const { token, answer, client } = props;
  const tr = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<Said | null>(null);
  const [expired, setExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const sent = sentToText(answer.channel, answer.sentTo);

  const focusInput = () => {
    input.current?.focus();
    input.current?.select();
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const typed = normaliseCode(code);
    if (!isCompleteCode(typed)) {
      setError({ key: 'codeFormat' });
      focusInput();
      return;
    }
    setBusy(true);
    setStatus({ key: 'codeChecking' });
    try {
      await client.verify(token, typed);
      // The status stays ("being checked…") until home replaces this screen.
      props.onSignedIn();
      return;
    } catch (err) {
      setStatus(null);
      setBusy(false);
      if (isPortalError(err) && (err.status === 423 || err.code === 'locked')) return props.onLocked(err.lockedUntil ?? null);
      // The link stopped working meanwhile (replaced by the labour expert).
      if (isPortalError(err) && err.code === 'not_found' && (err.reason === 'unknown' || err.reason === 'revoked')) return props.onUnusable(err.reason);
      if (isPortalError(err) && err.code === 'validation' && (err.field === 'code' || err.field === undefined)) {
        if (err.reason === 'expired') {
          setExpired(true);
          setError({ key: 'codeExpired' });
        } else if (err.attemptsLeft === 0) {
          return props.onLocked(null);
        } else {
          const wrong = wrongCodeText(err.attemptsLeft);
          setError({ key: wrong.key, values: wrong.count === undefined ? undefined : { count: wrong.count } });
        }
        focusInput();
        return;
      }
      setProblem(err);
    }
  }

  async function resend() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      const next = await client.start(token, true);
      setBusy(false);
      props.onAnswer(next);
      if (next.state !== 'code_sent') return;
      setExpired(false);
      setError(null);
      setCode('');
      setStatus({ key: 'codeResent' });
      input.current?.focus();
    } catch (err) {
      setBusy(false);
      if (isPortalError(err) && err.code === 'locked') return props.onLocked(err.lockedUntil ?? null);
      // Within a minute of the last code (or the sixth in an hour) the server says no plainly.
      if (isPortalError(err) && err.code === 'rate_limited') return setStatus({ key: 'codeResendTooSoon' });
      setProblem(err);
    }
  }

  return (
    <Screen id="code" title={tr.t('codeTitle')}>
      <p>{tr.t('codeWhy')}</p>
      <form class="form" onSubmit={submit} noValidate>
        <div class={error ? 'field field--error' : 'field'}>
          <label for="code" class="label">
            <span class="label-lead">
              <Tpl k={sent.key} parts={{ sentTo: <Ltr wrap={answer.channel === 'email'}>{sent.sentTo}</Ltr> }} />
            </span>{' '}
            <span class="label-main">{tr.t('codeLabel')}</span>
          </label>
          <p id="code-hint" class="hint">{tr.t('codeHint')}</p>
          <FieldError id="code-error" text={say(error, tr)} />
          <input
            id="code"
            ref={input}
            class="input input--code"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            spellcheck={false}
            dir="ltr"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy('code-hint', error && 'code-error')}
          />
        </div>
        <Status text={say(status, tr)} />
        <Alert text={problem ? errorText(problem, tr) : null} />
        <button type="submit" class="button button--primary">{tr.t('codeSubmit')}</button>
      </form>
      <section class="panel" aria-labelledby="resend-title">
        <h2 id="resend-title">{tr.t('codeNotReceived')}</h2>
        <p>
          {tr.t('codeWait')}
          {answer.channel === 'email' ? ` ${tr.t('codeSpam')}` : ''}
        </p>
        <button type="button" class={expired ? 'button button--primary' : 'button'} onClick={resend}>
          {tr.t('codeResend')}
        </button>
      </section>
    </Screen>
  );
}

export function LockedScreen({ lockedUntil, now, onRetry }: { lockedUntil: string | null; now: number; onRetry: () => void }) {
  const tr = useT();
  return (
    <Screen id="locked" title={tr.t('lockedTitle')}>
      <p>{tr.t('lockedText')}</p>
      <p class="important">{lockedUntil ? tr.t('lockedUntil', { when: whenText(lockedUntil, tr, now) }) : tr.t('lockedUntilUnknown')}</p>
      <p>{tr.t('lockedExpertTold')}</p>
      <p>{tr.t('lockedNotYou')}</p>
      <button type="button" class="button" onClick={onRetry}>{tr.t('retry')}</button>
    </Screen>
  );
}

export function LinkScreen({ state, organisation, phone }: { state: 'unknown' | 'revoked'; organisation: string | null; phone: string | null }) {
  const tr = useT();
  return (
    <Screen id="link" title={tr.t('linkTitle')}>
      <p>{tr.t(state === 'revoked' ? 'linkRevokedText' : 'linkUnknownText')}</p>
      <p class="important">{organisation ? <Tpl k="linkAskNewOrg" parts={{ organisation: <Name>{organisation}</Name> }} /> : tr.t('linkAskNew')}</p>
      {phone ? (
        <p>
          <Tpl k="linkCall" parts={{ phone: <Phone number={phone} /> }} />
        </p>
      ) : null}
    </Screen>
  );
}

export function NoLinkScreen() {
  const tr = useT();
  return (
    <Screen id="no-link" title={tr.t('noLinkTitle')}>
      <p>{tr.t('noLinkText')}</p>
    </Screen>
  );
}

export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const tr = useT();
  return (
    <Screen id="error" title={tr.t('errorTitle')}>
      <p>{tr.t('errorText')}</p>
      <p class="important">{errorText(error, tr)}</p>
      <button type="button" class="button button--primary" onClick={onRetry}>{tr.t('retry')}</button>
    </Screen>
  );
}

export type EndedWhy = 'idle' | 'self' | 'other';

export function EndedScreen({ why }: { why: EndedWhy }) {
  const tr = useT();
  const reason: TextKey = why === 'idle' ? 'endedIdle' : why === 'self' ? 'endedSelf' : 'errSessionEnded';
  return (
    <Screen id="ended" title={tr.t('endedTitle')}>
      <p>{tr.t(reason)}</p>
      <p class="important">{tr.t('endedComeBack')}</p>
      <p>{tr.t('endedClose')}</p>
    </Screen>
  );
}
