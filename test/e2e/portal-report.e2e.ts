// The report from the client's side (issue 8), through the real server with the demo data, in Debian's
// Chromium. The demo labour expert makes a report on the demo case whose client has an e-mail address
// (Erik Jansen) from the suggested template and sends it to the client to check; in the portal the client
// opens the draft report under its own name, disagrees with one part and, by keyboard, chooses that the
// labour expert summarises the reaction in the final report; the staff API shows the comment with that
// choice. The expert finalises (reason and summary), sends the final report to the client, and the
// client downloads it from "Uw eindrapport" on home: a PDF. axe on the draft report and on home with
// the final report, in Dutch and in Arabic.
import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const CLIENT = 'Erik Jansen (fictief)';
const DISAGREE = 'Ik werk liever 16 uur per week, niet 20 (fictief).';
const SUMMARY = 'De cliënt wil liever 16 uur per week werken dan 20 (fictief).';
const DRAFT = 'Het rapport van de arbeidsdeskundige (concept)';

const running = serverAndBrowser({ screenshots: true });
const errors: string[] = [];

interface Section { index: number; kind: string; paragraphs: Array<{ id: string; text: string; forEmployer: boolean }>; blocks: unknown[] }
interface Detail {
  checkReportId: string | null;
  current: { number: number; state: string; lockVersion: number; sections: Section[] };
  check: { comments: Array<{ audience: string; paragraphId: string | null; stance: string; text: string; inFinalReport: 'full' | 'summary' | null }>; clientChoseSummary: boolean };
}

async function staff(email: string): Promise<{ request: APIRequestContext; csrf: string }> {
  const { context } = await newJourneyContext(running.browser, running.server.baseUrl);
  return { request: context.request, csrf: await signInByApi(context.request, email) };
}

/** Switches the portal's language with the choice in the header, and waits until the page shows it. */
async function chooseLanguage(page: Page, language: 'nl' | 'ar'): Promise<void> {
  await page.locator('#language').selectOption(language);
  await page.locator('form:has(#language) button[type="submit"]').click();
  await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join(' '))).toBe(`${language} ${language === 'ar' ? 'rtl' : 'ltr'}`);
}

describe('The report, the client’s side', () => {
  it('checks the draft report with the choice for the final report, and downloads the final report', async () => {
    const expert = await staff(DEMO_USERS.expert.email);
    const admin = await staff(DEMO_USERS.admin.email);
    const outbox = async () => (await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100')).items;

    // The demo case whose client has an e-mail address (the final report goes out by e-mail).
    const cases = await api<{ items: Array<{ id: string; clientName: string }> }>(expert.request, expert.csrf, 'GET', `/api/cases?q=${encodeURIComponent('Erik Jansen')}`);
    const caseId = cases.items.find((c) => c.clientName === CLIENT)?.id;
    expect(caseId, 'the demo case of Erik Jansen').toBeTruthy();
    const base = `/api/cases/${caseId}`;

    // A report from the suggested template; every section the case leaves empty gets a line of the expert's own.
    const templates = await api<{ suggested: string; templates: Array<{ templateId: string; context: string }> }>(expert.request, expert.csrf, 'GET', `${base}/report-templates`);
    const template = templates.templates.find((t) => t.context === templates.suggested) ?? templates.templates[0]!;
    const { id: reportId } = await api<{ id: string }>(expert.request, expert.csrf, 'POST', `${base}/reports`, { templateId: template.templateId });
    const detail = () => api<Detail>(expert.request, expert.csrf, 'GET', `${base}/reports/${reportId}`);
    let d = await detail();
    for (const section of d.current.sections) {
      if (['client_reaction', 'trace'].includes(section.kind) || section.blocks.length > 0 || section.paragraphs.some((p) => p.text.trim())) continue;
      const saved = d.current.lockVersion;
      const put = await expert.request.fetch(`${base}/reports/${reportId}/sections/${section.index}`, {
        method: 'PUT', headers: { 'x-csrf-token': expert.csrf },
        data: { lockVersion: saved, paragraphs: [{ id: `own-${section.index}`, text: `Toelichting van de arbeidsdeskundige bij dit onderdeel (fictief, ${section.kind}).`, forEmployer: false }] },
      });
      expect(put.status(), await put.text()).toBe(200);
      d = await detail();
    }

    // To the client to check (the lock version from the report's detail).
    await api(expert.request, expert.csrf, 'POST', `${base}/reports/${reportId}/check`, { lockVersion: d.current.lockVersion, withEmployer: false });
    d = await detail();
    expect(d.current.state).toBe('in_check');

    // The client's personal link and code (by e-mail: the client has an address).
    await api(expert.request, expert.csrf, 'POST', `${base}/portal`, { audience: 'client', partyId: null }, 201);
    const link = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_link')!.bodyText)![1]!;
    const { page: client } = await newJourneyContext(running.browser, running.server.baseUrl);
    client.on('pageerror', (error) => errors.push(`${client.url()}: ${error.message}`));
    await client.setViewportSize({ width: 390, height: 844 });
    await client.goto(link);
    await h1(client, 'Vul uw code in').waitFor();
    const code = /\b(\d{6})\b/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_code')!.bodyText)![1]!;
    await client.getByLabel('Vul hier de code van 6 cijfers in.').fill(code);
    await client.getByRole('button', { name: 'Verder' }).click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();

    // Home lists the draft report under its own name; no final report yet.
    const reports = client.getByRole('region', { name: 'Verslagen om te lezen' });
    await reports.getByRole('heading', { name: DRAFT }).waitFor();
    expect(await client.getByRole('region', { name: 'Uw eindrapport' }).count()).toBe(0);
    await reports.getByRole('button', { name: 'Lees en controleer het conceptrapport' }).click();
    await h1(client, DRAFT).waitFor();
    await client.getByText('Dit is nog een concept.', { exact: false }).first().waitFor();
    await client.getByText('Uw reactie komt in het eindrapport.', { exact: false }).waitFor();
    const choice = client.getByRole('group', { name: 'Hoe komt uw reactie in het eindrapport?' });
    const full = choice.getByRole('radio', { name: 'Zet mijn reactie zoals ik die schreef in het eindrapport' });
    const summary = choice.getByRole('radio', { name: 'Laat de arbeidsdeskundige mijn reactie kort samenvatten in het eindrapport' });
    expect(await full.isChecked(), 'the reaction as written is the default').toBe(true);
    expect(await summary.isChecked()).toBe(false);
    await expectNoSeriousAxeViolations(client, 'portal: draft report (Dutch)');
    await chooseLanguage(client, 'ar');
    await h1(client, 'تقرير خبير العمل (مسودة)').waitFor();
    await client.getByRole('group', { name: 'كيف يظهر ردّك في التقرير النهائي؟' }).waitFor();
    await expectNoSeriousAxeViolations(client, 'portal: draft report (Arabic)');
    await chooseLanguage(client, 'nl');
    await h1(client, DRAFT).waitFor();

    // Disagree with the first part, in words.
    await client.getByRole('radio', { name: 'Nee, dit klopt niet' }).first().check();
    await client.getByLabel('Wat klopt er niet?').first().fill(DISAGREE);

    // The choice by keyboard: Tab from the button before it lands on the chosen radio, an arrow key chooses the other.
    await client.getByRole('button', { name: 'Nog een punt toevoegen' }).focus();
    await client.keyboard.press('Tab');
    expect(await full.evaluate((el) => el === document.activeElement), 'Tab reaches the radio group at its chosen option').toBe(true);
    await client.keyboard.press('ArrowDown');
    expect(await summary.isChecked()).toBe(true);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await client.keyboard.press('ArrowUp');
    expect(await full.isChecked(), 'and back').toBe(true);
    await client.keyboard.press('ArrowDown');
    expect(await summary.isChecked()).toBe(true);
    await client.keyboard.press('Tab');
    await client.keyboard.press('Enter');
    await client.getByRole('heading', { name: 'Controleer uw reactie' }).waitFor();
    await client.getByText('Laat de arbeidsdeskundige mijn reactie kort samenvatten in het eindrapport').waitFor();
    await client.getByRole('button', { name: 'Versturen' }).click();
    await client.getByText('Bedankt. De arbeidsdeskundige leest uw reactie.').first().waitFor();

    // The staff side has the comment, with the client's choice.
    d = await detail();
    const comment = d.check.comments.find((c) => c.text === DISAGREE);
    expect(comment, JSON.stringify(d.check.comments)).toMatchObject({ audience: 'client', stance: 'disagree', inFinalReport: 'summary' });
    expect(d.check.clientChoseSummary).toBe(true);

    // Finalised with a reason (the reaction is not processed) and the summary, then sent to the client.
    const sealed = await api<{ pdfSha256: string }>(expert.request, expert.csrf, 'POST', `${base}/reports/${reportId}/finalise`, {
      lockVersion: d.current.lockVersion, reason: 'De reactie is besproken met de cliënt; de uren blijven zoals de verzekeringsarts ze vaststelde (fictief).', clientReactionSummary: SUMMARY,
    }, 200);
    expect(sealed.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    await api(expert.request, expert.csrf, 'POST', `${base}/reports/${reportId}/versions/1/deliveries`, { recipients: [{ kind: 'client' }] });

    // Home after a reload: "Uw eindrapport" first, with the download and until when it works.
    await client.getByRole('button', { name: 'Terug naar de startpagina' }).click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();
    await client.reload();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();
    const finals = client.getByRole('region', { name: 'Uw eindrapport' });
    await finals.getByRole('heading', { name: /^Rapport versie 1, gestuurd op / }).waitFor();
    await finals.getByText(/^De link werkt tot .+ om \d{1,2}:\d{2}\.$/).waitFor();
    const sections = await client.locator('main section.panel > h2').allInnerTexts();
    expect(sections[0], 'the final report comes first on home').toBe('Uw eindrapport');
    await expectNoSeriousAxeViolations(client, 'portal: home with the final report (Dutch)');

    const downloadLink = finals.getByRole('link', { name: 'Download het rapport (pdf)' });
    const [download] = await Promise.all([client.waitForEvent('download'), downloadLink.click()]);
    expect(download.suggestedFilename()).toMatch(/rapportage-v1\.pdf$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 4).toString('latin1'), 'the download is a PDF').toBe('%PDF');

    // In Arabic too.
    await chooseLanguage(client, 'ar');
    await client.getByRole('region', { name: 'تقريرك النهائي' }).getByRole('link', { name: 'تنزيل التقرير (PDF)' }).waitFor();
    await expectNoSeriousAxeViolations(client, 'portal: home with the final report (Arabic)');
    await chooseLanguage(client, 'nl');

    // A refused download is said in words on the page, not as a broken download. The server's answers
    // are stood in for here (the delivery cannot be made older from the browser): not this reader's, then expired.
    const pdfRoute = '**/api/portal/final-reports/*/report.pdf';
    await client.route(pdfRoute, (route) => route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', reason: 'not_yours', message: 'x' } }) }));
    await downloadLink.click();
    await finals.getByRole('alert').getByText('U kunt dit rapport niet openen. Neem contact op met uw arbeidsdeskundige.').waitFor();
    await client.unroute(pdfRoute);
    await client.route(pdfRoute, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: { code: 'not_found', reason: 'expired', message: 'x' } }) }));
    await downloadLink.click();
    const expired = finals.getByRole('alert').getByText('Deze link werkt niet meer. Vraag uw arbeidsdeskundige om het rapport opnieuw te sturen.');
    await expired.waitFor();
    await expect.poll(() => downloadLink.count(), { message: 'the link that no longer works is gone' }).toBe(0);
    await expect.poll(() => client.evaluate(() => document.activeElement?.getAttribute('role') ?? ''), { message: 'the message has the focus the link had' }).toBe('alert');
    await expectNoSeriousAxeViolations(client, 'portal: home, final report link expired');
    await client.unroute(pdfRoute);
    expect(errors).toEqual([]);
  });
});
