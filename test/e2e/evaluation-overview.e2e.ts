// How clients experience the service (/kwaliteit/ervaringen, issue 5), through the real server, the
// built web app and Debian's Chromium. Clients rate held conversations through the portal API (each
// with a comment that must never reach the overview); the administrator sees no answers, then four
// (hidden: too few to show, so nobody is recognisable), then six with the numbers and percentages per
// question; a period without answers, an impossible period typed and one in the address; the page in
// English; a labour expert sees it too, office staff do not. axe on every state.
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, signInByApi } from './call-support.js';
import { axe, DEMO_USERS, expectTextIn, fieldMessage, seeHeading, setUpJourneys } from './support.js';

const PAGE = '/kwaliteit/ervaringen';
const SECRET = 'Alleen voor mijn arbeidsdeskundige (fictief)';
type Answer = { feltHeard: string; clearWhatNext: string; formRight: string };

const journeys = setUpJourneys();

/** The number of answers the results part of the page shows. */
async function answerCount(region: Locator, value: string): Promise<void> {
  await expect.poll(() => region.locator('.data-list__item', { hasText: /^(Aantal antwoorden|Number of answers)/ }).locator('dd').innerText()).toBe(value);
}

/** The rows of a table as text cells: [row header, …cells], whitespace collapsed. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

describe('the evaluation overview', () => {
  it('shows how clients experience the service: counts and percentages per question, nothing below five answers, never a comment', async () => {
    const admin = await journeys.open();
    const adminCsrf = await signInByApi(admin.context.request, DEMO_USERS.admin.email);
    const expert = await journeys.open();
    const expertCsrf = await signInByApi(expert.context.request, DEMO_USERS.expert.email);
    const outbox = async () =>
      (await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.context.request, adminCsrf, 'GET', '/api/admin/outbox?pageSize=100')).items;

    let made = 0;
    /** A case with a held conversation, the client's portal door, and the client's rating of it. */
    async function rated(answer: Answer): Promise<void> {
      made += 1;
      const request: APIRequestContext = expert.context.request;
      const name = `Cliënt ${made} (fictief)`;
      const created = await api<{ id: string }>(request, expertCsrf, 'POST', '/api/cases', {
        client: { fullName: name, birthDate: '1980-01-15', email: `client${made}@voorbeeld.test`, phone: '06-12345678', address: null, preferredLanguage: 'nl', interpreterNeeded: false, companionWanted: false },
        assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
      });
      // Planned on a weekday ahead (the next free hour: the demo expert has appointments too); marked held an hour ago.
      const circumstances = { activity: 'first_contact', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 0,
        physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false, clientPreference: null, employerPreference: null, medicalObstacle: false };
      let contact: { id: string } | null = null;
      for (let attempt = 0; !contact && attempt < 20; attempt++) {
        const start = new Date(Date.now() + (3 + made) * 86_400_000);
        start.setUTCHours(8 + (attempt % 7), 0, 0, 0);
        start.setUTCDate(start.getUTCDate() + Math.floor(attempt / 7));
        while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
        const planned = await request.fetch(`/api/cases/${created.id}/contacts`, {
          method: 'POST', headers: { 'x-csrf-token': expertCsrf },
          data: { contactForm: 'physical', plannedAt: start.toISOString(), durationMinutes: 45, location: 'Kantoor (fictief)', participants: [{ name, role: 'client' }], note: null, circumstances, sendInvitation: false },
        });
        if (planned.status() === 201) contact = (await planned.json()) as { id: string };
        else expect(((await planned.json()) as { error: { field?: string } }).error.field, await planned.text()).toBe('plannedAt');
      }
      if (!contact) throw new Error('no free hour for the conversation');
      const held = await request.fetch(`/api/cases/${created.id}/contacts/${contact.id}`, { method: 'PATCH', data: { version: 1, state: 'held', heldAt: new Date(Date.now() - 3_600_000).toISOString() }, headers: { 'x-csrf-token': expertCsrf } });
      expect(held.status(), await held.text()).toBe(204);
      await api(request, expertCsrf, 'POST', `/api/cases/${created.id}/portal`, { audience: 'client', partyId: null });

      // The client opens the door with the link and the code from the outbox, and rates the conversation.
      const client = (await journeys.open()).context.request;
      const token = /\/portaal#([A-Za-z0-9_-]{43})/.exec((await outbox()).find((m) => m.caseId === created.id && m.kind === 'portal_link')!.bodyText)![1]!;
      const started = await client.post('/api/portal/start', { data: { token } });
      expect(started.status(), await started.text()).toBe(200);
      const code = /\b(\d{6})\b/.exec((await outbox()).find((m) => m.caseId === created.id && m.kind === 'portal_code')!.bodyText)![1]!;
      const verified = await client.post('/api/portal/verify', { data: { token, code } });
      expect(verified.status(), await verified.text()).toBe(200);
      const { csrfToken } = (await verified.json()) as { csrfToken: string };
      const sent = await client.post(`/api/portal/contacts/${contact.id}/evaluation`, { data: { ...answer, comment: `${SECRET} ${made}` }, headers: { 'x-csrf-token': csrfToken } });
      expect(sent.status(), await sent.text()).toBe(201);
    }

    // No answers yet: the page says so; the navigation leads there.
    const page = admin.page;
    await page.goto('/beheer/gebruikers');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ervaringen cliënten' }).click();
    await seeHeading(page, 'Ervaringen van cliënten');
    const results = page.getByRole('region', { name: 'Antwoorden in deze periode' });
    await answerCount(results, '0');
    await expectTextIn(results, 'In deze periode heeft geen cliënt een gesprek beoordeeld.');
    await expectTextIn(page.getByRole('main'), 'Het overzicht is anoniem', 'minder dan 5 antwoorden');
    await axe(page, 'evaluation overview: no answers');

    // Four answers: too few to show, said plainly; no table, no zeros.
    const answers: Answer[] = [
      { feltHeard: 'yes', clearWhatNext: 'yes', formRight: 'yes' },
      { feltHeard: 'yes', clearWhatNext: 'partly', formRight: 'yes' },
      { feltHeard: 'partly', clearWhatNext: 'no', formRight: 'not_sure' },
      { feltHeard: 'yes', clearWhatNext: 'yes', formRight: 'no' },
      { feltHeard: 'no', clearWhatNext: 'yes', formRight: 'yes' },
      { feltHeard: 'partly', clearWhatNext: 'partly', formRight: 'yes' },
    ];
    for (const answer of answers.slice(0, 4)) await rated(answer);
    await page.reload();
    await answerCount(results, '4');
    await expectTextIn(results, 'Te weinig antwoorden om te tonen, zodat niemand herkenbaar is.', 'Er zijn 4 antwoorden in deze periode. Vanaf 5 antwoorden');
    expect(await page.getByRole('table').count()).toBe(0);
    await axe(page, 'evaluation overview: hidden below five');

    // Six answers: per question the numbers and whole percentages that add up to 100.
    for (const answer of answers.slice(4)) await rated(answer);
    await page.reload();
    await answerCount(results, '6');
    expect(await tableRows(page, 'Antwoorden op ‘Voelde u zich gehoord?’, in aantallen en procenten')).toEqual([
      ['Ja', '3', '50%'], ['Een beetje', '2', '33%'], ['Nee', '1', '17%'], ['Totaal', '6', '100%'],
    ]);
    expect(await tableRows(page, 'Antwoorden op ‘Weet u wat er nu gaat gebeuren?’, in aantallen en procenten')).toEqual([
      ['Ja', '3', '50%'], ['Een beetje', '2', '33%'], ['Nee', '1', '17%'], ['Totaal', '6', '100%'],
    ]);
    expect(await tableRows(page, 'Antwoorden op ‘Was deze manier van praten goed voor u?’, in aantallen en procenten')).toEqual([
      ['Ja', '4', '67%'], ['Nee', '1', '17%'], ['Weet ik niet', '1', '17%'], ['Totaal', '6', '100%'],
    ]);
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Voelde u zich gehoord?', 'Weet u wat er nu gaat gebeuren?', 'Was deze manier van praten goed voor u?']);
    // The bar is decoration beside the number, hidden from assistive technology.
    expect(await page.locator('.answer-share__bar[aria-hidden="true"]').count()).toBe(9);
    await expect.poll(() => page.locator('.answer-share__fill.bar--w50').count()).toBe(2);
    // Anonymous: the clients' own words are nowhere, not on the page and not in the answer.
    expect(await page.getByRole('main').innerText()).not.toContain(SECRET);
    const overview = await api<Record<string, unknown>>(admin.context.request, adminCsrf, 'GET', '/api/evaluation-overview');
    expect(JSON.stringify(overview)).not.toContain(SECRET);
    expect(Object.keys(overview).sort()).toEqual(['count', 'counts', 'from', 'shown', 'to']);
    await axe(page, 'evaluation overview: six answers');

    // A period without answers, asked for from the keyboard (Enter in a date field sends the form);
    // the period is in the address, with Dutch dates on the page.
    await page.getByLabel('Van', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2020-12-31');
    await page.getByLabel('Tot en met', { exact: true }).press('Enter');
    await page.waitForURL(/van=2020-01-01&tot=2020-12-31/);
    await expectTextIn(results, 'Antwoorden van 1 jan 2020 tot en met 31 dec 2020', 'In deze periode heeft geen cliënt een gesprek beoordeeld.');

    // An impossible period typed in is explained at the field and not asked for.
    await page.getByLabel('Van', { exact: true }).fill('2026-06-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-01-01');
    await page.getByRole('button', { name: 'Periode tonen' }).click();
    expect(await fieldMessage(page.getByLabel('Van', { exact: true }))).toContain('De begindatum moet vóór de einddatum liggen.');
    expect(page.url()).toContain('van=2020-01-01');
    await axe(page, 'evaluation overview: impossible period');

    // One in the address reaches the server, whose clear message is shown (never a server error).
    await page.goto(`${PAGE}?van=2026-06-01&tot=2026-01-01`);
    await expectTextIn(page.getByRole('alert'), 'de begindatum ligt na de einddatum');
    await axe(page, 'evaluation overview: reversed period in the address');

    // The same page in English.
    await page.goto(PAGE);
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await seeHeading(page, 'Client experiences');
    const resultsEn = page.getByRole('region', { name: 'Answers in this period' });
    await answerCount(resultsEn, '6');
    expect(await tableRows(page, 'Answers to ‘Did you feel heard?’, in numbers and percentages')).toEqual([
      ['Yes', '3', '50%'], ['A little', '2', '33%'], ['No', '1', '17%'], ['Total', '6', '100%'],
    ]);
    await axe(page, 'evaluation overview (en)');
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
    await seeHeading(page, 'Ervaringen van cliënten');

    // A labour expert reads the same overview; office staff have no quality views.
    await expert.page.goto(PAGE);
    await seeHeading(expert.page, 'Ervaringen van cliënten');
    await answerCount(expert.page.getByRole('region', { name: 'Antwoorden in deze periode' }), '6');
    await axe(expert.page, 'evaluation overview (labour expert)');
    const office = await journeys.open();
    await signInByApi(office.context.request, DEMO_USERS.office.email);
    await office.page.goto(PAGE);
    await seeHeading(office.page, 'Geen toegang');
    expect(await office.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ervaringen cliënten' }).count()).toBe(0);
  });
});
