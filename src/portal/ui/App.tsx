/** @jsxImportSource preact */
// The portal page (issue 5, docs/portal.md): `/portaal#<token>`. The link is checked, a one-time code
// asked for where a second channel is known, then home with the appointments, one appointment with
// preference, consent and the call; the readiness check for video; "Ons gesprek", checking a
// conversation report and the evaluation of a held conversation (Gezien & Gehoord); the information the
// labour expert uses (issue 7, client only); and the short
// session: a warning 2 minutes before the idle end, and a plain page when it ended. One screen at a
// time, in the chosen language.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createClient } from './api';
import { Footer, Header } from './Chrome';
import { I18n } from './components';
import { ContactScreen, type NoticeState } from './ContactScreen';
import { CheckingScreen, CodeScreen, EndedScreen, ErrorScreen, LinkScreen, LockedScreen, NoLinkScreen, type EndedWhy } from './EntryScreens';
import { reportName } from './conversation';
import { orderContacts } from './format';
import { HomeScreen } from './HomeScreen';
import { afterActivity, idleState, idleWindowMs, type IdleState, type SessionTimes } from './idle';
import { EvaluationScreen } from './EvaluationScreen';
import { errorText, isPortalError } from './messages';
import { INNER, isInnerEntry, placeOf, type Inner, type InnerEntry, type Place } from './navigation';
import { ReadinessScreen } from './ReadinessScreen';
import { ReportScreen } from './ReportScreen';
import { SessionDialog } from './SessionDialog';
import { SourcesScreen } from './SourcesScreen';
import { directionOf, hasCatalogue, loadCatalogue, translator } from './texts';
import {
  asPortalLanguage,
  type Audience,
  type ContactsAnswer,
  type EvaluationItem,
  type FinalReport,
  type Loaded,
  type PortalLanguage,
  type PortalSession,
  type ReportSummary,
  type StartAnswer,
  PortalDocument,
} from './types';
import { WorksheetScreen } from './WorksheetScreen';

type View =
  | { kind: 'checking' }
  | { kind: 'code'; answer: StartAnswer }
  | { kind: 'locked'; lockedUntil: string | null }
  | { kind: 'link'; state: 'unknown' | 'revoked' }
  | { kind: 'no-link' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | Place
  | { kind: 'ended'; why: EndedWhy };

export function App({ token }: { token: string | null }) {
  const [language, setLanguage] = useState<PortalLanguage>('nl');
  const [view, setView] = useState<View>({ kind: 'checking' });
  const [session, setSession] = useState<PortalSession | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [contacts, setContacts] = useState<ContactsAnswer | null>(null);
  const [reports, setReports] = useState<Loaded<ReportSummary[]>>({ state: 'loading' });
  const [documents, setDocuments] = useState<Loaded<PortalDocument[]>>({ state: 'loading' });
  const [evaluations, setEvaluations] = useState<Loaded<EvaluationItem[]>>({ state: 'loading' });
  const [finalReports, setFinalReports] = useState<Loaded<FinalReport[]>>({ state: 'loading' });
  const [notice, setNotice] = useState<NoticeState>({ state: 'idle' });
  const [times, setTimes] = useState<SessionTimes | null>(null);
  const [warning, setWarning] = useState<IdleState | null>(null);
  const [dismissedFor, setDismissedFor] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(() => Date.now());

  /** A language chosen before sign-in: saved once the session is open. */
  const chosenBeforeSignIn = useRef<PortalLanguage | null>(null);
  const idleWindow = useRef(20 * 60_000);
  const timesRef = useRef<SessionTimes | null>(null);
  timesRef.current = times;
  const ending = useRef(false);

  const tr = useMemo(() => translator(language), [language]);
  const trRef = useRef(tr);
  trRef.current = tr;

  const client = useMemo(
    () =>
      createClient({
        onActivity: () => setTimes((current) => (current ? afterActivity(current, idleWindow.current, client.serverNow()) : current)),
        onUnauthenticated: () => {
          const current = timesRef.current;
          const idle = current !== null && client.serverNow() >= Math.min(current.idle, current.absolute) - 5_000;
          endSession(idle ? 'idle' : 'other');
        },
      }),
    [],
  );

  // ---- language ----------------------------------------------------------------------------------

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    client.setLanguage(language);
  }, [language]);

  function announce(text: string): void {
    // Cleared first, so the same sentence twice is still heard twice.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 60);
  }

  /** Shows the page in a language once its texts are here (until then, or when they cannot load: as it is). */
  function showIn(next: PortalLanguage): void {
    if (hasCatalogue(next)) setLanguage(next);
    else loadCatalogue(next).then(() => setLanguage(next), () => undefined);
  }

  async function chooseLanguage(next: PortalLanguage): Promise<void> {
    try {
      await loadCatalogue(next);
    } catch {
      announce(trRef.current.t('errNetwork'));
      return;
    }
    setLanguage(next);
    client.setLanguage(next);
    const nextTr = translator(next);
    announce(nextTr.t('languageChanged'));
    if (session) {
      client.saveLanguage(next).catch((err: unknown) => {
        if (!(isPortalError(err) && err.status === 401)) announce(errorText(err, nextTr));
      });
    } else chosenBeforeSignIn.current = next;
  }

  // ---- the way in ------------------------------------------------------------------------------------

  async function begin(): Promise<void> {
    setView({ kind: 'checking' });
    if (!token) {
      // No link in the address (a reload after it was removed): an open session still counts.
      try {
        await enterHome(true);
      } catch (err) {
        if (isPortalError(err) && err.status === 401) setView({ kind: 'no-link' });
        else setView({ kind: 'error', error: err, retry: () => void begin() });
      }
      return;
    }
    try {
      const answer = await client.start(token);
      // The texts of the person's language first, so the next screen does not change language under them.
      if (!chosenBeforeSignIn.current) await loadCatalogue(asPortalLanguage(answer.language)).catch(() => undefined);
      applyStart(answer);
    } catch (err) {
      if (isPortalError(err) && err.code === 'locked') setView({ kind: 'locked', lockedUntil: err.lockedUntil ?? null });
      else setView({ kind: 'error', error: err, retry: () => void begin() });
    }
  }

  function applyStart(answer: StartAnswer): void {
    setOrganisation(answer.organisationName);
    if (!chosenBeforeSignIn.current) showIn(asPortalLanguage(answer.language));
    switch (answer.state) {
      case 'code_sent':
        setView((current) => (current.kind === 'code' ? { ...current, answer } : { kind: 'code', answer }));
        return;
      case 'signed_in':
        client.setCsrf(answer.csrfToken);
        void signedIn();
        return;
      case 'locked':
        setView({ kind: 'locked', lockedUntil: answer.lockedUntil });
        return;
      case 'revoked':
        setView({ kind: 'link', state: 'revoked' });
        return;
      default:
        setView({ kind: 'link', state: 'unknown' });
    }
  }

  async function signedIn(): Promise<void> {
    try {
      await enterHome(false);
    } catch (err) {
      if (!(isPortalError(err) && err.status === 401)) setView({ kind: 'error', error: err, retry: () => void signedIn() });
    }
  }

  function acceptSession(answer: PortalSession): void {
    const serverNow = client.serverNow();
    const idle = Date.parse(answer.idleExpiresAt);
    const absolute = Date.parse(answer.absoluteExpiresAt);
    idleWindow.current = idleWindowMs(idle, serverNow);
    ending.current = false;
    setSession(answer);
    setOrganisation(answer.organisationName);
    setTimes({ idle, absolute });
  }

  /** Reads the session and (for the client) the appointments, then shows home or the open appointment. */
  async function enterHome(probe: boolean): Promise<void> {
    const answer = await client.session(probe);
    acceptSession(answer);
    const chosen = chosenBeforeSignIn.current;
    chosenBeforeSignIn.current = null;
    if (chosen && chosen !== answer.language) {
      await client.saveLanguage(chosen).catch(() => undefined);
      setSession({ ...answer, language: chosen });
    } else {
      await loadCatalogue(asPortalLanguage(answer.language)).catch(() => undefined);
      showIn(asPortalLanguage(answer.language));
    }
    loadOverview(answer.audience);
    if (answer.audience === 'client') await loadContacts();
    setView(placeOf(history.state, answer.audience));
  }

  /**
   * The reports (both) and the conversations to evaluate (client), in the background: home shows what
   * it has. A failed refresh keeps what was there; a failed first load says so with "Opnieuw proberen".
   */
  function loadOverview(audience: Audience): void {
    const keep = <T,>(error: unknown) => (current: Loaded<T>): Loaded<T> => (current.state === 'ready' ? current : { state: 'failed', error });
    client.reports().then((answer) => setReports({ state: 'ready', value: answer.items }), (error: unknown) => setReports(keep<ReportSummary[]>(error)));
    client.documents().then((answer) => setDocuments({ state: 'ready', value: answer.items }), (error: unknown) => setDocuments(keep<PortalDocument[]>(error)));
    if (audience === 'client') {
      client.evaluations().then((answer) => setEvaluations({ state: 'ready', value: answer.items }), (error: unknown) => setEvaluations(keep<EvaluationItem[]>(error)));
      client.finalReports().then((answer) => setFinalReports({ state: 'ready', value: answer.items }), (error: unknown) => setFinalReports(keep<FinalReport[]>(error)));
    }
  }

  function retryOverview(): void {
    if (!session) return;
    setReports((current) => (current.state === 'failed' ? { state: 'loading' } : current));
    setDocuments((current) => (current.state === 'failed' ? { state: 'loading' } : current));
    setEvaluations((current) => (current.state === 'failed' ? { state: 'loading' } : current));
    setFinalReports((current) => (current.state === 'failed' ? { state: 'loading' } : current));
    loadOverview(session.audience);
  }

  function markEvaluated(contactId: string): void {
    setEvaluations((current) =>
      current.state === 'ready' ? { state: 'ready', value: current.value.map((e) => (e.contactId === contactId ? { ...e, evaluated: true } : e)) } : current,
    );
  }

  async function loadContacts(): Promise<void> {
    const answer = await client.contacts();
    setContacts(orderContacts(answer.upcoming, answer.past));
    setNow(client.serverNow());
  }

  useEffect(() => {
    void begin();
  }, []);

  // ---- moving between home and one appointment -----------------------------------------------------------

  function open(portaal: Inner, id = ''): void {
    const entry: InnerEntry = { portaal, id };
    if (isInnerEntry(history.state)) history.replaceState(entry, '');
    else history.pushState(entry, '');
    setView(placeOf(entry, 'client'));
  }

  function backHome(): void {
    if (isInnerEntry(history.state)) history.back();
    else setView({ kind: 'home' });
  }

  const audienceRef = useRef<Audience>('client');
  audienceRef.current = session?.audience ?? 'client';
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const entry: unknown = event.state;
      setView((current) => {
        if (current.kind !== 'home' && !INNER.includes(current.kind as Inner)) return current;
        return placeOf(entry, audienceRef.current);
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Back on home: what changed meanwhile (a report shared, a reaction sent, a conversation held).
  const homeShown = view.kind === 'home' && session !== null;
  const firstHome = useRef(true);
  useEffect(() => {
    if (!homeShown || !session) return;
    if (firstHome.current) {
      firstHome.current = false;
      return;
    }
    loadOverview(session.audience);
  }, [homeShown]);

  // The clock for "today" and "still to come", once a minute.
  useEffect(() => {
    const timer = setInterval(() => setNow(client.serverNow()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // ---- the short session -----------------------------------------------------------------------------------

  function endSession(why: EndedWhy): void {
    client.setCsrf(null);
    setSession(null);
    setContacts(null);
    setReports({ state: 'loading' });
    setDocuments({ state: 'loading' });
    setEvaluations({ state: 'loading' });
    setFinalReports({ state: 'loading' });
    firstHome.current = true;
    setTimes(null);
    setWarning(null);
    setNotice({ state: 'idle' });
    setView({ kind: 'ended', why });
  }

  /** The idle end has passed: ask the server once (another tab may have kept the session alive). */
  async function confirmEnded(): Promise<void> {
    if (ending.current) return;
    ending.current = true;
    try {
      acceptSession(await client.session(true));
    } catch {
      endSession('idle');
    }
  }

  useEffect(() => {
    if (!times || !session) {
      setWarning(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const state = idleState(times, client.serverNow());
      if (state.phase === 'ended') {
        setWarning(null);
        void confirmEnded();
        return;
      }
      setWarning(state.phase === 'warning' ? state : null);
      // At most a minute between checks: a device that slept wakes up to the right screen.
      timer = setTimeout(check, Math.min(state.nextCheckMs + 50, 60_000));
    };
    check();
    const recheck = () => {
      if (document.visibilityState !== 'visible') return;
      clearTimeout(timer);
      check();
    };
    document.addEventListener('visibilitychange', recheck);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', recheck);
    };
  }, [times, session]);

  async function extend(): Promise<void> {
    if (warning) setDismissedFor(warning.endsAt);
    if (warning && !warning.canExtend) return;
    try {
      const answer = await client.extend();
      setTimes((current) => (current ? { ...current, idle: Date.parse(answer.idleExpiresAt) } : current));
      announce(trRef.current.t('extended'));
    } catch (err) {
      if (!(isPortalError(err) && err.status === 401)) announce(errorText(err, trRef.current));
    }
  }

  async function logout(): Promise<void> {
    try {
      await client.logout();
    } catch (err) {
      if (!(isPortalError(err) && err.status === 401)) {
        announce(errorText(err, trRef.current));
        return;
      }
    }
    endSession('self');
  }

  // ---- the privacy statement (one for all appointments) ------------------------------------------------------

  function loadNotice(): void {
    setNotice({ state: 'loading' });
    client.privacyNotice().then(
      (answer) => setNotice({ state: 'ready', notice: answer }),
      (error: unknown) => setNotice({ state: 'failed', error }),
    );
  }

  // ---- render --------------------------------------------------------------------------------------------

  const signedInNow = session !== null && view.kind !== 'ended';
  /** The report's name as home lists it, for the screen's title while the report loads. */
  const listedReportName = (id: string): string | null => {
    const listed = reports.state === 'ready' ? reports.value.find((r) => r.id === id) : undefined;
    return listed ? reportName(listed, tr.t) : null;
  };
  let screen;
  switch (view.kind) {
    case 'checking':
      screen = <CheckingScreen />;
      break;
    case 'code':
      screen = (
        <CodeScreen
          token={token ?? ''}
          answer={view.answer}
          client={client}
          onSignedIn={() => void signedIn()}
          onAnswer={applyStart}
          onLocked={(lockedUntil) => setView({ kind: 'locked', lockedUntil })}
          onUnusable={(state) => setView({ kind: 'link', state })}
        />
      );
      break;
    case 'locked':
      screen = <LockedScreen lockedUntil={view.lockedUntil} now={now} onRetry={() => void begin()} />;
      break;
    case 'link':
      screen = <LinkScreen state={view.state} organisation={organisation} phone={session?.phoneNumber ?? null} />;
      break;
    case 'no-link':
      screen = <NoLinkScreen />;
      break;
    case 'error':
      screen = <ErrorScreen error={view.error} onRetry={view.retry} />;
      break;
    case 'ended':
      screen = <EndedScreen why={view.why} />;
      break;
    case 'home':
    case 'contact':
    case 'worksheet':
    case 'readiness':
    case 'sources':
    case 'report':
    case 'evaluation':
      if (!session) {
        screen = <CheckingScreen />;
        break;
      }
      if (view.kind === 'report') {
        screen = (
          <ReportScreen
            reportId={view.id}
            title={listedReportName(view.id)}
            audience={session.audience}
            client={client}
            onBack={backHome}
            onChanged={() => loadOverview(session.audience)}
          />
        );
      } else if (view.kind === 'home' || session.audience !== 'client') {
        screen = (
          <HomeScreen
            session={session}
            contacts={contacts}
            reports={reports}
            documents={documents}
            evaluations={evaluations}
            finalReports={finalReports}
            client={client}
            now={now}
            onOpen={(id) => open('contact', id)}
            onOpenReport={(id) => open('report', id)}
            onOpenWorksheet={() => open('worksheet')}
            onOpenReadiness={() => open('readiness')}
            onOpenSources={() => open('sources')}
            onOpenEvaluation={(id) => open('evaluation', id)}
            onRetryReports={retryOverview}
          />
        );
      } else if (view.kind === 'worksheet') {
        screen = <WorksheetScreen client={client} onBack={backHome} />;
      } else if (view.kind === 'sources') {
        screen = <SourcesScreen client={client} onBack={backHome} />;
      } else if (view.kind === 'readiness') {
        screen = <ReadinessScreen client={client} contacts={contacts} onBack={backHome} onOpenContact={(id) => open('contact', id)} />;
      } else if (view.kind === 'evaluation') {
        screen = (
          <EvaluationScreen
            contactId={view.id}
            evaluations={evaluations}
            client={client}
            onBack={backHome}
            onEvaluated={markEvaluated}
            onRetry={retryOverview}
          />
        );
      } else {
        screen = (
          <ContactScreen
            contact={contacts ? [...contacts.upcoming, ...contacts.past].find((c) => c.id === view.id) : undefined}
            client={client}
            now={now}
            notice={notice}
            loadNotice={loadNotice}
            refresh={loadContacts}
            onBack={backHome}
          />
        );
      }
      break;
  }

  const showWarning = signedInNow && warning !== null && dismissedFor !== warning.endsAt;
  return (
    <I18n.Provider value={tr}>
      <Header organisation={organisation} signedIn={signedInNow} language={language} onLanguage={(next) => void chooseLanguage(next)} onLogout={() => void logout()} />
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
      <Footer phone={signedInNow ? (session?.phoneNumber ?? null) : null} />
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {showWarning && warning ? (
        <SessionDialog endsAt={warning.endsAt} canExtend={warning.canExtend} onContinue={() => void extend()} onLogout={() => void logout()} />
      ) : null}
    </I18n.Provider>
  );
}
