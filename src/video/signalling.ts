// Call signalling over WebSocket (issue 4). Media never passes here: browsers exchange offers, answers
// and candidates through this hub and then talk to each other directly (or through TURN). Call state
// changes go through the database under a lock; events and signals travel over the bus, so people
// connected to different app instances still meet.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Bus } from '../platform/bus.js';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db.js';
import { actorOf } from '../platform/http.js';
import { caseForAction } from '../cases/store.js';
import { loadSettings } from '../contact/store.js';
import { AppError } from '../platform/errors.js';
import { callWindowOpen, presentParticipants, turnCredentials, type CallCommand, type CallEvent, type CallRole, type CallState, type PublicParticipant } from './domain.js';
import { callOf, commandCall, linkContext } from './store.js';

const HELLO_TIMEOUT_MS = 10_000;
const IDLE_TIMEOUT_MS = 45_000;
const MAX_BAD_MESSAGES = 20;
/** A browser sends a few messages a second (candidates come in bursts); far more is a fault or abuse. */
const MAX_MESSAGES_PER_10S = 500;

const id = z.string().min(1).max(100);
const signalData = z.union([
  z.object({ sdp: z.object({ type: z.enum(['offer', 'answer']), sdp: z.string().max(60_000) }).strict() }).strict(),
  z.object({ candidate: z.object({ candidate: z.string().max(2000), sdpMid: z.string().max(100).nullable().optional(), sdpMLineIndex: z.number().int().min(0).max(100).nullable().optional(), usernameFragment: z.string().max(200).nullable().optional() }).strict() }).strict(),
  z.object({ restart: z.literal(true) }).strict(),
]);
/** Everything a browser may send; anything else is refused and logged without content. */
const hello = z.union([
  z.object({ type: z.literal('hello'), token: z.string().min(20).max(100) }).strict(),
  z.object({ type: z.literal('hello'), contactId: z.uuid() }).strict(),
]);
export const clientMessage = z.union([hello, z.discriminatedUnion('type', [
  z.object({ type: z.literal('join') }).strict(),
  z.object({ type: z.literal('leave') }).strict(),
  z.object({ type: z.literal('admit'), target: id }).strict(),
  z.object({ type: z.literal('remove'), target: id }).strict(),
  z.object({ type: z.literal('mute'), target: id }).strict(),
  z.object({ type: z.literal('switch_to_phone'), reason: z.string().trim().min(1).max(500) }).strict(),
  z.object({ type: z.literal('end') }).strict(),
  z.object({ type: z.literal('signal'), to: id, data: signalData }).strict(),
  z.object({ type: z.literal('quality'), rttMs: z.number().min(0).max(60_000).nullable(), lossPercent: z.number().min(0).max(100).nullable() }).strict(),
  z.object({ type: z.literal('ping') }).strict(),
])]);
type ClientMessage = z.infer<typeof clientMessage>;

type BusMessage =
  | { kind: 'event'; event: CallEvent; participants: PublicParticipant[] }
  /** The client's consent for this appointment was withdrawn (in the portal or by staff): the client leaves the call. */
  | { kind: 'consent_withdrawn' }
  | { kind: 'signal'; from: string; to: string; data: unknown }
  | { kind: 'quality'; from: string; to: string[]; rttMs: number | null; lossPercent: number | null };

interface Connection {
  socket: WebSocket;
  contactId: string;
  organisationId: string;
  participant: { id: string; role: CallRole; displayName: string; host: boolean; connection: string };
  userId: string | null;
  bad: number;
  lastSeen: number;
}

const topicOf = (contactId: string) => `call:${contactId}`;

/**
 * Consent withdrawn (seed 000 P1: consent per appointment, withdrawable at any time): a client who is
 * in this appointment's call, on any app instance, is told and leaves; the link no longer lets them in
 * (it needs consent). Called after the withdrawal is committed.
 */
export async function announceConsentWithdrawn(bus: Bus | undefined, contactId: string): Promise<void> {
  await bus?.publish(topicOf(contactId), { kind: 'consent_withdrawn' } satisfies BusMessage);
}
const publicParticipants = (state: CallState): PublicParticipant[] =>
  presentParticipants(state).map((p) => ({ id: p.id, role: p.role, displayName: p.displayName, state: p.state, host: p.host }));

export class CallHub {
  private readonly connections = new Set<Connection>();
  private readonly subscriptions = new Map<string, { count: number; unsubscribe: Promise<() => Promise<void>> }>();
  /** Who is admitted per call, as this instance last heard it: signals only flow between admitted people. */
  private readonly admittedIds = new Map<string, Set<string>>();
  private readonly idleTimer: NodeJS.Timeout;

  constructor(private readonly deps: { db: Db; bus: Bus; config: Config; log: FastifyBaseLogger }) {
    this.idleTimer = setInterval(() => {
      const limit = Date.now() - IDLE_TIMEOUT_MS;
      for (const c of this.connections) if (c.lastSeen < limit) c.socket.terminate();
    }, 15_000);
    this.idleTimer.unref();
  }

  /** How many sockets this instance holds (for the benchmark and health). */
  get size(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    for (const c of this.connections) c.socket.close(1001, 'server stopping');
    for (const [, sub] of this.subscriptions) await (await sub.unsubscribe)().catch(() => undefined);
    this.subscriptions.clear();
  }

  /** A new socket: it must say hello (a link token, or a contact id with a signed-in session) in time. */
  accept(socket: WebSocket, req: FastifyRequest): void {
    if (!this.sameOrigin(req)) {
      socket.close(1008, 'origin');
      return;
    }
    const helloTimer = setTimeout(() => socket.close(1008, 'no hello'), HELLO_TIMEOUT_MS);
    let connection: Connection | null = null;
    let bad = 0;
    let windowStart = Date.now();
    let inWindow = 0;
    socket.on('message', (raw, isBinary) => {
      if (Date.now() - windowStart > 10_000) {
        windowStart = Date.now();
        inWindow = 0;
      }
      inWindow += 1;
      if (inWindow > MAX_MESSAGES_PER_10S) {
        this.deps.log.warn('call: too many signalling messages; socket closed');
        socket.close(1008, 'too many messages');
        return;
      }
      void (async () => {
        const parsed = isBinary ? null : safeParse(raw.toString());
        if (!parsed) {
          bad += 1;
          this.deps.log.warn({ bytes: Buffer.isBuffer(raw) ? raw.length : 0 }, 'call: malformed signalling message refused');
          send(socket, { type: 'error', code: 'bad_message' });
          if (bad > MAX_BAD_MESSAGES) socket.close(1008, 'too many bad messages');
          return;
        }
        if (!connection) {
          if (parsed.type !== 'hello') return send(socket, { type: 'error', code: 'hello_first' });
          clearTimeout(helloTimer);
          connection = await this.hello(socket, req, parsed);
          return;
        }
        connection.lastSeen = Date.now();
        await this.handle(connection, parsed);
      })().catch((error: unknown) => {
        this.deps.log.error({ err: error }, 'call: message handling failed');
        send(socket, { type: 'error', code: 'internal' });
      });
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      if (!connection) return;
      const closed = connection;
      this.connections.delete(closed);
      void this.command(closed, { type: 'leave', participant: closed.participant.id, connection: closed.participant.connection }, true)
        .finally(() => this.release(closed.contactId))
        .catch(() => undefined);
    });
    socket.on('error', () => socket.terminate());
  }

  /** Cross-site WebSocket hijacking: only pages of Passend itself may open a call socket. */
  private sameOrigin(req: FastifyRequest): boolean {
    const origin = req.headers.origin;
    if (!origin) return false;
    try {
      const { host } = new URL(origin);
      return host === new URL(this.deps.config.publicUrl).host || host === req.headers.host;
    } catch {
      return false;
    }
  }

  private async hello(socket: WebSocket, req: FastifyRequest, hello: Extract<ClientMessage, { type: 'hello' }>): Promise<Connection | null> {
    const refuse = (reason: string) => {
      send(socket, { type: 'refused', reason });
      socket.close(1000, reason);
      return null;
    };
    let connection: Connection;
    let startsAt: string;
    let durationMinutes: number;
    if ('token' in hello) {
      const link = await linkContext(this.deps.db, hello.token);
      if (!link) return refuse('unknown');
      if (link.state !== 'valid') return refuse(link.state);
      ({ startsAt, durationMinutes } = link);
      connection = {
        socket, contactId: link.contactId, organisationId: link.organisationId, userId: null, bad: 0, lastSeen: Date.now(),
        participant: { id: link.participantId, role: link.role, displayName: link.displayName, host: false, connection: randomUUID() },
      };
    } else {
      // The labour expert: a signed-in professional of this case hosts its call.
      const user = req.session?.stage === 'active' ? req.user : null;
      if (!user) return refuse('unauthenticated');
      const actor = actorOf(user);
      const [contact] = await this.deps.db.query<{ case_id: string; planned_at: string; duration_minutes: number; contact_form: string; state: string }>(
        'SELECT case_id, planned_at, duration_minutes, contact_form, state FROM contacts WHERE id = $1', [hello.contactId]);
      if (!contact) return refuse('unknown');
      // The one access policy, as for every route: hosting a call is recording the contact.
      try {
        await caseForAction(this.deps.db, actor, contact.case_id, 'contact.record');
      } catch (error) {
        if (error instanceof AppError) return refuse(error.code === 'forbidden' ? 'forbidden' : 'unknown');
        throw error;
      }
      if (contact.contact_form !== 'video' || contact.state !== 'planned') return refuse('not_video');
      ({ planned_at: startsAt, duration_minutes: durationMinutes } = contact);
      connection = {
        socket, contactId: hello.contactId, organisationId: actor.organisationId, userId: actor.userId, bad: 0, lastSeen: Date.now(),
        // P20: the client sees the display name the organisation set, never an e-mail address.
        participant: { id: actor.userId, role: 'labour_expert', displayName: user.display_name, host: true, connection: randomUUID() },
      };
    }
    const windowOpen = callWindowOpen(new Date(), startsAt, Number(durationMinutes));
    this.connections.add(connection);
    await this.retain(connection.contactId);
    const call = await callOf(this.deps.db, connection.contactId);
    send(socket, {
      type: 'welcome', you: connection.participant, windowOpen, iceServers: this.iceServers(connection.participant.id),
      participants: call ? publicParticipants(call.state) : [], ended: call?.state.endedAt !== null && call !== null,
    });
    return connection;
  }

  private iceServers(participantId: string): Array<{ urls: string[]; username?: string; credential?: string }> {
    const { stunUrls, turnUrls, turnSecret, turnTtlSeconds } = this.deps.config;
    const servers: Array<{ urls: string[]; username?: string; credential?: string }> = [];
    if (stunUrls.length > 0) servers.push({ urls: stunUrls });
    if (turnUrls.length > 0 && turnSecret) {
      const c = turnCredentials(turnSecret, participantId, new Date(), turnTtlSeconds);
      servers.push({ urls: turnUrls, username: c.username, credential: c.credential });
    }
    return servers;
  }

  private async handle(connection: Connection, message: ClientMessage): Promise<void> {
    const me = connection.participant.id;
    switch (message.type) {
      case 'hello':
        return send(connection.socket, { type: 'error', code: 'already_greeted' });
      case 'ping':
        return send(connection.socket, { type: 'pong' });
      case 'join': {
        const call = await callOf(this.deps.db, connection.contactId);
        const windowOpen = (await this.deps.db.query<{ planned_at: string; duration_minutes: number }>('SELECT planned_at, duration_minutes FROM contacts WHERE id = $1', [connection.contactId]))
          .map((c) => callWindowOpen(new Date(), c.planned_at, Number(c.duration_minutes)))[0];
        if (!windowOpen && !call) return send(connection.socket, { type: 'refused', reason: 'not_yet' });
        return this.command(connection, { type: 'join', participant: connection.participant });
      }
      case 'leave':
        return this.command(connection, { type: 'leave', participant: me, connection: connection.participant.connection });
      case 'admit':
      case 'remove':
      case 'mute':
        return this.command(connection, { type: message.type, by: me, target: message.target });
      case 'switch_to_phone':
        return this.command(connection, { type: 'switch_to_phone', by: me, reason: message.reason, phoneNumber: await this.phoneNumber(connection.organisationId) });
      case 'end':
        return this.command(connection, { type: 'end', by: me });
      case 'signal': {
        const inCall = this.admittedIds.get(connection.contactId);
        if (!inCall?.has(me) || !inCall.has(message.to)) return send(connection.socket, { type: 'error', code: 'not_in_call' });
        return this.deps.bus.publish(topicOf(connection.contactId), { kind: 'signal', from: me, to: message.to, data: message.data } satisfies BusMessage);
      }
      case 'quality': {
        const call = await callOf(this.deps.db, connection.contactId);
        const hosts = call ? presentParticipants(call.state).filter((p) => p.host).map((p) => p.id) : [];
        return this.deps.bus.publish(topicOf(connection.contactId), { kind: 'quality', from: me, to: hosts, rttMs: message.rttMs, lossPercent: message.lossPercent } satisfies BusMessage);
      }
    }
  }

  private async phoneNumber(organisationId: string): Promise<string | null> {
    return (await loadSettings(this.deps.db, organisationId)).contactPhone;
  }

  private async command(connection: Connection, command: CallCommand, quiet = false): Promise<void> {
    const { result } = await commandCall(this.deps.db, connection.contactId, command, { userId: connection.userId, organisationId: connection.organisationId });
    if (!result.ok) {
      if (!quiet) send(connection.socket, { type: 'refused', reason: result.refusal, command: command.type });
      return;
    }
    const participants = publicParticipants(result.state);
    // This instance knows the new state now, before the bus brings the events back: a browser that
    // reacts to the answer below (say, by sending its first offer) must not be told "not in call".
    if (this.admittedIds.has(connection.contactId)) {
      this.admittedIds.set(connection.contactId, new Set(participants.filter((p) => p.state === 'admitted').map((p) => p.id)));
    }
    for (const event of result.events) {
      await this.deps.bus.publish(topicOf(connection.contactId), { kind: 'event', event, participants } satisfies BusMessage);
    }
    // The actor hears the new state of the call: through the events when one is addressed to them
    // (so their browser acts once, in the same order as everyone else's), otherwise right here.
    if (!result.events.some((e) => e.to.includes(connection.participant.id))) send(connection.socket, { type: 'participants', participants });
  }

  /** Listen to a call's topic while this instance has at least one socket in it. */
  private async retain(contactId: string): Promise<void> {
    const existing = this.subscriptions.get(contactId);
    if (existing) {
      existing.count += 1;
      return;
    }
    const call = await callOf(this.deps.db, contactId);
    this.admittedIds.set(contactId, new Set(call ? call.state.participants.filter((p) => p.state === 'admitted').map((p) => p.id) : []));
    const unsubscribe = this.deps.bus.subscribe(topicOf(contactId), (message) => this.deliver(contactId, message as BusMessage));
    this.subscriptions.set(contactId, { count: 1, unsubscribe });
    await unsubscribe;
  }

  private async release(contactId: string): Promise<void> {
    const sub = this.subscriptions.get(contactId);
    if (!sub) return;
    sub.count -= 1;
    if (sub.count > 0) return;
    this.subscriptions.delete(contactId);
    this.admittedIds.delete(contactId);
    await (await sub.unsubscribe)();
  }

  private deliver(contactId: string, message: BusMessage): void {
    const local = [...this.connections].filter((c) => c.contactId === contactId);
    if (message.kind === 'consent_withdrawn') {
      // Closing the socket makes the client leave the call (the close handler), as with any departure.
      for (const c of local) {
        if (c.participant.role !== 'client') continue;
        send(c.socket, { type: 'refused', reason: 'no_consent' });
        c.socket.close(1000, 'no_consent');
      }
      return;
    }
    if (message.kind === 'event') {
      this.admittedIds.set(contactId, new Set(message.participants.filter((p) => p.state === 'admitted').map((p) => p.id)));
      for (const c of local) {
        if (message.event.to.includes(c.participant.id)) send(c.socket, { type: 'event', event: withoutAudience(message.event), participants: message.participants });
        // The removed participant is told, and the socket closes: the link no longer lets them in.
        if (message.event.type === 'removed' && message.event.participant === c.participant.id) {
          send(c.socket, { type: 'refused', reason: 'removed' });
          c.socket.close(1000, 'removed');
        }
        if (message.event.type === 'switched_to_phone' || message.event.type === 'ended') {
          if (!message.event.to.includes(c.participant.id)) send(c.socket, { type: 'event', event: withoutAudience(message.event), participants: message.participants });
        }
      }
      return;
    }
    if (message.kind === 'signal') {
      for (const c of local) if (c.participant.id === message.to) send(c.socket, { type: 'signal', from: message.from, data: message.data });
      return;
    }
    for (const c of local) if (message.to.includes(c.participant.id)) send(c.socket, { type: 'quality', from: message.from, rttMs: message.rttMs, lossPercent: message.lossPercent });
  }
}

function withoutAudience(event: CallEvent): Omit<CallEvent, 'to'> {
  const { to: _audience, ...rest } = event;
  return rest;
}

function safeParse(text: string): ClientMessage | null {
  try {
    const result = clientMessage.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function send(socket: WebSocket, message: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}
