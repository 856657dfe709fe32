// The video call's signalling (issue 4) through real WebSockets on a listening server: waiting room,
// admission, relay of signals, refusals, the switch to phone, and two app instances on one database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createServer } from '../../src/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { openPostgres } from '../../src/platform/db.js';
import {
  circumstancesBody, contactBody, createOrganisation, createUser, enableVideo, ENGINES, newCaseBody, signIn, startApp, type Client, type TestApp,
} from './harness.js';

type Message = { type: string; [key: string]: unknown };

/** A signalling client that keeps every message it got, in order. */
class Peer {
  readonly messages: Message[] = [];
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.messages.push(JSON.parse(data.toString()) as Message));
  }
  static async open(baseUrl: string, cookie?: string, origin = baseUrl): Promise<Peer> {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/calls/ws`, { headers: { origin, ...(cookie ? { cookie } : {}) } });
    const peer = new Peer(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return peer;
  }
  send(message: unknown) {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }
  async next(predicate: (m: Message) => boolean, timeoutMs = 5000): Promise<Message> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const found = this.messages.find(predicate);
      if (found) {
        this.messages.splice(this.messages.indexOf(found), 1);
        return found;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching message; got ${JSON.stringify(this.messages).slice(0, 800)}`);
  }
  closed(): Promise<number> {
    return new Promise((resolve) => (this.socket.readyState === WebSocket.CLOSED ? resolve(0) : this.socket.once('close', (code) => resolve(code))));
  }
  close() {
    this.socket.close();
  }
}

const event = (type: string) => (m: Message) => m.type === 'event' && (m.event as { type: string }).type === type;

describe.each(ENGINES)('video call signalling on %s', (engine) => {
  let t: TestApp;
  let baseUrl: string;
  let asExpert: Client;
  let asAdmin: Client;
  let privacyNoticeId: string;

  beforeAll(async () => {
    t = await startApp(engine, { publicUrl: 'http://passend.test' });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const org = await createOrganisation(t, 'Praktijk Beeldbellen (test)');
    const expert = await createUser(t, org, ['labour_expert'], { name: 'Anna Arbeidsdeskundige' });
    asExpert = await signIn(t, expert);
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
    ({ privacyNoticeId } = await enableVideo(asAdmin));
    await asAdmin.put('/api/admin/contact-settings', { officeDays: [1, 2, 3, 4, 5], officeStart: '08:30', officeEnd: '17:30', minLeadHours: 24, warnUnequalChannels: true, reminderHours: 48, contactEmail: null, contactPhone: '030-7654321' });
  });
  afterAll(async () => t?.close());

  /** A video appointment with consent that starts in five minutes, and the client's link from the invitation. */
  async function videoAppointment(withConsent = true, day = 30): Promise<{ caseId: string; contactId: string; token: string }> {
    const created = await asExpert.post('/api/cases', newCaseBody());
    const caseId = created.json().id as string;
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({
      contactForm: 'video', circumstances: circumstancesBody('practical', { clientPreference: { form: 'video', reason: 'Reizen is zwaar' } }),
      choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt kiest zelf voor beeldbellen.', durationMinutes: 45,
      videoConsent: withConsent ? { givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId, softwareExplained: true } : null,
    }, day));
    expect(planned.statusCode, planned.body).toBe(201);
    const contactId = planned.json().id as string;
    // The appointment is "now": moved directly in the database (the planning guards forbid it, rightly).
    await t.db.query("UPDATE contacts SET planned_at = now() + interval '5 minutes' WHERE id = $1", [contactId]);
    if (!withConsent) return { caseId, contactId, token: '' };
    const [mail] = await t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE contact_id = $1 AND kind = 'invitation'", [contactId]);
    const token = /\/gesprek#([A-Za-z0-9_-]+)/.exec(mail!.body_text)?.[1];
    expect(token, 'the invitation carries the client’s link').toBeTruthy();
    return { caseId, contactId, token: token! };
  }

  /** The labour expert in the call and the client admitted: the two sockets. */
  async function inCall(contactId: string, token: string): Promise<{ expert: Peer; client: Peer }> {
    const expert = await Peer.open(baseUrl, asExpert.cookieHeader());
    expert.send({ type: 'hello', contactId });
    await expert.next((m) => m.type === 'welcome');
    expert.send({ type: 'join' });
    await expert.next((m) => m.type === 'participants');
    const client = await Peer.open(baseUrl);
    client.send({ type: 'hello', token });
    await client.next((m) => m.type === 'welcome');
    client.send({ type: 'join' });
    const waiting = await expert.next(event('waiting'));
    expert.send({ type: 'admit', target: (waiting.event as { participant: { id: string } }).participant.id });
    await client.next(event('admitted'));
    return { expert, client };
  }

  it('puts the client in the waiting room until the labour expert admits them, then relays their signals', async () => {
    const { caseId, contactId, token } = await videoAppointment();
    const status = await asExpert.call({ method: 'POST', url: '/api/call-links/status', body: { token }, csrf: false });
    expect(status.json()).toMatchObject({ state: 'valid', windowOpen: true, expertName: 'Anna Arbeidsdeskundige', role: 'client', phoneNumber: '030-7654321' });

    const expert = await Peer.open(baseUrl, asExpert.cookieHeader());
    expert.send({ type: 'hello', contactId });
    const welcome = await expert.next((m) => m.type === 'welcome');
    expect(welcome.you).toMatchObject({ role: 'labour_expert', host: true, displayName: 'Anna Arbeidsdeskundige' });
    expert.send({ type: 'join' });
    await expert.next((m) => m.type === 'participants');

    let client = await Peer.open(baseUrl);
    client.send({ type: 'hello', token });
    const clientWelcome = await client.next((m) => m.type === 'welcome');
    expect(JSON.stringify(clientWelcome)).not.toContain('@'); // P20: no e-mail address reaches the client
    client.send({ type: 'join' });
    const waiting = await expert.next(event('waiting'));
    const clientId = (waiting.event as { participant: { id: string } }).participant.id;
    // Before admission the client cannot signal anyone.
    client.send({ type: 'signal', to: (welcome.you as { id: string }).id, data: { sdp: { type: 'offer', sdp: 'v=0' } } });
    await client.next((m) => m.type === 'error' && m.code === 'not_in_call');

    expert.send({ type: 'admit', target: clientId });
    await client.next(event('admitted'));
    client.send({ type: 'signal', to: (welcome.you as { id: string }).id, data: { sdp: { type: 'offer', sdp: 'v=0\r\n' } } });
    const relayed = await expert.next((m) => m.type === 'signal');
    expect(relayed).toMatchObject({ from: clientId, data: { sdp: { type: 'offer', sdp: 'v=0\r\n' } } });

    // A dropped connection: the client comes back with the same link and is straight back in.
    client.close();
    await expert.next(event('left'));
    const back = await Peer.open(baseUrl);
    back.send({ type: 'hello', token });
    await back.next((m) => m.type === 'welcome');
    back.send({ type: 'join' });
    const readmitted = await expert.next(event('admitted'));
    expect(readmitted.event).toMatchObject({ participant: { id: clientId, state: 'admitted' } });
    client = back;

    // Malformed messages are refused without harm to the call.
    client.send('{not json');
    client.send({ type: 'signal', to: 'x', data: { script: '<b>' } });
    await client.next((m) => m.type === 'error' && m.code === 'bad_message');
    expert.send({ type: 'ping' });
    await expert.next((m) => m.type === 'pong');

    // The switch to phone: everyone hears the number; the contact's form follows with the reason.
    expert.send({ type: 'switch_to_phone', reason: 'Cliënt wordt emotioneel; liever verder per telefoon.' });
    const switched = await client.next(event('switched_to_phone'));
    expect(switched.event).toMatchObject({ phoneNumber: '030-7654321' });
    const contact = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(contact.contactForm).toBe('phone');
    expect(contact.decisions[0]).toMatchObject({ kind: 'form_changed', chosenForm: 'phone', reasonCodes: ['switched_during_call'] });
    const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
    expect(page.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['call_started', 'call_switched_to_phone']));
    const summary = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}/call`)).json();
    expect(summary).toMatchObject({ started: true, switchedToPhone: { reason: 'Cliënt wordt emotioneel; liever verder per telefoon.' } });
    expert.close();
    client.close();
  });

  it('takes the client out of the call when their consent is withdrawn, and keeps them out', async () => {
    const { contactId, token } = await videoAppointment();
    const { expert, client } = await inCall(contactId, token);

    // Withdrawn (here by the labour expert on the client's word; the portal's route does the same).
    const [caseRow] = await t.db.query<{ case_id: string }>('SELECT case_id FROM contacts WHERE id = $1', [contactId]);
    const withdrawn = await asExpert.post(`/api/cases/${caseRow!.case_id}/contacts/${contactId}/consent/withdraw`, { reason: 'Cliënt wil niet meer in beeld.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    await client.next((m) => m.type === 'refused' && m.reason === 'no_consent');
    await client.closed();
    expect(client.socket.readyState).toBe(WebSocket.CLOSED);
    await expert.next(event('left'));
    // The same link no longer lets them in.
    const again = await Peer.open(baseUrl);
    again.send({ type: 'hello', token });
    await again.next((m) => m.type === 'refused' && m.reason === 'no_consent');
    expert.close();
    again.close();
  });

  it('puts an emptied call on the timeline as ended, and a return to it as started again', async () => {
    const { caseId, contactId, token } = await videoAppointment(true, 34);
    const kinds = async () => ((await asExpert.get(`/api/cases/${caseId}`)).json().timeline as Array<{ kind: string; details: Record<string, unknown> }>)
      .filter((e) => e.kind.startsWith('call_')).map((e) => ({ kind: e.kind, ...e.details }));
    const { expert, client } = await inCall(contactId, token);

    // Both close their page without ending the call: the end is on the timeline all the same.
    expert.close();
    await client.next(event('left'));
    client.close();
    await expect.poll(kinds).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'call_ended', everyoneLeft: true, roles: expect.arrayContaining(['labour_expert', 'client']) })]));
    expect((await kinds()).filter((e) => e.kind === 'call_started')).toHaveLength(1);

    // The client comes back within the window: straight in, and the call is started again.
    const back = await Peer.open(baseUrl);
    back.send({ type: 'hello', token });
    await back.next((m) => m.type === 'welcome');
    back.send({ type: 'join' });
    await back.next((m) => m.type === 'participants' || (m.type === 'event' && (m.event as { type: string }).type === 'admitted'));
    await expect.poll(kinds).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'call_started', resumed: true })]));
    back.close();
  });

  it('holds four people at most, keeps a removed participant out, and explains unusable links', async () => {
    const { caseId, contactId, token } = await videoAppointment(true, 31);
    const expert = await Peer.open(baseUrl, asExpert.cookieHeader());
    expert.send({ type: 'hello', contactId });
    await expert.next((m) => m.type === 'welcome');
    expert.send({ type: 'join' });
    const links: string[] = [];
    for (const [role, displayName] of [['employer', 'P. de Wit'], ['companion', 'Partner'], ['bedrijfsarts', 'Dr. Smit']] as const) {
      const link = await asExpert.post(`/api/cases/${caseId}/contacts/${contactId}/call-links`, { role, displayName });
      expect(link.statusCode, link.body).toBe(201);
      links.push(/#(.+)$/.exec(link.json().url)![1]!);
    }
    const client = await Peer.open(baseUrl);
    client.send({ type: 'hello', token });
    await client.next((m) => m.type === 'welcome');
    client.send({ type: 'join' });
    const employer = await Peer.open(baseUrl);
    employer.send({ type: 'hello', token: links[0] });
    await employer.next((m) => m.type === 'welcome');
    employer.send({ type: 'join' });
    const companion = await Peer.open(baseUrl);
    companion.send({ type: 'hello', token: links[1] });
    await companion.next((m) => m.type === 'welcome');
    companion.send({ type: 'join' });
    await expert.next((m) => event('waiting')(m) && (m.event as { participant: { role: string } }).participant.role === 'companion');
    const fifth = await Peer.open(baseUrl);
    fifth.send({ type: 'hello', token: links[2] });
    await fifth.next((m) => m.type === 'welcome');
    fifth.send({ type: 'join' });
    await fifth.next((m) => m.type === 'refused' && m.reason === 'call_full');

    // Admitting a third person announces them, with their role, to those already talking (P22).
    const clientWaiting = (await t.db.query<{ state: { participants: Array<{ id: string; role: string }> } }>('SELECT state FROM calls WHERE contact_id = $1', [contactId]))[0]!.state.participants;
    const idOf = (role: string) => clientWaiting.find((p) => p.role === role)!.id;
    expert.send({ type: 'admit', target: idOf('client') });
    await client.next(event('admitted'));
    expert.send({ type: 'admit', target: idOf('employer') });
    const announced = await client.next(event('announced'));
    expect(announced.event).toMatchObject({ participant: { role: 'employer', displayName: 'P. de Wit' } });

    expert.send({ type: 'remove', target: idOf('employer') });
    await employer.next((m) => m.type === 'refused' && m.reason === 'removed');
    await employer.closed();
    const again = await Peer.open(baseUrl);
    again.send({ type: 'hello', token: links[0] });
    await again.next((m) => m.type === 'welcome');
    again.send({ type: 'join' });
    await again.next((m) => m.type === 'refused' && m.reason === 'removed');

    for (const peer of [expert, client, companion, fifth, again]) peer.close();
    const unknown = await Peer.open(baseUrl);
    unknown.send({ type: 'hello', token: 'x'.repeat(43) });
    await unknown.next((m) => m.type === 'refused' && m.reason === 'unknown');
  });

  it('refuses a client without consent, an expired link, a foreign origin and a stranger to the case', async () => {
    const noConsent = await videoAppointment(false, 32);
    const link = await asExpert.post(`/api/cases/${noConsent.caseId}/contacts/${noConsent.contactId}/call-links`, { role: 'employer', displayName: 'Werkgever' });
    expect(link.statusCode).toBe(201);
    // A client link exists only once consent is there; test the status route with a client link made directly.
    const { issueLink } = await import('../../src/video/store.js');
    const clientLink = await t.db.transaction((tx) => issueLink(tx, { contactId: noConsent.contactId, role: 'client', displayName: 'Cliënt', createdBy: null, replacePrevious: false }));
    const status = await asExpert.call({ method: 'POST', url: '/api/call-links/status', body: { token: clientLink.token }, csrf: false });
    expect(status.json().state).toBe('no_consent');
    const peer = await Peer.open(baseUrl);
    peer.send({ type: 'hello', token: clientLink.token });
    await peer.next((m) => m.type === 'refused' && m.reason === 'no_consent');

    const expired = await videoAppointment(true, 33);
    await t.db.query("UPDATE contacts SET planned_at = now() - interval '3 hours' WHERE id = $1", [expired.contactId]);
    const late = await Peer.open(baseUrl);
    late.send({ type: 'hello', token: expired.token });
    await late.next((m) => m.type === 'refused' && m.reason === 'expired');

    const foreign = await Peer.open(baseUrl, asExpert.cookieHeader(), 'https://evil.example');
    expect(await foreign.closed()).toBe(1008);

    const stranger = await signIn(t, await createUser(t, await createOrganisation(t), ['labour_expert']));
    const outsider = await Peer.open(baseUrl, stranger.cookieHeader());
    outsider.send({ type: 'hello', contactId: expired.contactId });
    await outsider.next((m) => m.type === 'refused' && m.reason === 'unknown');
  });

  it.runIf(engine === 'postgres')('connects two people on two app instances that share the database', async () => {
    const { contactId, token } = await videoAppointment(true, 34);
    const second = await createServer(loadConfig({}, { logLevel: 'silent', webDir: '/nonexistent', publicUrl: 'http://passend.test', authRateLimitPerMinute: 10_000 }), await openPostgres(t.databaseUrl!, 4));
    const secondUrl = await second.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const expert = await Peer.open(baseUrl, asExpert.cookieHeader());
      expert.send({ type: 'hello', contactId });
      const welcome = await expert.next((m) => m.type === 'welcome');
      expert.send({ type: 'join' });
      const client = await Peer.open(secondUrl);
      client.send({ type: 'hello', token });
      await client.next((m) => m.type === 'welcome');
      client.send({ type: 'join' });
      const waiting = await expert.next(event('waiting'));
      expert.send({ type: 'admit', target: (waiting.event as { participant: { id: string } }).participant.id });
      await client.next(event('admitted'));
      client.send({ type: 'signal', to: (welcome.you as { id: string }).id, data: { candidate: { candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 5000 typ host', sdpMid: '0', sdpMLineIndex: 0 } } });
      await expert.next((m) => m.type === 'signal');
      expert.close();
      client.close();
    } finally {
      await second.app.close();
      await second.db.close();
    }
  });
});
