// The instrument databank, the factor catalogue and the case page's shared sources in the browser
// (issue 7), through the real server and Debian's Chromium, on the demo data: three fictional
// instruments and, on demo case A (Daan Verhoeven), eight sources of which only the ICT school's intake
// is not professional-only. The labour expert sees the instruments with their usage (and the count
// going up when a case uses one), searches, rates one by keyboard, adds one (the server's problems by
// their fields, a duplicate name at the name), has an edit overtaken by someone else (409: the typed
// text stays, what is stored now is shown) and removes one that a case used (the case keeps pointing at
// it); the factor catalogue in its ten groups with an own factor added; the administrator sees the
// databank without any rating control; office staff see on case A only the shared source. axe on every
// screen and state; at 320 px only the tables scroll, inside their own focusable region.
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, DEMO_USERS, expectTextIn, fieldMessage, region, seeHeading, setUpJourneys, signIn, signInOnce } from './support.js';
import { api } from './call-support.js';

const { open } = setUpJourneys();

const LEARNING = 'Leerbaarheidsonderzoek (fictief voorbeeld)';
const OBSERVATION = 'Praktijkobservatie op de werkplek (fictief voorbeeld)';
const INTEREST = 'Beroepsinteressetest (fictief voorbeeld)';
const NEW = 'Loopbaanscan (fictief, e2e)';
const CASE_A = 'Daan Verhoeven (fictief)';
const SHARED = 'Intake ICT-school: goede praktische kennis, leerhouding goed';
/** Titles, interests and reality checks of case A's professional-only sources, and the intake's own interest. */
const PROFESSIONAL_ONLY = [
  'Wajong-beoordeling', 'Er is niets met mij aan de hand', 'Spijbelde tijdens elke opleiding', 'Wil de ICT-opleiding doen', 'Korte uitzendbanen',
  'Moeder steunt de ICT-wens', 'RIBW twijfelt', 'De school wil graag studenten inschrijven', 'Wil graag dat hij een opleiding afmaakt',
];

async function csrfOf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
}

async function caseIdOf(request: APIRequestContext, client: string): Promise<string> {
  const list = await api<{ items: Array<{ id: string; clientName: string }> }>(request, '', 'GET', `/api/cases?q=${encodeURIComponent(client.split(' ')[0]!)}`);
  const found = list.items.find((c) => c.clientName === client);
  expect(found, `case of ${client}`).toBeTruthy();
  return found!.id;
}

function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Instrumenten van uw organisatie' });
}

function row(page: Page, name: string): Locator {
  return table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The cell of a row under the column with this header. */
async function cell(page: Page, name: string, column: string): Promise<Locator> {
  const headers = (await table(page).locator('thead th').allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `a column ${column} in ${headers.join(' | ')}`).toBeGreaterThan(0);
  return row(page, name).locator(':scope > th, :scope > td').nth(index);
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('Instrumentendatabank, factorencatalogus en gebruikte bronnen', () => {
  it('the labour expert sees usage and usefulness, searches, rates by keyboard, adds, is overtaken in an edit and keeps the text, removes', async () => {
    const { page } = await open();
    await signInOnce(page, DEMO_USERS.expert.email);
    const request = page.context().request;
    const csrf = await csrfOf(request);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumenten' }).click();
    await seeHeading(page, 'Instrumentendatabank');
    await expectTextIn(page.locator('main'), 'screent de beroepsgroep haar eigen instrumenten', 'Het gemiddelde staat altijd bij het aantal beoordelingen');
    await expect.poll(() => table(page).locator('tbody tr').count()).toBe(3);
    await expectTextIn(page.locator('main').getByRole('status').first(), '3 van 3 instrumenten');

    // The three fictional demo instruments with what they measure, cost, duration, usefulness and usage.
    await expectTextIn(row(page, LEARNING), 'Leervermogen en leerstijl', 'Deels gevalideerd', 'Fictief demovoorbeeld; geen echt instrument.', 'Assessmentbureau Voorbeeld (fictief)', '4 uur');
    expect((await (await cell(page, LEARNING, 'Kosten')).innerText()).replace(/\u00a0/g, ' ')).toBe('€ 4.500,00');
    expect(await (await cell(page, LEARNING, 'Bruikbaarheid')).innerText()).toMatch(/^4,0 van 5, 1 beoordeling\s+Uw oordeel: 4 van 5$/);
    expect(await (await cell(page, LEARNING, 'Gebruik')).innerText()).toBe('Nog niet gebruikt');
    expect(await (await cell(page, OBSERVATION, 'Duur')).innerText()).toBe('8 uur');
    expect(await (await cell(page, OBSERVATION, 'Bruikbaarheid')).innerText()).toBe('Nog niet beoordeeld');
    expect(await (await cell(page, INTEREST, 'Duur')).innerText()).toBe('45 minuten');
    expect((await (await cell(page, INTEREST, 'Kosten')).innerText()).replace(/\u00a0/g, ' ')).toBe('€ 95,00');
    await axe(page, 'instrument databank');

    // A result on case A that used the interest test: the databank counts it.
    const caseA = await caseIdOf(request, CASE_A);
    const instruments = await api<{ items: Array<{ id: string; name: string; version: number }> }>(request, csrf, 'GET', '/api/instruments');
    const interestId = instruments.items.find((i) => i.name === INTEREST)!.id;
    await api(request, csrf, 'POST', `/api/cases/${caseA}/evidence`, {
      kind: 'information', sourceType: 'test_instrument', sourceName: 'Testuitgever Voorbeeld (fictief)', observedOn: new Date().toISOString().slice(0, 10), method: 'test',
      title: 'Uitslag beroepsinteressetest (fictief)', body: 'Sterke voorkeur voor technisch en praktisch werk (fictief).', interest: null, reliability: 'reasonable', realityCheck: null,
      notInvestigatedReason: null, factorCodes: ['interests'], instrumentId: interestId, contactId: null, documentId: null, professionalOnly: true,
    });
    await page.reload();
    await seeHeading(page, 'Instrumentendatabank');
    await expect.poll(async () => (await cell(page, INTEREST, 'Gebruik')).innerText()).toBe('1 keer gebruikt, in 1 dossier');

    // Searching: by a word in what it measures, then by validation status; a search that finds nothing says so.
    const search = page.getByRole('searchbox', { name: 'Zoeken' });
    await search.fill('leerstijl');
    await expect.poll(() => table(page).locator('tbody tr').count()).toBe(1);
    await expectTextIn(page.locator('main').getByRole('status').first(), '1 van 3 instrumenten');
    await search.fill('');
    await page.getByLabel('Validering').selectOption({ label: 'Gevalideerd' });
    await expect.poll(() => table(page).locator('tbody tr').count()).toBe(1);
    await expect.poll(() => row(page, INTEREST).count()).toBe(1);
    await search.fill('jobcoach');
    await page.getByText('Geen instrument gevonden.', { exact: false }).waitFor();
    await axe(page, 'instrument databank: nothing found');
    await search.fill('');
    await page.getByLabel('Validering').selectOption({ label: 'Alle' });
    await expect.poll(() => table(page).locator('tbody tr').count()).toBe(3);

    // Rating by keyboard: the button, the form's heading gets focus; without a choice the form says so.
    const rateButton = page.getByRole('button', { name: `Beoordelen: ${OBSERVATION}` });
    await rateButton.focus();
    await page.keyboard.press('Enter');
    const ratingForm = page.getByRole('form', { name: `Bruikbaarheid van ${OBSERVATION} beoordelen` });
    await ratingForm.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Bruikbaarheid van ${OBSERVATION} beoordelen`);
    await ratingForm.getByRole('button', { name: 'Oordeel opslaan' }).focus();
    await page.keyboard.press('Enter');
    await expectTextIn(ratingForm, 'Bruikbaarheid: kies hoe bruikbaar u het instrument vond');
    await axe(page, 'rating form with its problem');
    await ratingForm.getByRole('radio', { name: '3 · Redelijk bruikbaar' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => ratingForm.getByRole('radio', { name: '3 · Redelijk bruikbaar' }).isChecked()).toBe(true);
    await ratingForm.getByLabel('Toelichting').focus();
    await page.keyboard.type('Goed bij twijfel tussen zelfbeeld en werkelijkheid; kost wel een hele dag (fictief).');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectTextIn(page.locator('main'), `Uw oordeel over ${OBSERVATION} is opgeslagen.`);
    await expect.poll(async () => (await cell(page, OBSERVATION, 'Bruikbaarheid')).innerText()).toMatch(/^3,0 van 5, 1 beoordeling\s+Uw oordeel: 3 van 5$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^instrument-rate-/);
    expect(await page.getByRole('button', { name: `Oordeel wijzigen: ${OBSERVATION}` }).count()).toBe(1);

    // Adding: the server's problems by their fields; a typed amount Passend cannot read is said at the field.
    await page.getByRole('button', { name: 'Instrument toevoegen' }).click();
    const addForm = page.getByRole('form', { name: 'Instrument toevoegen' });
    await addForm.waitFor();
    await addForm.getByRole('radio', { name: 'Niet gevalideerd' }).check();
    await addForm.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    expect(await fieldMessage(addForm.getByLabel('Naam', { exact: true }))).toContain('Naam: vul dit in');
    expect(await fieldMessage(addForm.getByRole('textbox', { name: 'Wat het meet' }))).toContain('Wat het meet: vul dit in');
    const summary = addForm.locator('.form-error');
    await expectTextIn(summary, 'Naam: vul dit in', 'Wat het meet: vul dit in');
    await summary.getByRole('link', { name: 'Naam: vul dit in' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-invalid'))).toBe('true');
    await axe(page, 'add form with the server’s problems');
    await addForm.getByLabel('Naam', { exact: true }).fill(INTEREST);
    await addForm.getByRole('textbox', { name: 'Wat het meet' }).fill('Beroepsinteresses');
    await addForm.getByLabel('Kosten in euro’s').fill('12,5x');
    await addForm.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    expect(await fieldMessage(addForm.getByLabel('Kosten in euro’s'))).toContain('vul een bedrag in euro’s in');
    await addForm.getByLabel('Kosten in euro’s').fill('1.250,00');
    await addForm.getByLabel('Duur in minuten').fill('90');
    await addForm.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    expect(await fieldMessage(addForm.getByLabel('Naam', { exact: true }))).toContain('Er staat al een instrument met deze naam in de databank van uw organisatie.');
    await addForm.getByLabel('Naam', { exact: true }).fill(NEW);
    await addForm.getByRole('textbox', { name: 'Wat het meet' }).fill('Loopbaanwensen en -mogelijkheden');
    await addForm.getByRole('textbox', { name: 'Wanneer het past' }).fill('Bij een wens die nog niet getoetst is.');
    await addForm.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expectTextIn(page.locator('main'), `${NEW} is toegevoegd aan de databank.`);
    await expectTextIn(row(page, NEW), 'Niet gevalideerd', '1 uur en 30 minuten', 'Nog niet beoordeeld', 'Nog niet gebruikt');
    expect((await (await cell(page, NEW, 'Kosten')).innerText()).replace(/\u00a0/g, ' ')).toBe('€ 1.250,00');

    // Editing, overtaken by someone else meanwhile: nothing saved, the typed text stays, what is stored now is shown.
    await page.getByRole('button', { name: `Wijzigen: ${NEW}` }).click();
    const editForm = page.getByRole('form', { name: `${NEW} wijzigen` });
    await editForm.waitFor();
    const typed = 'Loopbaanwensen, werkwaarden en wat iemand al kan (getypt in de browser)';
    await editForm.getByRole('textbox', { name: 'Wat het meet' }).fill(typed);
    const stored = (await api<{ items: Array<{ id: string; name: string; version: number }> }>(request, csrf, 'GET', '/api/instruments')).items.find((i) => i.name === NEW)!;
    await api(request, csrf, 'PUT', `/api/instruments/${stored.id}`, {
      name: NEW, construct: 'Loopbaanwensen (door een collega gewijzigd)', validationStatus: 'partly_validated', validationNote: null, provider: 'Bureau Elders (fictief)',
      costCents: 125_000, durationMinutes: 90, fitsWhen: 'Bij een wens die nog niet getoetst is.', version: stored.version,
    });
    await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectTextIn(editForm, 'Iemand anders heeft dit instrument intussen gewijzigd. Er is niets opgeslagen.', 'Nu opgeslagen in de databank', 'Loopbaanwensen (door een collega gewijzigd)', 'Bureau Elders (fictief)');
    expect(await editForm.getByRole('textbox', { name: 'Wat het meet' }).inputValue()).toBe(typed);
    await axe(page, 'edit overtaken by someone else');
    await expectTextIn(row(page, NEW), 'Loopbaanwensen (door een collega gewijzigd)', 'Deels gevalideerd');
    // Saving again keeps the expert's own text, on the newest version.
    await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectTextIn(page.locator('main'), `De wijzigingen in ${NEW} zijn opgeslagen.`);
    await expectTextIn(row(page, NEW), typed, 'Niet gevalideerd');

    // Removing the interest test that case A used: after confirmation; the case keeps pointing at it.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await page.getByRole('button', { name: `Verwijderen: ${INTEREST}` }).click();
    await expectTextIn(page.locator('main'), `${INTEREST} is uit de databank verwijderd. Resultaten in dossiers blijven ernaar verwijzen.`);
    expect(dialogs).toEqual([`${INTEREST} uit de databank verwijderen? Resultaten in dossiers blijven naar dit instrument verwijzen. Voor nieuwe resultaten is het niet meer te kiezen.`]);
    await expect.poll(() => row(page, INTEREST).count()).toBe(0);
    const judgement = await api<{ evidence: Array<{ title: string; instrumentId: string | null }>; instruments: Array<{ id: string; removed: boolean }> }>(request, csrf, 'GET', `/api/cases/${caseA}/judgement`);
    expect(judgement.evidence.find((e) => e.title === 'Uitslag beroepsinteressetest (fictief)')?.instrumentId).toBe(interestId);
    expect(judgement.instruments.find((i) => i.id === interestId)).toMatchObject({ removed: true });
    await axe(page, 'instrument databank after a removal');

    // At 320 px the page does not scroll sideways; the table scrolls inside its own named, focusable region.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    const tableRegion = page.getByRole('region', { name: 'Instrumenten van uw organisatie' });
    expect(await tableRegion.evaluate((el) => el.scrollWidth > el.clientWidth && el.getAttribute('tabindex') === '0')).toBe(true);
    await axe(page, 'instrument databank at 320 px');
  });

  it('the factor catalogue in its ten groups, for finding and never for scoring; an own factor added, a duplicate refused in words', async () => {
    const { page } = await open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Factoren' }).click();
    await seeHeading(page, 'Factorencatalogus');
    await expectTextIn(page.locator('main'), 'Factoren zijn er om te vinden en te reflecteren, nooit om te scoren.', 'telkens blijkt uit de specifieke situatie wat van belang is');
    const groups = page.getByRole('navigation', { name: 'Groepen in de catalogus' }).getByRole('link');
    await expect.poll(() => groups.count()).toBe(10);
    const psychological = region(page, /^Psychisch en zelfbeeld/);
    await expectTextIn(psychological, 'Angst', 'ICF b152', 'Faalangst', '(20 factoren)');
    expect(await psychological.getByRole('listitem').filter({ hasText: 'Faalangst' }).innerText()).not.toMatch(/ICF/);
    await axe(page, 'factor catalogue');

    // Keyboard: a group link moves focus to its heading.
    await groups.filter({ hasText: 'Sociale en privéomgeving' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('factor-group-social_environment-title');

    const form = page.getByRole('form', { name: 'Eigen factor toevoegen' });
    await form.getByRole('button', { name: 'Factor toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('Groep'))).toContain('Groep: kies een groep');
    await form.getByLabel('Groep').selectOption({ label: 'Sociale en privéomgeving' });
    await form.getByLabel('Naam (Nederlands)').fill('Zorg voor een huisdier (e2e)');
    await form.getByLabel('Naam (Engels)').fill('Caring for a pet (e2e)');
    await form.getByLabel('ICF-code').fill('x1');
    await form.getByRole('button', { name: 'Factor toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('ICF-code'))).toContain('dit is geen ICF-code');
    await axe(page, 'factor form with the server’s problem');
    await form.getByLabel('ICF-code').fill('');
    await form.getByRole('button', { name: 'Factor toevoegen' }).click();
    await expectTextIn(form, 'Zorg voor een huisdier (e2e) is toegevoegd aan de groep Sociale en privéomgeving.');
    const social = region(page, /^Sociale en privéomgeving/);
    await expectTextIn(social.getByRole('listitem').filter({ hasText: 'Zorg voor een huisdier (e2e)' }), 'eigen factor');
    await expectTextIn(social, '(10 factoren)');

    // A name the shipped catalogue already has: 409, said at the Dutch name, nothing added.
    await form.getByLabel('Groep').selectOption({ label: 'Sociale en privéomgeving' });
    await form.getByLabel('Naam (Nederlands)').fill('Schulden');
    await form.getByLabel('Naam (Engels)').fill('Debts');
    await form.getByRole('button', { name: 'Factor toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('Naam (Nederlands)'))).toContain('Er bestaat al een factor met deze naam in uw organisatie.');
    await expectTextIn(social, '(10 factoren)');
    await axe(page, 'factor form: a duplicate');

    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await axe(page, 'factor catalogue at 320 px');
  });

  it('the administrator keeps the databank but has no rating control', async () => {
    const { page } = await open();
    await signIn(page, DEMO_USERS.admin.email, 'Gebruikers');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumenten' }).click();
    await seeHeading(page, 'Instrumentendatabank');
    await expect.poll(() => row(page, LEARNING).count()).toBe(1);
    await expectTextIn(row(page, LEARNING), '4,0 van 5, 1 beoordeling');
    expect(await row(page, LEARNING).innerText()).not.toContain('Uw oordeel');
    await expectTextIn(page.locator('main'), 'Alleen arbeidsdeskundigen beoordelen de bruikbaarheid.');
    expect(await page.getByRole('button', { name: /^(Beoordelen|Oordeel wijzigen)/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `Wijzigen: ${LEARNING}` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Instrument toevoegen' }).count()).toBe(1);
    await axe(page, 'instrument databank for the administrator');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Factoren' }).click();
    await seeHeading(page, 'Factorencatalogus');
    await axe(page, 'factor catalogue for the administrator');
  });

  it('office staff see on case A only the shared source, and the labour expert the way to the judgement page', async () => {
    const { page } = await open();
    await signIn(page, DEMO_USERS.office.email);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumenten' }).count()).toBe(0);
    await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: CASE_A }).getByRole('link').first().click();
    await seeHeading(page, /Daan Verhoeven \(fictief\)$/);
    const sources = region(page, 'Gebruikte bronnen');
    await expectTextIn(sources, 'Bronnen die de arbeidsdeskundige als alleen voor professionals heeft gemarkeerd, staan niet in deze lijst.');
    const sourceTable = sources.getByRole('table', { name: 'Gebruikte bronnen, nieuwste eerst' });
    await expect.poll(() => sourceTable.locator('tbody tr').count()).toBe(1);
    await expectTextIn(sourceTable.locator('tbody tr'), 'B8', SHARED, 'School of opleiding', 'ICT-school, intakegesprek (fictief)', 'Document');
    const whole = await page.locator('main').innerText();
    for (const title of PROFESSIONAL_ONLY) expect(whole, `office staff never see “${title}”`).not.toContain(title);
    expect(await sources.getByRole('link', { name: /professioneel oordeel/ }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Gebruikte bronnen' }).waitFor();
    await axe(page, 'case A for office staff: the shared sources');
    // At 320 px the case page does not scroll sideways (its file input once made it 8 px too wide);
    // the sources table scrolls inside its own focusable region.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => sources.evaluate((el) => Math.round(el.getBoundingClientRect().right))).toBeLessThanOrEqual(320);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'no sideways scrolling at 320 px' }).toBeLessThanOrEqual(320);
    expect(await sources.getByRole('region', { name: 'Gebruikte bronnen, nieuwste eerst' }).evaluate((el) => el.scrollWidth > el.clientWidth && el.getAttribute('tabindex') === '0')).toBe(true);
    await axe(page, 'case A for office staff at 320 px');

    // The labour expert on the same case: the same list, and the way to the judgement page.
    const expert = (await open()).page;
    await signInOnce(expert, DEMO_USERS.expert.email);
    await expert.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: CASE_A }).getByRole('link').first().click();
    await seeHeading(expert, /Daan Verhoeven \(fictief\)$/);
    const expertSources = region(expert, 'Gebruikte bronnen');
    await expectTextIn(expertSources, SHARED);
    const link = expertSources.getByRole('link', { name: 'Naar het professioneel oordeel: alle bronnen, de schema’s en het advies' });
    expect(await link.getAttribute('href')).toMatch(/^\/dossiers\/[0-9a-f-]{36}\/oordeel$/);
    await axe(expert, 'case A for the labour expert: the shared sources');
  });
});
