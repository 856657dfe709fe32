// "Welke informatie gebruikt de arbeidsdeskundige?" in the client portal (issue 7), through the real
// server with the demo data, in Debian's Chromium at 320 px: the labour expert sends the client of demo
// case A (Daan Verhoeven, phone only) his portal link by SMS (kept in the outbox); he opens it, types
// the code, and reaches the screen from home by keyboard. It lists only the one source that is not
// professional-only (the ICT school's intake) with where it comes from in plain words; no title,
// interest or reliability of a professional-only source is anywhere in the page or in what the page
// received. In Arabic the screen is right to left. The employer of the same case never gets the
// screen, not even by its history entry, and the server refuses them. axe on every screen and state.
import type { APIRequestContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/portal/ui/format.js';
import { amsterdamDate, DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const running = serverAndBrowser({ screenshots: true });
const errors: string[] = [];

const CLIENT = 'Daan Verhoeven (fictief)';
const TITLE = 'Welke informatie gebruikt de arbeidsdeskundige?';
const SHARED = 'Intake ICT-school: goede praktische kennis, leerhouding goed';
/** What case A's professional-only sources say (titles, bodies, interests, reality checks), and the shared one's interest. */
const PROFESSIONAL_ONLY = [
  'Wajong-beoordeling', 'Er is niets met mij aan de hand', 'Spijbelde tijdens elke opleiding', 'Wil de ICT-opleiding doen', 'Korte uitzendbanen',
  'Moeder steunt de ICT-wens', 'RIBW twijfelt', 'snel overprikkeld', 'De school wil graag studenten inschrijven', 'Wil graag dat hij een opleiding afmaakt',
  'leervermogen is niet bekend', 'reasonable', 'reliability', 'interest',
];

interface Outbox { items: Array<{ kind: string; caseId: string | null; recipient: string; channel: string; bodyText: string }> }

async function open(viewport = { width: 320, height: 640 }): Promise<Page> {
  const { page } = await newJourneyContext(running.browser, running.server.baseUrl);
  await page.setViewportSize(viewport);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return page;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('Client portal: the information the labour expert uses', () => {
  let expert: { request: APIRequestContext; csrf: string };
  let admin: { request: APIRequestContext; csrf: string };
  let caseA = '';
  const outbox = async () => (await api<Outbox>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100')).items;

  /** Sends the door's link, opens it in a new page and signs in with the code from the outbox. */
  async function signInToPortal(target: { audience: 'client' | 'employer'; partyId: string | null }, recipient: RegExp, welcome: string | RegExp): Promise<Page> {
    await api(expert.request, expert.csrf, 'POST', `/api/cases/${caseA}/portal`, target, 201);
    const link = (await outbox()).find((m) => m.caseId === caseA && m.kind === 'portal_link' && recipient.test(m.recipient));
    const url = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec(link?.bodyText ?? '')?.[1];
    expect(url, 'the message carries the personal link').toBeTruthy();
    const page = await open();
    await page.goto(url!);
    await h1(page, 'Vul uw code in').waitFor();
    const sent = (await outbox()).find((m) => m.caseId === caseA && m.kind === 'portal_code' && recipient.test(m.recipient));
    await page.getByLabel('Vul hier de code van 6 cijfers in.').fill(/\b(\d{6})\b/.exec(sent!.bodyText)![1]!);
    await page.getByRole('button', { name: 'Verder' }).click();
    await h1(page, welcome).waitFor();
    return page;
  }

  beforeAll(async () => {
    const expertContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    const adminContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    expert = { request: expertContext.request, csrf: await signInByApi(expertContext.request, DEMO_USERS.expert.email) };
    admin = { request: adminContext.request, csrf: await signInByApi(adminContext.request, DEMO_USERS.admin.email) };
    const list = await api<{ items: Array<{ id: string; clientName: string }> }>(expert.request, expert.csrf, 'GET', '/api/cases?q=Daan');
    caseA = list.items.find((c) => c.clientName === CLIENT)!.id;
    expect(caseA).toBeTruthy();
  });

  it('the client of case A sees only the shared source, in plain words, by keyboard, at 320 px, and in Arabic right to left', async () => {
    const page = await signInToPortal({ audience: 'client', partyId: null }, /^06/, `Welkom, ${CLIENT}`);
    const home = page.getByRole('region', { name: TITLE });
    await home.getByText('Bekijk welke informatie de arbeidsdeskundige voor het advies gebruikt.').waitFor();
    await expectNoSeriousAxeViolations(page, 'portal home with the way to the information used');

    // By keyboard: the button, Enter; the screen's heading gets the focus.
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/portal/sources');
    await home.getByRole('button', { name: 'Bekijk de informatie' }).focus();
    await page.keyboard.press('Enter');
    await h1(page, TITLE).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    const received = await (await answer).text();

    // What this is, that the expert decides what is shown, that the client may ask or react.
    const main = page.locator('main');
    await main.getByText('Voor het advies verzamelt de arbeidsdeskundige informatie.', { exact: false }).waitFor();
    await main.getByText('De arbeidsdeskundige bepaalt welke informatie hier staat. Sommige informatie is alleen voor professionals. Die staat hier niet.').waitFor();
    await main.getByText('U mag altijd reageren.', { exact: false }).waitFor();

    // Only the shared source: its title, where it comes from in plain words, its name and date.
    const cards = main.getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(1);
    const card = cards.first();
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(SHARED);
    const facts = await card.locator('dl').innerText();
    expect(facts).toContain('Van wie of waar');
    expect(facts).toContain('Een school of opleiding');
    expect(facts).toContain('ICT-school, intakegesprek (fictief)');
    // The intake was six days before the demo data was made (today, or yesterday just after midnight).
    const date = /Datum\s+(.+)$/.exec(facts)?.[1];
    expect([formatDate(amsterdamDate(-6), 'nl'), formatDate(amsterdamDate(-7), 'nl')]).toContain(date);

    // Nothing of a professional-only source, neither on the screen nor in what the page received.
    const text = await page.locator('body').innerText();
    for (const phrase of PROFESSIONAL_ONLY) {
      expect(text, `the page never shows “${phrase}”`).not.toContain(phrase);
      expect(received, `the server never sends “${phrase}”`).not.toContain(phrase);
    }
    expect(JSON.parse(received).items).toHaveLength(1);
    await expectNoSeriousAxeViolations(page, 'portal: the information used');
    expect(await noSidewaysScroll(page), 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);

    // Back home with the button, in again, and back with the browser's Back button.
    await page.getByRole('button', { name: 'Terug naar de startpagina' }).click();
    await h1(page, `Welkom, ${CLIENT}`).waitFor();
    await page.getByRole('region', { name: TITLE }).getByRole('button', { name: 'Bekijk de informatie' }).click();
    await h1(page, TITLE).waitFor();
    await page.goBack();
    await h1(page, `Welkom, ${CLIENT}`).waitFor();

    // In Arabic: the same screen right to left, the words in Arabic, the source's own title as written.
    await page.getByLabel('Taal · Language').selectOption('ar');
    await page.getByRole('button', { name: /Kiezen|اختيار/ }).click();
    await expect.poll(() => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('button', { name: 'عرض المعلومات' }).click();
    await h1(page, 'ما المعلومات التي يستخدمها خبير العمل؟').waitFor();
    await page.getByText('من مدرسة أو جهة تدريب').waitFor();
    expect(await page.getByRole('listitem').first().getByRole('heading', { level: 2 }).innerText()).toBe(SHARED);
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expectNoSeriousAxeViolations(page, 'portal: the information used (Arabic)');
    expect(await noSidewaysScroll(page), 'no sideways scrolling at 320 px in Arabic').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('the employer of case A never gets the screen, not by its history entry either, and the server refuses them', async () => {
    const party = await api<{ id: string }>(expert.request, expert.csrf, 'POST', `/api/cases/${caseA}/parties`, {
      role: 'employer', name: 'Stagebedrijf Voorbeeld (fictief)', organisation: null, contactPerson: 'J. de Wit (fictief)', email: 'stage.a@voorbeeld.test', phone: null,
    });
    const page = await signInToPortal({ audience: 'employer', partyId: party.id }, /^stage\.a@/, /^Welkom/);
    expect(await page.getByRole('region', { name: TITLE }).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(TITLE);
    await expectNoSeriousAxeViolations(page, 'portal home for the employer');

    // The screen's own history entry leads the employer home.
    await page.evaluate(() => {
      history.pushState({ portaal: 'sources', id: '' }, '');
      history.pushState({ portaal: 'report', id: 'x' }, '');
      history.back();
    });
    await page.waitForTimeout(300);
    await h1(page, /^Welkom/).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(TITLE);
    const status = await page.evaluate(async () => (await fetch('/api/portal/sources', { headers: { accept: 'application/json' } })).status);
    expect(status).toBe(403);
    expect(errors).toEqual([]);
  });
});
