/** @jsxImportSource preact */
// The portal page (issue 5, docs/portal.md): `/portaal#<token>`. The link is checked, a one-time code
// asked for where a second channel is known, then home with the appointments, one appointment with
// preference, consent and the call, and the short session: a warning 2 minutes before the idle end,
// and a plain page when it ended. One screen at a time, in the chosen language.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createClient } from './api';
import { Footer, Header } from './Chrome';
import { I18n } from './components';
import { ContactScreen, type NoticeState } from './ContactScreen';
import { CheckingScreen, CodeScreen, EndedScreen, ErrorScreen, LinkScreen, LockedScreen, NoLinkScreen, type EndedWhy } from './EntryScreens';
import { orderContacts } from './format';
import { HomeScreen } from './HomeScreen';
import { afterActivity, idleState, idleWindowMs, type IdleState, type SessionTimes } from './idle';
import { errorText, isPortalError } from './messages';
import { SessionDialog } from './SessionDialog';
import { directionOf, translator } from './texts';
import { asPortalLanguage, type ContactsAnswer, type PortalLanguage, type PortalSession, type StartAnswer } from './types';

type View =
  | { kind: 'checking' }
  | { kind: 'code'; answer: StartAnswer }
  | { kind: 'locked'; lockedUntil: string | null }
  | { kind: 'link'; state: 'unknown' | 'revoked' }
  | { kind: 'no-link' }
  | { kind: 'error'; error: unknown; retry: () => void }
  | { kind: 'home' }
  | { kind: 'contact'; id: string }
  | { kind: 'ended'; why: EndedWhy };

/** The history entry of an opened appointment (the address itself does not change). */
interface ContactEntry {
  portaal: 'contact';
  id: string;
}
function isContactEntry(value: unknown): value is ContactEntry {
  return typeof value === 'object' && value !== null && (value as ContactEntry).portaal === 'contact' && typeof (value as ContactEntry).id === 'string';
}

export function App({ token }: { token: string | null }) {
  const [language, setLanguage] = useState<PortalLanguage>('nl');
  const [view, setView] = useState<View>({ kind: 'checking' });
  const [session, setSession] = useState<PortalSession | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [contacts, setContacts] = useState<ContactsAnswer | null>(null);
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

  function chooseLanguage(next: PortalLanguage): void {
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
      applyStart(await client.start(token));
    } catch (err) {
      if (isPortalError(err) && err.code === 'locked') setView({ kind: 'locked', lockedUntil: err.lockedUntil ?? null });
      else setView({ kind: 'error', error: err, retry: () => void begin() });
    }
  }

  function applyStart(answer: StartAnswer): void {
    setOrganisation(answer.organisationName);
    if (!chosenBeforeSignIn.current) setLanguage(asPortalLanguage(answer.language));
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
    } else setLanguage(asPortalLanguage(answer.language));
    if (answer.audience === 'client') await loadContacts();
    const entry: unknown = history.state;
    setView(answer.audience === 'client' && isContactEntry(entry) ? { kind: 'contact', id: entry.id } : { kind: 'home' });
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

  function openContact(id: string): void {
    const entry: ContactEntry = { portaal: 'contact', id };
    history.pushState(entry, '');
    setView({ kind: 'contact', id });
  }

  function backHome(): void {
    if (isContactEntry(history.state)) history.back();
    else setView({ kind: 'home' });
  }

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const entry: unknown = event.state;
      setView((current) => {
        if (current.kind !== 'home' && current.kind !== 'contact') return current;
        return isContactEntry(entry) ? { kind: 'contact', id: entry.id } : { kind: 'home' };
      });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

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
      if (!session) {
        screen = <CheckingScreen />;
        break;
      }
      screen = view.kind === 'home' || session.audience !== 'client'
        ? <HomeScreen session={session} contacts={contacts} now={now} onOpen={openContact} />
        : (
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
      break;
  }

  const showWarning = signedInNow && warning !== null && dismissedFor !== warning.endsAt;
  return (
    <I18n.Provider value={tr}>
      <Header organisation={organisation} signedIn={signedInNow} language={language} onLanguage={chooseLanguage} onLogout={() => void logout()} />
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
