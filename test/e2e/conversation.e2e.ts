// Gezien & Gehoord in the browser (issue 5), through the real server and Debian's Chromium: the labour
// expert sends the client's portal link from the case page, writes compass notes and two alliance
// reflections (both kept, shown in the history), makes a conversation report from the notes and shares
// it; the client, in the portal, finds a text of "Ons gesprek" changed elsewhere and continues from the
// newest one without losing their own, then disagrees with a paragraph and adds what is missing; the
// expert processes both and makes the report final; the client sees what happened with each comment and
// rates the conversation; the expert sees the rating on the case. axe on every page.
import { type APIRequestContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, expectNoSeriousAxeViolations, newJourneyContext, serverAndBrowser } from './support.js';
import { api, h1, signInByApi } from './call-support.js';

const CLIENT = 'Yusuf Demir (fictief)';
const NOTE = 'Sinds maart thuis na een burn-out; voelt zich door de werkgever niet gehoord.';
const DISAGREE = 'Het was in april, niet in maart.';
const MISSING = 'Mijn zorg voor mijn moeder staat er niet in.';
const FROM_PHONE = 'Op de telefoon: ik wil eerst rust.';
const FROM_COMPUTER = 'Op de computer: ik wil weten wat er gaat gebeuren.';

const running = serverAndBrowser();
const errors: string[] = [];

async function signedInPage(email: string): Promise<{ page: Page; request: APIRequestContext; csrf: string }> {
  const { context, page } = await newJourneyContext(running.browser, running.server.baseUrl);
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { page, request: context.request, csrf: await signInByApi(context.request, email) };
}

describe('Gezien & Gehoord', () => {
  it('from compass notes to a checked, final conversation report, and the client’s rating', async () => {
    const expert = await signedInPage(DEMO_USERS.expert.email);
    const admin = await signedInPage(DEMO_USERS.admin.email);
    const outbox = async () => (await api<{ items: Array<{ kind: string; caseId: string | null; bodyText: string }> }>(admin.request, admin.csrf, 'GET', '/api/admin/outbox?pageSize=100')).items;

    // A case with a conversation that took place, assigned to the expert (set up through the API).
    const created = await api<{ id: string }>(expert.request, expert.csrf, 'POST', '/api/cases', {
      client: { fullName: CLIENT, birthDate: '1983-05-12', email: 'yusuf.demir@voorbeeld.test', phone: '06-12345678', address: null, preferredLanguage: 'nl', interpreterNeeded: false, companionWanted: false },
      assignment: { commissioningParty: 'uwv_werkbedrijf', legalContext: 'wia', question: 'Welk werk past bij cliënt (fictief)?', deliveryDate: null, firstSicknessDay: null, commissionerReference: null },
    });
    const caseId = created.id;
    const start = new Date(Date.now() + 3 * 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
    const contact = await api<{ id: string }>(expert.request, expert.csrf, 'POST', `/api/cases/${caseId}/contacts`, {
      contactForm: 'physical', plannedAt: start.toISOString(), durationMinutes: 60, location: 'Kantoor (fictief)', participants: [{ name: CLIENT, role: 'client' }], note: null,
      circumstances: { activity: 'first_contact', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false, earlierContacts: 0,
        physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false, clientPreference: null, employerPreference: null, medicalObstacle: false },
      sendInvitation: false,
    });
    const held = await expert.request.fetch(`/api/cases/${caseId}/contacts/${contact.id}`, { method: 'PATCH', data: { version: 1, state: 'held', heldAt: new Date(Date.now() - 3_600_000).toISOString() }, headers: { 'x-csrf-token': expert.csrf } });
    expect(held.status(), await held.text()).toBe(204);

    // The expert sends the client's portal link from the case page.
    const page = expert.page;
    await page.goto(`/dossiers/${caseId}`);
    const portalSection = page.getByRole('region', { name: 'Portaal' });
    await portalSection.getByRole('button', { name: `Link sturen: ${CLIENT}` }).click();
    await portalSection.getByText('Link gestuurd naar yusuf.demir@voorbeeld.test.').waitFor();
    await expectNoSeriousAxeViolations(page, 'case page: portal and Gezien & Gehoord sections');

    // Compass notes for this conversation.
    await page.goto(`/dossiers/${caseId}/kompas?contact=${contact.id}`);
    await h1(page, /^Gesprekskompas/).waitFor();
    await page.getByLabel('Uw aantekeningen bij Ervaringen').fill(NOTE);
    await page.getByRole('button', { name: 'Aantekeningen bij Ervaringen opslaan' }).click();
    await page.getByText('Aantekeningen bij Ervaringen zijn opgeslagen.').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'compass page');

    // The working alliance: every reflection is kept; the history below the form shows them, newest first.
    await page.getByLabel('Uw aantekening bij stroefheid').fill('Klapt dicht bij uitleg over de wet.');
    await page.getByRole('checkbox', { name: 'De cliënt voelt zich niet gehoord in de beperkingen' }).check();
    await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await page.getByText('1 reflectie in dit dossier tonen').waitFor();
    await page.getByLabel('Uw aantekening bij stroefheid').fill('');
    await page.getByRole('checkbox', { name: 'De cliënt voelt zich niet gehoord in de beperkingen' }).uncheck();
    await page.getByLabel('Uw aantekening bij binding').fill('Meer ruimte voor zijn verhaal.');
    await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
    const history = page.getByRole('region', { name: 'Geschiedenis van de reflecties' });
    await history.getByText('Alle 2 reflecties in dit dossier tonen, nieuwste eerst').click();
    const kept = history.getByRole('article');
    await expect.poll(() => kept.count()).toBe(2);
    await kept.nth(0).getByText('Meer ruimte voor zijn verhaal.').waitFor();
    await kept.nth(1).getByText('Passend stelde toen voor: eerst binding.').waitFor();
    await kept.nth(1).getByText('De cliënt voelt zich niet gehoord in de beperkingen').waitFor();
    await expectNoSeriousAxeViolations(page, 'compass page: alliance history open');

    // A conversation report from the notes, shared with the client.
    const report = await api<{ id: string }>(expert.request, expert.csrf, 'POST', `/api/cases/${caseId}/conversation-reports`, { contactId: contact.id, title: 'Verslag eerste gesprek' }, 201);
    await page.goto(`/dossiers/${caseId}/verslagen/${report.id}`);
    await page.getByLabel('Tekst van alinea 1').waitFor();
    expect(await page.getByLabel('Tekst van alinea 1').inputValue()).toBe(NOTE);
    await expectNoSeriousAxeViolations(page, 'report page: draft');
    await page.getByRole('button', { name: 'Delen met cliënt om te controleren' }).click();
    await page.getByRole('button', { name: 'Delen', exact: true }).click();
    await page.getByText('Versie 1 is gedeeld met de cliënt.').first().waitFor();

    // The client opens the portal, checks the report, and sends a reaction.
    const link = /(https?:\/\/\S+\/portaal#[A-Za-z0-9_-]{43})/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_link')!.bodyText)![1]!;
    const { context: clientContext, page: client } = await newJourneyContext(running.browser, running.server.baseUrl);
    client.on('pageerror', (error) => errors.push(`${client.url()}: ${error.message}`));
    await client.setViewportSize({ width: 360, height: 740 });
    await client.goto(link);
    await h1(client, 'Vul uw code in').waitFor();
    const code = /\b(\d{6})\b/.exec((await outbox()).find((m) => m.caseId === caseId && m.kind === 'portal_code')!.bodyText)![1]!;
    await client.getByLabel('Vul hier de code van 6 cijfers in.').fill(code);
    await client.getByRole('button', { name: 'Verder' }).click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();

    // "Ons gesprek" open on the computer while the phone saves: the computer's save does not overwrite it.
    await client.getByRole('button', { name: 'Naar ‘Ons gesprek’' }).click();
    await h1(client, 'Ons gesprek').waitFor();
    const needs = client.getByLabel('Uw tekst bij ‘Jouw behoeften’');
    await needs.fill(FROM_COMPUTER);
    const portalCsrf = (await api<{ csrfToken: string }>(clientContext.request, '', 'GET', '/api/portal/session')).csrfToken;
    await api(clientContext.request, portalCsrf, 'PUT', '/api/portal/worksheet', { entries: [{ theme: 'needs', body: FROM_PHONE, version: 0 }] });
    await client.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await client.getByText('Deze tekst is intussen ergens anders veranderd.', { exact: false }).waitFor();
    expect(await client.getByLabel(/^De nieuwste tekst, opgeslagen op/).inputValue()).toBe(FROM_PHONE);
    expect(await client.getByLabel('Uw eigen tekst, nog niet opgeslagen').inputValue()).toBe(FROM_COMPUTER);
    await expectNoSeriousAxeViolations(client, 'portal: Ons gesprek changed elsewhere');
    await client.getByRole('button', { name: 'Verder met de nieuwste tekst' }).click();
    expect(await needs.inputValue()).toBe(FROM_PHONE);
    // The client's own text stays on the screen to copy from.
    expect(await client.getByLabel('Uw eigen tekst van net (niet opgeslagen)').inputValue()).toBe(FROM_COMPUTER);
    await needs.fill(`${FROM_PHONE}\n${FROM_COMPUTER}`);
    await client.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await client.getByText('Opgeslagen. Uw arbeidsdeskundige kan het nu lezen.').waitFor();
    await client.getByRole('button', { name: 'Terug naar de startpagina' }).click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();

    await client.getByRole('button', { name: 'Lees en controleer het verslag' }).click();
    await h1(client, 'Verslag eerste gesprek').waitFor();
    await client.getByText(NOTE).first().waitFor();
    await client.getByRole('radio', { name: 'Nee, dit klopt niet' }).first().check();
    await client.getByLabel('Wat klopt er niet?').first().fill(DISAGREE);
    await client.getByLabel('Punt 1: wat mist er?').fill(MISSING);
    await expectNoSeriousAxeViolations(client, 'portal: checking a report');
    await client.getByRole('button', { name: 'Verder: controleer uw reactie' }).click();
    await client.getByRole('button', { name: 'Versturen' }).click();
    await client.getByText('Bedankt. De arbeidsdeskundige leest uw reactie.').first().waitFor();

    // The expert processes both reactions and makes version 1 final.
    await page.reload();
    const reactions = page.locator('main');
    await reactions.getByText(DISAGREE).first().waitFor();
    const forms = reactions.getByRole('group', { name: 'Wat doet u met deze reactie?' });
    await forms.nth(0).getByRole('radio', { name: 'Aanpassen' }).check();
    await reactions.getByLabel('Toelichting').nth(0).fill('De datum is aangepast naar april.');
    await reactions.getByRole('button', { name: 'Verwerking opslaan' }).nth(0).click();
    await reactions.getByText('Aangepast').first().waitFor();
    await expect.poll(() => forms.count()).toBe(1);
    await forms.nth(0).getByRole('radio', { name: 'Overnemen' }).check();
    await reactions.getByRole('button', { name: 'Verwerking opslaan' }).first().click();
    await reactions.getByText('Alle reacties zijn verwerkt.').waitFor();
    await expectNoSeriousAxeViolations(page, 'report page: reactions processed');
    await page.getByRole('button', { name: 'Definitief maken' }).click();
    await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Versie 1 is definitief.').first().waitFor();

    // The client sees what happened with each comment, then rates the conversation.
    // A reload keeps the client where they were (the report), now with the outcomes.
    await client.reload();
    await h1(client, 'Verslag eerste gesprek').waitFor();
    await client.getByText('Aangepast').first().waitFor();
    await client.getByText('Overgenomen').first().waitFor();
    await client.getByText('De datum is aangepast naar april.').first().waitFor();
    await expectNoSeriousAxeViolations(client, 'portal: final report with outcomes');
    await client.getByRole('button', { name: /Terug/ }).first().click();
    await h1(client, `Welkom, ${CLIENT}`).waitFor();
    await client.getByRole('button', { name: 'Vertel hoe het ging' }).click();
    await h1(client, 'Hoe ging het gesprek?').waitFor();
    await client.getByRole('group', { name: 'Voelde u zich gehoord?' }).getByRole('radio', { name: 'Ja' }).check();
    await client.getByRole('group', { name: 'Weet u wat er nu gaat gebeuren?' }).getByRole('radio', { name: 'Een beetje' }).check();
    await client.getByRole('group', { name: /Was deze manier van praten/ }).getByRole('radio', { name: 'Ja' }).check();
    await expectNoSeriousAxeViolations(client, 'portal: evaluation');
    await client.getByRole('button', { name: 'Versturen' }).click();
    await client.getByText('Dank u wel voor uw antwoorden.').first().waitFor();

    // The expert reads the rating on the case, in words.
    await page.goto(`/dossiers/${caseId}`);
    await page.getByText('Voelde zich gehoord.').first().waitFor();
    expect(errors).toEqual([]);
  });
});
