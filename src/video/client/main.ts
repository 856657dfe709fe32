// The client's call page (issue 4): `/gesprek#<token>`. Vanilla TypeScript, no framework, so the path
// from the link to a joined call stays small. One screen at a time, in plain words: the link is
// checked; a clear page for every link that cannot be used; before the appointment its date and time
// and a test call; when the call is open the client's own image, a microphone level and one big
// button "Deelnemen"; then the waiting room, the call, and a plain page for how it ended.
import './gesprek.css';
import { relayOnlyFromSearch, tokenFromHash } from './helpers';
import { Call, checkConnection, levelMeter, openMedia, playStream, playTestTone, stopMedia, type CallNotice, type CallSnapshot, type MediaProblem, type PublicParticipant } from './rtc';
import { pickLanguage, translator, type TextKey, type Translator } from './texts';

interface LinkStatus {
  state: 'valid' | 'expired' | 'revoked' | 'cancelled' | 'no_consent' | 'not_video' | 'unknown';
  startsAt: string | null;
  durationMinutes: number | null;
  windowOpen: boolean;
  expertName: string | null;
  organisationName: string | null;
  phoneNumber: string | null;
  language: string;
  role: string | null;
  displayName: string | null;
}

type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** A DOM element with attributes, listeners (`onclick`) and children. Never inline styles (CSP). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

const OPENS_BEFORE_MS = 30 * 60_000;
const main = document.getElementById('main') as HTMLElement;
const help = document.getElementById('help') as HTMLElement;
const brand = document.getElementById('brand') as HTMLElement;
const token = tokenFromHash(location.hash);
const relayOnly = relayOnlyFromSearch(location.search);

let tr: Translator = translator('nl');
let status: LinkStatus | null = null;
let media: MediaStream | null = null;
let stopMeter: (() => void) | null = null;
let call: Call | null = null;
let windowTimer: ReturnType<typeof setTimeout> | null = null;

const t = (key: TextKey, values?: Record<string, string | number>) => tr.t(key, values);
const expert = () => status?.expertName || (tr.language === 'en' ? 'the labour expert' : 'de arbeidsdeskundige');
const phone = () => status?.phoneNumber ?? null;

function setLanguage(language: string | null | undefined): void {
  tr = translator(pickLanguage(language));
  document.documentElement.lang = tr.language;
}

/** Replaces the page content with a new screen and moves focus to its heading. */
function screen(title: string, ...content: Child[]): HTMLElement {
  const heading = h('h1', { id: 'screen-title', tabindex: '-1' }, title);
  main.replaceChildren(heading, ...content.filter((c): c is Node | string => Boolean(c)));
  document.title = `${title} · ${t('pageTitle')}`;
  heading.focus();
  renderHelp();
  return heading;
}

function renderHelp(): void {
  const number = phone();
  help.replaceChildren(p(number ? t('help', { phone: number }) : t('helpNoPhone')));
  brand.textContent = status?.organisationName ? `${status.organisationName} · ${t('brand')}` : t('brand');
}

/** A paragraph; a phone number in it becomes a link that calls it (on a phone, one tap). */
function p(text: string, className?: string): HTMLParagraphElement {
  const number = phone();
  const dial = number?.replace(/[^\d+]/g, '') ?? '';
  const at = number && dial.replace(/\D/g, '').length >= 3 ? text.indexOf(number) : -1;
  if (at < 0) return h('p', className ? { class: className } : null, text);
  return h('p', className ? { class: className } : null, text.slice(0, at), h('a', { href: `tel:${dial}` }, number!), text.slice(at + number!.length));
}

function releaseMedia(): void {
  stopMeter?.();
  stopMeter = null;
  stopMedia(media);
  media = null;
}

// ---- start: check the link ----------------------------------------------------------------------

async function start(): Promise<void> {
  if (!token) return linkPage('unknown');
  screen(t('checking'), h('p', { class: 'busy', role: 'status' }, t('checking')));
  try {
    const answer = await fetch('/api/call-links/status', {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ token }), credentials: 'same-origin',
    });
    if (!answer.ok) throw new Error(String(answer.status));
    status = (await answer.json()) as LinkStatus;
  } catch {
    return errorPage();
  }
  setLanguage(status.language);
  if (status.state !== 'valid') return linkPage(status.state);
  if (!status.windowOpen) return beforePage();
  return joinPage();
}

function errorPage(): void {
  screen(t('errorTitle'), p(t('errorText')), h('button', { type: 'button', class: 'button', onclick: () => void start() }, t('retry')));
}

/** One plain page for a link or a call that cannot be used (any more). */
function linkPage(state: string): void {
  releaseMedia();
  const number = phone();
  const pages: Record<string, [TextKey, Child[]]> = {
    unknown: ['unknownTitle', [p(t('unknownText'))]],
    expired: ['expiredTitle', [p(t('expiredText'))]],
    revoked: ['revokedTitle', [p(t('revokedText'))]],
    cancelled: ['cancelledTitle', [p(t('cancelledText'))]],
    no_consent: ['noConsentTitle', [p(t('noConsentText')), p(number ? t('noConsentCall', { phone: number }) : t('noConsentCallNoPhone'), 'important')]],
    not_video: ['notVideoTitle', [p(t('notVideoText'))]],
    call_full: ['callFullTitle', [p(t('callFullText'))]],
    removed: ['removedTitle', [p(t('removedText', { expert: expert() }))]],
    ended: ['endedTitle', [p(t('endedText'))]],
    not_yet: ['notYetTitle', [p(t('notYetText')), h('button', { type: 'button', class: 'button', onclick: () => void start() }, t('retry'))]],
  };
  const [title, content] = pages[state] ?? pages.unknown!;
  screen(t(title), ...content);
}

// ---- before the window opens: date, time and the test call --------------------------------------

function formatWhen(iso: string): { date: string; time: string } {
  const locale = tr.language === 'en' ? 'en-GB' : 'nl-NL';
  const moment = new Date(iso);
  const zone = { timeZone: 'Europe/Amsterdam' } as const;
  return {
    date: new Intl.DateTimeFormat(locale, { ...zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(moment),
    time: new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit', hour12: false }).format(moment),
  };
}

function beforePage(): void {
  const when = formatWhen(status!.startsAt!);
  const test = testCall();
  screen(
    t('beforeTitle'),
    p(t('beforeWhen', { expert: expert(), organisation: status!.organisationName ?? '' })),
    h('ul', { class: 'facts' }, h('li', null, t('beforeDate', { date: when.date })), h('li', null, t('beforeTime', { time: when.time }))),
    p(t('beforeOpens')),
    test,
  );
  // The page moves on by itself when the call opens (half an hour before the start).
  const opensIn = Date.parse(status!.startsAt!) - OPENS_BEFORE_MS - Date.now();
  if (windowTimer) clearTimeout(windowTimer);
  if (opensIn < 24 * 3_600_000) windowTimer = setTimeout(() => void start(), Math.max(opensIn, 0) + 1000);
}

/** The test call: camera, microphone, speaker and connection, each with its result in plain words. */
function testCall(): HTMLElement {
  const results = h('div', { class: 'test-results' });
  const startButton = h('button', { type: 'button', class: 'button button--primary', id: 'test-start' }, t('testStart'));
  const section = h('section', { class: 'panel', 'aria-labelledby': 'test-title' },
    h('h2', { id: 'test-title' }, t('testTitle')), p(t('testIntro')), startButton, results);
  startButton.addEventListener('click', () => void runTest(results, startButton));
  return section;
}

async function runTest(results: HTMLElement, startButton: HTMLButtonElement): Promise<void> {
  startButton.hidden = true;
  results.replaceChildren(h('p', { role: 'status' }, t('starting')));
  const opened = await openMedia();
  if ('problem' in opened) {
    results.replaceChildren(...mediaHelp(opened.problem, 'h3', () => void runTest(results, startButton)));
    results.querySelector<HTMLElement>('.help-title')?.focus();
    return;
  }
  media = opened.stream;
  const hasVideo = media.getVideoTracks().length > 0;
  const hasAudio = media.getAudioTracks().length > 0;
  const outcome = { speaker: null as boolean | null, connection: null as boolean | null };
  const summary = h('p', { class: 'summary', role: 'status' });
  const updateSummary = () => {
    if (outcome.speaker === null || outcome.connection === null) return;
    const good = hasVideo && hasAudio && outcome.speaker && outcome.connection;
    summary.className = good ? 'summary summary--ok' : 'summary summary--problem';
    summary.textContent = good ? t('testAllGood') : phone() ? t('testProblem', { phone: phone()! }) : t('testProblemNoPhone');
  };

  const camera = h('div', { class: 'check' }, h('h3', null, t('testCamera')));
  if (hasVideo) {
    const video = h('video', { class: 'preview', muted: true, playsinline: true, autoplay: true });
    camera.append(h('figure', { class: 'tile tile--self' }, video, h('figcaption', null, t('yourImage'))), p(t('testCameraOk'), 'ok'));
    void playStream(video, media, true);
  } else camera.append(p(t('testCameraMissing'), 'problem'));

  const microphone = h('div', { class: 'check' }, h('h3', null, t('testMicrophone')));
  if (hasAudio) microphone.append(...levelControl(media), p(t('testMicrophoneHint')));
  else microphone.append(p(t('testMicrophoneMissing'), 'problem'));

  const speakerResult = h('p', { role: 'status' });
  const answers = h('div', { class: 'buttons', hidden: true },
    h('button', { type: 'button', class: 'button', onclick: () => answer(true) }, t('testSpeakerYes')),
    h('button', { type: 'button', class: 'button', onclick: () => answer(false) }, t('testSpeakerNo')));
  const answer = (heard: boolean) => {
    outcome.speaker = heard;
    answers.hidden = true;
    speakerResult.className = heard ? 'ok' : 'problem';
    speakerResult.textContent = heard ? t('testSpeakerOk') : t('testSpeakerProblem');
    updateSummary();
  };
  const speaker = h('div', { class: 'check' }, h('h3', null, t('testSpeaker')),
    h('button', {
      type: 'button', class: 'button', onclick: async () => {
        await playTestTone();
        answers.hidden = false;
        speakerResult.textContent = t('testSpeakerQuestion');
        speakerResult.className = '';
      },
    }, t('testSpeakerButton')),
    speakerResult, answers);

  const connectionResult = h('p', { role: 'status' }, t('testConnectionChecking'));
  const connection = h('div', { class: 'check' }, h('h3', null, t('testConnection')), connectionResult);
  const stop = h('button', {
    type: 'button', class: 'button', onclick: () => {
      releaseMedia();
      results.replaceChildren();
      startButton.hidden = false;
      startButton.focus();
    },
  }, t('testStop'));
  results.replaceChildren(camera, microphone, speaker, connection, summary, stop);
  (camera.querySelector('h3') as HTMLElement).setAttribute('tabindex', '-1');
  (camera.querySelector('h3') as HTMLElement).focus();

  const check = await checkConnection({ hello: { token: token! }, relayOnly });
  outcome.connection = check.hub && check.candidate !== null;
  connectionResult.className = outcome.connection ? 'ok' : 'problem';
  connectionResult.textContent = outcome.connection ? t('testConnectionOk') : t('testConnectionProblem');
  connection.dataset.result = check.candidate ?? 'none';
  updateSummary();
}

/** A labelled microphone level (a <meter>, so no inline style is needed). */
function levelControl(stream: MediaStream): Node[] {
  const meter = h('meter', { id: 'mic-level', min: 0, max: 100, low: 5, high: 85, optimum: 40, value: 0 });
  stopMeter?.();
  stopMeter = levelMeter(stream, (level) => {
    meter.value = level;
  });
  return [h('div', { class: 'level' }, h('label', { for: 'mic-level' }, t('microphoneLevel')), meter)];
}

/** Plain-words help when the camera or microphone cannot be used, with a retry button. */
function mediaHelp(problem: MediaProblem, headingTag: 'h1' | 'h2' | 'h3', retry: () => void): Node[] {
  const retryButton = h('button', { type: 'button', class: 'button button--primary', onclick: retry }, t('retry'));
  const heading = (key: TextKey) => h(headingTag, { tabindex: '-1', class: 'help-title' }, t(key));
  if (problem === 'denied') {
    return [heading('deniedTitle'), p(t('deniedText')),
      h('ol', { class: 'steps' }, h('li', null, t('deniedStepComputer')), h('li', null, t('deniedStepAllow')), h('li', null, t('deniedStepPhone')), h('li', null, t('deniedStepRetry'))),
      retryButton];
  }
  if (problem === 'unsupported') return [heading('unsupportedTitle'), p(t('unsupportedText'))];
  return [heading('noDeviceTitle'), p(t('noDeviceText')), retryButton];
}

// ---- the call is open: own image, microphone level, one button ----------------------------------

async function joinPage(): Promise<void> {
  if (windowTimer) clearTimeout(windowTimer);
  screen(t('joinTitle'), h('p', { role: 'status', class: 'busy' }, t('starting')));
  if (!media) {
    const opened = await openMedia();
    if ('problem' in opened) {
      const [title, ...rest] = mediaHelp(opened.problem, 'h1', () => void joinPage());
      screen((title as HTMLElement).textContent ?? '', ...rest);
      return;
    }
    media = opened.stream;
  }
  const hasVideo = media.getVideoTracks().length > 0;
  const video = h('video', { class: 'preview', muted: true, playsinline: true, autoplay: true });
  const join = h('button', { type: 'button', class: 'button button--primary button--big', id: 'join' }, t('joinButton'));
  join.addEventListener('click', () => void joinCall());
  screen(
    t('joinTitle'),
    p(t('joinWith', { expert: expert(), organisation: status!.organisationName ?? '' })),
    hasVideo ? h('figure', { class: 'tile tile--self' }, video, h('figcaption', null, t('yourImage'))) : p(t('noCamera'), 'problem'),
    ...(media.getAudioTracks().length > 0 ? levelControl(media) : []),
    p(t('joinCheck')),
    join,
  );
  if (hasVideo) void playStream(video, media, true);
}

// ---- in the call ------------------------------------------------------------------------------------

type Phase = 'connecting' | 'waiting' | 'in_call' | 'done';
let phase: Phase | null = null;
let notices: Array<{ key: string; text: string; until: number }> = [];
const tiles = new Map<string, { figure: HTMLElement; video: HTMLVideoElement; caption: HTMLElement; state: HTMLElement }>();
let soundBlocked = false;

async function joinCall(): Promise<void> {
  call?.stop();
  phase = null;
  notices = [];
  tiles.clear();
  call = new Call({ hello: { token: token! }, stream: media, relayOnly });
  const current = call;
  current.subscribe(() => {
    if (call === current) render(current.snapshot);
  });
  current.onNotice((notice) => onNotice(notice));
  render(current.snapshot);
  const snapshot = await current.connect();
  if (!snapshot.outcome && snapshot.you) current.join();
}

function phaseOf(s: CallSnapshot): Phase {
  if (s.outcome) return 'done';
  const me = s.participants.find((x) => x.id === s.you?.id);
  // Coming back after a dropped connection: stay on the screen the client knows.
  if (!me && s.joined && (phase === 'in_call' || phase === 'waiting')) return phase;
  if (!s.you || !s.joined || !me) return 'connecting';
  return me.state === 'admitted' ? 'in_call' : 'waiting';
}

function render(s: CallSnapshot): void {
  const next = phaseOf(s);
  if (next === 'done') {
    if (phase !== 'done') outcomePage(s);
    phase = 'done';
    return;
  }
  if (next !== phase) {
    phase = next;
    tiles.clear();
    if (next === 'connecting') screen(t('connecting'), h('p', { class: 'busy', role: 'status' }, t('connecting')), ...callShell());
    if (next === 'waiting') screen(t('waitingTitle'), p(t('waitingText', { expert: expert() }), 'lead'), ...callShell());
    if (next === 'in_call') screen(t('callTitle'), ...callShell());
  }
  update(s);
}

/** The parts of the waiting room and the call: live notices, videos, buttons, who is present. */
function callShell(): Node[] {
  return [
    h('div', { id: 'live', class: 'notices', role: 'status', 'aria-live': 'polite' }),
    h('div', { id: 'videos', class: 'videos' }),
    h('div', { id: 'controls', class: 'buttons controls', role: 'group', 'aria-label': t('controls') }),
    h('div', { id: 'self', class: phase === 'in_call' ? 'self self--small' : 'self' }),
    h('section', { class: 'panel', 'aria-labelledby': 'present-title' }, h('h2', { id: 'present-title' }, t('presentTitle')), h('ul', { id: 'present', class: 'present' })),
  ];
}

function update(s: CallSnapshot): void {
  const live = document.getElementById('live');
  const videos = document.getElementById('videos');
  const controls = document.getElementById('controls');
  const present = document.getElementById('present');
  if (!live || !videos || !controls || !present) return;
  const now = Date.now();
  notices = notices.filter((n) => n.until > now && !(n.key === 'muted' && s.micOn));
  const lines: string[] = [];
  const failed = s.remotes.some((r) => r.state === 'failed');
  if (s.reconnecting) lines.push(t('reconnecting'));
  else if (failed) lines.push(phone() ? t('reconnectFailed', { phone: phone()! }) : t('reconnectFailedNoPhone'));
  lines.push(...notices.map((n) => n.text));
  if (!s.micOn && media?.getAudioTracks().length) lines.push(t('micIsOff'));
  const current = [...live.children].map((c) => c.textContent).join('\n');
  if (current !== lines.join('\n')) live.replaceChildren(...lines.map((line) => h('p', { class: 'notice' }, line)));

  renderVideos(s, videos);
  renderControls(s, controls);
  renderPresent(s, present);
}

function participantOf(s: CallSnapshot, id: string): PublicParticipant | undefined {
  return s.participants.find((x) => x.id === id);
}

function renderVideos(s: CallSnapshot, videos: HTMLElement): void {
  // Everyone else in the call large; the own image (muted) smaller, below the buttons.
  const selfBox = document.getElementById('self');
  if (selfBox && !tiles.has('self') && media && media.getVideoTracks().length > 0) {
    const video = h('video', { class: 'preview', muted: true, playsinline: true, autoplay: true });
    const caption = h('figcaption', null, t('yourImage'));
    const state = h('span', { class: 'tile-state' });
    const figure = h('figure', { class: 'tile tile--self' }, video, caption, state);
    tiles.set('self', { figure, video, caption, state });
    selfBox.append(figure);
    void playStream(video, media, true);
  }
  const self = tiles.get('self');
  if (self) self.state.textContent = s.camOn ? '' : t('camIsOff');
  const wanted = new Set(s.remotes.map((r) => r.id));
  for (const [id, tile] of tiles) {
    if (id !== 'self' && !wanted.has(id)) {
      tile.figure.remove();
      tiles.delete(id);
    }
  }
  for (const remote of s.remotes) {
    let tile = tiles.get(remote.id);
    if (!tile) {
      const video = h('video', { class: 'remote', playsinline: true, autoplay: true, 'data-participant': remote.id });
      const caption = h('figcaption');
      const state = h('span', { class: 'tile-state' });
      const figure = h('figure', { class: 'tile' }, video, caption, state);
      tile = { figure, video, caption, state };
      tiles.set(remote.id, tile);
      videos.append(figure);
    }
    const who = participantOf(s, remote.id);
    const label = who ? t('participantLine', { name: who.displayName, role: tr.role(who.role) }) : '';
    if (tile.caption.textContent !== label) tile.caption.textContent = label;
    const stateText = remote.state === 'connected' ? '' : remote.state === 'failed' ? t('remoteFailed') : remote.state === 'reconnecting' ? t('remoteReconnecting') : t('remoteConnecting');
    if (tile.state.textContent !== stateText) tile.state.textContent = stateText;
    if (tile.video.srcObject !== remote.stream) {
      const video = tile.video;
      void playStream(video, remote.stream, false).then((result) => {
        if (result === 'muted_by_browser' && !soundBlocked) {
          soundBlocked = true;
          if (call) update(call.snapshot);
        }
      });
    }
  }
  if (s.remotes.length === 0 && phase === 'in_call') {
    if (!videos.querySelector('.nobody')) videos.append(h('p', { class: 'nobody' }, t('nobodyYet')));
  } else videos.querySelector('.nobody')?.remove();
}

function renderControls(s: CallSnapshot, controls: HTMLElement): void {
  const key = `${phase}|${s.micOn}|${s.camOn}|${soundBlocked}`;
  if (controls.dataset.key === key) return;
  controls.dataset.key = key;
  const hadFocus = controls.contains(document.activeElement) ? (document.activeElement as HTMLElement).id : null;
  const buttons: HTMLElement[] = [];
  const hasAudio = (media?.getAudioTracks().length ?? 0) > 0;
  const hasVideo = (media?.getVideoTracks().length ?? 0) > 0;
  if (hasAudio) {
    buttons.push(h('button', { type: 'button', class: 'button', id: 'mic', 'aria-pressed': String(!s.micOn), onclick: () => call?.setMic(!call.snapshot.micOn) }, s.micOn ? t('micOff') : t('micOn')));
  }
  if (hasVideo) {
    buttons.push(h('button', { type: 'button', class: 'button', id: 'cam', 'aria-pressed': String(!s.camOn), onclick: () => call?.setCamera(!call.snapshot.camOn) }, s.camOn ? t('camOff') : t('camOn')));
  }
  if (soundBlocked) {
    buttons.push(h('button', {
      type: 'button', class: 'button', id: 'sound', onclick: () => {
        soundBlocked = false;
        for (const tile of tiles.values()) if (tile.video.classList.contains('remote')) {
          tile.video.muted = false;
          void tile.video.play().catch(() => undefined);
        }
        if (call) update(call.snapshot);
      },
    }, t('soundOn')));
  }
  buttons.push(h('button', { type: 'button', class: 'button button--danger', id: 'hangup', onclick: hangUp }, t('hangUp')));
  controls.replaceChildren(...buttons);
  if (hadFocus) (document.getElementById(hadFocus) ?? controls.querySelector('button'))?.focus();
}

function renderPresent(s: CallSnapshot, present: HTMLElement): void {
  const items = s.participants
    .filter((x) => x.state === 'admitted' || x.id === s.you?.id)
    .map((x) => {
      const name = x.id === s.you?.id ? `${x.displayName} (${t('you')})` : x.displayName;
      const state = x.state === 'admitted' ? t('stateAdmitted') : t('stateWaiting');
      return `${t('participantLine', { name, role: tr.role(x.role) })}: ${state}`;
    });
  const current = [...present.children].map((c) => c.textContent).join('\n');
  if (current !== items.join('\n')) present.replaceChildren(...items.map((text) => h('li', null, text)));
}

function onNotice(notice: CallNotice): void {
  const add = (key: string, text: string, seconds = 20) => {
    notices = [...notices.filter((n) => n.key !== key), { key, text, until: Date.now() + seconds * 1000 }];
    if (call) update(call.snapshot);
    setTimeout(() => call && update(call.snapshot), seconds * 1000 + 50);
  };
  switch (notice.type) {
    case 'announced':
      // P22: who comes in, in what role, before they are in the call.
      add(`announced-${notice.participant.id}`, t('announced', { name: notice.participant.displayName, role: tr.role(notice.participant.role) }), 30);
      break;
    case 'mute_requested':
      add('muted', t('muted', { expert: expert() }), 60);
      break;
    case 'left':
      add(`left-${notice.participant}`, t('leftNotice'), 10);
      break;
    case 'refused':
      if (notice.reason === 'not_yet') {
        call?.stop();
        linkPage('not_yet');
      }
      break;
    default:
      break;
  }
}

function outcomePage(s: CallSnapshot): void {
  const outcome = s.outcome!;
  releaseMedia();
  tiles.clear();
  if (outcome.kind === 'switched_to_phone') {
    const number = outcome.phoneNumber ?? phone();
    screen(t('phoneTitle'), p(number ? t('phoneText', { expert: expert(), phone: number }) : t('phoneTextNoNumber', { expert: expert() }), 'important'));
    return;
  }
  if (outcome.kind === 'removed') return linkPage('removed');
  if (outcome.kind === 'ended') return linkPage('ended');
  return linkPage(outcome.reason === 'unauthenticated' || outcome.reason === 'forbidden' ? 'unknown' : outcome.reason);
}

function hangUp(): void {
  call?.leave();
  call = null;
  phase = null;
  releaseMedia();
  screen(t('hungUpTitle'), p(t('hungUpText')), h('button', { type: 'button', class: 'button button--primary button--big', onclick: () => void start() }, t('rejoin')));
}

window.addEventListener('pagehide', () => {
  call?.leave();
  releaseMedia();
});
window.addEventListener('hashchange', () => location.reload());

void start().catch(() => errorPage());
