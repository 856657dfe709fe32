// The client portal by keyboard only and at 400% zoom (issue 5, WCAG 2.2 AA), through the real server
// with the demo data, in Debian's Chromium (with the back/forward cache on, as everyday browsers have it).
// a. A keyboard-only journey, on a phone and at 400% zoom: Tab, Shift+Tab, Enter, Space, arrow keys and
//    typing; no mouse, no click() and no focus() from the test. The client opens the personal link,
//    types the SMS code, opens the coming video appointment, states a preference with a reason (after
//    the error for a missing reason), reads the privacy notice and gives consent, starts the test call
//    (the call page opens), comes back with the browser's Back and finds the button working, checks a
//    shared conversation report (agrees with one paragraph, disagrees with another, is sent back to the
//    comment box by the error summary's link, adds what is missing, sends it, sees the thanks) and rates
//    the conversation. Every Tab stop must show a focus indicator and be on screen; every new screen puts
//    the focus on its heading. `tabTo` returns the stops and fails with them, so the test also
//    documents the tab order.
// b. The session warning (2 minutes before the idle end) answered by keyboard at 400% zoom: the app has
//    no setting for a shorter idle time, so the browser's clock is moved on (Playwright's clock); Enter
//    and Escape both continue the session, and focus returns where it was.
// c. 400% zoom (1280×1024 at 400%: 320×256 CSS pixels, deviceScaleFactor 4), WCAG 1.4.10: every core
//    screen in Dutch (with a long e-mail domain and a long file name), and the Arabic right-to-left code,
//    home, appointment and report screens: no sideways scrolling, every control and text block inside
//    the width, no control whose text overflows it, nothing clipped, no controls on top of each other;
//    text spacing (WCAG 1.4.12) on home and the report without loss of content; axe on every screen.
import { type APIRequestContext, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const CLIENT = 'Noor Jansen (fictief)';
const CLIENT_AR = 'Samira Haddad (fictief)';
const REASON = 'Reizen kost mij veel energie.';
const PARAGRAPHS = [
  'Mevrouw werkt sinds 2015 als doktersassistente (fictief).',
  'Sinds maart is zij thuis na een burn-out; zij voelt zich niet gehoord.',
];
const DISAGREE = 'Het was in april, niet in maart.';
/** Long, yet ordinary: a domain and a file name as people have them, on a 320 px wide screen. */
const LONG = {
  email: 'mohammed.bouzid@arbodienst-noordoost-nederland.example',
  fileName: 'Rapportage_arbeidsdeskundig_onderzoek_Bouzid-Vermeulenhuizen_definitief_v2.pdf',
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const MISSING = 'Mijn zorg voor mijn moeder staat er niet in.';

const running = serverAndBrowser({
  screenshots: true,
  // With the back/forward cache, as every everyday browser has it (Playwright turns it off by default):
  // coming back from the call page then shows the portal page as it was left.
  ignoreDefaultArgs: ['--disable-back-forward-cache'],
});
const errors: string[] = [];

// ---- the staff side, through the API -------------------------------------------------------------

type Staff = { request: APIRequestContext; csrf: string };
let expert: Staff;
let admin: Staff;

let hour = 0;
/** A start on a coming day, one hour apart per appointment (the office is open all day here). */
function comingSlot(): string {
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setUTCHours(6 + hour++, 0, 0, 0);
  return start.toISOString();
}

/** Plans a contact at the next free slot (the demo calendar has appointments of its own). */
async function plan(caseId: string, body: Record<string, unknown>): Promise<{ id: string }> {
  for (let attempt = 0; attempt < 12; attempt++) {
    const answer = await expert.request.fetch(`/api/cases/${caseId}/contacts`, { method: 'POST', data: { ...body, plannedAt: comingSlot() }, headers: { 'x-csrf-token': expert.csrf } });
    const text = await answer.text();
    if (answer.status() === 201) return JSON.parse(text) as { id: string };
    expect(text, 'only a taken slot is tried again').toContain('"field":"plannedAt"');
  }
  throw new Error('no free slot for the appointment');
}

const circumstances = {
  activity: 'client_vision', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 1,
  physicalFirstContactHeld: true, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false, clientPreference: null, employerPreference: null, medicalObstacle: false,
};

/**
 * A case for `language` with what the core screens need: a conversation that took place (so there is a
 * report to check and a conversation to rate), a coming video appointment without consent, the report
 * of the held conversation with two paragraphs shared with the client, and the client's portal link.
 */
async function caseForClient(language: 'nl' | 'ar', name: string, long?: { email: string; fileName: string }): Promise<{ caseId: string; url: string }> {
  const created = await api<{ id: string }>(expert.request, expert.csrf, 'POST', '/api/cases', {
    client: { fullName: name, birthDate: '1980-04-03', email: long?.email ?? `${language}.kbd@voorbeeld.test`, phone: long ? null : '06-12345678', address: null, preferredLanguage: language, interpreterNeeded: false, companionWanted: false },
    assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past bij cliënt (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
  });
  const caseId = created.id;
  const held = await plan(caseId, {
    contactForm: 'physical', durationMinutes: 60, location: 'Kantoor (fictief)', participants: [{ name, role: 'client' }], note: null,
    circumstances: { ...circumstances, activity: 'first_contact', earlierContacts: 0, physicalFirstContactHeld: false }, sendInvitation: false,
  });
  const patched = await expert.request.fetch(`/api/cases/${caseId}/contacts/${held.id}`, {
    method: 'PATCH', data: { version: 1, state: 'held', heldAt: new Date(Date.now() - 3_600_000).toISOString() }, headers: { 'x-csrf-token': expert.csrf },
  });
  expect(patched.status(), await patched.text()).toBe(204);
  await plan(caseId, {
    contactForm: 'video', durationMinutes: 30, location: null, participants: [{ name, role: 'client' }], note: null, circumstances,
    choiceReasonCodes: ['other'], choiceReason: 'Beeldbellen past bij dit vervolggesprek (fictief).', videoConsent: null,
  });
  const door = await api<{ accessId: string }>(expert.request, expert.csrf, 'POST', `/api/cases/${caseId}/portal`, { audience: 'client', partyId: null }, 201);
  if (long) {
    // A document with a long (ordinary) file name, shared with the client.
    const uploaded = await expert.request.fetch(`/api/cases/${caseId}/documents`, {
      method: 'POST', headers: { 'x-csrf-token': expert.csrf },
      multipart: { documentType: 'correspondence', professionalOnly: 'false', file: { name: long.fileName, mimeType: 'application/pdf', buffer: PDF } },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    const document = (await uploaded.json()) as { id: string };
    const shared = await expert.request.fetch(`/api/cases/${caseId}/portal/${door.accessId}/documents`, { method: 'POST', data: { documentId: document.id }, headers: { 'x-csrf-token': expert.csrf } });
    expect(shared.status(), await shared.text()).toBe(204);
  }

  const report = await api<{ id: string }>(expert.request, expert.csrf, 'POST', `/api/cases/${caseId}/conversation-reports`, { contactId: held.id, title: 'Verslag eerste gesprek' }, 201);
  const detail = await api<{ versions: Array<{ lockVersion: number }> }>(expert.request, expert.csrf, 'GET', `/api/cases/${caseId}/conversation-reports/${report.id}`);
  await api(expert.request, expert.csrf, 'PUT', `/api/cases/${caseId}/conversation-reports/${report.id}/draft`, {
    lockVersion: detail.versions[0]!.lockVersion,
    paragraphs: PARAGRAPHS.map((text, i) => ({ id: `p${i + 1}`, theme: 'experiences', text, forEmployer: false })),
  });
  const shared = await expert.request.fetch(`/api/cases/${caseId}/conversation-reports/${report.id}/share`, { method: 'POST', data: { withEmployer: false }, headers: { 'x-csrf-token': expert.csrf } });
  expect(shared.status(), await shared.text()).toBe(204);

  const outbox = await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100');
  const url = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec(outbox.items.find((m) => m.caseId === caseId && m.kind === 'portal_link')?.bodyText ?? '')?.[1];
  expect(url, 'the mail carries the personal link').toBeTruthy();
  return { caseId, url: url! };
}

/** The newest one-time code for a case, from the administrator's outbox (an SMS without SMS provider). */
async function codeFor(caseId: string): Promise<string> {
  let body = '';
  await expect.poll(async () => {
    const outbox = await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100');
    body = outbox.items.find((m) => m.caseId === caseId && m.kind === 'portal_code')?.bodyText ?? '';
    return /\b\d{6}\b/.test(body);
  }, { message: 'the code is in the outbox' }).toBe(true);
  return /\b(\d{6})\b/.exec(body)![1]!;
}

// ---- keyboard helpers ----------------------------------------------------------------------------

/** The focused element in words: role-ish, name-ish and id, for the tab order and failure messages. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const tag = el.tagName.toLowerCase();
    const kind = el.getAttribute('role') ?? (tag === 'input' ? `input[${(el as HTMLInputElement).type}]` : tag);
    const labels = 'labels' in el && (el as HTMLInputElement).labels ? [...(el as HTMLInputElement).labels!].map((l) => l.textContent ?? '').join(' ') : '';
    const name = (el.getAttribute('aria-label') ?? (labels || el.textContent || '')).replace(/\s+/g, ' ').trim().slice(0, 70);
    return `${kind} "${name}"${el.id ? ` #${el.id}` : ''}`;
  });
}

/** Fails unless the focused element shows a focus indicator (outline or box-shadow) and is on screen. */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const state = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    return {
      outline, shadow, onScreen,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
      where: `top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)}, window ${innerWidth}×${innerHeight}, scrolled ${Math.round(scrollY)} of ${document.documentElement.scrollHeight}`,
    };
  });
  expect(state, `${what}: something has focus`).not.toBeNull();
  expect(state!.outline || state!.shadow, `${what}: a visible focus indicator (${state!.style})`).toBe(true);
  expect(state!.onScreen, `${what}: the focused control is on screen (${state!.where})`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times; checks the focus indicator
 * at every stop. Returns the stops (the tab order); fails with them when the target is not reached.
 */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<string[]> {
  const max = options.max ?? 25;
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const stop = await focused(page);
    stops.push(stop);
    if (stop !== '(body)') await expectVisibleFocus(page, `Tab stop "${stop}"`);
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return stops;
  }
  throw new Error(`${options.back ? 'Shift+Tab' : 'Tab'} ×${max} did not reach ${String(target)}; the focus went to:\n  ${stops.join('\n  ')}`);
}

/** Waits until the focus is on this element (a new screen's heading, a confirmation). */
async function expectFocusOn(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  await expect.poll(async () => (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) || (await focused(page)), {
    message: `${what}: the focus moves there`,
  }).toBe(true);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

// ---- layout checks -------------------------------------------------------------------------------

/**
 * Reflow (WCAG 1.4.10) and no loss of content: no sideways scrolling; every visible control and text
 * block inside the viewport's width; no control whose own content overflows it; no box that hides
 * content by clipping; no two controls on top of each other.
 */
async function expectReflow(page: Page, label: string): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1) problems.push(`the page scrolls sideways: scrollWidth ${root.scrollWidth} > clientWidth ${width}`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      if (el.closest('.visually-hidden')) return false;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], summary, label')].filter(visible);
    const texts = [...document.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, legend')].filter(visible);
    for (const el of [...controls, ...texts]) {
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) problems.push(`${describe(el)} reaches outside the width: ${Math.round(r.left)}…${Math.round(r.right)} of ${width}`);
    }
    for (const el of controls) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`${describe(el)}: its text overflows it (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const el of document.querySelectorAll('body *')) {
      if (!visible(el) || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) continue;
      const style = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(style.overflowX);
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) problems.push(`${describe(el)} clips its content`);
    }
    const targets = controls.filter((el) => !(el instanceof HTMLLabelElement));
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i]!.getBoundingClientRect();
        const b = targets[j]!.getBoundingClientRect();
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > 1 && overlapY > 1 && !targets[i]!.contains(targets[j]!) && !targets[j]!.contains(targets[i]!)) {
          problems.push(`${describe(targets[i]!)} and ${describe(targets[j]!)} overlap`);
        }
      }
    }
    return problems;
  });
  expect(found, `${label}: reflow at 320 CSS px`).toEqual([]);
}

/** The text spacing of WCAG 1.4.12, as a user style sheet would set it. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, legend, label { margin-block-end: 2em !important; }
`;

async function withTextSpacing(page: Page, label: string): Promise<void> {
  const style = await page.addStyleTag({ content: TEXT_SPACING });
  await expectReflow(page, `${label} with text spacing`);
  await style.evaluate((el) => (el as Element).remove());
}

/** 1280×1024 at 400%: 320×256 CSS pixels on a 4× screen; Dutch, Amsterdam time. CSP bypassed for the text-spacing style sheet only. */
async function zoomedContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await running.browser.newContext({
    baseURL: running.server.baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 320, height: 256 }, deviceScaleFactor: 4, bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { context, page };
}

async function checkScreen(page: Page, label: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expectReflow(page, label);
  await expectNoSeriousAxeViolations(page, `${label} (400%)`);
}

// ---- the journeys --------------------------------------------------------------------------------

describe('Client portal by keyboard and at 400% zoom', () => {
  beforeAll(async () => {
    const expertContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    const adminContext = (await newJourneyContext(running.browser, running.server.baseUrl)).context;
    expert = { request: expertContext.request, csrf: await signInByApi(expertContext.request, DEMO_USERS.expert.email) };
    admin = { request: adminContext.request, csrf: await signInByApi(adminContext.request, DEMO_USERS.admin.email) };
    const settings = await api<Record<string, unknown>>(admin.request, admin.csrf, 'GET', '/api/admin/contact-settings');
    await api(admin.request, admin.csrf, 'PUT', '/api/admin/contact-settings', { ...settings, officeDays: [1, 2, 3, 4, 5, 6, 7], officeStart: '00:00', officeEnd: '23:59', minLeadHours: 0 });
  });

  // The same journey on a phone and at 400% zoom (where "on screen" is a 320×256 window).
  it.each([
    { size: 'a phone (390×800)', zoomed: false },
    { size: '400% zoom (320×256)', zoomed: true },
  ])('a. keyboard only on $size: code, appointment (preference, consent, test call), checking a report, the evaluation', async ({ zoomed }) => {
    const name = zoomed ? 'Noor Jansen-Zoom (fictief)' : CLIENT;
    const { caseId, url } = await caseForClient('nl', name);
    let page: Page;
    if (zoomed) page = (await zoomedContext()).page;
    else {
      page = (await newJourneyContext(running.browser, running.server.baseUrl)).page;
      await page.setViewportSize({ width: 390, height: 800 });
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    }
    const press = (key: string) => page.keyboard.press(key);
    const home = h1(page, `Welkom, ${name}`);

    // The code screen: the heading has focus; Tab reaches the code field first, then "Verder".
    await page.goto(url);
    await expectFocusOn(page, h1(page, 'Vul uw code in'), 'code screen');
    const codeField = page.getByRole('textbox', { name: /Vul hier de code van 6 cijfers in/ });
    expect(await tabTo(page, codeField, { max: 1 })).toEqual([expect.stringMatching(/^input\[text\] ".*" #code$/)]);
    await page.keyboard.type(await codeFor(caseId));
    expect(await tabTo(page, page.getByRole('button', { name: 'Verder' }), { max: 1 })).toHaveLength(1);
    // Back and forth: Shift+Tab returns to the field, Enter in it sends the form.
    await tabTo(page, codeField, { back: true, max: 1 });
    await press('Enter');

    // Home: the heading has focus. Shift+Tab goes up into the header (the tab order of the frame).
    await expectFocusOn(page, home, 'home');
    expect(await tabTo(page, page.getByRole('combobox', { name: 'Taal · Language' }), { back: true, max: 3 })).toEqual([
      'button "Afmelden" #logout',
      'button "Kiezen"',
      'select "Taal · Language" #language',
    ]);
    // The appointment is reached by Tab.
    await page.getByRole('button', { name: 'Bekijk deze afspraak' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Bekijk deze afspraak' }));
    await press('Enter');

    // The appointment: preference by arrow keys and typing; saving without a reason puts the focus on the reason.
    await expectFocusOn(page, h1(page, /^Afspraak op /), 'appointment screen');
    const forms = page.getByRole('group', { name: 'Hoe wilt u het gesprek voeren?' }).getByRole('radio');
    expect(await tabTo(page, forms, { max: 3 })).toEqual(['button "Terug naar uw afspraken"', 'input[radio] "Op locatie" #pref-physical']);
    await press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: 'Beeldbellen' }).isChecked(), { message: 'the arrow key chose video' }).toBe(true);
    await expect.poll(() => isFocused(page.getByRole('radio', { name: 'Beeldbellen' }))).toBe(true);
    await expectVisibleFocus(page, 'the chosen radio');
    const reason = page.getByRole('textbox', { name: 'Waarom? In uw eigen woorden' });
    expect(await tabTo(page, page.getByRole('button', { name: 'Voorkeur opslaan' }), { max: 2 })).toEqual([
      'textarea "Waarom? In uw eigen woorden" #pref-reason',
      'button "Voorkeur opslaan"',
    ]);
    await press('Enter');
    await expectFocusOn(page, reason, 'a reason is required');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expectVisibleFocus(page, 'the reason after the error');
    await page.keyboard.type(REASON);
    await tabTo(page, page.getByRole('button', { name: 'Voorkeur opslaan' }), { max: 1 });
    await press('Enter');
    await page.getByText('Uw voorkeur is opgeslagen.').first().waitFor();

    // The privacy notice is on the page in full (no box that must be scrolled), before the consent button.
    const notice = page.getByRole('region', { name: /Privacyverklaring/ });
    await notice.waitFor();
    expect((await notice.innerText()).length, 'the privacy notice has its text').toBeGreaterThan(200);
    expect(await notice.evaluate((el) => [...el.querySelectorAll('*')].every((child) => child.scrollHeight <= child.clientHeight + 1 || getComputedStyle(child).overflowY === 'visible')), 'no inner scroll box').toBe(true);
    const give = page.getByRole('button', { name: 'Ik geef toestemming voor beeldbellen bij deze afspraak' });
    expect(await notice.evaluate((el, button) => !!(el.compareDocumentPosition(button!) & Node.DOCUMENT_POSITION_FOLLOWING), await give.elementHandle()), 'the notice comes before the button').toBe(true);
    await tabTo(page, give, { max: 3 });
    await press('Space');
    await page.getByText('Dank u wel. Uw toestemming is opgeslagen.').first().waitFor();
    await expectFocusOn(page, page.getByRole('heading', { name: 'Toestemming voor beeldbellen' }), 'consent given');

    // The test call: reached by Tab, started with Enter; the call page opens.
    const testCall = page.getByRole('button', { name: 'Test uw camera en microfoon' });
    expect(await tabTo(page, testCall, { max: 3 })).toEqual([
      'button "Toestemming intrekken"',
      'button "Test uw camera en microfoon"',
    ]);
    // A mark on this page's window: still there after Back when the browser restored the page from its cache.
    await page.evaluate(() => Object.assign(window, { keyboardJourneyMark: true }));
    const callAndBack = async (): Promise<boolean> => {
      await press('Enter');
      await page.waitForURL(/\/gesprek#/);
      await page.locator('h1').first().waitFor();
      // Back (the browser's Back; 'commit': a page restored from the cache fires no load event).
      await page.goBack({ waitUntil: 'commit' });
      await h1(page, /^Afspraak op /).waitFor();
      return page.evaluate(() => 'keyboardJourneyMark' in window);
    };
    if (await callAndBack()) {
      // Restored as it was left: the focus is still on the test-call button, which must work again
      // (not stuck on "De pagina voor het gesprek wordt geopend…").
      await expectFocusOn(page, testCall, 'back on the restored appointment screen');
      await expect.poll(() => page.locator('section[aria-labelledby="call-title"] [role="status"]').innerText(), { message: 'no "opening…" left over' }).toBe('');
      expect(await callAndBack(), 'restored again').toBe(true);
      expect(await tabTo(page, page.getByRole('button', { name: 'Terug naar uw afspraken' }), { back: true, max: 6 })).toEqual([
        'button "Toestemming intrekken"',
        'button "Voorkeur opslaan"',
        'textarea "Waarom? In uw eigen woorden" #pref-reason',
        'input[radio] "Beeldbellen" #pref-video',
        'button "Terug naar uw afspraken"',
      ]);
    } else {
      // Loaded anew: the appointment again (the history entry), its heading focused.
      await expectFocusOn(page, h1(page, /^Afspraak op /), 'appointment screen after the call page');
      await tabTo(page, page.getByRole('button', { name: 'Terug naar uw afspraken' }), { max: 1 });
    }
    await press('Enter');
    await expectFocusOn(page, home, 'home again');

    // The report: open it, agree with paragraph 1, disagree with paragraph 2, add what is missing.
    await tabTo(page, page.getByRole('button', { name: 'Lees en controleer het verslag' }));
    await press('Enter');
    await expectFocusOn(page, h1(page, 'Verslag eerste gesprek'), 'report screen');
    // As a reader would: wait until the report is there ("Verslag wordt geladen…" until then).
    await page.getByText(PARAGRAPHS[1]!).waitFor();
    const stance = (n: number) => page.getByRole('group', { name: `Klopt dit? (Alinea ${n})` });
    // The chosen answer ("no choice") is the group's Tab stop; arrow keys choose.
    expect(await tabTo(page, stance(1).getByRole('radio'), { max: 2 })).toEqual([
      'button "Terug naar de startpagina"',
      'input[radio] "Geen keuze (overslaan)" #stance-0-skip',
    ]);
    await press('ArrowDown');
    await expect.poll(() => stance(1).getByRole('radio', { name: 'Ja, dit klopt' }).isChecked()).toBe(true);
    expect(await tabTo(page, stance(2).getByRole('radio'), { max: 1 })).toEqual(['input[radio] "Geen keuze (overslaan)" #stance-1-skip']);
    await press('ArrowUp');
    await expect.poll(() => stance(2).getByRole('radio', { name: 'Nee, dit klopt niet' }).isChecked()).toBe(true);
    // Past the comment box without writing: the error summary takes the focus, its link leads back.
    const disagree = page.getByRole('textbox', { name: 'Wat klopt er niet?' });
    const missing = page.getByRole('textbox', { name: 'Punt 1: wat mist er?' });
    expect(await tabTo(page, missing, { max: 2 })).toEqual(['textarea "Wat klopt er niet?" #text-1', 'textarea "Punt 1: wat mist er?" #add-0']);
    await page.keyboard.type(MISSING);
    const next = page.getByRole('button', { name: 'Verder: controleer uw reactie' });
    expect(await tabTo(page, next, { max: 2 })).toEqual(['button "Nog een punt toevoegen"', 'button "Verder: controleer uw reactie"']);
    await press('Enter');
    await expectFocusOn(page, page.getByRole('heading', { name: 'Kijk dit nog even na:' }), 'the error summary');
    await tabTo(page, page.getByRole('link', { name: /^Alinea 2: / }), { max: 1 });
    await press('Enter');
    await expectFocusOn(page, disagree, 'the comment box, from the error summary');
    await page.keyboard.type(DISAGREE);
    await tabTo(page, next, { max: 3 });
    await press('Enter');

    // The summary before sending: focus on its heading; "Versturen" next.
    await expectFocusOn(page, page.getByRole('heading', { name: 'Controleer uw reactie' }), 'the summary');
    const summary = page.locator('.review');
    for (const text of [DISAGREE, MISSING, 'Ja, dit klopt']) expect(await summary.innerText()).toContain(text);
    expect(await tabTo(page, page.getByRole('button', { name: 'Versturen' }), { max: 1 })).toHaveLength(1);
    await press('Enter');
    await expectFocusOn(page, page.getByRole('heading', { name: 'Bedankt. De arbeidsdeskundige leest uw reactie.' }), 'the thanks');
    const reports = await api<{ items: Array<{ id: string; openComments: number }> }>(expert.request, expert.csrf, 'GET', `/api/cases/${caseId}/conversation-reports`);
    expect(reports.items[0]!.openComments, 'the comment and the missing point arrived').toBeGreaterThanOrEqual(2);

    // Home (Shift+Tab to "Terug"), then the evaluation: Space and arrow keys in three radio groups.
    await tabTo(page, page.getByRole('button', { name: 'Terug naar de startpagina' }), { back: true, max: 1 });
    await press('Enter');
    await expectFocusOn(page, home, 'home after the report');
    await tabTo(page, page.getByRole('button', { name: 'Vertel hoe het ging' }));
    await press('Enter');
    await expectFocusOn(page, h1(page, 'Hoe ging het gesprek?'), 'evaluation screen');
    const question = (q: string | RegExp) => page.getByRole('group', { name: q });
    expect(await tabTo(page, question('Voelde u zich gehoord?').getByRole('radio'), { max: 2 })).toEqual(['button "Terug naar de startpagina"', 'input[radio] "Ja" #eval-feltHeard-yes']);
    await press('Space');
    await tabTo(page, question('Weet u wat er nu gaat gebeuren?').getByRole('radio'), { max: 1 });
    await press('ArrowDown');
    await tabTo(page, question(/Was deze manier van praten/).getByRole('radio'), { max: 1 });
    await press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Versturen' }), { max: 2 });
    await press('Enter');
    await expectFocusOn(page, page.getByRole('heading', { name: 'Dank u wel voor uw antwoorden.' }), 'the thanks for the evaluation');
    const evaluations = await api<{ items: Array<{ feltHeard: string; clearWhatNext: string; formRight: string }> }>(expert.request, expert.csrf, 'GET', `/api/cases/${caseId}/evaluations`);
    expect(evaluations.items[0]).toMatchObject({ feltHeard: 'yes', clearWhatNext: 'partly', formRight: 'yes' });
    expect(errors).toEqual([]);
  });

  it('b. the session warning is answered by keyboard (Enter and Escape), also at 400% zoom', async () => {
    const { caseId, url } = await caseForClient('nl', 'Kees de Vries (fictief)');
    const { page } = await zoomedContext();
    // Playwright's clock: time runs as usual, and the test moves it on to the warning.
    await page.clock.install();
    await page.goto(url);
    await expectFocusOn(page, h1(page, 'Vul uw code in'), 'code screen');
    await tabTo(page, page.getByRole('textbox', { name: /Vul hier de code/ }), { max: 1 });
    await page.keyboard.type(await codeFor(caseId));
    await page.keyboard.press('Enter');
    await expectFocusOn(page, h1(page, 'Welkom, Kees de Vries (fictief)'), 'home');
    const open = page.getByRole('button', { name: 'Bekijk deze afspraak' });
    await open.waitFor();
    await tabTo(page, open);

    for (const answer of ['Enter', 'Escape']) {
      await page.clock.fastForward('18:10');
      const dialog = page.getByRole('alertdialog', { name: 'Bent u er nog?' });
      await dialog.waitFor();
      const doorgaan = dialog.getByRole('button', { name: 'Doorgaan' });
      await expectFocusOn(page, doorgaan, `the warning (${answer})`);
      await expectVisibleFocus(page, 'Doorgaan');
      await checkScreen(page, `session warning (${answer})`);
      // Tab stays in the dialog's buttons, Shift+Tab goes back.
      expect(await tabTo(page, dialog.getByRole('button', { name: 'Afmelden' }), { max: 1 })).toEqual(['button "Afmelden"']);
      await tabTo(page, doorgaan, { back: true, max: 1 });
      await page.keyboard.press(answer);
      await dialog.waitFor({ state: 'detached' });
      await expectFocusOn(page, open, `focus back where it was after ${answer}`);
      await page.getByText('U blijft aangemeld.').waitFor({ state: 'attached' });
    }
    // Still signed in: the appointment opens.
    await page.keyboard.press('Enter');
    await expectFocusOn(page, h1(page, /^Afspraak op /), 'appointment after the warning');
    expect(errors).toEqual([]);
  });

  it('c. at 400% zoom every core screen reflows, keeps its content with wider text spacing, and passes axe (Dutch and Arabic)', async () => {
    // This client has only an e-mail address (the code comes by mail) and a shared document.
    const { caseId, url } = await caseForClient('nl', 'Mohammed Bouzid-Vermeulenhuizen (fictief)', LONG);
    const { page } = await zoomedContext();

    await page.goto(url);
    await h1(page, 'Vul uw code in').waitFor();
    await page.getByText(LONG.email.replace(/^m[^@]*/, 'm•••')).waitFor();
    await checkScreen(page, 'code');
    await page.getByLabel(/Vul hier de code/).fill(await codeFor(caseId));
    await page.getByRole('button', { name: 'Verder' }).click();
    await h1(page, /^Welkom/).waitFor();
    await page.getByRole('button', { name: 'Lees en controleer het verslag' }).waitFor();
    await page.getByRole('button', { name: 'Vertel hoe het ging' }).waitFor();
    await page.getByRole('link', { name: new RegExp(LONG.fileName.slice(0, 20)) }).waitFor();
    await checkScreen(page, 'home');
    await withTextSpacing(page, 'home');

    // The appointment: preference and the privacy notice with the consent button; then the call.
    await page.getByRole('button', { name: 'Bekijk deze afspraak' }).click();
    await h1(page, /^Afspraak op /).waitFor();
    await page.getByRole('button', { name: 'Ik geef toestemming voor beeldbellen bij deze afspraak' }).waitFor();
    await checkScreen(page, 'appointment: preference and consent');
    await page.getByRole('radio', { name: 'Beeldbellen' }).check();
    await page.getByLabel('Waarom? In uw eigen woorden').fill(REASON);
    await page.getByRole('button', { name: 'Voorkeur opslaan' }).click();
    await page.getByText('Uw voorkeur is opgeslagen.').first().waitFor();
    await page.getByRole('button', { name: 'Ik geef toestemming voor beeldbellen bij deze afspraak' }).click();
    await page.getByRole('button', { name: 'Test uw camera en microfoon' }).waitFor();
    await checkScreen(page, 'appointment: preference saved, consent given, test call');
    await page.getByRole('button', { name: 'Terug naar uw afspraken' }).click();

    // Ons gesprek.
    await h1(page, /^Welkom/).waitFor();
    await page.getByRole('button', { name: 'Naar ‘Ons gesprek’' }).click();
    await h1(page, 'Ons gesprek').waitFor();
    await page.getByLabel(/ervaringen/i).first().waitFor();
    await checkScreen(page, 'worksheet');
    await page.getByRole('button', { name: 'Terug naar de startpagina' }).click();

    // Checking the report: the form with a comment box open, the summary, the thanks.
    await h1(page, /^Welkom/).waitFor();
    await page.getByRole('button', { name: 'Lees en controleer het verslag' }).click();
    await h1(page, 'Verslag eerste gesprek').waitFor();
    await page.getByRole('group', { name: 'Klopt dit? (Alinea 1)' }).getByRole('radio', { name: 'Ja, dit klopt' }).check();
    await page.getByRole('group', { name: 'Klopt dit? (Alinea 2)' }).getByRole('radio', { name: 'Nee, dit klopt niet' }).check();
    await page.getByLabel('Wat klopt er niet?').fill(DISAGREE);
    await page.getByLabel('Punt 1: wat mist er?').fill(MISSING);
    await checkScreen(page, 'report: checking');
    await withTextSpacing(page, 'report: checking');
    await page.getByRole('button', { name: 'Verder: controleer uw reactie' }).click();
    await page.getByRole('heading', { name: 'Controleer uw reactie' }).waitFor();
    await checkScreen(page, 'report: summary');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('heading', { name: 'Bedankt. De arbeidsdeskundige leest uw reactie.' }).waitFor();
    await page.getByText(DISAGREE).first().waitFor();
    await checkScreen(page, 'report: sent');
    await withTextSpacing(page, 'report: sent');
    await page.getByRole('button', { name: 'Terug naar de startpagina' }).click();

    // The evaluation.
    await h1(page, /^Welkom/).waitFor();
    await page.getByRole('button', { name: 'Vertel hoe het ging' }).click();
    await h1(page, 'Hoe ging het gesprek?').waitFor();
    await checkScreen(page, 'evaluation');

    // Arabic, right-to-left: the code, home, the appointment and the report.
    const arabic = await caseForClient('ar', CLIENT_AR);
    const { page: ar } = await zoomedContext();
    await ar.goto(arabic.url);
    await expect.poll(() => ar.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`)).toBe('ar rtl');
    await ar.locator('#code').waitFor();
    await checkScreen(ar, 'code (Arabic)');
    await ar.locator('#code').fill(await codeFor(arabic.caseId));
    await ar.locator('#code').press('Enter');
    await ar.locator('#reports-title').waitFor();
    await ar.locator('#appointments-title ~ ul button').first().waitFor();
    await checkScreen(ar, 'home (Arabic)');
    await withTextSpacing(ar, 'home (Arabic)');
    await ar.locator('#appointments-title ~ ul button').first().click();
    await ar.locator('#pref-physical').waitFor();
    await ar.locator('#notice-title').waitFor();
    await checkScreen(ar, 'appointment (Arabic)');
    await ar.locator('.back button').click();
    await ar.locator('#reports-title ~ ul button').first().click();
    await ar.locator('#stance-1-disagree').check();
    await ar.locator('#text-1').fill('كان ذلك في أبريل، وليس في مارس.');
    await checkScreen(ar, 'report: checking (Arabic)');
    await withTextSpacing(ar, 'report: checking (Arabic)');
    expect(errors).toEqual([]);
  });
});
