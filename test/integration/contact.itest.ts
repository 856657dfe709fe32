// Contact form chosen with the client (issue 3), through the HTTP API on both engines, with a real
// SMTP server in the test process receiving the invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDueReminders } from '../../src/contact/store.js';
import { SEED_000_RULE_SET } from '../../src/contact/rules.js';
import {
  circumstancesBody, Client, contactBody, createOrganisation, createUser, enableVideo, ENGINES, newCaseBody, officeSlot, signIn, startApp,
  type TestApp, type TestUser,
} from './harness.js';
import { startSmtpServer } from './smtp.js';

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

function attachmentText(mail: { attachments: Array<{ contentType: string; content: Buffer }> }): string {
  const calendar = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.contentType.startsWith('application/ics'));
  return calendar ? calendar.content.toString('utf8') : '';
}

describe.each(ENGINES)('contact form on %s', (engine) => {
  let t: TestApp;
  let smtp: Smtp;
  let expert: TestUser;
  let office: TestUser;
  let admin: TestUser;
  let asExpert: Client;
  let asOffice: Client;
  let asAdmin: Client;
  let video: { channelId: string; privacyNoticeId: string };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startApp(engine, { smtpUrl: smtp.url, mailIntervalMs: 200, publicUrl: 'https://passend.test' });
    const org = await createOrganisation(t, 'Praktijk Contactvorm (test)');
    expert = await createUser(t, org, ['labour_expert'], { name: 'Anna Arbeidsdeskundige' });
    office = await createUser(t, org, ['office_staff']);
    admin = await createUser(t, org, ['org_admin']);
    [asExpert, asOffice, asAdmin] = [await signIn(t, expert), await signIn(t, office), await signIn(t, admin)];
    video = await enableVideo(asAdmin);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function newCase(client: Record<string, unknown> = {}): Promise<string> {
    const body = newCaseBody({ assignedExpertId: expert.id });
    Object.assign(body.client, client);
    const response = await asExpert.post('/api/cases', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }
  const contactCount = async (caseId: string) => Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM contacts WHERE case_id = $1', [caseId]))[0]!.n);

  it('advises against video for a client with concentration problems; choosing it needs reason codes and text, and is logged', async () => {
    const caseId = await newCase();
    const circumstances = circumstancesBody('experienced_limitations', { clientConditions: ['concentration_problems'] });
    const advice = await asExpert.post(`/api/cases/${caseId}/contacts/advice`, { circumstances });
    expect(advice.statusCode, advice.body).toBe(200);
    const forms = advice.json().advice.forms;
    expect(forms.video.strength).toBe('not_suitable');
    expect(forms.video.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('K1-video-not-suitable-conditions');
    expect(advice.json().advice.advisoryOnly).toBe(true);

    const base = contactBody({ contactForm: 'video', circumstances }, 7, '08:30');
    const noReason = await asExpert.post(`/api/cases/${caseId}/contacts`, base);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('choiceReasonCodes');
    expect(noReason.json().error.message).toMatch(/tegen het advies/);
    const noText = await asExpert.post(`/api/cases/${caseId}/contacts`, { ...base, choiceReasonCodes: ['client_preference'] });
    expect(noText.json().error.field).toBe('choiceReason');
    expect(await contactCount(caseId)).toBe(0);

    const chosen = await asExpert.post(`/api/cases/${caseId}/contacts`, {
      ...base, choiceReasonCodes: ['client_preference', 'mitigation_in_place'], choiceReason: 'Cliënt wil dit zelf; korte sessie met pauzes.',
      mitigations: 'Twee korte delen van 20 minuten met pauze.',
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    expect(chosen.json().invitation).toBe('waiting_for_consent');

    const log = (await asExpert.get(`/api/cases/${caseId}/contact-decisions`)).json().items;
    expect(log.map((d: { kind: string }) => d.kind).sort()).toEqual(['advice_shown', 'form_chosen']);
    const choice = log.find((d: { kind: string }) => d.kind === 'form_chosen');
    expect(choice).toMatchObject({ chosenForm: 'video', againstAdvice: true, reasonCodes: ['client_preference', 'mitigation_in_place'], ruleSetVersion: SEED_000_RULE_SET.version });
    expect(choice.advice.forms.video.strength).toBe('not_suitable');
  });

  it('says physical is required for a workplace investigation while physical contact is possible', async () => {
    const caseId = await newCase();
    const advice = await asExpert.post(`/api/cases/${caseId}/contacts/advice`, { circumstances: circumstancesBody('workplace_investigation') });
    expect(advice.json().advice.forms.physical.strength).toBe('required');
    expect(advice.json().advice.forms.physical.reasons.some((r: { ruleId: string; statistic: unknown }) => r.ruleId === 'A6-workplace-physical' && r.statistic !== null)).toBe(true);
    // Choosing phone instead departs from the advice: a reason is needed.
    const phone = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ contactForm: 'phone', circumstances: circumstancesBody('workplace_investigation') }, 8, '09:00'));
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.field).toBe('choiceReasonCodes');
    const physical = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ circumstances: circumstancesBody('workplace_investigation'), location: 'Werkplek' }, 8, '09:00'));
    expect(physical.statusCode, physical.body).toBe(201);
    expect(physical.json().invitation).toBe('queued');
  });

  it('records video consent, sends the invitation with a calendar file, and on withdrawal tells the expert the contact needs another form', async () => {
    const caseId = await newCase({ email: 'erik.client@voorbeeld.test', fullName: 'Erik Cliënt (fictief)' });
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({
      contactForm: 'video', circumstances: circumstancesBody('checking_facts', { clientPreference: { form: 'video', reason: 'Reizen kost mij veel energie.' } }),
      choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt kiest zelf voor beeldbellen; feiten zijn eenvoudig.',
    }, 9, '11:00'));
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().invitation).toBe('waiting_for_consent');
    const contactId = planned.json().id;

    // Without consent the invitation is refused and the contact cannot be held (P1).
    const early = await asExpert.post(`/api/cases/${caseId}/contacts/${contactId}/invitation`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/toestemming/);

    // Office staff take the client's call and record the consent.
    const consent = await asOffice.post(`/api/cases/${caseId}/contacts/${contactId}/consent`, {
      givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: video.privacyNoticeId, softwareExplained: true,
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json().invitation).toBe('queued');

    const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes('erik.client@voorbeeld.test'), 10_000);
    expect(mail.subject).toMatch(/arbeidsdeskundige|afspraak|gesprek/i);
    expect(mail.text).toContain('Erik Cliënt (fictief)');
    expect(mail.text).toContain('Anna Arbeidsdeskundige');
    expect(mail.text).toMatch(/privacyverklaring/i);
    expect(mail.text).toMatch(/iemand meenemen/i);
    const ics = attachmentText(mail as never);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${contactId}@passend`);
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    const detail = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(detail.activeConsent).toBe(true);
    expect(detail.consents[0]).toMatchObject({ method: 'verbal_phone', privacyNoticeVersion: 1, softwareExplained: true });
    expect(detail.invitationSentAt).not.toBeNull();

    const withdrawn = await asOffice.post(`/api/cases/${caseId}/contacts/${contactId}/consent/withdraw`, { reason: 'Cliënt voelt zich toch niet prettig bij beeldbellen.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    const after = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(after.needsNewForm).toBe(true);
    expect(after.activeConsent).toBe(false);
    const notice = await smtp.waitFor((m) => JSON.stringify(m.to).includes(expert.email), 10_000);
    expect(notice.text).toMatch(/toestemming/i);
    const held = await asExpert.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: after.version, state: 'held', heldAt: new Date().toISOString() });
    expect(held.statusCode).toBe(409);

    // The expert chooses another form; the client gets an update with a higher SEQUENCE.
    const changed = await asExpert.post(`/api/cases/${caseId}/contacts/${contactId}/form`, {
      version: after.version, contactForm: 'phone', channelId: null,
      circumstances: circumstancesBody('checking_facts', { clientPreference: { form: 'phone', reason: 'Liever bellen.' } }),
      choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt wil na intrekking liever bellen.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const update = await smtp.waitFor((m) => JSON.stringify(m.to).includes('erik.client@voorbeeld.test') && attachmentText(m as never).includes('SEQUENCE:1'), 10_000);
    expect(attachmentText(update as never)).toContain('METHOD:REQUEST');
    expect((await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json().needsNewForm).toBe(false);

    // The justification shows the contact with its form, why, consent history and the change.
    const justification = await asExpert.get(`/api/cases/${caseId}/contact-justification`);
    expect(justification.statusCode, justification.body).toBe(200);
    const entry = justification.json().entries.find((e: { contactId: string }) => e.contactId === contactId);
    expect(entry).toMatchObject({ form: 'phone', clientPreferenceFollowed: true });
    expect(entry.consent).toMatchObject({ method: 'verbal_phone', privacyNoticeVersion: 1 });
    expect(entry.consent.withdrawnAt).not.toBeNull();
    expect(entry.choices.map((c: { kind: string; form: string }) => [c.kind, c.form])).toEqual([['form_chosen', 'video'], ['form_changed', 'phone']]);
    expect(entry.choices[0].reasonText).toMatch(/zelf voor beeldbellen/);
    expect(justification.json().summary.phone).toBe(1);
    // Office staff see the contact but not the professional reasoning.
    expect((await asOffice.get(`/api/cases/${caseId}/contact-justification`)).statusCode).toBe(403);
    expect((await asOffice.get(`/api/cases/${caseId}/contacts/${contactId}`)).json().circumstances).toBeNull();
  });

  it('reschedules with an update and cancels with a cancellation to the client', async () => {
    const caseId = await newCase({ email: 'resched@voorbeeld.test' });
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({}, 10, '12:00'));
    const contactId = planned.json().id;
    await smtp.waitFor((m) => JSON.stringify(m.to).includes('resched@voorbeeld.test'), 10_000);
    const moved = await asOffice.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 1, plannedAt: officeSlot(11, '16:00') });
    expect(moved.statusCode, moved.body).toBe(204);
    await smtp.waitFor((m) => JSON.stringify(m.to).includes('resched@voorbeeld.test') && attachmentText(m as never).includes('SEQUENCE:1'), 10_000);
    const cancelled = await asOffice.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 2, state: 'cancelled', cancelReason: 'Cliënt is ziek.' });
    expect(cancelled.statusCode, cancelled.body).toBe(204);
    const cancellation = await smtp.waitFor((m) => JSON.stringify(m.to).includes('resched@voorbeeld.test') && attachmentText(m as never).includes('METHOD:CANCEL'), 10_000);
    expect(attachmentText(cancellation as never)).toContain('STATUS:CANCELLED');
    expect(cancellation.text).toContain('Cliënt is ziek.');
  });

  it('refuses impossible times, unknown activities and unapproved channels with a clear message, saving nothing', async () => {
    const caseId = await newCase();
    const attempt = (body: Record<string, unknown>) => asExpert.post(`/api/cases/${caseId}/contacts`, contactBody(body));
    const past = await attempt({ plannedAt: new Date(Date.now() - 86_400_000).toISOString() });
    expect(past.statusCode).toBe(400);
    expect(past.json().error).toMatchObject({ field: 'plannedAt' });
    expect(past.json().error.message).toMatch(/verleden/);
    const night = await attempt({ plannedAt: officeSlot(8, '21:00') });
    expect(night.json().error.message).toMatch(/kantoortijden/);
    const soon = await attempt({ plannedAt: new Date(Date.now() + 2 * 3_600_000).toISOString() });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().error.field).toBe('plannedAt');
    const first = await attempt({ plannedAt: officeSlot(12, '13:00') });
    expect(first.statusCode, first.body).toBe(201);
    const overlap = await attempt({ plannedAt: officeSlot(12, '13:30') });
    expect(overlap.json().error.message).toMatch(/andere afspraak/);
    const unknown = await attempt({ circumstances: circumstancesBody('tea_party') });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('circumstances.activity');
    const channel = await asAdmin.post('/api/admin/contact-channels', { name: 'WhatsApp', form: 'video', dpiaStatus: 'not_started', legalBasis: null, recordingPolicy: 'never', retention: null, approved: false, notes: null });
    expect(channel.statusCode, channel.body).toBe(201);
    const unapproved = await attempt({ plannedAt: officeSlot(13, '17:00'), durationMinutes: 30, contactForm: 'video', channelId: channel.json().id, circumstances: circumstancesBody('practical'), choiceReasonCodes: ['other'], choiceReason: 'Alleen om te testen.' });
    expect(unapproved.statusCode).toBe(400);
    expect(unapproved.json().error).toMatchObject({ field: 'channelId' });
    expect(unapproved.json().error.message).toMatch(/DPIA niet afgerond/);
    const approveEarly = await asAdmin.put(`/api/admin/contact-channels/${channel.json().id}`, { name: 'WhatsApp', form: 'video', dpiaStatus: 'in_progress', legalBasis: null, recordingPolicy: 'never', retention: null, approved: true, notes: null });
    expect(approveEarly.statusCode).toBe(400);
    expect(approveEarly.json().error.field).toBe('dpiaStatus');
    expect(await contactCount(caseId)).toBe(1);
  });

  it('explains contradictory circumstances in the advice instead of refusing them', async () => {
    const response = await asExpert.post('/api/contact-advice', {
      ...circumstancesBody('checking_facts', { physicalPossible: true, physicalImpossibleReason: 'lockdown' }),
      medicalObstacle: undefined,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().observations.map((o: { code: string }) => o.code)).toContain('reason_given_but_physical_possible');
  });

  it('offers the advice as a public operation without a session or CSRF token', async () => {
    const anonymous = new Client(t);
    const { medicalObstacle: _ignored, ...request } = circumstancesBody('workplace_investigation');
    const response = await anonymous.call({ method: 'POST', url: '/api/contact-advice', body: { ...request, preconditions: { videoConsent: false, clientInformed: false, approvedChannel: true, medicalObstacle: false } }, csrf: false });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().ruleSetVersion).toBe(SEED_000_RULE_SET.version);
    expect(response.json().forms.physical.strength).toBe('required');
    expect(response.json().forms.video.blockedBy.map((b: { precondition: string }) => b.precondition)).toEqual(expect.arrayContaining(['videoConsent', 'clientInformed']));
    const openapi = (await anonymous.get('/api/openapi.json')).json();
    expect(openapi.paths['/api/contact-advice'].post).toBeDefined();
  });

  it('follows an administrator’s rule change in the next advice, while the decision log keeps the old version', async () => {
    const caseId = await newCase();
    const circumstances = circumstancesBody('workplace_investigation');
    const before = await asExpert.post(`/api/cases/${caseId}/contacts/advice`, { circumstances });
    expect(before.json().advice.forms.physical.strength).toBe('required');
    const current = (await asAdmin.get('/api/admin/contact-rule-sets/current')).json();
    const rules = current.rules.map((rule: { id: string; effects: unknown[] }) =>
      rule.id === 'A6-workplace-physical' ? { ...rule, effects: [{ form: 'physical', strength: 'preferred' }] } : rule);
    const invalid = await asAdmin.post('/api/admin/contact-rule-sets', { version: 'bad', effectiveFrom: '2026-11-01', rules: [{ id: 'x', condition: { fact: 'nonsense', equals: true }, effects: [], explanation: { nl: 'a', en: 'b' }, source: 'seed 000 §1', effectiveFrom: '2026-11-01' }], changeNote: 'kapot' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toMatch(/nonsense/);
    const saved = await asAdmin.post('/api/admin/contact-rule-sets', { version: '2026-11-org-1', effectiveFrom: '2026-11-01', rules, changeNote: 'Werkplekonderzoek: fysiek voorkeur in plaats van verplicht.' });
    expect(saved.statusCode, saved.body).toBe(201);
    const after = await asExpert.post(`/api/cases/${caseId}/contacts/advice`, { circumstances });
    expect(after.json().advice.ruleSetVersion).toBe('2026-11-org-1');
    expect(after.json().advice.forms.physical.strength).toBe('preferred');
    const log = (await asExpert.get(`/api/cases/${caseId}/contact-decisions`)).json().items;
    expect(log.map((d: { ruleSetVersion: string }) => d.ruleSetVersion).sort()).toEqual(['2026-11-org-1', SEED_000_RULE_SET.version].sort());
    const old = log.find((d: { ruleSetVersion: string }) => d.ruleSetVersion === SEED_000_RULE_SET.version);
    expect(old.advice.forms.physical.strength).toBe('required');
    const history = (await asAdmin.get('/api/admin/contact-rule-sets')).json().items;
    expect(history.map((h: { version: string; current: boolean }) => [h.version, h.current])).toEqual([['2026-11-org-1', true], [SEED_000_RULE_SET.version, false]]);
    // Back to the shipped rules for the other tests, as a new version.
    expect((await asAdmin.post('/api/admin/contact-rule-sets', { version: '2026-11-org-2', effectiveFrom: '2026-11-01', rules: SEED_000_RULE_SET.rules, changeNote: 'Terug naar de meegeleverde set.' })).statusCode).toBe(201);
  });

  it('warns when hoor en wederhoor gives client and employer unequal channels (P12)', async () => {
    const caseId = await newCase();
    const hw = circumstancesBody('hoor_wederhoor');
    const client = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ circumstances: hw, participants: [{ name: 'Cliënt', role: 'client' }] }, 14, '10:00'));
    expect(client.statusCode, client.body).toBe(201);
    expect(client.json().warnings).toEqual([]);
    const employer = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({
      contactForm: 'phone', circumstances: { ...hw, employerPreference: { form: 'phone', reason: 'Druk' } }, participants: [{ name: 'P. de Wit', role: 'employer' }],
      choiceReasonCodes: ['employer_preference'], choiceReason: 'Werkgever kan alleen telefonisch.',
    }, 14, '15:30'));
    expect(employer.statusCode, employer.body).toBe(201);
    expect(employer.json().warnings.map((w: { code: string }) => w.code)).toContain('unequal_channels');
  });

  it('keeps planning of a new contact to the labour expert, but lets office staff read the planning page and screen digital readiness', async () => {
    const caseId = await newCase();
    expect((await asOffice.post(`/api/cases/${caseId}/contacts`, contactBody())).statusCode).toBe(403);
    expect((await asOffice.post(`/api/cases/${caseId}/contacts/advice`, { circumstances: circumstancesBody('first_contact') })).statusCode).toBe(403);
    const planning = await asOffice.get(`/api/cases/${caseId}/contacts/planning`);
    expect(planning.statusCode, planning.body).toBe(200);
    expect(planning.json().canChooseForm).toBe(false);
    const readiness = await asOffice.post(`/api/cases/${caseId}/readiness`, {
      answeredBy: 'with_client', answers: { device: 'smartphone', connection: 'unstable', videoExperience: 'never', helpAtHome: 'no', hearing: 'some_difficulty', reading: 'good' },
    });
    expect(readiness.statusCode, readiness.body).toBe(201);
    expect(readiness.json()).toMatchObject({ result: 'not_ready', offerTestCall: false });
    expect((await asOffice.get(`/api/cases/${caseId}/readiness`)).json().latest).toMatchObject({ result: 'not_ready', answeredBy: 'with_client' });
    const prefill = (await asExpert.get(`/api/cases/${caseId}/contacts/planning`)).json().prefill;
    expect(prefill.clientConditions).toEqual(expect.arrayContaining(['limited_digital_skills', 'speech_or_hearing_problems']));
  });

  it('queues a reminder once, inside the reminder window', async () => {
    const caseId = await newCase({ email: 'reminder@voorbeeld.test' });
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({}, 15, '16:30'));
    expect(planned.statusCode, planned.body).toBe(201);
    const startsAt = Date.parse(officeSlot(15, '16:30'));
    const context = { appUrl: 'https://passend.test', fromAddress: 'noreply@passend.test' };
    const reminded = async () => (await t.db.query<{ at: string | null }>('SELECT reminder_sent_at AS at FROM contacts WHERE id = $1', [planned.json().id]))[0]!.at;
    const remindersFor = async () => Number((await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM mail_outbox WHERE contact_id = $1 AND kind = 'reminder'", [planned.json().id]))[0]!.n);
    await queueDueReminders(t.db, context, new Date(startsAt - 72 * 3_600_000));
    expect(await reminded()).toBeNull();
    await queueDueReminders(t.db, context, new Date(startsAt - 24 * 3_600_000));
    expect(await reminded()).not.toBeNull();
    await queueDueReminders(t.db, context, new Date(startsAt - 23 * 3_600_000));
    expect(await remindersFor()).toBe(1);
    t.app.mailer?.kick();
    const reminder = await smtp.waitFor((m) => JSON.stringify(m.to).includes('reminder@voorbeeld.test') && /herinnering/i.test(m.subject ?? ''), 10_000);
    expect(reminder.attachments.length).toBe(0);
  });

  it('gives the administrator the outbox and an oversight of the channel mix, framed as quality', async () => {
    const outbox = await asAdmin.get('/api/admin/outbox?page=1&pageSize=100');
    expect(outbox.statusCode, outbox.body).toBe(200);
    expect(outbox.json().items.some((m: { ics: string | null }) => m.ics?.includes('BEGIN:VCALENDAR'))).toBe(true);
    expect((await asExpert.get('/api/admin/outbox')).statusCode).toBe(403);
    const oversight = await asAdmin.get('/api/contact-oversight');
    expect(oversight.statusCode, oversight.body).toBe(200);
    expect(oversight.json().total).toBeGreaterThan(0);
    expect(oversight.json().againstAdvice).toBeGreaterThan(0);
    expect(oversight.json().byExpert[0].expert.displayName).toBe('Anna Arbeidsdeskundige');
    expect((await asOffice.get('/api/contact-oversight')).statusCode).toBe(403);
    const reversed = await asAdmin.get('/api/contact-oversight?from=2026-12-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
  });

  it('records after the contact whether the form was adequate, which can put a physical follow-up on the plan (P9)', async () => {
    const caseId = await newCase();
    const slot = officeSlot(16, '10:00');
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ contactForm: 'phone', circumstances: circumstancesBody('practical'), plannedAt: slot }));
    expect(planned.statusCode, planned.body).toBe(201);
    const contactId = planned.json().id;
    const held = await asExpert.patch(`/api/cases/${caseId}/contacts/${contactId}`, {
      version: 1, state: 'held', heldAt: new Date(Date.now() - 60_000).toISOString(),
      adequacy: { verdict: 'partly', signs: ['emotion', 'information_missed'], note: 'Cliënt werd emotioneel.', physicalFollowUp: true },
    });
    expect(held.statusCode, held.body).toBe(204);
    const detail = (await asExpert.get(`/api/cases/${caseId}/contacts/${contactId}`)).json();
    expect(detail.suggestPhysicalFollowUp).toBe(true);
    const planning = (await asExpert.get(`/api/cases/${caseId}/contacts/planning`)).json();
    expect(planning.openFollowUps.map((f: { contactId: string }) => f.contactId)).toEqual([contactId]);
    const followUp = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ followUpOf: contactId, durationMinutes: 30, circumstances: circumstancesBody('experienced_limitations', { earlierContacts: 1 }) }, 17, '17:00'));
    expect(followUp.statusCode, followUp.body).toBe(201);
    const justification = (await asExpert.get(`/api/cases/${caseId}/contact-justification`)).json();
    const entry = justification.entries.find((e: { contactId: string }) => e.contactId === contactId);
    expect(entry.followUp).toMatchObject({ contactId: followUp.json().id, state: 'planned' });
    expect(entry.adequacy.signs).toEqual(['emotion', 'information_missed']);
  });
});
