// The labour expert's side of the video call (issue 4): own image and everyone else's, who is present
// with role and state, admit / remove / mute per participant, connection quality per participant, the
// switch to phone with a reason, ending the call, and a link for an extra participant. The call
// itself runs in the framework-free core the client's page uses too (../client/rtc).
import './call.css';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useInvalidateContact } from '../../contact/ui/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TFunction } from 'i18next';
import { isApiError, request } from '../../web/api';
import { Alert, Button, PageHeading, Paragraph, SelectField, TextAreaField, TextField } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { qualityLevel, relayOnlyFromSearch } from '../client/helpers';
import { Call, openMedia, playStream, stopMedia, type CallNotice, type CallRole, type CallSnapshot, type MediaProblem, type PeerState, type PublicParticipant, type Quality } from '../client/rtc';

interface ContactInfo {
  id: string;
  plannedAt: string;
  contactForm: string;
  state: string;
}

const EXTRA_ROLES: CallRole[] = ['employer', 'bedrijfsarts', 'verzekeringsarts', 'companion', 'interpreter', 'other'];
const enc = encodeURIComponent;

type MediaResult = { stream: MediaStream } | { problem: MediaProblem } | null;

/** Camera and microphone for this page; opened again on `attempt`, released when the page goes. */
function useLocalMedia(attempt: number): MediaResult {
  const [result, setResult] = useState<MediaResult>(null);
  useEffect(() => {
    let alive = true;
    let opened: MediaStream | null = null;
    setResult(null);
    void openMedia().then((answer) => {
      if ('stream' in answer) opened = answer.stream;
      if (alive) setResult(answer);
      else stopMedia(opened);
    });
    return () => {
      alive = false;
      stopMedia(opened);
    };
  }, [attempt]);
  return result;
}

/** Hosts the call of this contact while the page is open: hello with the contact, then join. */
function useHostedCall(contactId: string, stream: MediaStream | null): { call: Call | null; snapshot: CallSnapshot | null } {
  const [call, setCall] = useState<Call | null>(null);
  useEffect(() => {
    if (!stream) return;
    const created = new Call({ hello: { contactId }, stream, relayOnly: relayOnlyFromSearch(window.location.search) });
    setCall(created);
    void created.connect().then((s) => {
      if (!s.outcome && s.you) created.join();
    });
    return () => {
      created.leave();
      setCall(null);
    };
  }, [contactId, stream]);
  const subscribe = useCallback((listener: () => void) => (call ? call.subscribe(listener) : () => undefined), [call]);
  const snapshot = useSyncExternalStore(subscribe, () => call?.snapshot ?? null);
  return { call, snapshot };
}

export function CallPage() {
  const { t } = useTranslation();
  const { caseId = '', contactId = '' } = useParams();
  // What a contact change affects (the contact, the case page, the logs), not the whole cache.
  const invalidateContact = useRef(useInvalidateContact(caseId));
  const contact = useQuery({
    queryKey: ['video-contact', caseId, contactId],
    queryFn: () => request<ContactInfo>('GET', `/api/cases/${enc(caseId)}/contacts/${enc(contactId)}`),
  });
  const [attempt, setAttempt] = useState(0);
  const media = useLocalMedia(attempt);
  const stream = media && 'stream' in media ? media.stream : null;
  const { call, snapshot } = useHostedCall(contactId, stream);
  const notices = useNotices(call, snapshot);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [soundEpoch, setSoundEpoch] = useState(0);
  const outcome = snapshot?.outcome ?? null;

  // After the call: camera and microphone off, and the contact (its form, the timeline) has changed.
  useEffect(() => {
    if (!outcome) return;
    stopMedia(stream);
    void invalidateContact.current(contactId);
  }, [outcome, contactId, stream]);

  const contactLink = `/dossiers/${enc(caseId)}/contacten/${enc(contactId)}`;
  const title = contact.data ? t('video.page.titleWithDate', { date: formatDateTime(contact.data.plannedAt) }) : t('video.page.title');
  const refusedToJoin = notices.refusal === 'not_yet';

  return (
    <div className="page call-page">
      <PageHeading>{title}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={contactLink}>
          {t('video.page.back')}
        </Link>
      </Paragraph>
      {contact.isError && isApiError(contact.error) ? <Alert type="error">{contact.error.message}</Alert> : null}

      {media && 'problem' in media ? <MediaProblemAlert problem={media.problem} retry={() => setAttempt((n) => n + 1)} /> : null}
      {media === null ? <Paragraph>{t('video.page.starting')}</Paragraph> : null}
      {outcome ? <OutcomeAlert snapshot={snapshot!} /> : null}

      {snapshot && !outcome ? (
        <>
          <div className="call-status" role="status" aria-live="polite">
            {snapshot.socket === 'connecting' || (snapshot.you && !snapshot.participants.some((p) => p.id === snapshot.you?.id) && !refusedToJoin) ? (
              <p className="utrecht-paragraph">{t('video.page.connecting')}</p>
            ) : null}
            {snapshot.reconnecting ? <p className="utrecht-paragraph call-status__warning">{t('video.page.reconnecting')}</p> : null}
            {snapshot.remotes.filter((r) => r.state === 'failed').map((r) => (
              <p className="utrecht-paragraph call-status__warning" key={r.id}>
                {t('video.page.failed', { name: nameOf(snapshot, r.id, t) })}
              </p>
            ))}
            {refusedToJoin ? <p className="utrecht-paragraph">{t('video.page.notYet')}</p> : null}
            {notices.items.map((n) => (
              <p className="utrecht-paragraph call-status__notice" key={n.key}>
                {n.text}
              </p>
            ))}
          </div>
          {refusedToJoin ? (
            <Button variant="primary" onClick={() => setAttempt((n) => n + 1)}>
              {t('video.page.retry')}
            </Button>
          ) : null}

          <section className="call-section" aria-labelledby="call-videos-heading">
            <h2 className="utrecht-heading-2" id="call-videos-heading">
              {t('video.videos.heading')}
            </h2>
            <div className="call-videos">
              {stream && stream.getVideoTracks().length > 0 ? (
                <VideoTile stream={stream} self label={t('video.videos.yourImage')} state={snapshot.camOn ? '' : t('video.videos.camIsOff')} soundEpoch={0} onSoundBlocked={() => undefined} />
              ) : null}
              {snapshot.remotes.map((remote) => (
                <VideoTile
                  key={remote.id}
                  id={remote.id}
                  stream={remote.stream}
                  label={labelOf(snapshot, remote.id, t)}
                  state={tileState(remote.state, t)}
                  soundEpoch={soundEpoch}
                  onSoundBlocked={() => setSoundBlocked(true)}
                />
              ))}
            </div>
            {snapshot.remotes.length === 0 ? <Paragraph>{t('video.videos.nobody')}</Paragraph> : null}
            <div className="utrecht-button-group utrecht-button-group--row call-controls" role="group" aria-label={t('video.controls.label')}>
              <Button aria-pressed={!snapshot.micOn} onClick={() => call?.setMic(!snapshot.micOn)}>
                {snapshot.micOn ? t('video.controls.micOff') : t('video.controls.micOn')}
              </Button>
              <Button aria-pressed={!snapshot.camOn} onClick={() => call?.setCamera(!snapshot.camOn)}>
                {snapshot.camOn ? t('video.controls.camOff') : t('video.controls.camOn')}
              </Button>
              {soundBlocked ? (
                <Button
                  onClick={() => {
                    setSoundBlocked(false);
                    setSoundEpoch((n) => n + 1);
                  }}
                >
                  {t('video.page.soundOn')}
                </Button>
              ) : null}
              <Button variant="danger" onClick={() => call?.end()}>
                {t('video.controls.end')}
              </Button>
            </div>
            {soundBlocked ? <Paragraph>{t('video.page.soundBlocked')}</Paragraph> : null}
          </section>

          <ParticipantsSection snapshot={snapshot} call={call} />
          <PhoneSection call={call} />
          <ExtraLinkSection caseId={caseId} contactId={contactId} />
        </>
      ) : null}
    </div>
  );
}

// ---- parts ---------------------------------------------------------------------------------------

function nameOf(snapshot: CallSnapshot, id: string, t: TFunction): string {
  return snapshot.participants.find((p) => p.id === id)?.displayName ?? t('video.notices.someone');
}

function labelOf(snapshot: CallSnapshot, id: string, t: TFunction): string {
  const who = snapshot.participants.find((p) => p.id === id);
  return who ? `${who.displayName}, ${t(`video.roles.${who.role}`)}` : t('video.notices.someone');
}

function tileState(state: PeerState, t: TFunction): string {
  if (state === 'connected') return '';
  if (state === 'failed') return t('video.videos.tileFailed');
  return state === 'reconnecting' ? t('video.videos.tileReconnecting') : t('video.videos.tileConnecting');
}

function VideoTile({ stream, self = false, id, label, state, soundEpoch, onSoundBlocked }: {
  stream: MediaStream;
  self?: boolean;
  id?: string;
  label: string;
  state: string;
  soundEpoch: number;
  onSoundBlocked: () => void;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const blocked = useRef(onSoundBlocked);
  blocked.current = onSoundBlocked;
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    void playStream(video, stream, self).then((result) => {
      if (result === 'muted_by_browser') blocked.current();
    });
  }, [stream, self]);
  useEffect(() => {
    const video = ref.current;
    if (!video || self || soundEpoch === 0) return;
    video.muted = false;
    void video.play().catch(() => undefined);
  }, [soundEpoch, self]);
  return (
    <figure className={`call-tile${self ? ' call-tile--self' : ''}`}>
      <video ref={ref} autoPlay playsInline muted={self} data-participant={id} />
      <figcaption className="call-tile__caption">{label}</figcaption>
      {state ? <p className="call-tile__state">{state}</p> : null}
    </figure>
  );
}

function qualityText(quality: Quality | undefined, t: TFunction): string {
  if (!quality) return t('video.quality.unknown');
  const level = qualityLevel(quality.rttMs, quality.lossPercent);
  if (level === 'unknown') return t('video.quality.unknown');
  return t('video.quality.detail', {
    level: t(`video.quality.${level}`),
    rtt: quality.rttMs ?? t('video.quality.notMeasured'),
    loss: quality.lossPercent ?? t('video.quality.notMeasured'),
  });
}

function ParticipantsSection({ snapshot, call }: { snapshot: CallSnapshot; call: Call | null }) {
  const { t } = useTranslation();
  const me = snapshot.you?.id;
  const rows = [...snapshot.participants].sort((a, b) => Number(b.id === me) - Number(a.id === me) || Number(a.state === 'waiting') - Number(b.state === 'waiting'));
  return (
    <section className="call-section" aria-labelledby="call-participants-heading">
      <h2 className="utrecht-heading-2" id="call-participants-heading">
        {t('video.participants.heading')}
      </h2>
      {rows.length === 0 ? (
        <Paragraph>{t('video.participants.none')}</Paragraph>
      ) : (
        <div className="utrecht-table-container utrecht-table-container--overflow-inline">
          <table className="utrecht-table utrecht-table--html-table call-participants">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{t('video.participants.name')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('video.participants.role')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('video.participants.state')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('video.participants.quality')}</th>
                <th className="utrecht-table__header-cell" scope="col">{t('video.participants.actions')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((p) => (
                <ParticipantRow key={p.id} participant={p} me={p.id === me} quality={snapshot.quality[p.id] ?? snapshot.measured[p.id]} call={call} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ParticipantRow({ participant: p, me, quality, call }: { participant: PublicParticipant; me: boolean; quality: Quality | undefined; call: Call | null }) {
  const { t } = useTranslation();
  return (
    <tr className="utrecht-table__row" data-participant={p.id}>
      <th className="utrecht-table__header-cell" scope="row">
        {me ? t('video.participants.you', { name: p.displayName }) : p.displayName}
      </th>
      <td className="utrecht-table__cell">{t(`video.roles.${p.role}`)}</td>
      <td className="utrecht-table__cell">{t(`video.states.${p.state}`)}</td>
      <td className="utrecht-table__cell">{me ? t('video.quality.notMeasured') : p.state === 'admitted' ? qualityText(quality, t) : t('video.quality.notMeasured')}</td>
      <td className="utrecht-table__cell">
        {me ? null : (
          <div className="call-actions">
            {p.state === 'waiting' ? (
              <Button variant="primary" aria-label={t('video.participants.admitLabel', { name: p.displayName })} onClick={() => call?.admit(p.id)}>
                {t('video.participants.admit')}
              </Button>
            ) : null}
            {p.state === 'admitted' ? (
              <Button aria-label={t('video.participants.muteLabel', { name: p.displayName })} onClick={() => call?.mute(p.id)}>
                {t('video.participants.mute')}
              </Button>
            ) : null}
            <Button variant="danger" aria-label={t('video.participants.removeLabel', { name: p.displayName })} onClick={() => call?.remove(p.id)}>
              {t('video.participants.remove')}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

function PhoneSection({ call }: { call: Call | null }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('video.phone.reasonRequired'));
      document.getElementById('call-phone-reason')?.focus();
      return;
    }
    setError(undefined);
    call?.switchToPhone(reason.trim());
  };
  return (
    <section className="call-section" aria-labelledby="call-phone-heading">
      <h2 className="utrecht-heading-2" id="call-phone-heading">
        {t('video.phone.heading')}
      </h2>
      <form noValidate onSubmit={submit} aria-labelledby="call-phone-heading">
        <Paragraph>{t('video.phone.intro')}</Paragraph>
        <TextAreaField id="call-phone-reason" label={t('video.phone.reason')} required value={reason} onChange={setReason} error={error} rows={3} maxLength={500} />
        <Button type="submit" variant="primary">
          {t('video.phone.submit')}
        </Button>
      </form>
    </section>
  );
}

function ExtraLinkSection({ caseId, contactId }: { caseId: string; contactId: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<string>('employer');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ url: string; validUntil: string; name: string; role: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('video.extra.nameRequired'));
      document.getElementById('call-extra-name')?.focus();
      return;
    }
    setError(undefined);
    setFailure(null);
    setBusy(true);
    try {
      const answer = await request<{ url: string; validUntil: string }>('POST', `/api/cases/${enc(caseId)}/contacts/${enc(contactId)}/call-links`, {
        body: { role, displayName: name.trim() },
      });
      setMade({ ...answer, name: name.trim(), role });
      setCopied(false);
      setName('');
      requestAnimationFrame(() => document.getElementById('call-extra-result')?.focus());
    } catch (e) {
      setFailure(isApiError(e) ? e.message : t('video.refusals.other'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="call-section" aria-labelledby="call-extra-heading">
      <h2 className="utrecht-heading-2" id="call-extra-heading">
        {t('video.extra.heading')}
      </h2>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="call-extra-heading">
        <Paragraph>{t('video.extra.intro')}</Paragraph>
        <SelectField id="call-extra-role" label={t('video.extra.role')} required value={role} onChange={setRole} options={EXTRA_ROLES.map((r) => ({ value: r, label: t(`video.roles.${r}`) }))} />
        <TextField id="call-extra-name" label={t('video.extra.name')} required value={name} onChange={setName} error={error} maxLength={200} autoComplete="off" />
        {failure ? <Alert type="error">{failure}</Alert> : null}
        <Button type="submit" variant="primary" busy={busy}>
          {t('video.extra.submit')}
        </Button>
      </form>
      {made ? (
        <div className="call-extra-result">
          <h3 className="utrecht-heading-3" id="call-extra-result" tabIndex={-1}>
            {t('video.extra.result', { name: made.name, role: t(`video.roles.${made.role}`) })}
          </h3>
          <TextField id="call-extra-url" label={t('video.extra.url')} value={made.url} onChange={() => undefined} readOnly markOptional={false} inputClassName="call-extra-url" />
          <Paragraph>{t('video.extra.validUntil', { date: formatDateTime(made.validUntil) })}</Paragraph>
          <Button
            onClick={() => {
              void navigator.clipboard?.writeText(made.url).then(() => setCopied(true), () => undefined);
            }}
          >
            {t('video.extra.copy')}
          </Button>
          <p className="utrecht-paragraph" role="status">
            {copied ? t('video.extra.copied') : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}

function MediaProblemAlert({ problem, retry }: { problem: MediaProblem; retry: () => void }) {
  const { t } = useTranslation();
  const [title, text] =
    problem === 'denied' ? [t('video.media.deniedTitle'), t('video.media.deniedText')]
      : problem === 'unsupported' ? [t('video.media.unsupported'), null]
        : [t('video.media.noDeviceTitle'), t('video.media.noDeviceText')];
  return (
    <Alert type="error">
      <p className="utrecht-paragraph call-alert__title">{title}</p>
      {text ? <p className="utrecht-paragraph">{text}</p> : null}
      {problem !== 'unsupported' ? (
        <Button variant="primary" onClick={retry}>
          {t('video.page.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

function OutcomeAlert({ snapshot }: { snapshot: CallSnapshot }) {
  const { t } = useTranslation();
  const outcome = snapshot.outcome!;
  if (outcome.kind === 'switched_to_phone') {
    return (
      <Alert type="ok" id="call-outcome">
        <p className="utrecht-paragraph call-alert__title">{t('video.outcome.phoneTitle')}</p>
        <p className="utrecht-paragraph">
          {outcome.phoneNumber ? t('video.outcome.phoneText', { phone: outcome.phoneNumber }) : t('video.outcome.phoneTextNoNumber')}
        </p>
      </Alert>
    );
  }
  if (outcome.kind === 'ended' || outcome.kind === 'removed') {
    return (
      <Alert type="ok" id="call-outcome">
        <p className="utrecht-paragraph call-alert__title">{t('video.outcome.endedTitle')}</p>
        <p className="utrecht-paragraph">{t('video.outcome.endedText')}</p>
      </Alert>
    );
  }
  const known = ['unknown', 'forbidden', 'not_video', 'unauthenticated', 'call_full'];
  return (
    <Alert type="error" id="call-outcome">
      <p className="utrecht-paragraph call-alert__title">{t('video.outcome.refusedTitle')}</p>
      <p className="utrecht-paragraph">{t(`video.outcome.refused.${known.includes(outcome.reason) ? outcome.reason : 'other'}`)}</p>
    </Alert>
  );
}

// ---- notices ---------------------------------------------------------------------------------------

interface NoticeLine {
  key: string;
  text: string;
  until: number;
}

/** Short messages about what happened in the call (who waits, who came in, a refused action). */
function useNotices(call: Call | null, snapshot: CallSnapshot | null): { items: NoticeLine[]; refusal: string | null } {
  const { t } = useTranslation();
  const [items, setItems] = useState<NoticeLine[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const latest = useRef(snapshot);
  latest.current = snapshot;
  useEffect(() => {
    if (!call) return;
    setRefusal(null);
    const who = (id: string) => latest.current?.participants.find((p) => p.id === id)?.displayName ?? t('video.notices.someone');
    const add = (key: string, text: string, seconds = 20) => {
      setItems((list) => [...list.filter((n) => n.key !== key && n.until > Date.now()), { key, text, until: Date.now() + seconds * 1000 }].slice(-4));
    };
    const off = call.onNotice((notice: CallNotice) => {
      switch (notice.type) {
        case 'waiting':
        case 'announced':
        case 'admitted':
          add(`${notice.type}-${notice.participant.id}`, t(`video.notices.${notice.type}`, { name: notice.participant.displayName, role: t(`video.roles.${notice.participant.role}`) }));
          break;
        case 'left':
        case 'removed':
          add(`${notice.type}-${notice.participant}`, t(`video.notices.${notice.type}`, { name: who(notice.participant) }));
          break;
        case 'refused':
          if (notice.reason === 'not_yet') setRefusal('not_yet');
          else if (notice.command && notice.command !== 'join') {
            const known = ['call_full', 'not_host', 'unknown_participant', 'not_waiting', 'reason_required', 'call_ended'];
            add(`refused-${Date.now()}`, t(`video.refusals.${known.includes(notice.reason) ? notice.reason : 'other'}`));
          }
          break;
        default:
          break;
      }
    });
    const timer = setInterval(() => setItems((list) => (list.some((n) => n.until <= Date.now()) ? list.filter((n) => n.until > Date.now()) : list)), 5000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [call, t]);
  return { items, refusal };
}
