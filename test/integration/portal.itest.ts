// The portal's door (issue 5), through HTTP on both engines: the labour expert sends a personal link;
// the client opens it, gets a one-time code by SMS (in the outbox without an SMS provider), signs in
// and sees only their own appointments; states a preference in their own words, gives and withdraws
// consent for video, gets a call link; wrong codes lock the link and tell the expert; a replaced link
// and ended sessions stop working; an employer's door and another client's door see nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  circumstancesBody, Client, contactBody, createOrganisation, createUser, distinctSlot, enableVideo, ENGINES, newCaseBody, signIn, startApp,
  type TestApp,
} from './harness.js';

const REASON_AR = 'السفر متعب جدا بالنسبة لي، أفضل الحديث بالفيديو.\n<b>niet vet</b> & "aanhalingstekens"';

describe.each(ENGINES)('the portal door on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let privacyNoticeId: string;
  let slot = 0;

  beforeAll(async () => {
    t = await startApp(engine, { publicUrl: 'http://passend.test' });
    const org = await createOrganisation(t, 'Praktijk Portaal (test)');
    const expert = await createUser(t, org, ['labour_expert'], { name: 'Anna Arbeidsdeskundige' });
    asExpert = await signIn(t, expert);
    const asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
    ({ privacyNoticeId } = await enableVideo(asAdmin));
  });
  afterAll(async () => t?.close());

  /** A case with a video appointment (no consent yet), the client's portal link, and the SMS code it sends. */
  async function caseWithLink(client: Record<string, unknown> = {}) {
    const created = await asExpert.post('/api/cases', newCaseBody({ client: { ...newCaseBody().client, ...client } }));
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json().id as string;
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({
      contactForm: 'video', circumstances: circumstancesBody('practical'), choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt kiest zelf voor beeldbellen.',
      videoConsent: null, durationMinutes: 5, plannedAt: distinctSlot(slot++),
    }));
    expect(planned.statusCode, planned.body).toBe(201);
    const sent = await asExpert.post(`/api/cases/${caseId}/portal`, { audience: 'client', partyId: null });
    expect(sent.statusCode, sent.body).toBe(201);
    const [mail] = await t.db.query<{ body_text: string; recipient: string }>(
      "SELECT body_text, recipient FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_link' ORDER BY created_at DESC LIMIT 1", [caseId]);
    const token = /\/portaal#([A-Za-z0-9_-]{43})/.exec(mail!.body_text)?.[1];
    expect(token, 'the mail carries the personal link').toBeTruthy();
    return { caseId, contactId: planned.json().id as string, accessId: sent.json().accessId as string, token: token!, mailedTo: mail!.recipient };
  }

  const lastCode = async (caseId: string) => {
    const [sms] = await t.db.query<{ body_text: string; channel: string; recipient: string }>(
      "SELECT body_text, channel, recipient FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_code' ORDER BY created_at DESC LIMIT 1", [caseId]);
    return { ...sms!, code: /\b(\d{6})\b/.exec(sms!.body_text)![1]! };
  };

  async function signedInClient(caseId: string, token: string): Promise<Client> {
    const visitor = new Client(t);
    const start = await visitor.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false });
    expect(start.json().state).toBe('code_sent');
    const { code } = await lastCode(caseId);
    const verified = await visitor.call({ method: 'POST', url: '/api/portal/verify', body: { token, code }, csrf: false });
    expect(verified.statusCode, verified.body).toBe(200);
    visitor.csrfToken = verified.json().csrfToken;
    return visitor;
  }

  it('lets the client in with the link and a code by SMS, and shows only their own appointments', async () => {
    const { caseId, contactId, token, mailedTo } = await caseWithLink();
    expect(mailedTo).toBe('client@voorbeeld.test');
    const visitor = new Client(t);
    const start = await visitor.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false });
    expect(start.json()).toMatchObject({ state: 'code_sent', channel: 'sms', sentTo: '06 •••• 78', audience: 'client', organisationName: 'Praktijk Portaal (test)', csrfToken: null });
    const sms = await lastCode(caseId);
    expect(sms).toMatchObject({ channel: 'sms', recipient: '06-12345678' });
    expect(sms.body_text).toContain('10 minuten');

    // A reload sends no new code; asking again within a minute is refused plainly.
    await visitor.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false });
    expect((await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_code'", [caseId]))[0]!.n).toBe(1);
    const again = await visitor.call({ method: 'POST', url: '/api/portal/start', body: { token, resend: true }, csrf: false });
    expect(again.statusCode).toBe(429);
    expect(again.json().error.message).toMatch(/codes/);

    // Nothing personal before the code.
    expect((await visitor.get('/api/portal/contacts')).statusCode).toBe(401);
    const wrong = await visitor.call({ method: 'POST', url: '/api/portal/verify', body: { token, code: sms.code === '000000' ? '111111' : '000000' }, csrf: false });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'validation', field: 'code', attemptsLeft: 4, reason: 'wrong' });
    const right = await visitor.call({ method: 'POST', url: '/api/portal/verify', body: { token, code: `${sms.code.slice(0, 3)} ${sms.code.slice(3)}` }, csrf: false });
    expect(right.statusCode, right.body).toBe(200);
    visitor.csrfToken = right.json().csrfToken;
    // The code is used up.
    const reused = await new Client(t).call({ method: 'POST', url: '/api/portal/verify', body: { token, code: sms.code }, csrf: false });
    expect(reused.statusCode).toBe(400);

    const session = (await visitor.get('/api/portal/session')).json();
    expect(session).toMatchObject({ audience: 'client', name: 'Test Cliënt (fictief)', expertName: 'Anna Arbeidsdeskundige', language: 'nl' });
    expect(Date.parse(session.idleExpiresAt) - Date.now()).toBeGreaterThan(19 * 60_000);
    const contacts = (await visitor.get('/api/portal/contacts')).json();
    expect(contacts.upcoming.map((c: { id: string }) => c.id)).toEqual([contactId]);
    expect(contacts.upcoming[0]).toMatchObject({ form: 'video', state: 'planned', expertName: 'Anna Arbeidsdeskundige', preference: null, video: { consent: null, privacyNoticeId } });
    expect(JSON.stringify(contacts)).not.toMatch(/circumstances|choiceReason|note/);

    // Writes need the portal session's CSRF token.
    const noToken = await visitor.call({ method: 'PUT', url: '/api/portal/language', body: { language: 'ar' }, csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect((await visitor.put('/api/portal/language', { language: 'ar' })).statusCode).toBe(204);
    expect((await visitor.get('/api/portal/session')).json().language).toBe('ar');
  });

  it('keeps the client’s preference exactly as typed, shows it to the expert, and handles consent both ways', async () => {
    const { caseId, contactId, token } = await caseWithLink();
    const visitor = await signedInClient(caseId, token);
    const tooLong = await visitor.put(`/api/portal/contacts/${contactId}/preference`, { form: 'video', reason: 'ب'.repeat(1001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.field).toBe('reason');
    const blank = await visitor.put(`/api/portal/contacts/${contactId}/preference`, { form: 'video', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await visitor.put(`/api/portal/contacts/${contactId}/preference`, { form: 'video', reason: REASON_AR })).statusCode).toBe(204);
    const [stored] = await t.db.query<{ reason: string }>('SELECT reason FROM client_preferences WHERE contact_id = $1', [contactId]);
    expect(stored!.reason).toBe(REASON_AR);
    expect((await visitor.get('/api/portal/contacts')).json().upcoming[0].preference).toMatchObject({ form: 'video', reason: REASON_AR });
    const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
    expect(page.timeline.map((e: { kind: string }) => e.kind)).toContain('client_preference_stated');
    // The labour expert sees it with the contact, where the advice for this contact starts from it.
    expect((await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json().clientPreference).toMatchObject({ form: 'video', reason: REASON_AR });

    // Consent in the portal: recorded as the client's own, and the invitation that waited for it goes out.
    const notice = (await visitor.get('/api/portal/privacy-notice')).json();
    expect(notice).toMatchObject({ id: privacyNoticeId, bodyLanguage: 'nl' });
    const consent = await visitor.post(`/api/portal/contacts/${contactId}/consent`, { privacyNoticeId });
    expect(consent.statusCode, consent.body).toBe(201);
    const detail = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(detail.consents[0]).toMatchObject({ method: 'portal', recordedBy: null, withdrawnAt: null });
    const invitations = await t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE contact_id = $1 AND kind = 'invitation'", [contactId]);
    expect(invitations).toHaveLength(1);
    // The invitation carries a fresh link to the same page, and it opens the same door.
    const fromInvitation = /\/portaal#([A-Za-z0-9_-]{43})/.exec(invitations[0]!.body_text)?.[1];
    expect(fromInvitation).toBeTruthy();
    expect(fromInvitation).not.toBe(token);
    expect((await new Client(t).call({ method: 'POST', url: '/api/portal/start', body: { token: fromInvitation }, csrf: false })).json()).toMatchObject({ state: 'code_sent', audience: 'client' });
    expect((await visitor.post(`/api/portal/contacts/${contactId}/consent`, { privacyNoticeId })).statusCode).toBe(409);

    const link = await visitor.post(`/api/portal/contacts/${contactId}/call-link`);
    expect(link.statusCode).toBe(201);
    const callToken = /\/gesprek#([A-Za-z0-9_-]+)$/.exec(link.json().url)![1]!;
    const status = await new Client(t).call({ method: 'POST', url: '/api/call-links/status', body: { token: callToken }, csrf: false });
    expect(status.json()).toMatchObject({ state: 'valid', role: 'client' });

    // Withdrawn in the portal: the appointment needs another form and the expert hears of it.
    expect((await visitor.post(`/api/portal/contacts/${contactId}/consent/withdraw`, { reason: 'Ik wil toch liever op kantoor praten.' })).statusCode).toBe(204);
    const after = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(after.consents[0].withdrawnAt).not.toBeNull();
    expect(after.needsNewForm).toBe(true);
    const [notice2] = await t.db.query<{ recipient: string }>("SELECT recipient FROM mail_outbox WHERE contact_id = $1 AND kind = 'consent_withdrawn'", [contactId]);
    expect(notice2!.recipient).toMatch(/labour_expert/);
    expect((await visitor.post(`/api/portal/contacts/${contactId}/call-link`)).statusCode).toBe(201); // still a planned video contact until the expert changes it
  });

  it('lets the client answer the readiness check; the expert sees it as the client’s own and the advice counts it', async () => {
    const { caseId, token } = await caseWithLink();
    const visitor = await signedInClient(caseId, token);
    expect((await visitor.get('/api/portal/readiness')).json()).toEqual({ latest: null });

    // Bad answers are refused with the field named, and nothing is saved.
    const answers = { device: 'smartphone', connection: 'unstable', videoExperience: 'never', helpAtHome: 'yes', hearing: 'good', reading: 'some_difficulty' };
    for (const body of [{ answers: { ...answers, device: 'fax' } }, { answers: { ...answers, reading: undefined } }, { answers, extra: 1 }, {}]) {
      const refused = await visitor.put('/api/portal/readiness', body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json().error.code).toBe('validation');
    }
    expect((await t.db.query('SELECT 1 FROM readiness_screenings WHERE case_id = $1', [caseId]))).toHaveLength(0);

    const saved = await visitor.put('/api/portal/readiness', { answers });
    expect(saved.statusCode, saved.body).toBe(200);
    // Never video before without help at home: ready with help, and a test call is worth it.
    expect(saved.json().latest).toMatchObject({ answers, via: 'portal', videoHard: false, offerTestCall: true });

    const staff = (await asExpert.get(`/api/cases/${caseId}/readiness`)).json().latest;
    expect(staff).toMatchObject({ answeredBy: 'client', recordedBy: null, recordedVia: 'portal', result: 'ready_with_help', conditions: ['limited_language_skills'] });
    const planning = (await asExpert.get(`/api/cases/${caseId}/contacts/planning`)).json();
    expect(planning.readiness).toMatchObject({ recordedVia: 'portal', result: 'ready_with_help' });
    const timeline = (await asExpert.get(`/api/cases/${caseId}`)).json().timeline;
    expect(timeline.find((e: { kind: string }) => e.kind === 'readiness_recorded')).toBeTruthy();
    const [audit] = await t.db.query<{ actor_id: string | null; route: string }>("SELECT actor_id, route FROM audit_log WHERE action = 'portal.readiness.answer' ORDER BY at DESC LIMIT 1");
    expect(audit).toMatchObject({ actor_id: null });

    // No device: video is hard for now; the page says so in plain words, never "not ready".
    const none = await visitor.put('/api/portal/readiness', { answers: { ...answers, device: 'none' } });
    expect(none.json().latest).toMatchObject({ videoHard: true, offerTestCall: false });
    expect(JSON.stringify(none.json())).not.toMatch(/not_ready|result/);
    expect((await asExpert.get(`/api/cases/${caseId}/readiness`)).json().latest.result).toBe('not_ready');

    // The labour expert's own screening with the client shows in the portal as theirs.
    expect((await asExpert.post(`/api/cases/${caseId}/readiness`, { answeredBy: 'with_client', answers })).statusCode).toBe(201);
    expect((await visitor.get('/api/portal/readiness')).json().latest).toMatchObject({ via: 'staff', answers });
  });

  it('locks the link after five wrong codes and tells the expert; a replaced link and ended sessions stop working', async () => {
    const { caseId, accessId, token } = await caseWithLink();
    const signedIn = await signedInClient(caseId, token);
    const stranger = new Client(t);
    await stranger.call({ method: 'POST', url: '/api/portal/start', body: { token, resend: false }, csrf: false });
    let last;
    for (let i = 0; i < 5; i++) last = await stranger.call({ method: 'POST', url: '/api/portal/verify', body: { token, code: 'abcdef' }, csrf: false });
    expect(last!.statusCode).toBe(423);
    expect(Date.parse(last!.json().error.lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);
    const locked = await stranger.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false });
    expect(locked.json()).toMatchObject({ state: 'locked' });
    const { code } = await lastCode(caseId);
    expect((await stranger.call({ method: 'POST', url: '/api/portal/verify', body: { token, code }, csrf: false })).statusCode).toBe(423);
    const [warned] = await t.db.query<{ recipient: string; body_text: string }>("SELECT recipient, body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_locked'", [caseId]);
    expect(warned!.recipient).toMatch(/labour_expert/);
    const doors = (await asExpert.get(`/api/cases/${caseId}/portal`)).json().doors;
    expect(doors[0]).toMatchObject({ id: accessId, audience: 'client', secondChannel: 'sms', openSessions: 1 });
    expect(doors[0].lockedUntil).not.toBeNull();

    // The expert ends the sessions: the signed-in client is signed out.
    expect((await asExpert.post(`/api/cases/${caseId}/portal/${accessId}/end-sessions`)).statusCode).toBe(204);
    expect((await signedIn.get('/api/portal/contacts')).statusCode).toBe(401);
    // A replaced link: the old one is revoked, the lock lifted, and the new one works.
    expect((await asExpert.post(`/api/cases/${caseId}/portal/${accessId}/replace-link`)).statusCode).toBe(201);
    expect((await stranger.call({ method: 'POST', url: '/api/portal/start', body: { token }, csrf: false })).json().state).toBe('revoked');
    const [mail] = await t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_link' ORDER BY created_at DESC LIMIT 1", [caseId]);
    const fresh = /\/portaal#([A-Za-z0-9_-]{43})/.exec(mail!.body_text)![1]!;
    expect(fresh).not.toBe(token);
    await t.db.query("UPDATE portal_codes SET sent_at = sent_at - interval '2 minutes' WHERE access_id = $1", [accessId]);
    const visitor = await signedInClient(caseId, fresh);
    expect((await visitor.get('/api/portal/contacts')).statusCode).toBe(200);
  });

  it('sends the link by text message to a client without e-mail, and says plainly when there is no way at all', async () => {
    const smsOnly = await asExpert.post('/api/cases', newCaseBody({ client: { ...newCaseBody().client, email: null, phone: '+48 601 234 567' } }));
    const caseId = smsOnly.json().id as string;
    const sent = await asExpert.post(`/api/cases/${caseId}/portal`, { audience: 'client', partyId: null });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().sentTo).toBe('+48 601 234 567');
    const [sms] = await t.db.query<{ channel: string; body_text: string }>("SELECT channel, body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_link'", [caseId]);
    expect(sms!.channel).toBe('sms');
    expect(sms!.body_text).toMatch(/\/portaal#[A-Za-z0-9_-]{43}/);
    const nothing = await asExpert.post('/api/cases', newCaseBody({ client: { ...newCaseBody().client, email: null, phone: '030-1234567' } }));
    const refused = await asExpert.post(`/api/cases/${nothing.json().id}/portal`, { audience: 'client', partyId: null });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/e-mailadres of mobiel nummer/);
    expect((await asExpert.get(`/api/cases/${nothing.json().id}/portal`)).json().doors[0]).toMatchObject({ canSendLink: false, secondChannel: null });
  });

  it('shows each door only the documents shared with it, as the same bytes', async () => {
    const { caseId, token } = await caseWithLink();
    const client = await signedInClient(caseId, token);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const upload = async (fileName: string, professionalOnly: boolean) => {
      const boundary = 'portalTestBoundary';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\ncorrespondence\r\n--${boundary}\r\nContent-Disposition: form-data; name="professionalOnly"\r\n\r\n${professionalOnly}\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const answer = await asExpert.call({ method: 'POST', url: `/api/cases/${caseId}/documents`, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
      expect(answer.statusCode, answer.body).toBe(201);
      return answer.json().id as string;
    };
    const letter = await upload('uitnodiging-gesprek.pdf', false);
    const medical = await upload('medisch-advies.pdf', true);
    const doors = (await asExpert.get(`/api/cases/${caseId}/portal`)).json().doors;
    const clientDoor = doors[0].id as string;
    expect((await client.get('/api/portal/documents')).json().items).toEqual([]);
    expect((await client.get(`/api/portal/documents/${letter}/content`)).statusCode).toBe(404);
    expect((await asExpert.post(`/api/cases/${caseId}/portal/${clientDoor}/documents`, { documentId: letter })).statusCode).toBe(204);
    const list = (await client.get('/api/portal/documents')).json().items;
    expect(list).toEqual([expect.objectContaining({ id: letter, fileName: 'uitnodiging-gesprek.pdf' })]);
    const download = await client.get(`/api/portal/documents/${letter}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    // A professional-only document is shared only by a professional; the office cannot reach it.
    const office = await signIn(t, await createUser(t, (await t.db.query<{ organisation_id: string }>('SELECT organisation_id FROM cases WHERE id = $1', [caseId]))[0]!.organisation_id, ['office_staff']));
    expect((await office.post(`/api/cases/${caseId}/portal/${clientDoor}/documents`, { documentId: medical })).statusCode).toBe(404);
    expect((await office.post(`/api/cases/${caseId}/portal/${clientDoor}/documents`, { documentId: letter })).statusCode).toBe(204);
    expect((await asExpert.get(`/api/cases/${caseId}/portal`)).json().doors[0].documents.map((d: { id: string }) => d.id)).toEqual([letter]);
    // Shared no more: gone from the portal.
    expect((await asExpert.delete(`/api/cases/${caseId}/portal/${clientDoor}/documents/${letter}`)).statusCode).toBe(204);
    expect((await client.get(`/api/portal/documents/${letter}/content`)).statusCode).toBe(404);
  });

  it('keeps each door to its own material: another client’s door and an employer’s door see nothing of this client', async () => {
    const first = await caseWithLink();
    const second = await caseWithLink({ fullName: 'Andere Cliënt (fictief)', phone: null, email: 'ander@voorbeeld.test' });
    const other = await signedInClient(second.caseId, second.token);
    expect((await t.db.query<{ channel: string }>("SELECT channel FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_code'", [second.caseId]))[0]!.channel).toBe('email');
    expect((await other.put(`/api/portal/contacts/${first.contactId}/preference`, { form: 'phone', reason: 'Niet van mij.' })).statusCode).toBe(404);
    expect((await other.post(`/api/portal/contacts/${first.contactId}/consent`, { privacyNoticeId })).statusCode).toBe(404);
    expect((await other.post(`/api/portal/contacts/${first.contactId}/call-link`)).statusCode).toBe(404);
    expect(JSON.stringify((await other.get('/api/portal/contacts')).json())).not.toContain(first.contactId);

    const party = await asExpert.post(`/api/cases/${first.caseId}/parties`, { role: 'employer', name: 'Bakkerij De Wit (fictief)', organisation: null, contactPerson: 'P. de Wit', email: 'p.dewit@voorbeeld.test', phone: '030-1234567' });
    expect(party.statusCode, party.body).toBe(201);
    const sent = await asExpert.post(`/api/cases/${first.caseId}/portal`, { audience: 'employer', partyId: party.json().id });
    expect(sent.statusCode, sent.body).toBe(201);
    const [mail] = await t.db.query<{ body_text: string; recipient: string }>(
      "SELECT body_text, recipient FROM mail_outbox WHERE case_id = $1 AND kind = 'portal_link' ORDER BY created_at DESC LIMIT 1", [first.caseId]);
    expect(mail!.recipient).toBe('p.dewit@voorbeeld.test');
    const employerToken = /\/portaal#([A-Za-z0-9_-]{43})/.exec(mail!.body_text)![1]!;
    const employer = new Client(t);
    const start = await employer.call({ method: 'POST', url: '/api/portal/start', body: { token: employerToken }, csrf: false });
    expect(start.json()).toMatchObject({ state: 'code_sent', channel: 'email', audience: 'employer' }); // a landline: the code goes by e-mail
    const [code] = await t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE recipient = 'p.dewit@voorbeeld.test' AND kind = 'portal_code'");
    const verified = await employer.call({ method: 'POST', url: '/api/portal/verify', body: { token: employerToken, code: /\d{6}/.exec(code!.body_text)![0] }, csrf: false });
    expect(verified.statusCode).toBe(200);
    employer.csrfToken = verified.json().csrfToken;
    expect((await employer.get('/api/portal/session')).json()).toMatchObject({ audience: 'employer', name: 'P. de Wit' });
    expect((await employer.get('/api/portal/contacts')).statusCode).toBe(403);
    expect((await employer.put(`/api/portal/contacts/${first.contactId}/preference`, { form: 'phone', reason: 'Werkgever wil bellen.' })).statusCode).toBe(403);
    expect((await employer.post(`/api/portal/contacts/${first.contactId}/consent`, { privacyNoticeId })).statusCode).toBe(403);

    // Staff of the case see both doors.
    const doors = (await asExpert.get(`/api/cases/${first.caseId}/portal`)).json().doors;
    const names = doors.map((d: { audience: string; name: string }) => `${d.audience}:${d.name}`);
    expect(names[0]).toBe('client:Test Cliënt (fictief)');
    expect(names).toContain('employer:P. de Wit');
    expect(doors.find((d: { partyId: string | null }) => d.partyId === party.json().id)).toMatchObject({ secondChannel: 'email', canSendLink: true, activeLinks: 1 });
  });
});
