/** @jsxImportSource preact */
// One coming appointment: (a) the client's preference for the form, in their own words; (b) for a video
// call, consent with the privacy statement, and withdrawing it; (c) with consent, the test call and,
// on the day, the way into the conversation.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, counterText, describedBy, FieldError, Screen, Status, say, useCounterAnnouncement, useT, type Said } from './components';
import {
  FORM_KEYS,
  REASON_MAX,
  callPagePath,
  canStatePreference,
  formatDate,
  formatTime,
  isCallDay,
  isOpenVideoContact,
  reasonLength,
  reasonProblem,
} from './format';
import { ContactFacts } from './HomeScreen';
import { isPortalError } from './messages';
import { errorText } from './messages';
import { CONTACT_FORMS, type ContactForm, type PortalContact, type PrivacyNotice } from './types';

export type NoticeState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; notice: PrivacyNotice }
  | { state: 'failed'; error: unknown };

function reasonError(text: string, required: boolean): Said | null {
  const problem = reasonProblem(text, required);
  if (problem === 'required') return { key: 'errReasonRequired' };
  if (problem === 'tooLong') return { key: 'errReasonTooLong', values: { count: reasonLength(text) - REASON_MAX } };
  return null;
}

function PreferenceSection({ contact, client, refresh }: { contact: PortalContact; client: PortalClient; refresh: () => Promise<void> }) {
  const tr = useT();
  const [form, setForm] = useState<ContactForm | null>(contact.preference?.form ?? null);
  const [reason, setReason] = useState(contact.preference?.reason ?? '');
  const [errors, setErrors] = useState<{ form: Said | null; reason: Said | null }>({ form: null, reason: null });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const radios = useRef<Partial<Record<ContactForm, HTMLInputElement | null>>>({});
  const textarea = useRef<HTMLTextAreaElement>(null);
  const length = reasonLength(reason);
  const announced = useCounterAnnouncement(length, REASON_MAX, tr);
  const saved = contact.preference;

  const focusForm = () => radios.current[form ?? 'physical']?.focus();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    setStatus(null);
    const next = { form: form ? null : ({ key: 'errFormRequired' } as Said), reason: reasonError(reason, true) };
    setErrors(next);
    if (next.form) return focusForm();
    if (next.reason || !form) return textarea.current?.focus();
    setBusy(true);
    setStatus({ key: 'preferenceSaving' });
    try {
      await client.savePreference(contact.id, form, reason);
      setStatus({ key: 'preferenceSaved' });
      await refresh().catch(() => undefined);
    } catch (err) {
      setStatus(null);
      if (isPortalError(err) && err.code === 'validation' && err.field === 'reason') {
        setErrors({ form: null, reason: reasonError(reason, true) ?? { text: err.message || tr.t('errUnknown') } });
        textarea.current?.focus();
      } else if (isPortalError(err) && err.code === 'validation' && err.field === 'form') {
        setErrors({ form: { key: 'errFormRequired' }, reason: null });
        focusForm();
      } else setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  const formError = say(errors.form, tr);
  const reasonErrorText = say(errors.reason, tr);
  return (
    <section class="panel" aria-labelledby="preference-title">
      <h2 id="preference-title">{tr.t('preferenceTitle')}</h2>
      <p>{tr.t('preferenceIntro')}</p>
      {saved ? (
        <div class="saved">
          <h3>{tr.t('preferenceCurrentTitle')}</h3>
          <p class="important">{tr.t('preferenceCurrent', { form: tr.t(FORM_KEYS[saved.form]) })}</p>
          <p>{tr.t('preferenceWhen', { date: formatDate(saved.statedAt, tr.language), time: formatTime(saved.statedAt, tr.language) })}</p>
          <p class="saved-label">{tr.t('preferenceReason')}</p>
          <p class="quote" dir="auto">{saved.reason}</p>
          <p>{tr.t('preferenceChangeIntro')}</p>
        </div>
      ) : null}
      <form class="form" onSubmit={submit} noValidate>
        <fieldset class={formError ? 'field field--error' : 'field'} aria-describedby={formError ? 'pref-form-error' : undefined}>
          <legend class="label">{tr.t('preferenceLegend')}</legend>
          <FieldError id="pref-form-error" text={formError} />
          <div class="choices">
            {CONTACT_FORMS.map((value) => (
              <div class="choice" key={value}>
                <input
                  type="radio"
                  id={`pref-${value}`}
                  name="pref-form"
                  value={value}
                  checked={form === value}
                  onChange={() => setForm(value)}
                  ref={(el) => {
                    radios.current[value] = el;
                  }}
                  aria-invalid={formError ? 'true' : undefined}
                />
                <label for={`pref-${value}`}>{tr.t(FORM_KEYS[value])}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class={reasonErrorText ? 'field field--error' : 'field'}>
          <label for="pref-reason" class="label">{tr.t('reasonLabel')}</label>
          <p id="pref-reason-hint" class="hint">{tr.t('reasonHint')}</p>
          <FieldError id="pref-reason-error" text={reasonErrorText} />
          <textarea
            id="pref-reason"
            ref={textarea}
            class="input textarea"
            rows={5}
            dir="auto"
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            aria-invalid={reasonErrorText ? 'true' : undefined}
            aria-describedby={describedBy('pref-reason-hint', reasonErrorText && 'pref-reason-error', 'pref-reason-count')}
          />
          <p id="pref-reason-count" class={length > REASON_MAX ? 'counter counter--over' : 'counter'}>{counterText(length, REASON_MAX, tr)}</p>
          <p class="visually-hidden" aria-live="polite">{announced}</p>
        </div>
        <Status text={say(status, tr)} />
        <Alert text={problem ? errorText(problem, tr) : null} />
        <button type="submit" class="button button--primary">{tr.t('preferenceSave')}</button>
      </form>
    </section>
  );
}

function NoticeView({ notice, onRetry }: { notice: NoticeState; onRetry: () => void }) {
  const tr = useT();
  if (notice.state === 'ready') {
    const n = notice.notice;
    const paragraphs = n.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    return (
      <section class="notice-box" aria-labelledby="notice-title">
        <h3 id="notice-title">
          {tr.t('noticeTitle')} <span class="muted">({tr.t('noticeVersion', { version: String(n.version) })})</span>
        </h3>
        {n.bodyLanguage !== tr.language ? <p class="note">{tr.t(n.bodyLanguage === 'nl' ? 'noticeOnlyNl' : 'noticeOnlyEn')}</p> : null}
        <div class="notice-body" lang={n.bodyLanguage} dir="ltr">
          {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
        </div>
      </section>
    );
  }
  if (notice.state === 'failed') {
    return (
      <div class="notice-box">
        <Alert text={`${tr.t('noticeFailed')} ${errorText(notice.error, tr)}`} />
        <button type="button" class="button" onClick={onRetry}>{tr.t('retry')}</button>
      </div>
    );
  }
  return <p class="busy">{tr.t('noticeLoading')}</p>;
}

function ConsentSection(props: { contact: PortalContact; client: PortalClient; notice: NoticeState; loadNotice: () => void; refresh: () => Promise<void> }) {
  const { contact, client, notice } = props;
  const tr = useT();
  const consent = contact.video?.consent ?? null;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [why, setWhy] = useState('');
  const [whyError, setWhyError] = useState<Said | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const withdrawHeading = useRef<HTMLHeadingElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const whyBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!consent && notice.state === 'idle') props.loadNotice();
  }, [consent, notice.state]);
  useEffect(() => {
    if (withdrawing) withdrawHeading.current?.focus();
  }, [withdrawing]);

  async function give() {
    if (busy || notice.state !== 'ready') return;
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      await client.giveConsent(contact.id, notice.notice.id);
      setStatus({ key: 'consentSaved' });
      await props.refresh().catch(() => undefined);
      heading.current?.focus();
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(event: Event) {
    event.preventDefault();
    if (busy) return;
    const invalid = reasonError(why, false);
    setWhyError(invalid);
    if (invalid) return whyBox.current?.focus();
    setBusy(true);
    setProblem(null);
    setStatus(null);
    try {
      await client.withdrawConsent(contact.id, why.trim() ? why : null);
      setWithdrawing(false);
      setWhy('');
      setStatus({ key: 'consentWithdrawn' });
      await props.refresh().catch(() => undefined);
      heading.current?.focus();
    } catch (err) {
      if (isPortalError(err) && err.code === 'validation' && err.field === 'reason') {
        setWhyError(reasonError(why, false) ?? { text: err.message || tr.t('errUnknown') });
        whyBox.current?.focus();
      } else setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  const whyErrorText = say(whyError, tr);
  return (
    <section class="panel" aria-labelledby="consent-title">
      <h2 id="consent-title" tabIndex={-1} ref={heading}>{tr.t('consentTitle')}</h2>
      {consent ? (
        <>
          <p class="important ok">
            {tr.t(consent.via === 'staff' ? 'consentGivenStaff' : 'consentGivenPortal', {
              date: formatDate(consent.givenAt, tr.language),
              time: formatTime(consent.givenAt, tr.language),
            })}
          </p>
          {withdrawing ? (
            <form class="form withdraw" onSubmit={withdraw} noValidate>
              <h3 tabIndex={-1} ref={withdrawHeading}>{tr.t('consentWithdraw')}</h3>
              <p>{tr.t('consentWithdrawText')}</p>
              <div class={whyErrorText ? 'field field--error' : 'field'}>
                <label for="withdraw-reason" class="label">{tr.t('withdrawReasonLabel')}</label>
                <FieldError id="withdraw-reason-error" text={whyErrorText} />
                <textarea
                  id="withdraw-reason"
                  ref={whyBox}
                  class="input textarea"
                  rows={3}
                  dir="auto"
                  value={why}
                  onInput={(e) => setWhy(e.currentTarget.value)}
                  aria-invalid={whyErrorText ? 'true' : undefined}
                  aria-describedby={describedBy(whyErrorText && 'withdraw-reason-error', 'withdraw-reason-count')}
                />
                <p id="withdraw-reason-count" class={reasonLength(why) > REASON_MAX ? 'counter counter--over' : 'counter'}>{counterText(reasonLength(why), REASON_MAX, tr)}</p>
              </div>
              <div class="buttons">
                <button type="submit" class="button button--danger">{tr.t('withdrawConfirm')}</button>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setWithdrawing(false);
                    setWhyError(null);
                    setTimeout(() => withdrawButton.current?.focus(), 0);
                  }}
                >
                  {tr.t('cancel')}
                </button>
              </div>
            </form>
          ) : (
            <button type="button" class="button" ref={withdrawButton} onClick={() => setWithdrawing(true)}>
              {tr.t('consentWithdraw')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{tr.t('consentIntro')}</p>
          <NoticeView notice={notice} onRetry={props.loadNotice} />
          {notice.state === 'ready' ? (
            <button type="button" class="button button--primary button--wide" onClick={give}>
              {tr.t('consentGive')}
            </button>
          ) : null}
        </>
      )}
      <Status text={say(status, tr)} />
      <Alert text={problem ? errorText(problem, tr) : null} />
    </section>
  );
}

function CallSection({ contact, client, now }: { contact: PortalContact; client: PortalClient; now: number }) {
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  // Back from the call page, the browser may show this page exactly as it was left (back/forward
  // cache): "opening…" and a busy button that ignores Enter. A restored page starts over here.
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setBusy(false);
      setStatus(null);
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  async function go() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setStatus({ key: 'callOpening' });
    try {
      const { url } = await client.callLink(contact.id);
      const path = callPagePath(url, location.origin);
      if (!path) throw new Error('The call link is not a call page.');
      location.assign(path);
    } catch (err) {
      setStatus(null);
      setProblem(err);
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="call-title">
      <h2 id="call-title">{tr.t('callTitle')}</h2>
      {isCallDay(contact, now) ? (
        <>
          <p class="important">{tr.t('callToday', { time: formatTime(contact.plannedAt, tr.language) })}</p>
          <button type="button" class="button button--primary button--big" onClick={go}>{tr.t('callJoin')}</button>
        </>
      ) : null}
      <p>{tr.t('callTestText')}</p>
      <button type="button" class="button" onClick={go}>{tr.t('callTest')}</button>
      <Status text={say(status, tr)} />
      <Alert text={problem ? errorText(problem, tr) : null} />
    </section>
  );
}

export function ContactScreen(props: {
  contact: PortalContact | undefined;
  client: PortalClient;
  now: number;
  notice: NoticeState;
  loadNotice: () => void;
  refresh: () => Promise<void>;
  onBack: () => void;
}) {
  const { contact, client, now } = props;
  const tr = useT();
  const back = (
    <p class="back">
      <button type="button" class="link-button" onClick={props.onBack}>{tr.t('back')}</button>
    </p>
  );
  if (!contact) {
    return (
      <Screen id="contact-gone" title={tr.t('contactGoneTitle')}>
        <p>{tr.t('contactGoneText')}</p>
        {back}
      </Screen>
    );
  }
  const preference = canStatePreference(contact, now);
  const video = isOpenVideoContact(contact, now);
  return (
    <Screen id={`contact-${contact.id}`} title={tr.t('contactTitle', { date: formatDate(contact.plannedAt, tr.language) })}>
      {back}
      <ContactFacts contact={contact} />
      {!preference && !video ? <p class="important">{tr.t('contactClosed')}</p> : null}
      {preference ? <PreferenceSection key={contact.id} contact={contact} client={client} refresh={props.refresh} /> : null}
      {video ? <ConsentSection contact={contact} client={client} notice={props.notice} loadNotice={props.loadNotice} refresh={props.refresh} /> : null}
      {video && contact.video?.consent ? <CallSection contact={contact} client={client} now={now} /> : null}
    </Screen>
  );
}
