// Browser journeys of the client portal (issue 5), through the real server with the demo data, in
// Debian's Chromium: the labour expert sends a personal link; the client opens it on a small phone
// screen, types the one-time code from the SMS (kept in the outbox: no SMS provider), and by keyboard
// states a preference for the form of the coming video conversation in their own words and gives
// consent; the expert sees both. A client who reads Arabic gets the core screens right-to-left (checked
// in the DOM and against a reference screenshot). A wrong code and an unusable link get plain pages.
// axe checks every portal page the journeys visit.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { type APIRequestContext, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const REFERENCE_DIR = join(import.meta.dirname, 'reference');
const CLIENT = 'Fatima El Amrani (fictief)';
const REASON = 'Reizen kost mij veel energie. السفر متعب بالنسبة لي.';

const running = serverAndBrowser();
const errors: string[] = [];

async function open(viewport = { width: 320, height: 640 }): Promise<Page> {
  const { page } = await newJourneyContext(running.browser, running.server.baseUrl);
  await page.setViewportSize(viewport);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}

/** The staff side through the API: a case for `language`, a coming video appointment without consent, and the portal link. */
let slot = 0;
/** A start on a coming day, one hour apart per appointment (the office is open all day in these journeys). */
const comingSlot = () => {
  const start = new Date(Date.now() + 86_400_000);
  start.setUTCHours(8 + slot++, 0, 0, 0);
  return start.toISOString();
};

async function caseWithPortalLink(expert: APIRequestContext, csrf: string, admin: { request: APIRequestContext; csrf: string }, language: string, name: string) {
  const created = await api<{ id: string }>(expert, csrf, 'POST', '/api/cases', {
    client: { fullName: name, birthDate: '1979-03-02', email: `${language}.client@voorbeeld.test`, phone: '06-12345678', address: null, preferredLanguage: language, interpreterNeeded: false, companionWanted: false },
    assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past bij cliënt (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
  });
  const planned = await api<{ id: string }>(expert, csrf, 'POST', `/api/cases/${created.id}/contacts`, {
    contactForm: 'video', plannedAt: comingSlot(), durationMinutes: 30, location: null, participants: [{ name, role: 'client' }], note: null,
    circumstances: { activity: 'client_vision', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 1,
      physicalFirstContactHeld: true, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false, clientPreference: null, employerPreference: null, medicalObstacle: false },
    choiceReasonCodes: ['other'], choiceReason: 'Beeldbellen past bij dit vervolggesprek (fictief).', videoConsent: null,
  });
  await api(expert, csrf, 'POST', `/api/cases/${created.id}/portal`, { audience: 'client', partyId: null }, 201);
  const outbox = await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100');
  const mail = outbox.items.find((m) => m.caseId === created.id && m.kind === 'portal_link');
  const url = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec(mail?.bodyText ?? '')?.[1];
  expect(url, 'the mail carries the personal link').toBeTruthy();
  return { caseId: created.id, contactId: planned.id, url: url! };
}

/** The newest code sent for a case, from the administrator's outbox (an SMS without SMS provider). */
async function codeFor(admin: { request: APIRequestContext; csrf: string }, caseId: string): Promise<string> {
  const outbox = await api<{ items: Array<{ kind: string; caseId: string | null; channel: string; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100');
  const sms = outbox.items.find((m) => m.caseId === caseId && m.kind === 'portal_code');
  expect(sms?.channel).toBe('sms');
  return /\b(\d{6})\b/.exec(sms!.bodyText)![1]!;
}

/** Compares a screenshot with its reference (made once with UPDATE_REFERENCE_SCREENSHOTS=1): at most 0.5 % of pixels differ. */
function expectLikeReference(actual: Buffer, name: string): void {
  const file = join(REFERENCE_DIR, name);
  if (process.env.UPDATE_REFERENCE_SCREENSHOTS === '1' || !existsSync(file)) {
    if (process.env.UPDATE_REFERENCE_SCREENSHOTS !== '1') throw new Error(`no reference screenshot ${file}: run with UPDATE_REFERENCE_SCREENSHOTS=1 once and commit it`);
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(readFileSync(file));
  expect([a.width, a.height], `${name}: size`).toEqual([b.width, b.height]);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const delta = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (delta > 48) differing++;
  }
  const share = differing / (a.width * a.height);
  if (share > 0.005) writeFileSync(join(REFERENCE_DIR, `${name}.actual.png`), actual);
  expect(share, `${name}: share of pixels that differ from the reference (the actual image is written beside it)`).toBeLessThanOrEqual(0.005);
}

describe('Client portal', () => {
  let expert: { request: APIRequestContext; csrf: string };
  let admin: { request: APIRequestContext; csrf: string };

  beforeAll(async () => {
    const expertContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    const adminContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    expert = { request: expertContext.request, csrf: await signInByApi(expertContext.request, DEMO_USERS.expert.email) };
    admin = { request: adminContext.request, csrf: await signInByApi(adminContext.request, DEMO_USERS.admin.email) };
    // The office opens all day without lead time, so the appointment can be "soon".
    const settings = await api<Record<string, unknown>>(admin.request, admin.csrf, 'GET', '/api/admin/contact-settings');
    await api(admin.request, admin.csrf, 'PUT', '/api/admin/contact-settings', { ...settings, officeDays: [1, 2, 3, 4, 5, 6, 7], officeStart: '00:00', officeEnd: '23:59', minLeadHours: 0 });
  });

  it('a. the client opens the link, types the SMS code, and by keyboard states a preference and gives consent; the expert sees both', async () => {
    const { caseId, contactId, url } = await caseWithPortalLink(expert.request, expert.csrf, admin, 'nl', CLIENT);
    const page = await open();
    await page.goto(url);
    await h1(page, 'Vul uw code in').waitFor();
    await page.getByText('We hebben een code per sms gestuurd naar 06 •••• 78.').waitFor();
    expect(new URL(page.url()).hash, 'the link’s secret leaves the address bar').toBe('');
    await expectNoSeriousAxeViolations(page, 'portal: code');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);

    // A wrong code first: a plain message, attempts left.
    const code = await codeFor(admin, caseId);
    const field = page.getByLabel('Vul hier de code van 6 cijfers in.');
    await field.fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Deze code klopt niet. U kunt het nog 4 keer proberen.').waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');

    // Then the right one, typed, with Enter.
    await field.fill('');
    await field.focus();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await h1(page, `Welkom, ${CLIENT}`).waitFor();
    await page.getByText('Uw arbeidsdeskundige is').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'portal: home');

    // The coming appointment, then the preference, by keyboard only.
    await page.getByRole('button', { name: 'Bekijk deze afspraak' }).first().focus();
    await page.keyboard.press('Enter');
    await h1(page, /^Afspraak op /).waitFor();
    await expectNoSeriousAxeViolations(page, 'portal: appointment');
    const video = page.getByRole('radio', { name: 'Beeldbellen' });
    await video.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => video.isChecked()).toBe(true);
    const reason = page.getByLabel('Waarom? In uw eigen woorden');
    await reason.focus();
    await page.keyboard.type(REASON);
    await page.getByRole('button', { name: 'Voorkeur opslaan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Uw voorkeur is opgeslagen.').first().waitFor();

    // Consent, after the privacy notice.
    await page.getByRole('heading', { name: 'Privacyverklaring' }).waitFor();
    await page.getByRole('button', { name: 'Ik geef toestemming voor beeldbellen bij deze afspraak' }).click();
    await page.getByText('Dank u wel. Uw toestemming is opgeslagen.').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'portal: consent given');

    // The labour expert sees the client's own words and the consent given in the portal.
    const contact = await api<{ clientPreference: { form: string; reason: string } | null; consents: Array<{ method: string; recordedBy: string | null }> }>(expert.request, expert.csrf, 'GET', `/api/cases/${caseId}/contacts/${contactId}`);
    expect(contact.clientPreference).toEqual(expect.objectContaining({ form: 'video', reason: REASON }));
    expect(contact.consents[0]).toMatchObject({ method: 'portal', recordedBy: null });
    expect(errors).toEqual([]);
  });

  it('d. the client answers the readiness check for video; the way leads to the test call, and the expert sees it as the client’s own', async () => {
    const { caseId, url } = await caseWithPortalLink(expert.request, expert.csrf, admin, 'nl', CLIENT);
    const page = await open();
    await page.goto(url);
    await h1(page, 'Vul uw code in').waitFor();
    await page.getByLabel('Vul hier de code van 6 cijfers in.').fill(await codeFor(admin, caseId));
    await page.getByRole('button', { name: 'Verder' }).click();
    await h1(page, `Welkom, ${CLIENT}`).waitFor();

    await page.getByRole('button', { name: 'Vragen invullen' }).click();
    await h1(page, 'Beeldbellen: gaat dat lukken?').waitFor();
    // Sent without answers: each open question says so, and focus goes to the first.
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rd-device-smartphone');
    expect(await page.getByText('Kies een antwoord.').count()).toBe(6);
    await expectNoSeriousAxeViolations(page, 'portal: readiness with errors');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);

    const answer = async (question: string, choice: string) => page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check();
    await answer('Waarmee kunt u beeldbellen?', 'Met een smartphone');
    await answer('Hoe is het internet bij u thuis?', 'Het valt soms weg');
    await answer('Heeft u al eens gebeeldbeld?', 'Nee, nog nooit');
    await answer('Is er thuis iemand die u kan helpen met beeldbellen?', 'Ja');
    await answer('Hoe gaat horen? Bijvoorbeeld aan de telefoon, ook met een hoortoestel.', 'Goed');
    await answer('Hoe gaat lezen op een scherm?', 'Goed');
    expect(await page.getByText('Kies een antwoord.').count()).toBe(0);
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByRole('heading', { name: 'Dank u wel' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Dank u wel');
    await page.getByText('Tip: oefen eerst met een testgesprek.').waitFor();
    await expectNoSeriousAxeViolations(page, 'portal: readiness sent');

    // The way to the test call: the coming video appointment, where consent comes first.
    await page.getByRole('button', { name: 'Naar uw afspraak in beeld' }).click();
    await h1(page, /^Afspraak op /).waitFor();
    await page.getByRole('button', { name: 'Ik geef toestemming voor beeldbellen bij deze afspraak' }).waitFor();

    // Back home, and the answers are there again to change.
    await page.goBack();
    await h1(page, `Welkom, ${CLIENT}`).waitFor();
    await page.getByRole('button', { name: 'Vragen invullen' }).click();
    await page.getByText(/^U heeft deze vragen ingevuld op /).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Hoe is het internet bij u thuis?' }).getByRole('radio', { name: 'Het valt soms weg' }).isChecked()).toBe(true);

    const readiness = await api<{ latest: { answeredBy: string; recordedBy: string | null; recordedVia: string; result: string } }>(expert.request, expert.csrf, 'GET', `/api/cases/${caseId}/readiness`);
    expect(readiness.latest).toMatchObject({ answeredBy: 'client', recordedBy: null, recordedVia: 'portal', result: 'ready_with_help' });
    expect(errors).toEqual([]);
  });

  it('b. a client who reads Arabic gets the screens right-to-left, in Arabic, as in the reference', async () => {
    const { url } = await caseWithPortalLink(expert.request, expert.csrf, admin, 'ar', 'Samira Haddad (fictief)');
    const page = await open({ width: 375, height: 667 });
    await page.goto(url);
    await page.locator('h1').first().waitFor();
    await expect.poll(() => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    const heading = await page.locator('h1').first().innerText();
    expect(heading, 'the heading is in Arabic script').toMatch(/[\u0600-\u06FF]/);
    // Right-to-left for real: the heading's text starts at the right edge of its box.
    const alignment = await page.locator('h1').first().evaluate((el) => getComputedStyle(el).direction);
    expect(alignment).toBe('rtl');
    await expectNoSeriousAxeViolations(page, 'portal: code (Arabic)');
    await page.evaluate(() => document.fonts.ready);
    expectLikeReference(await page.screenshot({ fullPage: false, animations: 'disabled', caret: 'hide' }), 'portal-code-ar.png');
  });

  it('c. an unusable link gets a plain page', async () => {
    const page = await open();
    await page.goto(`/portaal#${'x'.repeat(43)}`);
    await h1(page, 'Deze link werkt niet (meer)').waitFor();
    await expectNoSeriousAxeViolations(page, 'portal: unusable link');
    expect(errors).toEqual([]);
  });
});
