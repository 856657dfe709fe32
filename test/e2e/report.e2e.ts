// The report (rapportage, issue 8) in the browser, through the real server and Debian's Chromium, on
// demo case C (Erik Jansen (fictief), WIA): the labour expert starts a report from the suggested
// Poortwachter/WIA template and sees the sections filled from the case (the question), edits a
// section's text, looks at what a refresh would change, sends the draft to the client; the client, in
// the portal, disagrees with a paragraph; the expert processes the reaction, resumes editing and
// finalises. The PDF and the Word file are downloaded through the page's links: the PDF has the
// section titles and the client's name and no other demo client's name, one image per page, and the
// Word file (converted by LibreOffice) has the same titles in the same order. The seal verifies on
// /rapport/verifieren, a copy with one byte changed does not. Sent by personal link; the delivery page
// works without signing in; an unknown link says so. The template administration saves a new version.
// axe on every page and state; the editor, the verify page and the template administration at 320 px.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, expectNoSeriousAxeViolations, expectTextIn, newJourneyContext, region, ROOT_DIR, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const CLIENT = 'Erik Jansen (fictief)';
const QUESTION = 'Welk werk op zijn niveau is passend binnen de beperkingen';
const OWN_TEXT = 'Eigen toevoeging (fictief): het onderzoek richt zich op kennisintensief werk van 20 uur per week.';
const DISAGREE = 'Ik kan soms ook 24 uur per week, als het werk voorspelbaar is.';
const TITLES = [
  'Opdracht en vraagstelling', 'Gebruikte bronnen', 'Verantwoording contactvorm', 'Het perspectief van de cliënt', 'Belastbaarheid en belasting', 'Eigen werk',
  'Eigen werk met aanpassingen', 'Ander werk bij de eigen werkgever', 'Werk bij een andere werkgever (spoor 2)', 'Analyse', 'Advies', 'Reactie van de cliënt',
  'Bijlage: onderbouwing van de conclusies',
];
/** The other demo clients, read from the demo data: none of them may appear in this client's report. */
const OTHER_CLIENTS = [...readFileSync(join(ROOT_DIR, 'src', 'demo', 'seed.ts'), 'utf8').matchAll(/client\('([^']+)'/g)].map((m) => m[1]!).filter((name) => name !== CLIENT);

const running = serverAndBrowser({ screenshots: true });
const errors: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'passend-report-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function signedInPage(email: string): Promise<{ page: Page; request: APIRequestContext; csrf: string }> {
  const { context, page } = await newJourneyContext(running.browser, running.server.baseUrl);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { page, request: context.request, csrf: await signInByApi(context.request, email) };
}

const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });

/** The section titles in the order they first appear as a line of their own (a heading or a contents line). */
function titleOrder(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim().replace(/^\d+(\.\d+)*\.?\s+/, '').replace(/\s*\.{2,}.*$/, '').replace(/\s+\d+$/, ''));
  const seen: string[] = [];
  for (const line of lines) if (TITLES.includes(line) && !seen.includes(line)) seen.push(line);
  return seen;
}

async function download(page: Page, linkName: string, file: string): Promise<string> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const path = join(work, file);
  await event.saveAs(path);
  return path;
}

/** At 320 px wide (WCAG 1.4.10) the page does not scroll sideways; wide tables scroll inside themselves. */
async function expectReflowAt320(page: Page, what: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${what}: no sideways scrolling at 320 px` }).toBeLessThanOrEqual(320);
  await expectNoSeriousAxeViolations(page, `${what} at 320 px`);
  await page.setViewportSize(size);
}

describe('De rapportage', () => {
  it('on demo case C: from the suggested template to a checked, sealed, verified and delivered report', async () => {
    expect(OTHER_CLIENTS.length).toBeGreaterThan(2);
    const expert = await signedInPage(DEMO_USERS.expert.email);
    const admin = await signedInPage(DEMO_USERS.admin.email);
    const outbox = async () => (await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100')).items;
    const page = expert.page;

    // Case C from the case list; the case page's section offers the template that fits (WIA → Poortwachter).
    await page.goto('/dossiers');
    await h1(page, 'Mijn dossiers').waitFor();
    await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: CLIENT }).getByRole('link').first().click();
    await h1(page, new RegExp(`${CLIENT.replace(/[()]/g, '\\$&')}$`)).waitFor();
    const caseId = /\/dossiers\/([^/?#]+)/.exec(page.url())![1]!;
    const section = region(page, 'Rapportage');
    await expectTextIn(section, 'Er is nog geen rapportage.');
    const template = section.getByLabel('Sjabloon');
    await expect.poll(async () => template.locator('option:checked').innerText()).toContain('poortwachter');
    await expect.poll(async () => template.locator('option:checked').innerText()).toContain('(past bij dit dossier)');
    await expectNoSeriousAxeViolations(page, 'case page: report section');
    await section.getByRole('button', { name: 'Rapportage starten' }).click();

    // The editor: every section a region with its h2, filled from the case.
    await h1(page, /^Rapportage /).waitFor();
    expect(page.url()).toMatch(new RegExp(`/dossiers/${caseId}/rapportage/[0-9a-f-]{36}$`));
    const reportId = page.url().split('/').at(-1)!;
    const assignment = region(page, 'Opdracht en vraagstelling');
    await expectTextIn(assignment, QUESTION);
    for (const title of TITLES) await region(page, title).waitFor();
    await expectTextIn(page.locator('main'), 'Concept', 'Arbeidsdeskundig onderzoek eerstejaars (Wet verbetering poortwachter)');
    await expectNoSeriousAxeViolations(page, 'report editor: draft');

    // Edit the assignment's text: a paragraph of the expert's own, also for the employer.
    await assignment.getByRole('button', { name: 'Tekst bewerken: Opdracht en vraagstelling' }).click();
    const editor = assignment.getByRole('form', { name: 'Tekst van “Opdracht en vraagstelling”' });
    const before = await editor.getByRole('textbox').count();
    await editor.getByRole('button', { name: 'Alinea toevoegen' }).click();
    const added = editor.getByLabel(`Alinea ${before + 1}`, { exact: true });
    await expect.poll(() => added.evaluate((el) => el === document.activeElement)).toBe(true);
    await added.fill(OWN_TEXT);
    await expectNoSeriousAxeViolations(page, 'report editor: editing a section');
    await editor.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByText('De tekst van “Opdracht en vraagstelling” is opgeslagen.').waitFor();
    await expectTextIn(assignment, OWN_TEXT, 'door u bewerkt');

    // What a refresh would change, in words, before anything is saved; then not refreshed.
    await assignment.getByRole('button', { name: 'Verversen uit het dossier: Opdracht en vraagstelling' }).click();
    const refresh = assignment.getByRole('group', { name: 'Verversen: “Opdracht en vraagstelling”' });
    await expectTextIn(refresh, 'Vervalt:', OWN_TEXT);
    await expectNoSeriousAxeViolations(page, 'report editor: refresh preview');
    await refresh.getByRole('button', { name: 'Niet verversen' }).click();
    await expectTextIn(assignment, OWN_TEXT);

    // To the client for checking; the draft is frozen meanwhile.
    await page.getByRole('button', { name: 'Ter controle naar de cliënt' }).click();
    await page.getByRole('form', { name: 'Ter controle naar de cliënt' }).getByRole('button', { name: 'Versturen ter controle' }).click();
    await page.getByText('Het concept ligt nu bij de cliënt ter controle.').waitFor();
    await expect.poll(() => assignment.getByRole('button', { name: /Tekst bewerken/ }).count()).toBe(0);
    await expectTextIn(page.locator('main'), 'Ter controle bij de cliënt');

    // The client gets the portal link, opens the draft and disagrees with its first paragraph.
    await page.goto(`/dossiers/${caseId}`);
    const portalSection = page.getByRole('region', { name: 'Portaal' });
    // The demo already sent case C's client a link: this is another one (the newest mail first in the outbox).
    await portalSection.getByRole('button', { name: /^Link (opnieuw )?sturen: Erik Jansen \(fictief\)$/ }).click();
    await portalSection.getByText('Link gestuurd naar erik.jansen@voorbeeld.test.').waitFor();
    const link = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_link')!.bodyText)![1]!;
    const { page: client } = await newJourneyContext(running.browser, running.server.baseUrl);
    client.on('pageerror', (error) => errors.push(`${client.url()}: ${error.message}`));
    await client.goto(link);
    await h1(client, 'Vul uw code in').waitFor();
    const code = /\b(\d{6})\b/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_code')!.bodyText)![1]!;
    await client.getByLabel('Vul hier de code van 6 cijfers in.').fill(code);
    await client.getByRole('button', { name: 'Verder' }).click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();
    await client.getByRole('button', { name: 'Lees en controleer het conceptrapport' }).first().click();
    await h1(client, 'Het rapport van de arbeidsdeskundige (concept)').waitFor();
    await client.getByText(QUESTION, { exact: false }).first().waitFor();
    await client.getByRole('radio', { name: 'Nee, dit klopt niet' }).first().check();
    await client.getByLabel('Wat klopt er niet?').first().fill(DISAGREE);
    // The client's reaction goes into the final report as they wrote it: the choice's default.
    await client.getByRole('radio', { name: 'Zet mijn reactie zoals ik die schreef in het eindrapport' }).first().isChecked().then((checked) => expect(checked).toBe(true));
    await client.getByRole('button', { name: 'Verder: controleer uw reactie' }).click();
    await client.getByRole('button', { name: 'Versturen' }).click();
    await client.getByText('Bedankt. De arbeidsdeskundige leest uw reactie.').first().waitFor();

    // The expert processes the reaction, resumes editing and finalises.
    await page.goto(`/dossiers/${caseId}/rapportage/${reportId}`);
    const check = region(page, 'Controle door de cliënt');
    await expectTextIn(check, DISAGREE, 'Cliënt is het niet eens', 'Over de alinea uit “Opdracht en vraagstelling”:', 'Nog 1 reactie te verwerken.');
    await expectNoSeriousAxeViolations(page, 'report editor: in check, a reaction to process');
    await check.getByRole('group', { name: 'Wat doet u met deze reactie?' }).getByRole('radio', { name: 'Overgenomen', exact: true }).check();
    await check.getByLabel('Toelichting').fill('De vraagstelling noemt nu ook 24 uur bij voorspelbaar werk.');
    await check.getByRole('button', { name: 'Verwerking opslaan' }).click();
    await expectTextIn(check, 'Alle reacties zijn verwerkt.', 'Verwerkt: Overgenomen');
    await page.getByRole('button', { name: 'Bewerken hervatten' }).click();
    await page.getByText('U kunt het concept weer bewerken. De reacties blijven staan.').waitFor();
    await page.getByRole('button', { name: 'Definitief maken en verzegelen' }).click();
    const finalise = page.getByRole('form', { name: 'Definitief maken en verzegelen' });
    await finalise.waitFor();
    await expectNoSeriousAxeViolations(page, 'report editor: finalise form');
    await finalise.getByRole('button', { name: 'Definitief maken en verzegelen' }).click();
    await page.getByText('Versie 1 is definitief en verzegeld.').waitFor({ timeout: 60_000 });
    const seal = region(page, 'Zegel van versie 1');
    await expectTextIn(seal, 'SHA-256 van de PDF', DEMO_USERS.expert.displayName);
    await expectNoSeriousAxeViolations(page, 'report editor: final, sealed');

    // The files through the page's links.
    const pdf = await download(page, 'PDF downloaden (versie 1)', 'rapport.pdf');
    const docx = await download(page, 'Word downloaden (versie 1)', 'rapport.docx');
    const pdfBytes = readFileSync(pdf);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const sealText = (await seal.locator('code').first().getAttribute('title'))!;
    expect(sealText).toMatch(/^[0-9a-f]{64}$/);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const title of TITLES) expect(text, title).toContain(title);
    expect(flat).toContain(CLIENT);
    expect(flat).toContain(QUESTION);
    expect(flat).toContain(OWN_TEXT);
    for (const other of OTHER_CLIENTS) expect(flat, `another demo client in the report: ${other}`).not.toContain(other);
    // One image per page, more than one page.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    execFileSync('pdftoppm', ['-r', '20', '-png', pdf, join(work, 'page')]);
    expect(readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f))).toHaveLength(pages);
    // The Word file, converted by LibreOffice, has the same titles in the same order.
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', join(work, 'docx'), docx], { stdio: 'pipe', timeout: 120_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const docxText = pdfText(join(work, 'docx', 'rapport.pdf'));
    expect(titleOrder(text)).toEqual(TITLES);
    expect(titleOrder(docxText)).toEqual(titleOrder(text));
    expect(docxText.replace(/\s+/g, ' ')).toContain(CLIENT);

    // The seal: the PDF verifies on the public page (linked from the seal panel), one changed byte does not.
    await seal.getByRole('link', { name: 'Een bestand controleren tegen het zegel' }).click();
    await h1(page, 'Rapport controleren').waitFor();
    await expectNoSeriousAxeViolations(page, 'verify page');
    await expectReflowAt320(page, 'verify page');
    await page.getByLabel('Kies het bestand (PDF of Word)').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText(/^Dit bestand is het verzegelde rapport .+ versie 1, ondertekend door Sanne de Vries \(AD, fictief\) op /).waitFor();
    expect(await page.locator('[data-sha256]').getAttribute('data-sha256')).toBe(sealText);
    await expectNoSeriousAxeViolations(page, 'verify page: a match');
    const tampered = Buffer.from(pdfBytes);
    tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
    writeFileSync(join(work, 'veranderd.pdf'), tampered);
    await page.getByLabel('Kies het bestand (PDF of Word)').setInputFiles(join(work, 'veranderd.pdf'));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Dit bestand komt niet overeen met een verzegeld rapport.').waitFor();
    expect(await page.locator('[data-sha256]').getAttribute('data-sha256')).not.toBe(sealText);
    await expectNoSeriousAxeViolations(page, 'verify page: no match');

    // Sending: a personal link for the client; the deliveries table says it is not opened yet.
    await page.goto(`/dossiers/${caseId}/rapportage/${reportId}`);
    const send = page.getByRole('form', { name: 'Versturen' });
    await send.getByRole('checkbox', { name: `${CLIENT} (cliënt)` }).check();
    await send.getByRole('button', { name: 'Versturen', exact: true }).click();
    await page.getByText(/^De rapportage is verstuurd naar 1 ontvanger\. De link werkt tot /).waitFor();
    const deliveries = page.getByRole('table', { name: 'Aan wie de rapportage is verstuurd' });
    await expectTextIn(deliveries, CLIENT, 'nog niet geopend');
    await expectNoSeriousAxeViolations(page, 'report editor: sent');
    await expectReflowAt320(page, 'report editor: sent');

    // The delivery page, without signing in.
    const mail = (await outbox()).find((m) => m.caseId === caseId && m.kind === 'report_delivery')!;
    expect(mail.bodyText).not.toContain(DISAGREE);
    const token = /\/rapport\/([A-Za-z0-9_-]{43})/.exec(mail.bodyText)![1]!;
    const { page: anyone } = await newJourneyContext(running.browser, running.server.baseUrl);
    anyone.on('pageerror', (error) => errors.push(`${anyone.url()}: ${error.message}`));
    await anyone.goto(`/rapport/${token}`);
    await h1(anyone, 'Rapportage downloaden').waitFor();
    await anyone.getByText(/^Rapportage .+, versie 1, voor Erik Jansen \(fictief\)\. De link werkt tot /).waitFor();
    await expectNoSeriousAxeViolations(anyone, 'delivery page');
    const [delivered] = await Promise.all([anyone.waitForEvent('download'), anyone.getByRole('link', { name: 'Rapportage downloaden (PDF)' }).click()]);
    await delivered.saveAs(join(work, 'bezorgd.pdf'));
    expect(readFileSync(join(work, 'bezorgd.pdf')).equals(pdfBytes)).toBe(true);
    await page.reload();
    await expect.poll(async () => page.getByRole('table', { name: 'Aan wie de rapportage is verstuurd' }).innerText()).not.toContain('nog niet geopend');
    await anyone.goto(`/rapport/${'x'.repeat(43)}`);
    await h1(anyone, 'Deze link werkt niet').waitFor();
    await expectNoSeriousAxeViolations(anyone, 'delivery page: unknown link');

    // The timeline says what happened, in words.
    await page.goto(`/dossiers/${caseId}`);
    await expectTextIn(region(page, 'Tijdlijn'), 'Rapportage begonnen', 'Rapportage definitief gemaakt en verzegeld', 'Rapportage verstuurd', 'Rapportage geopend door de ontvanger');

    // The template administration: a new version with a letterhead, in the history.
    const adminPage = admin.page;
    await adminPage.goto('/beheer/rapportsjablonen');
    await h1(adminPage, 'Rapportsjablonen').waitFor();
    await expectNoSeriousAxeViolations(adminPage, 'template administration: list');
    await expectReflowAt320(adminPage, 'template administration: list');
    await adminPage.getByRole('button', { name: 'Sjabloon openen: Arbeidsdeskundig onderzoek (algemeen)' }).click();
    const detail = region(adminPage, 'Sjabloon: Arbeidsdeskundig onderzoek (algemeen)');
    await detail.getByLabel('Briefhoofd').fill('Stationsplein 1 (fictief)\n3511 AA Utrecht');
    await detail.getByRole('button', { name: 'Sectie 2 omhoog' }).click();
    await expectNoSeriousAxeViolations(adminPage, 'template administration: a template open');
    await expectReflowAt320(adminPage, 'template administration: a template open');
    await detail.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await expect.poll(async () => (await detail.getByLabel('Wat verandert er en waarom?').getAttribute('aria-invalid')) ?? '').toBe('true');
    await detail.getByLabel('Wat verandert er en waarom?').fill('Briefhoofd en volgorde aangepast (fictief).');
    await detail.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await adminPage.getByText('Versie 2 van het sjabloon is opgeslagen.').waitFor();
    await expectTextIn(adminPage.getByRole('table', { name: 'Alle versies van dit sjabloon' }), 'Briefhoofd en volgorde aangepast (fictief).', 'Standaardsjabloon van Passend');

    expect(errors).toEqual([]);
  });
});
