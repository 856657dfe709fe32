// The browser side of the built-in video call (issue 4), framework-free and without dependencies, for
// both the client's page (vanilla) and the labour expert's page (React): one WebSocket to the
// signalling hub (`/api/calls/ws`), one RTCPeerConnection per admitted remote participant (full
// mesh, at most four people), the "perfect negotiation" pattern, trickled ICE candidates, ICE restart
// after a drop, a new socket (and the same identity) after a dropped socket, and connection
// statistics: sent to the hub as `quality`, and exposed as plain numbers on `window.__passendCall`
// for the browser tests. Media never passes through the server.
import { candidatePairType, isPolite, lossPercentBetween, reconnectDelayMs, summariseStats, worst, type StatLike, type StatsSummary } from './helpers';

export type CallRole = 'labour_expert' | 'client' | 'employer' | 'bedrijfsarts' | 'verzekeringsarts' | 'companion' | 'interpreter' | 'other';
export const CALL_ROLES: readonly CallRole[] = ['labour_expert', 'client', 'employer', 'bedrijfsarts', 'verzekeringsarts', 'companion', 'interpreter', 'other'];
export type ParticipantState = 'waiting' | 'admitted' | 'removed' | 'left';

export interface PublicParticipant {
  id: string;
  role: CallRole;
  displayName: string;
  state: ParticipantState;
  host: boolean;
}

export interface Me {
  id: string;
  role: CallRole;
  displayName: string;
  host: boolean;
}

export type ServerEvent =
  | { type: 'waiting' | 'announced' | 'admitted'; participant: PublicParticipant }
  | { type: 'removed' | 'left'; participant: string }
  | { type: 'mute_requested' }
  | { type: 'switched_to_phone'; reason: string; phoneNumber: string | null }
  | { type: 'ended' };

type SignalData = { sdp: { type: 'offer' | 'answer'; sdp: string } } | { candidate: RTCIceCandidateInit } | { restart: true };

type ServerMessage =
  | { type: 'welcome'; you: Me; windowOpen: boolean; iceServers: RTCIceServer[]; participants: PublicParticipant[]; ended: boolean }
  | { type: 'participants'; participants: PublicParticipant[] }
  | { type: 'event'; event: ServerEvent; participants: PublicParticipant[] }
  | { type: 'signal'; from: string; data: SignalData }
  | { type: 'quality'; from: string; rttMs: number | null; lossPercent: number | null }
  | { type: 'refused'; reason: string; command?: string }
  | { type: 'error'; code: string }
  | { type: 'pong' };

/** How the call ended for this browser; the page shows one clear screen for each. */
export type Outcome =
  | { kind: 'refused'; reason: string }
  | { kind: 'removed' }
  | { kind: 'ended' }
  | { kind: 'switched_to_phone'; phoneNumber: string | null; reason: string };

export type PeerState = 'connecting' | 'connected' | 'reconnecting' | 'failed';
export type SocketState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface RemoteView {
  id: string;
  /** A new object whenever a track arrives, so a page knows to set `srcObject` again. */
  stream: MediaStream;
  state: PeerState;
}

export interface Quality {
  rttMs: number | null;
  lossPercent: number | null;
}

export interface CallSnapshot {
  socket: SocketState;
  you: Me | null;
  windowOpen: boolean;
  /** This browser asked to join (and asks again after a new socket). */
  joined: boolean;
  participants: PublicParticipant[];
  remotes: RemoteView[];
  /** What each participant reported about their own connection (the host hears these). */
  quality: Record<string, Quality>;
  /** What this browser measures per remote participant. */
  measured: Record<string, Quality>;
  outcome: Outcome | null;
  micOn: boolean;
  camOn: boolean;
  /** The socket or a connection to someone is being restored ("De verbinding is even weg…"). */
  reconnecting: boolean;
}

/** Things to tell the user once (announcements, notices), besides the state in the snapshot. */
export type CallNotice =
  | { type: 'announced' | 'waiting' | 'admitted'; participant: PublicParticipant }
  | { type: 'left' | 'removed'; participant: string }
  | { type: 'mute_requested' }
  | { type: 'refused'; reason: string; command?: string }
  | { type: 'error'; code: string };

export interface CallOptions {
  /** A link token (client, employer …) or, for the signed-in labour expert, the contact id. */
  hello: { token: string } | { contactId: string };
  /** The local camera and microphone; null joins without sending media. */
  stream: MediaStream | null;
  /** Relay-only ICE (`iceTransportPolicy: 'relay'`), for tests through TURN. */
  relayOnly?: boolean;
  /** Defaults to this page's origin. */
  url?: string;
  statsIntervalMs?: number;
  qualityIntervalMs?: number;
}

/** The numbers of one remote participant on `window.__passendCall` (no media, no names). */
export interface RemoteNumbers {
  state: PeerState;
  framesDecoded: number;
  audioPacketsReceived: number;
  rttMs: number | null;
  lossPercent: number | null;
  localCandidateType: string | null;
  remoteCandidateType: string | null;
  candidatePairType: string | null;
}

declare global {
  interface Window {
    __passendCall?: { you: string | null; socket: SocketState; inCall: boolean; remotes: Record<string, RemoteNumbers> };
  }
}

const PING_MS = 15_000;
const SILENCE_LIMIT_MS = 40_000;
const DISCONNECTED_GRACE_MS = 2_000;
const RESTART_RETRY_MS = 5_000;
const MAX_RESTARTS = 6;
const FIRST_OFFER_WAIT_MS = 3_000;

export function hubUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/api/calls/ws`;
}

/** One connection to one remote participant, negotiated the "perfect negotiation" way. */
class Peer {
  readonly pc: RTCPeerConnection;
  stream = new MediaStream();
  state: PeerState = 'connecting';
  stats: StatsSummary | null = null;
  lossPercent: number | null = null;
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private restarts = 0;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** Signals are handled one after the other, in the order they came. */
  private queue: Promise<void> = Promise.resolve();
  /**
   * The first negotiation is the impolite side's: two offers crossing right at the start make the
   * polite side roll back, and Chromium then may not gather candidates again for its answer.
   */
  private negotiated = false;
  private firstOfferTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly id: string,
    private readonly polite: boolean,
    config: RTCConfiguration,
    local: MediaStream | null,
    private readonly send: (data: SignalData) => void,
    private readonly changed: () => void,
  ) {
    this.pc = new RTCPeerConnection(config);
    const tracks = local?.getTracks() ?? [];
    for (const track of tracks) this.pc.addTrack(track, local!);
    // Without a camera or microphone of our own we still want to see and hear the other.
    for (const kind of ['audio', 'video'] as const) {
      if (!tracks.some((t) => t.kind === kind)) this.pc.addTransceiver(kind, { direction: 'recvonly' });
    }
    this.pc.onnegotiationneeded = () => {
      if (this.polite && !this.negotiated) return;
      void this.offer();
    };
    // Should the other side's first offer never come, the polite side starts after all.
    if (polite) {
      this.firstOfferTimer = setTimeout(() => {
        if (this.negotiated || this.closed) return;
        this.negotiated = true;
        void this.offer();
      }, FIRST_OFFER_WAIT_MS);
    }
    this.pc.onicecandidate = ({ candidate }) => {
      if (candidate && candidate.candidate) this.send({ candidate: candidate.toJSON() });
    };
    this.pc.ontrack = ({ track }) => {
      this.stream = new MediaStream([...this.stream.getTracks().filter((t) => t.id !== track.id), track]);
      this.changed();
    };
    this.pc.onconnectionstatechange = () => this.onConnectionState();
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.pc.setLocalDescription();
      if (this.pc.localDescription) this.send({ sdp: this.pc.localDescription.toJSON() as { type: 'offer'; sdp: string } });
    } catch {
      // A collision or a closed connection; the next negotiation or a restart picks it up.
    } finally {
      this.makingOffer = false;
    }
  }

  signal(data: SignalData): Promise<void> {
    const next = this.queue.then(() => this.handle(data));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async handle(data: SignalData): Promise<void> {
    if (this.closed) return;
    if ('sdp' in data) {
      const description = data.sdp;
      const readyForOffer = !this.makingOffer && (this.pc.signalingState === 'stable' || this.settingRemoteAnswer);
      const collision = description.type === 'offer' && !readyForOffer;
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) return;
      this.settingRemoteAnswer = description.type === 'answer';
      try {
        await this.pc.setRemoteDescription(description);
      } finally {
        this.settingRemoteAnswer = false;
      }
      if (description.type === 'offer') {
        await this.pc.setLocalDescription();
        if (this.pc.localDescription) this.send({ sdp: this.pc.localDescription.toJSON() as { type: 'answer'; sdp: string } });
      }
      this.negotiated = true;
    } else if ('candidate' in data) {
      try {
        await this.pc.addIceCandidate(data.candidate);
      } catch (error) {
        if (!this.ignoreOffer) throw error;
      }
    } else if ('restart' in data) {
      this.pc.restartIce();
    }
  }

  private onConnectionState(): void {
    const s = this.pc.connectionState;
    if (s === 'connected') {
      this.restarts = 0;
      this.clearRestart();
      this.setState('connected');
    } else if (s === 'disconnected') {
      // Often a short drop that heals by itself; restart ICE if it does not.
      if (this.state === 'connected') this.setState('reconnecting');
      this.scheduleRestart(DISCONNECTED_GRACE_MS);
    } else if (s === 'failed') {
      this.setState('reconnecting');
      this.restartIce();
    }
  }

  private scheduleRestart(ms: number): void {
    if (this.restartTimer || this.closed) return;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.pc.connectionState !== 'connected') this.restartIce();
    }, ms);
  }

  private clearRestart(): void {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
  }

  /** ICE restart: the impolite side restarts itself; the polite side asks the other to (no glare). */
  restartIce(): void {
    if (this.closed) return;
    this.clearRestart();
    if (this.restarts >= MAX_RESTARTS) {
      this.setState('failed');
      return;
    }
    this.restarts += 1;
    if (this.polite) this.send({ restart: true });
    else this.pc.restartIce();
    this.scheduleRestart(RESTART_RETRY_MS);
  }

  private setState(state: PeerState): void {
    if (this.state === state) return;
    this.state = state;
    this.changed();
  }

  async measure(): Promise<void> {
    if (this.closed) return;
    const report = await this.pc.getStats();
    const next = summariseStats(report.values() as Iterable<StatLike>);
    this.lossPercent = lossPercentBetween(this.stats, next);
    this.stats = next;
  }

  close(): void {
    this.closed = true;
    this.clearRestart();
    if (this.firstOfferTimer) clearTimeout(this.firstOfferTimer);
    this.pc.onnegotiationneeded = null;
    this.pc.onicecandidate = null;
    this.pc.ontrack = null;
    this.pc.onconnectionstatechange = null;
    this.pc.close();
  }
}

/** One browser's part in one call. */
export class Call {
  private socket: WebSocket | null = null;
  private peers = new Map<string, Peer>();
  /** Signals that arrived before we knew we were in the call, per sender, in order. */
  private early = new Map<string, SignalData[]>();
  private iceServers: RTCIceServer[] = [];
  private listeners = new Set<() => void>();
  private noticeListeners = new Set<(notice: CallNotice) => void>();
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private lastHeard = 0;
  private lastQualitySent = 0;
  private lastRejoin = 0;
  private stopped = false;
  private welcomed: Array<() => void> = [];
  private state: CallSnapshot = {
    socket: 'idle', you: null, windowOpen: false, joined: false, participants: [], remotes: [], quality: {}, measured: {},
    outcome: null, micOn: true, camOn: true, reconnecting: false,
  };

  constructor(private readonly options: CallOptions) {
    const local = options.stream;
    this.state.micOn = local ? local.getAudioTracks().some((t) => t.enabled) : false;
    this.state.camOn = local ? local.getVideoTracks().some((t) => t.enabled) : false;
  }

  get snapshot(): CallSnapshot {
    return this.state;
  }

  /** Called after every change of the snapshot (a new object each time). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onNotice(listener: (notice: CallNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Opens the socket and says hello; resolves once the hub welcomed or refused us. */
  connect(): Promise<CallSnapshot> {
    return new Promise((resolve) => {
      this.welcomed.push(() => resolve(this.state));
      this.open();
    });
  }

  join(): void {
    this.update({ joined: true });
    this.send({ type: 'join' });
  }

  /** Hang up: leave the call, close every connection and the socket. The link can be used again. */
  leave(): void {
    if (this.state.joined) this.send({ type: 'leave' });
    this.update({ joined: false });
    this.stop();
  }

  admit(target: string): void {
    this.send({ type: 'admit', target });
  }

  remove(target: string): void {
    this.send({ type: 'remove', target });
  }

  mute(target: string): void {
    this.send({ type: 'mute', target });
  }

  switchToPhone(reason: string): void {
    this.send({ type: 'switch_to_phone', reason });
  }

  end(): void {
    this.send({ type: 'end' });
  }

  setMic(on: boolean): void {
    for (const track of this.options.stream?.getAudioTracks() ?? []) track.enabled = on;
    this.update({ micOn: on && (this.options.stream?.getAudioTracks().length ?? 0) > 0 });
  }

  setCamera(on: boolean): void {
    for (const track of this.options.stream?.getVideoTracks() ?? []) track.enabled = on;
    this.update({ camOn: on && (this.options.stream?.getVideoTracks().length ?? 0) > 0 });
  }

  /** Stops everything without telling the hub anything more (the page goes away). */
  stop(): void {
    this.stopped = true;
    this.clearTimers();
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, 'bye');
    this.update({ socket: 'closed', remotes: [], reconnecting: false });
    this.publishNumbers();
  }

  // ---- the socket ---------------------------------------------------------------------------

  private open(): void {
    if (this.stopped) return;
    this.update({ socket: this.state.socket === 'idle' ? 'connecting' : 'reconnecting' });
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.options.url ?? hubUrl());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.lastHeard = Date.now();
      socket.send(JSON.stringify({ type: 'hello', ...this.options.hello }));
    };
    socket.onmessage = (message) => {
      this.lastHeard = Date.now();
      if (typeof message.data !== 'string') return;
      let parsed: ServerMessage;
      try {
        parsed = JSON.parse(message.data) as ServerMessage;
      } catch {
        return;
      }
      void this.receive(parsed).catch(() => undefined);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.clearTimers();
      // The hub lets everyone else know we left; their connections to us close, so do ours.
      for (const peer of this.peers.values()) peer.close();
      this.peers.clear();
      if (this.stopped || this.state.outcome) {
        this.update({ socket: 'closed', remotes: [], reconnecting: false });
        this.resolveWelcome();
        return;
      }
      this.update({ remotes: [] });
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.update({ socket: 'reconnecting', reconnecting: true });
    const delay = reconnectDelayMs(this.attempts);
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => this.open(), delay);
  }

  private send(message: Record<string, unknown>): void {
    const socket = this.socket;
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  private clearTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.statsTimer) clearInterval(this.statsTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.pingTimer = this.statsTimer = this.reconnectTimer = null;
  }

  private resolveWelcome(): void {
    const waiting = this.welcomed;
    this.welcomed = [];
    for (const resolve of waiting) resolve();
  }

  private async receive(message: ServerMessage): Promise<void> {
    switch (message.type) {
      case 'welcome': {
        this.attempts = 0;
        this.iceServers = Array.isArray(message.iceServers) ? message.iceServers : [];
        this.update({ socket: 'open', you: message.you, windowOpen: message.windowOpen, participants: message.participants, reconnecting: false });
        this.startTimers();
        if (message.ended) this.finish({ kind: 'ended' });
        else if (this.state.joined) this.send({ type: 'join' });
        this.resolveWelcome();
        return;
      }
      case 'participants':
        this.setParticipants(message.participants);
        return;
      case 'event':
        this.onEvent(message.event, message.participants);
        return;
      case 'signal': {
        // A first offer can overtake the news that we were let in: keep it until we know.
        if (!this.inCall()) {
          const held = this.early.get(message.from) ?? [];
          if (held.length < 200) held.push(message.data);
          this.early.set(message.from, held);
          return;
        }
        const peer = this.peers.get(message.from) ?? this.createPeer(message.from);
        await peer.signal(message.data);
        return;
      }
      case 'quality':
        this.update({ quality: { ...this.state.quality, [message.from]: { rttMs: message.rttMs, lossPercent: message.lossPercent } } });
        return;
      case 'refused': {
        // Refusals of a host's command (admit, mute …) are notices; a refused hello or join ends the page.
        const fatal = ['unknown', 'expired', 'revoked', 'cancelled', 'no_consent', 'not_video', 'unauthenticated', 'forbidden', 'call_full', 'removed', 'call_ended'];
        const command = message.command;
        if (message.reason === 'removed') this.finish({ kind: 'removed' });
        else if (message.reason === 'call_ended' && (command === undefined || command === 'join')) this.finish({ kind: 'ended' });
        else if (fatal.includes(message.reason) && (command === undefined || command === 'join')) this.finish({ kind: 'refused', reason: message.reason });
        else if (message.reason === 'not_yet') this.update({ joined: false });
        this.notify({ type: 'refused', reason: message.reason, command });
        this.resolveWelcome();
        return;
      }
      case 'error':
        // The hub no longer counts us in the call (an old connection of ours was closed late): join again.
        if (message.code === 'not_in_call' && this.state.joined) this.rejoin();
        this.notify({ type: 'error', code: message.code });
        return;
      case 'pong':
        return;
    }
  }

  private onEvent(event: ServerEvent, participants: PublicParticipant[]): void {
    switch (event.type) {
      case 'removed':
        if (event.participant === this.state.you?.id) return this.finish({ kind: 'removed' });
        this.notify({ type: 'removed', participant: event.participant });
        break;
      case 'left':
        this.notify({ type: 'left', participant: event.participant });
        break;
      case 'mute_requested':
        this.setMic(false);
        this.notify({ type: 'mute_requested' });
        break;
      case 'switched_to_phone':
        this.setParticipants(participants);
        return this.finish({ kind: 'switched_to_phone', phoneNumber: event.phoneNumber, reason: event.reason });
      case 'ended':
        this.setParticipants(participants);
        return this.finish({ kind: 'ended' });
      default:
        // Someone (re)joined: whatever connection we had with them belongs to their previous session.
        if (event.type === 'admitted' && event.participant.id !== this.state.you?.id) this.dropPeer(event.participant.id);
        this.notify({ type: event.type, participant: event.participant });
    }
    this.setParticipants(participants);
  }

  private finish(outcome: Outcome): void {
    this.update({ outcome });
    this.stop();
  }

  private rejoin(): void {
    if (Date.now() - this.lastRejoin < 3000) return;
    this.lastRejoin = Date.now();
    this.send({ type: 'join' });
  }

  // ---- the peers --------------------------------------------------------------------------------

  private inCall(): boolean {
    const you = this.state.you;
    return !!you && this.state.joined && this.state.participants.some((p) => p.id === you.id && p.state === 'admitted');
  }

  private setParticipants(participants: PublicParticipant[]): void {
    this.update({ participants });
    const you = this.state.you;
    if (!you) return;
    // We asked to join, the hub still knows us, but our own entry is gone (a stale socket of ours was
    // closed after we came back): ask again.
    if (this.state.joined && !this.state.outcome && participants.length > 0 && !participants.some((p) => p.id === you.id)) this.rejoin();
    const wanted = new Set(this.inCall() ? participants.filter((p) => p.state === 'admitted' && p.id !== you.id).map((p) => p.id) : []);
    for (const [id, peer] of this.peers) {
      if (!wanted.has(id)) {
        peer.close();
        this.peers.delete(id);
      }
    }
    for (const id of wanted) if (!this.peers.has(id)) this.createPeer(id);
    if (wanted.size > 0) {
      for (const [from, held] of this.early) {
        this.early.delete(from);
        const peer = wanted.has(from) ? this.peers.get(from) : undefined;
        if (peer) for (const data of held) void peer.signal(data);
      }
    }
    this.refreshRemotes();
  }

  private dropPeer(id: string): void {
    this.peers.get(id)?.close();
    this.peers.delete(id);
  }

  private createPeer(id: string): Peer {
    const you = this.state.you!;
    const config: RTCConfiguration = { iceServers: this.iceServers, ...(this.options.relayOnly ? { iceTransportPolicy: 'relay' as const } : {}) };
    const peer = new Peer(id, isPolite(you.id, id), config, this.options.stream, (data) => this.send({ type: 'signal', to: id, data }), () => this.refreshRemotes());
    this.peers.set(id, peer);
    this.refreshRemotes();
    return peer;
  }

  private refreshRemotes(): void {
    const remotes = [...this.peers.values()].map((p) => ({ id: p.id, stream: p.stream, state: p.state }));
    this.update({ remotes, reconnecting: this.state.socket === 'reconnecting' || remotes.some((r) => r.state === 'reconnecting') });
  }

  // ---- heartbeat and statistics -----------------------------------------------------------------

  private startTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.pingTimer = setInterval(() => {
      // A half-open socket hears nothing: close it, and the reconnect takes over.
      if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) this.socket?.close(4000, 'silent');
      else this.send({ type: 'ping' });
    }, PING_MS);
    this.statsTimer = setInterval(() => void this.measure(), this.options.statsIntervalMs ?? 2000);
  }

  private async measure(): Promise<void> {
    const peers = [...this.peers.values()];
    await Promise.all(peers.map((p) => p.measure().catch(() => undefined)));
    const measured: Record<string, Quality> = {};
    for (const p of peers) measured[p.id] = { rttMs: p.stats?.rttMs ?? null, lossPercent: p.lossPercent };
    this.update({ measured });
    this.publishNumbers();
    const every = this.options.qualityIntervalMs ?? 5000;
    if (peers.length > 0 && Date.now() - this.lastQualitySent >= every) {
      this.lastQualitySent = Date.now();
      const rttMs = worst(peers.map((p) => p.stats?.rttMs ?? null));
      const lossPercent = worst(peers.map((p) => p.lossPercent));
      this.send({ type: 'quality', rttMs: rttMs === null ? null : Math.min(rttMs, 60_000), lossPercent: lossPercent === null ? null : Math.min(Math.max(lossPercent, 0), 100) });
    }
  }

  private publishNumbers(): void {
    if (typeof window === 'undefined') return;
    const remotes: Record<string, RemoteNumbers> = {};
    for (const p of this.peers.values()) {
      const s = p.stats;
      remotes[p.id] = {
        state: p.state, framesDecoded: s?.framesDecoded ?? 0, audioPacketsReceived: s?.audioPacketsReceived ?? 0, rttMs: s?.rttMs ?? null,
        lossPercent: p.lossPercent, localCandidateType: s?.localCandidateType ?? null, remoteCandidateType: s?.remoteCandidateType ?? null,
        candidatePairType: candidatePairType(s?.localCandidateType ?? null, s?.remoteCandidateType ?? null),
      };
    }
    window.__passendCall = { you: this.state.you?.id ?? null, socket: this.state.socket, inCall: this.inCall(), remotes };
  }

  private notify(notice: CallNotice): void {
    for (const listener of this.noticeListeners) listener(notice);
  }

  private update(patch: Partial<CallSnapshot>): void {
    this.state = { ...this.state, ...patch };
    if ('socket' in patch || 'remotes' in patch || 'participants' in patch) this.publishNumbers();
    for (const listener of this.listeners) listener();
  }
}

// ---- the test call's connection check -------------------------------------------------------------

export interface ConnectionCheck {
  /** The page reached the signalling hub and was welcomed. */
  hub: boolean;
  /** The best candidate gathered (relay > srflx > host), or null when none came. */
  candidate: string | null;
}

/**
 * Can this browser reach the hub, and gather at least one ICE candidate with the servers it gives?
 * Says hello with the link (which does not join the call) and closes again.
 */
export async function checkConnection(options: { hello: CallOptions['hello']; relayOnly?: boolean; url?: string; timeoutMs?: number }): Promise<ConnectionCheck> {
  const timeoutMs = options.timeoutMs ?? 8000;
  const iceServers = await new Promise<RTCIceServer[] | null>((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(options.url ?? hubUrl());
    } catch {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => done(null), timeoutMs);
    function done(result: RTCIceServer[] | null) {
      clearTimeout(timer);
      socket.onmessage = socket.onclose = socket.onerror = null;
      if (socket.readyState <= WebSocket.OPEN) socket.close(1000, 'check done');
      resolve(result);
    }
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', ...options.hello }));
    socket.onmessage = (m) => {
      try {
        const message = JSON.parse(String(m.data)) as ServerMessage;
        if (message.type === 'welcome') done(Array.isArray(message.iceServers) ? message.iceServers : []);
        else if (message.type === 'refused') done(null);
      } catch {
        done(null);
      }
    };
    socket.onerror = () => done(null);
    socket.onclose = () => done(null);
  });
  if (iceServers === null) return { hub: false, candidate: null };
  const pc = new RTCPeerConnection({ iceServers, ...(options.relayOnly ? { iceTransportPolicy: 'relay' as const } : {}) });
  const rank = (type: string | null) => (type === 'relay' ? 3 : type === 'srflx' ? 2 : type ? 1 : 0);
  let best: string | null = null;
  try {
    pc.createDataChannel('check');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.min(timeoutMs, 5000));
      pc.onicecandidate = ({ candidate }) => {
        if (!candidate) {
          clearTimeout(timer);
          resolve();
          return;
        }
        const type = candidate.type ?? /typ (\w+)/.exec(candidate.candidate)?.[1] ?? null;
        if (rank(type) > rank(best)) best = type;
      };
      void pc.setLocalDescription().catch(() => resolve());
    });
  } finally {
    pc.close();
  }
  return { hub: true, candidate: best };
}

// ---- media ----------------------------------------------------------------------------------------

export type MediaProblem = 'denied' | 'no_device' | 'unsupported' | 'other';

/**
 * Camera and microphone, with a fallback to whichever of the two exists. A refused permission is
 * reported as such, so the page can explain how to allow it.
 */
export async function openMedia(): Promise<{ stream: MediaStream } | { problem: MediaProblem }> {
  if (!navigator.mediaDevices?.getUserMedia) return { problem: 'unsupported' };
  const attempts: MediaStreamConstraints[] = [
    { audio: { echoCancellation: true, noiseSuppression: true }, video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' } },
    { audio: true, video: false },
    { audio: false, video: true },
  ];
  let problem: MediaProblem = 'no_device';
  for (const constraints of attempts) {
    try {
      return { stream: await navigator.mediaDevices.getUserMedia(constraints) };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'NotAllowedError' || name === 'SecurityError') return { problem: 'denied' };
      if (name !== 'NotFoundError' && name !== 'OverconstrainedError' && name !== 'NotReadableError') problem = 'other';
    }
  }
  return { problem };
}

export function stopMedia(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Plays a stream in a video element; when the browser blocks sound before a click, plays it muted
 * and says so (the page then offers a button to turn the sound on).
 */
export async function playStream(video: HTMLVideoElement, stream: MediaStream, muted: boolean): Promise<'playing' | 'muted_by_browser' | 'failed'> {
  if (video.srcObject !== stream) video.srcObject = stream;
  video.autoplay = true;
  video.playsInline = true;
  video.muted = muted;
  try {
    await video.play();
    return 'playing';
  } catch (error) {
    if ((error as { name?: string }).name !== 'NotAllowedError' || muted) return 'failed';
    video.muted = true;
    try {
      await video.play();
      return 'muted_by_browser';
    } catch {
      return 'failed';
    }
  }
}

/** A microphone level (0–100) from the local stream, read on every animation frame. */
export function levelMeter(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const track = stream.getAudioTracks()[0];
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!track || !AudioContextClass) return () => undefined;
  const context = new AudioContextClass();
  const source = context.createMediaStreamSource(new MediaStream([track]));
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  source.connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  let frame = 0;
  let last = -1;
  const tick = () => {
    analyser.getByteTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += ((s - 128) / 128) ** 2;
    const level = Math.min(100, Math.round(Math.sqrt(sum / samples.length) * 300));
    if (level !== last) onLevel(level);
    last = level;
    frame = requestAnimationFrame(tick);
  };
  void context.resume().catch(() => undefined);
  tick();
  return () => {
    cancelAnimationFrame(frame);
    source.disconnect();
    void context.close().catch(() => undefined);
  };
}

/** A short, friendly test tone through the speakers (WebAudio), so the client hears if sound works. */
export async function playTestTone(): Promise<boolean> {
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return false;
  const context = new AudioContextClass();
  try {
    await context.resume();
    const gain = context.createGain();
    gain.connect(context.destination);
    const start = context.currentTime;
    // Three rising notes, soft in and out.
    [523.25, 659.25, 783.99].forEach((frequency, i) => {
      const osc = context.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      osc.connect(gain);
      osc.start(start + i * 0.35);
      osc.stop(start + i * 0.35 + 0.3);
    });
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.3, start + 0.05);
    gain.gain.setValueAtTime(0.3, start + 0.95);
    gain.gain.linearRampToValueAtTime(0, start + 1.05);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    return true;
  } catch {
    return false;
  } finally {
    void context.close().catch(() => undefined);
  }
}
