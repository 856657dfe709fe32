// Browser journeys of the built-in video call (issue 4), through the real server with the demo data,
// in Debian's Chromium with a fake camera and microphone: the client waits in the waiting room, the
// labour expert lets them in and both decode each other's video and audio (getStats); after a
// reload the same link takes the client straight back in; a third
// person, announced to the client with their role before they come in; removal, a fifth person and
// unusable links each get a plain page; the switch to phone shows the client the number and lands on
// the case timeline; the test call before the appointment. axe checks the client's pages and the
// expert's call page. The journeys build on each other: one appointment, planned "now" through the
// API (office hours 00:00–23:59 every day and no lead time, set by the administrator).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, startServer, type RunningServer } from './support.js';
import { api, CALL_ARGS, expectMediaFlowing, h1, remoteNumbers, signInByApi, startSoon } from './call-support.js';

const CLIENT = 'Lotte Visser (fictief)';
const EMPLOYER = 'P. de Wit (fictief)';
const EXPERT = DEMO_USERS.expert.displayName;
const PHONE = '030-0000000 (fictief)';
const REASON = 'Cliënt wil een gevoelig onderwerp liever per telefoon bespreken (fictief).';

let server: RunningServer;
let browser: Browser;
const errors: string[] = [];

/** Everything the journeys share: the appointment, and the pages that stay open between them. */
const shared: {
  caseId?: string;
  contactId?: string;
  clientUrl?: string;
  expert?: { context: BrowserContext; page: Page; csrf: string };
  client?: Page;
} = {};

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CALL_ARGS, headless: true });
});

afterEach((context) => {
  if (context.task.result?.state === 'fail') console.error(`Server output (last lines):\n${server?.output().split('\n').slice(-30).join('\n')}`);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
});

// ---- helpers ------------------------------------------------------------------------------------

async function open(): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newJourneyContext(browser, server.baseUrl);
  const watch = (page: Page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  watch(opened.page);
  opened.context.on('page', watch);
  return opened;
}

/** Opens a call link in a new context (its own fake camera and microphone) and presses Deelnemen. */
async function joinWithLink(url: string): Promise<Page> {
  const { page } = await open();
  await page.goto(url);
  await h1(page, 'Deelnemen aan uw beeldgesprek').waitFor();
  await page.getByRole('button', { name: 'Deelnemen' }).click();
  return page;
}

// ---- journeys -----------------------------------------------------------------------------------

describe('Built-in video call', () => {
  it('a. the client waits, the labour expert lets them in, and both decode each other’s video and audio', async () => {
    // The administrator opens the office all day, every day, without lead time, so the call can be "now".
    const admin = await open();
    const adminCsrf = await signInByApi(admin.context.request, DEMO_USERS.admin.email);
    const settings = await api<Record<string, unknown>>(admin.context.request, adminCsrf, 'GET', '/api/admin/contact-settings');
    await api(admin.context.request, adminCsrf, 'PUT', '/api/admin/contact-settings', { ...settings, officeDays: [1, 2, 3, 4, 5, 6, 7], officeStart: '00:00', officeEnd: '23:59', minLeadHours: 0 });

    // The labour expert registers a case and plans a video contact in a few minutes, with consent.
    const expert = await open();
    const csrf = await signInByApi(expert.context.request, DEMO_USERS.expert.email);
    const created = await api<{ id: string }>(expert.context.request, csrf, 'POST', '/api/cases', {
      client: { fullName: CLIENT, birthDate: '1984-06-02', email: 'lotte.visser@voorbeeld.test', phone: '06-00000000', address: null, preferredLanguage: 'nl', interpreterNeeded: false, companionWanted: false },
      assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past bij cliënt (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
    });
    const caseId = created.id;
    const planning = await api<{ privacyNotice: { id: string } | null }>(expert.context.request, csrf, 'GET', `/api/cases/${caseId}/contacts/planning`);
    const circumstances = {
      activity: 'practical', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 0,
      physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false,
      clientPreference: { form: 'video', reason: 'Reizen kost veel energie (fictief).' }, employerPreference: null, medicalObstacle: false,
    };
    const planned = await api<{ id: string }>(expert.context.request, csrf, 'POST', `/api/cases/${caseId}/contacts`, {
      contactForm: 'video', circumstances, plannedAt: startSoon(5), durationMinutes: 5, location: null, participants: [{ name: CLIENT, role: 'client' }], note: null,
      choiceReasonCodes: ['client_preference'], choiceReason: 'Cliënt kiest zelf voor beeldbellen (fictief).',
      videoConsent: { givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: planning.privacyNotice!.id, softwareExplained: true },
    });
    const contactId = planned.id;

    // The client's link, from the invitation in the outbox.
    const outbox = await api<{ items: Array<{ kind: string; contactId: string | null; bodyText: string }> }>(admin.context.request, adminCsrf, 'GET', '/api/admin/outbox?pageSize=100');
    const invitation = outbox.items.find((m) => m.contactId === contactId && m.kind === 'invitation');
    expect(invitation, 'the invitation is in the outbox').toBeTruthy();
    const clientUrl = /(https?:\/\/\S+\/gesprek#[A-Za-z0-9_-]+)/.exec(invitation!.bodyText)?.[1];
    expect(clientUrl, 'the invitation carries the client’s link').toBeTruthy();
    await admin.context.close();
    Object.assign(shared, { caseId, contactId, clientUrl, expert: { ...expert, csrf } });

    // The client, on a small phone screen: own image, microphone level, one button.
    const { page: client } = await open();
    shared.client = client;
    await client.setViewportSize({ width: 320, height: 640 });
    await client.goto(clientUrl!);
    await h1(client, 'Deelnemen aan uw beeldgesprek').waitFor();
    await expect.poll(() => client.evaluate(() => document.documentElement.lang)).toBe('nl');
    await client.getByText(`Uw gesprek met ${EXPERT}`).waitFor();
    await client.getByLabel('Geluid van uw microfoon').waitFor();
    await expect.poll(() => client.evaluate(() => (document.querySelector('video.preview') as HTMLVideoElement | null)?.readyState ?? 0)).toBeGreaterThan(1);
    expect(await client.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);
    await expectNoSeriousAxeViolations(client, 'client: before joining');
    // Keyboard only: the one button is the next stop after the heading.
    await client.keyboard.press('Tab');
    expect(await client.evaluate(() => document.activeElement?.textContent)).toBe('Deelnemen');
    await client.keyboard.press('Enter');

    await h1(client, 'U bent in de wachtkamer').waitFor();
    await client.getByText(`U wacht tot ${EXPERT} u binnenlaat.`).waitFor();
    await client.getByRole('region', { name: 'Wie is er in het gesprek' }).getByText(`${CLIENT} (u), cliënt: wacht`).waitFor();
    await expectNoSeriousAxeViolations(client, 'client: waiting room');

    // The labour expert opens the call and lets the client in.
    const page = expert.page;
    await page.goto(`/dossiers/${caseId}/contacten/${contactId}/gesprek`);
    await h1(page, /^Beeldgesprek van /).waitFor();
    const participants = page.getByRole('region', { name: 'Deelnemers' });
    await participants.getByRole('row', { name: new RegExp(CLIENT.replace(/[()]/g, '\\$&')) }).getByText('Wacht in de wachtkamer').waitFor();
    await expectNoSeriousAxeViolations(page, 'expert: call page with the client waiting');
    await participants.getByRole('button', { name: `Binnenlaten: ${CLIENT}` }).click();

    await h1(client, 'In gesprek').waitFor();
    await client.getByRole('figure', { name: `${EXPERT}, arbeidsdeskundige` }).waitFor();
    await page.getByRole('figure', { name: `${CLIENT}, Cliënt` }).waitFor();
    await expectMediaFlowing(client, 1, 'client');
    await expectMediaFlowing(page, 1, 'expert');
    await participants.getByRole('row', { name: new RegExp(CLIENT.replace(/[()]/g, '\\$&')) }).getByText('In het gesprek').waitFor();
    // Quality per participant, in words and numbers, from the client's own reports.
    await expect.poll(() => participants.getByRole('row', { name: new RegExp(CLIENT.replace(/[()]/g, '\\$&')) }).innerText(), { timeout: 15_000 }).toMatch(/(Goed|Matig|Slecht) \(\d+ ms, [\d.]+ % verlies\)/);
    await expectNoSeriousAxeViolations(client, 'client: in the call');
    await expectNoSeriousAxeViolations(page, 'expert: in the call');

    // The expert mutes the client: the microphone goes off, with a notice; the client turns it on again.
    await participants.getByRole('button', { name: `Dempen: ${CLIENT}` }).click();
    await client.getByText(`${EXPERT} heeft uw microfoon uitgezet.`).waitFor();
    await client.getByRole('button', { name: 'Microfoon aan' }).click();
    await client.getByRole('button', { name: 'Microfoon uit' }).waitFor();

    // The client's page goes away (a dropped connection, a closed tab): the same link takes them
    // straight back into the call, without waiting to be let in a second time.
    await client.reload();
    await h1(client, 'Deelnemen aan uw beeldgesprek').waitFor();
    await client.getByRole('button', { name: 'Deelnemen' }).click();
    await h1(client, 'In gesprek').waitFor();
    await expectMediaFlowing(client, 1, 'client after coming back');
    await expectMediaFlowing(page, 1, 'expert after the client came back');
    expect(errors).toEqual([]);
  });

  it('b. a third person: the expert makes an employer link, the client is told who comes in and in what role; removal and a fifth person get plain pages', async () => {
    const { page: expert, context, csrf } = shared.expert!;
    const client = shared.client!;
    const extra = expert.getByRole('region', { name: 'Link voor een extra deelnemer' });
    await extra.getByLabel('Rol').selectOption({ label: 'Werkgever' });
    await extra.getByLabel('Naam').fill(EMPLOYER);
    await extra.getByRole('button', { name: 'Link maken' }).click();
    const link = extra.getByLabel('Link om door te geven');
    await expect.poll(() => link.inputValue()).toMatch(/\/gesprek#[A-Za-z0-9_-]{40,}$/);
    const employerUrl = await link.inputValue();
    await expectNoSeriousAxeViolations(expert, 'expert: extra participant link');

    const employer = await joinWithLink(employerUrl);
    await h1(employer, 'U bent in de wachtkamer').waitFor();
    const participants = expert.getByRole('region', { name: 'Deelnemers' });
    await participants.getByRole('button', { name: `Binnenlaten: ${EMPLOYER}` }).click();

    // P22: the client hears who comes in, and in what role.
    await client.getByText(`${EMPLOYER} (werkgever) komt erbij in het gesprek.`).waitFor();
    await h1(employer, 'In gesprek').waitFor();
    await client.getByRole('figure', { name: `${EMPLOYER}, werkgever` }).waitFor();
    await expectMediaFlowing(employer, 2, 'employer');
    await expectMediaFlowing(client, 2, 'client with two others');

    // Removed by the expert: a plain page, and the link does not let them back in.
    await participants.getByRole('button', { name: `Verwijderen: ${EMPLOYER}` }).click();
    await h1(employer, 'U bent uit het gesprek gehaald').waitFor();
    await employer.getByText(`${EXPERT} heeft u uit het gesprek gehaald.`).waitFor();
    await expectNoSeriousAxeViolations(employer, 'client page: removed');
    await employer.reload();
    await h1(employer, 'Deelnemen aan uw beeldgesprek').waitFor();
    await employer.getByRole('button', { name: 'Deelnemen' }).click();
    await h1(employer, 'U bent uit het gesprek gehaald').waitFor();
    await employer.context().close();
    await expect.poll(async () => Object.keys(await remoteNumbers(client)).length).toBe(1);

    // Four people at most: expert, client and two who wait; the fifth gets a plain page.
    const links: string[] = [];
    for (const [role, displayName] of [['companion', 'Partner (fictief)'], ['bedrijfsarts', 'Dr. L. Hendriks (fictief)'], ['other', 'Buurman (fictief)']]) {
      links.push((await api<{ url: string }>(context.request, csrf, 'POST', `/api/cases/${shared.caseId}/contacts/${shared.contactId}/call-links`, { role, displayName })).url);
    }
    const companion = await joinWithLink(links[0]!);
    await h1(companion, 'U bent in de wachtkamer').waitFor();
    const doctor = await joinWithLink(links[1]!);
    await h1(doctor, 'U bent in de wachtkamer').waitFor();
    const fifth = await joinWithLink(links[2]!);
    await h1(fifth, 'Het gesprek is vol').waitFor();
    await fifth.getByText('Er zijn al vier mensen in dit gesprek.').waitFor();
    await expectNoSeriousAxeViolations(fifth, 'client page: call full');
    for (const page of [companion, doctor, fifth]) await page.context().close();
    await expect.poll(() => participants.getByRole('row').count()).toBe(3); // header, expert, client
    expect(errors).toEqual([]);
  });

  it('c. the switch to phone: the client sees the number, and the case timeline records it', async () => {
    const { page: expert } = shared.expert!;
    const client = shared.client!;
    const phone = expert.getByRole('region', { name: 'Overstappen op telefoon' });
    await phone.getByRole('button', { name: 'Overstappen op telefoon' }).click();
    const reason = phone.getByLabel(/Reden van de overstap/);
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill(REASON);
    await phone.getByRole('button', { name: 'Overstappen op telefoon' }).click();

    await h1(client, 'Het gesprek gaat verder per telefoon').waitFor();
    await client.getByText(`Het gesprek gaat verder per telefoon. ${EXPERT} belt u op uw nummer, of bel zelf: ${PHONE}`).waitFor();
    await expectNoSeriousAxeViolations(client, 'client: continued by phone');
    await expert.getByText(`De deelnemers zien het nummer ${PHONE}.`).waitFor();

    await expert.goto(`/dossiers/${shared.caseId}`);
    await expert.getByText('Beeldgesprek voortgezet per telefoon').first().waitFor();
    const contact = await api<{ contactForm: string }>(shared.expert!.context.request, shared.expert!.csrf, 'GET', `/api/cases/${shared.caseId}/contacts/${shared.contactId}`);
    expect(contact.contactForm).toBe('phone');
    // The old link now explains that this is no longer a video call.
    await client.reload();
    await h1(client, 'Dit gesprek is niet meer via beeld').waitFor();
    expect(errors).toEqual([]);
  });

  it('d. unusable links get plain pages; before the appointment the client can do a test call alone; refused camera access is explained', async () => {
    const { page } = await open();
    await page.goto(`/gesprek#${'x'.repeat(43)}`);
    await h1(page, 'Deze link werkt niet').waitFor();
    await page.getByText('Gebruik de hele link uit de e-mail.').waitFor();
    await expectNoSeriousAxeViolations(page, 'client page: unknown link');
    await page.goto('/gesprek');
    await h1(page, 'Deze link werkt niet').waitFor();

    // The demo appointment of Erik Jansen is days ahead: date, time and the test call.
    const admin = await open();
    const adminCsrf = await signInByApi(admin.context.request, DEMO_USERS.admin.email);
    const outbox = await api<{ items: Array<{ kind: string; recipient: string; bodyText: string }> }>(admin.context.request, adminCsrf, 'GET', '/api/admin/outbox?pageSize=100');
    const erik = outbox.items.find((m) => m.kind === 'invitation' && m.recipient === 'erik.jansen@voorbeeld.test');
    const erikUrl = /(https?:\/\/\S+\/gesprek#[A-Za-z0-9_-]+)/.exec(erik?.bodyText ?? '')?.[1];
    expect(erikUrl, 'the demo invitation carries a link').toBeTruthy();
    await admin.context.close();

    await page.goto(erikUrl!);
    await h1(page, 'Uw beeldgesprek').waitFor();
    await page.getByText(`U heeft een beeldgesprek met ${EXPERT}`).waitFor();
    await page.getByText(/^Datum: \w+ \d+ \w+ \d{4}$/).waitFor();
    await page.getByText(/^Tijd: \d\d:\d\d$/).waitFor();
    await expectNoSeriousAxeViolations(page, 'client: before the appointment');
    await page.getByRole('button', { name: 'Test starten' }).click();
    await page.getByText('U ziet uzelf. Uw camera werkt.').waitFor();
    await page.getByLabel('Geluid van uw microfoon').waitFor();
    await expect.poll(() => page.getByLabel('Geluid van uw microfoon').evaluate((m) => (m as HTMLMeterElement).value), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByText('Uw verbinding werkt.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Testgeluid afspelen' }).click();
    await page.getByRole('button', { name: 'Ja, ik hoorde het' }).click();
    await page.getByText('Alles werkt. U bent klaar voor het gesprek.').waitFor();
    await expectNoSeriousAxeViolations(page, 'client: test call');
    await page.context().close();

    // Camera and microphone refused: plain words on how to allow them, and a button to try again.
    const refused = await open();
    // (The fake-media flag grants every request, so the refusal is played by the page's own API.)
    await refused.context.addInitScript(() => {
      if (navigator.mediaDevices) navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await refused.page.goto(erikUrl!);
    await refused.page.getByRole('button', { name: 'Test starten' }).click();
    await refused.page.getByRole('heading', { name: 'Camera en microfoon zijn geblokkeerd' }).waitFor();
    await refused.page.getByText('Kies bij Camera en bij Microfoon: Toestaan.').waitFor();
    await refused.page.getByRole('button', { name: 'Opnieuw proberen' }).waitFor();
    await expectNoSeriousAxeViolations(refused.page, 'client: camera and microphone refused');
    await refused.context.close();
    expect(errors).toEqual([]);
  });
});
