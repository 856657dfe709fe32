// Belastbaarheid en belasting in the browser (issue 6), through the real server and Debian's Chromium,
// on the demo data: demo case C (Erik Jansen, WIA, at most 20 hours a week, psychological limitations)
// has the insurance physician's FML and his former job as knowledge manager. The labour expert sees
// the FML, copies the former job into a part-time alternative, sees the overshoots in the matrix (real
// cells by their row and column header) and in the charts, judges one cell in its dialog (reached and
// left by keyboard), concludes and reads Passend's question; a malformed FML file is refused with
// every problem by its line and nothing imported; the FML form's problems link to their fields; the
// Poortwachter case shows spoor 1 and spoor 2. axe on every state; at 320 px only the table scrolls.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, axe, DEMO_USERS, expectTextIn, region, seeHeading, setUpJourneys, signIn, signInOnce } from './support.js';
import { api } from './call-support.js';

const { open } = setUpJourneys();

const CLIENT = 'Erik Jansen (fictief)';
const PART_TIME = 'Kennismanager deeltijd';
const REASON = 'Werkplek in een stille ruimte; taken na elkaar in plaats van tegelijk.';
const REASONING = 'Met 4 uur per dag en rustig werk past dit binnen de FML; tempo en werktijden bespreek ik met de werkgever.';

async function openCapacityPage(page: Page, client: string): Promise<void> {
  await signInOnce(page, DEMO_USERS.expert.email);
  await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: client }).getByRole('link').first().click();
  await seeHeading(page, new RegExp(`${client.replace(/[()]/g, '\\$&')}$`));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cell of the matrix in the row whose header starts with `code` and the column headed `column`. */
async function matrixCell(table: Locator, code: string, column: string): Promise<Locator> {
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.split('\n')[0]!.trim());
  const index = headers.indexOf(column);
  expect(index, `a column headed ${column} in ${headers.join(' | ')}`).toBeGreaterThan(1);
  const row = table.locator('tbody tr').filter({ has: table.page().locator('th[scope="row"]').filter({ hasText: new RegExp(`^${escape(code)} `) }) });
  await expect.poll(() => row.count()).toBe(1);
  return row.locator(':scope > th, :scope > td').nth(index);
}

function chart(page: Page, name: string): Locator {
  return page.getByRole('figure', { name: `${name}: 40 items` });
}

/** The accessible name of the focused button (its aria-label, else its text). */
async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
}

describe('Belastbaarheid en belasting', () => {
  it('from the FML of demo case C to a part-time alternative: the overshoots, a judgement by keyboard, a conclusion with Passend’s question', async () => {
    const { page } = await open();
    await openCapacityPage(page, CLIENT);

    // The case page: the section's short status and the way to the page.
    const section = region(page, 'Belastbaarheid en belasting');
    await expectTextIn(section, '1 FML (nieuwste:', 'Verzekeringsarts', '1 beroepsprofiel', '0 van 1 profielen met een conclusie');
    await axe(page, 'case page with the capacity section');
    await section.getByRole('link', { name: 'Naar belastbaarheid en belasting' }).click();
    await seeHeading(page, /^Belastbaarheid en belasting: Erik Jansen \(fictief\), dossier AD-/);

    // The FML of the insurance physician, in the comparison.
    const fmls = region(page, 'FML’s (belastbaarheid)');
    const card = fmls.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^FML van .* \(Verzekeringsarts\)$/ }) });
    await expectTextIn(card, 'In de vergelijking', 'WIA-beoordeling (fictief)', '40 van 40 items beoordeeld');
    await axe(page, 'capacity page: the seeded FML and former job');

    // The former job exceeds the FML on concentration and on the hours.
    const table = page.getByRole('table', { name: /^Belastbaarheid volgens de FML van .* tegenover de belasting per beroepsprofiel$/ });
    await expectTextIn(await matrixCell(table, 'VI-3', 'Kennismanager'), '▲', 'overschrijdt met 16 uur per week', 'belasting: 36 uur per week');
    await expectTextIn(await matrixCell(table, 'VI-2', 'Kennismanager'), 'overschrijdt met 3,2 uur per dag');
    await expectTextIn(await matrixCell(table, 'I-1', 'Kennismanager'), 'overschrijdt met 1 niveau');
    await expectTextIn(await matrixCell(table, 'I-3', 'Kennismanager'), '✓', 'past');
    await expectTextIn(await matrixCell(table, 'IV-7', 'Kennismanager'), '?', 'onbekend: belasting niet beschreven');
    await expectTextIn(chart(page, 'Kennismanager'), 'Past: 22', 'Past met voorziening: 0', 'Overschrijdt: 6', 'Onbekend: 12', 'I Persoonlijk functioneren: 3', 'VI Werktijden: 3');

    // A part-time alternative: copy the former job, adjust the hours and the concentration.
    const profiles = region(page, 'Beroepsprofielen (belasting)');
    await profiles.getByRole('button', { name: 'Kopiëren en aanpassen: Kennismanager' }).click();
    const copyForm = page.getByRole('form', { name: 'Kennismanager kopiëren' });
    await copyForm.getByLabel('Naam').fill(PART_TIME);
    await copyForm.getByRole('radio', { name: 'Werk elders' }).check();
    await copyForm.getByRole('button', { name: 'Kopie maken' }).click();
    const edit = page.getByRole('form', { name: `${PART_TIME} bewerken` });
    await edit.waitFor();
    await axe(page, 'capacity page: editing the copy');
    await edit.getByRole('group', { name: /^I-1 Vasthouden van de aandacht/ }).getByRole('radio', { name: '1 Beperkt' }).check();
    await edit.getByLabel('Wat het werk vraagt, in uur per dag').fill('4');
    await edit.getByLabel('Wat het werk vraagt, in uur per week').fill('20');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 3, name: PART_TIME, exact: true }).waitFor();

    // The alternative fits on the hours; concentration fits; dividing attention, pace and other working-time limits still exceed.
    await expectTextIn(await matrixCell(table, 'VI-3', PART_TIME), '✓', 'past', 'belasting: 20 uur per week');
    await expectTextIn(await matrixCell(table, 'VI-3', 'Kennismanager'), 'overschrijdt met 16 uur per week');
    await expectTextIn(await matrixCell(table, 'I-1', PART_TIME), 'past');
    await expectTextIn(await matrixCell(table, 'I-2', PART_TIME), 'overschrijdt met 1 niveau');
    await expectTextIn(chart(page, PART_TIME), 'Past: 25', 'Overschrijdt: 3', 'Onbekend: 12', 'I Persoonlijk functioneren: 2', 'VI Werktijden: 1');
    await axe(page, 'capacity page: two profiles side by side');

    // Keyboard: from the table's region, Tab to the cell's button, Enter opens the dialog, Escape closes it and focus returns.
    await page.getByRole('region', { name: /^Belastbaarheid volgens de FML/ }).focus();
    for (let i = 0; i < 8 && !(await focusedText(page)).includes(`I-2 bij ${PART_TIME}`); i++) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`Beoordelen: I-2 bij ${PART_TIME}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `I-2 Verdelen van de aandacht · ${PART_TIME}` });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-dialog-title');
    await expectTextIn(dialog, '1 Beperkt', 'te doen tot en met 0 Norm', 'overschrijdt met 1 niveau');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe(`Beoordelen: I-2 bij ${PART_TIME}`);

    // Open it again with the keyboard; a judgement needs a reason of at least 10 characters (the server says so).
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByLabel('Notitie').fill('Besproken met cliënt: telefoon en chat tegelijk lukt niet.');
    await dialog.getByRole('radio', { name: 'past met voorziening' }).check();
    await dialog.getByLabel('Reden van uw oordeel').fill('Te kort');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expectTextIn(dialog, 'Reden van uw oordeel: de reden is te kort (minstens 10 tekens)');
    await axe(page, 'capacity page: the cell dialog with the server’s problem');
    await dialog.getByLabel('Reden van uw oordeel').fill(REASON);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedText(page)).toBe(`Beoordelen: I-2 bij ${PART_TIME}`);

    // Computed and judged both in sight, and the note marker; the chart counts after judgement with the computed counts beside.
    await expectTextIn(await matrixCell(table, 'I-2', PART_TIME), 'berekend: overschrijdt met 1 niveau', 'oordeel: past met voorziening', 'notitie');
    await expectTextIn(chart(page, PART_TIME), 'Past met voorziening: 1', 'Overschrijdt: 2', 'Berekend, zonder uw oordeel: 25 past, 3 overschrijdt, 12 onbekend.');
    await axe(page, 'capacity page: a judged cell');

    // Conclude suitable: recorded, and Passend asks about the overshoots that still stand (never a block).
    const conclusion = page.getByRole('region', { name: `Conclusie over ${PART_TIME}` });
    await conclusion.getByRole('radio', { name: 'Geschikt', exact: true }).check();
    await conclusion.getByLabel('Onderbouwing').fill(REASONING);
    await conclusion.getByRole('button', { name: 'Conclusie vastleggen' }).click();
    await expectTextIn(conclusion, 'De conclusie is vastgelegd. Passend heeft 2 vragen; zie hierboven.', 'Laatste conclusie: Geschikt', REASONING,
      'U concludeert geschikt terwijl I-7 en VI-4 nog overschrijden zonder oordeel. Licht toe waarom.',
      'U concludeert geschikt zonder voorzieningen, terwijl 1 item(s) alleen passen met een voorziening. Bedoelt u geschikt met voorzieningen?');
    await axe(page, 'capacity page: a conclusion with Passend’s questions');

    // At 320 px the page does not scroll sideways; the wide table scrolls inside its own named region.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const scrolls = await page.getByRole('region', { name: /^Belastbaarheid volgens de FML/ }).evaluate((el) => el.scrollWidth > el.clientWidth && el.getAttribute('tabindex') === '0');
    expect(scrolls).toBe(true);
    await axe(page, 'capacity page at 320 px');
  });

  it('a malformed FML file is refused with every problem by its line, and nothing is imported; the form’s problems link to their fields', async () => {
    const { page } = await open();
    await openCapacityPage(page, CLIENT);
    await page.getByRole('link', { name: 'Naar belastbaarheid en belasting' }).click();
    const fmls = region(page, 'FML’s (belastbaarheid)');
    await fmls.getByRole('heading', { level: 3, name: /^FML van / }).first().waitFor();
    const before = await fmls.getByRole('heading', { level: 3, name: /^FML van / }).count();

    await fmls.getByRole('button', { name: 'FML importeren' }).click();
    const form = page.getByRole('form', { name: 'FML importeren' });
    await form.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'fml-fout.csv', mimeType: 'text/csv',
      buffer: Buffer.from(['# fictief', 'datum;31-02-2026', 'auteur;huisarts', 'code;waarde;eenheid', 'I-1;5', 'IV-13;7.500;kg', 'X-9;1'].join('\n'), 'utf8'),
    });
    await expectTextIn(form, '‘fml-fout.csv’ ingelezen: 7 regels.');
    expect(await form.getByLabel('Inhoud van het bestand').inputValue()).toContain('auteur;huisarts');
    await form.getByRole('button', { name: 'Importeren' }).click();
    const summary = form.getByRole('alert');
    await expectTextIn(summary,
      'Er is niets geïmporteerd. Het bestand heeft 5 problemen:',
      'Regel 2: dit is geen geldige datum (jjjj-mm-dd)',
      'Regel 3: kies bedrijfsarts, verzekeringsarts of anders',
      'Regel 5: I-1: dit niveau kent het item niet',
      'Regel 6: IV-13: onduidelijk getal',
      'Regel 7: X-9: dit item staat niet in de lijst');
    await axe(page, 'capacity page: a refused import');
    await form.getByRole('button', { name: 'Annuleren' }).click();
    // Nothing imported: the same FMLs as before.
    expect(await fmls.getByRole('heading', { level: 3, name: /^FML van / }).count()).toBe(before);

    // The entry form: the server's problems in one summary, each linking to its field.
    await fmls.getByRole('button', { name: 'FML invoeren' }).click();
    const entry = page.getByRole('form', { name: 'FML invoeren' });
    await entry.getByRole('group', { name: 'VI-2 Uren per dag' }).getByLabel('Ten hoogste, in uur per dag').fill('vier');
    await entry.getByRole('button', { name: 'Rubriek zonder beperkingen: III Aanpassing aan fysieke omgevingseisen' }).click();
    await expectTextIn(entry, '6 van 6 items ingevuld');
    await entry.getByRole('button', { name: 'FML vastleggen' }).click();
    const problems = entry.getByRole('alert');
    await expectTextIn(problems, 'Datum van de FML: vul dit in', 'Opgesteld door: vul dit in', 'VI-2: dit is geen getal');
    await axe(page, 'capacity page: the FML form with the server’s problems');
    await problems.getByRole('link', { name: 'VI-2: dit is geen getal' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('vier');
    expect(await fmls.getByRole('heading', { level: 3, name: /^FML van / }).count()).toBe(before);

    // Put right, it is recorded beside the older one, which now says there is a newer FML; the new one is compared with.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('6');
    await entry.getByLabel('Datum van de FML').fill(amsterdamDate());
    await entry.getByRole('radio', { name: 'Verzekeringsarts' }).check();
    await entry.getByRole('checkbox', { name: 'Opgesteld tijdens de behandeling' }).check();
    await entry.getByRole('button', { name: 'FML vastleggen' }).click();
    await expectTextIn(page.locator('.capacity-announce'), 'De FML is vastgelegd en staat nu in de vergelijking.');
    await expect.poll(() => fmls.getByRole('heading', { level: 3, name: /^FML van / }).count()).toBe(before + 1);
    const newest = fmls.getByRole('listitem').filter({ hasText: 'Nieuwste' });
    await expectTextIn(newest, 'In de vergelijking', 'Opgesteld tijdens de behandeling: een richting, geen grens.', '7 van 40 items beoordeeld');
    await expectTextIn(fmls.getByRole('listitem').filter({ hasText: 'WIA-beoordeling (fictief)' }), 'Er is een nieuwere FML (');
    await axe(page, 'capacity page: two FMLs side by side');
  });

  it('the Poortwachter case shows spoor 1 and spoor 2, and the FML drawn up during treatment as a direction, not a boundary', async () => {
    const { page } = await open();
    await openCapacityPage(page, 'Mohammed el Amrani (fictief)');
    await expectTextIn(region(page, 'Belastbaarheid en belasting'), 'Spoor 1 (werk bij de eigen werkgever)', 'nog niet beslist');
    await page.getByRole('link', { name: 'Naar belastbaarheid en belasting' }).click();
    const spoor = region(page, 'Spoor 1 en spoor 2');
    await expectTextIn(spoor, 'nog niet beslist', 'niet aangewezen', 'Expeditiemedewerker (administratief)', 'ander werk bij de eigen werkgever');
    await expectTextIn(region(page, 'FML’s (belastbaarheid)'), 'Opgesteld tijdens de behandeling: een richting, geen grens.');
    await expectTextIn(region(page, 'Conclusies'), 'Laatste conclusie: Niet geschikt');
    const table = page.getByRole('table', { name: /^Belastbaarheid volgens de FML/ });
    await expectTextIn(await matrixCell(table, 'IV-13', 'Magazijnmedewerker orderpicking'), 'overschrijdt met 20 kg');
    await axe(page, 'capacity page: Poortwachter case');
  });

  it('job profiles: saved to the library, taken onto the case, an edit someone else overtook, removed after a confirmation', async () => {
    const { page } = await open();
    await openCapacityPage(page, 'Mohammed el Amrani (fictief)');
    const caseId = /\/dossiers\/([^/?#]+)/.exec(page.url())![1]!;
    await page.getByRole('link', { name: 'Naar belastbaarheid en belasting' }).click();
    const profiles = region(page, 'Beroepsprofielen (belasting)');
    const status = page.locator('.capacity-announce');

    // Into the organisation's library (no client data goes along).
    await profiles.getByRole('button', { name: 'In de bibliotheek opslaan: Expeditiemedewerker (administratief)' }).click();
    const toLibrary = page.getByRole('form', { name: 'Expeditiemedewerker (administratief) in de bibliotheek opslaan' });
    await toLibrary.getByLabel('Naam in de bibliotheek').fill('Expeditiemedewerker administratief');
    await toLibrary.getByRole('button', { name: 'Opslaan in de bibliotheek' }).click();
    await expectTextIn(status, 'Expeditiemedewerker (administratief) staat nu in de bibliotheek van uw organisatie.');

    // And out of it, as other work at the same employer: the spoor panel then has every spoor-1 kind.
    await profiles.getByRole('button', { name: 'Uit de bibliotheek overnemen' }).click();
    const take = page.getByRole('form', { name: 'Beroepsprofiel uit de bibliotheek overnemen' });
    await take.getByLabel('Profiel uit de bibliotheek').selectOption({ label: 'Expeditiemedewerker administratief (Benoemd beroepsprofiel, 17 items, door Sanne de Vries (AD, fictief))' });
    await take.getByRole('radio', { name: 'Ander werk bij de eigen werkgever' }).check();
    await take.getByLabel('Naam').fill('Administratief medewerker inkoop');
    await axe(page, 'capacity page: taking a profile from the library');
    await take.getByRole('button', { name: 'Overnemen' }).click();
    await page.getByRole('heading', { level: 3, name: 'Administratief medewerker inkoop', exact: true }).waitFor();
    await expectTextIn(region(page, 'Spoor 1 en spoor 2'), 'alle soorten van spoor 1 zijn beschreven');

    // An edit that someone else overtook: the form says so and keeps what was typed.
    await profiles.getByRole('button', { name: 'Bewerken: Administratief medewerker inkoop' }).click();
    const edit = page.getByRole('form', { name: 'Administratief medewerker inkoop bewerken' });
    await edit.getByLabel('Omschrijving').fill('Mijn versie van de omschrijving.');
    const csrf = ((await (await page.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
    const capacityPage = await api<{ profiles: Array<{ id: string; name: string; kind: string; basis: string; demands: unknown; adjustments: unknown; version: number }> }>(page.request, csrf, 'GET', `/api/cases/${caseId}/capacity`);
    const taken = capacityPage.profiles.find((p) => p.name === 'Administratief medewerker inkoop')!;
    await api(page.request, csrf, 'PUT', `/api/cases/${caseId}/job-profiles/${taken.id}`, {
      version: taken.version, kind: taken.kind, name: taken.name, basis: taken.basis, description: 'Door een collega aangepast.', demands: taken.demands, adjustments: taken.adjustments,
    });
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectTextIn(edit.getByRole('alert'), 'Iemand anders heeft dit profiel intussen gewijzigd.');
    expect(await edit.getByLabel('Omschrijving').inputValue()).toBe('Mijn versie van de omschrijving.');
    await axe(page, 'capacity page: an overtaken edit');
    await edit.getByRole('button', { name: 'Annuleren' }).click();

    // Removed only after a confirmation.
    await profiles.getByRole('button', { name: 'Verwijderen: Administratief medewerker inkoop' }).click();
    const confirm = page.getByRole('form', { name: 'Administratief medewerker inkoop verwijderen?' });
    await axe(page, 'capacity page: confirm removing a profile');
    await confirm.getByRole('button', { name: 'Ja, verwijderen: Administratief medewerker inkoop' }).click();
    await expectTextIn(status, 'Beroepsprofiel Administratief medewerker inkoop is verwijderd.');
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Administratief medewerker inkoop', exact: true }).count()).toBe(0);
  });
  it('an administrator loads an item list as data: a broken one is refused with every problem by its path, a valid one is listed', async () => {
    const { page } = await open();
    await signIn(page, DEMO_USERS.admin.email, 'Gebruikers');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'FML-itemlijsten' }).click();
    await seeHeading(page, 'FML-itemlijsten');
    const table = page.getByRole('table', { name: 'Beschikbare itemlijsten' });
    await expectTextIn(table, 'FML (UWV), representatieve selectie', 'meegeleverd', '40');
    const level = (code: string, nl: string) => ({ code, label: { nl, en: nl }, boundary: { nl: `${nl}.`, en: `${nl}.` } });
    const list = {
      name: 'Inzetbaarheidslijst (fictieve proef)', version: '2026.1', source: 'Fictieve proeflijst voor de browsertest',
      sections: [{ code: 'A', label: { nl: 'Aandacht', en: 'Attention' } }],
      items: [{ section: 'A', code: 'A-1', label: { nl: 'Concentreren', en: 'Concentrating' }, definition: null, kind: 'ordinal', levels: [level('0', 'normaal'), level('1', 'beperkt')] }],
    };
    const file = page.getByLabel('JSON-bestand met de itemlijst');
    // Not JSON at all: said at once, nothing sent.
    await file.setInputFiles({ name: 'lijst.json', mimeType: 'application/json', buffer: Buffer.from('{ niet: json') });
    await page.getByRole('button', { name: 'Itemlijst laden' }).click();
    await expectTextIn(page.locator('#catalogue-file-error'), 'Dit bestand is geen geldige JSON.');
    // Valid JSON, wrong list: every problem with its path, nothing loaded.
    const broken = { ...list, items: [{ ...list.items[0], section: 'Z', levels: [level('0', 'normaal')] }] };
    await file.setInputFiles({ name: 'lijst.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByRole('button', { name: 'Itemlijst laden' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'niet geladen' });
    await expectTextIn(alert, 'items[0].section: deze rubriek is niet gedeclareerd', 'items[0].levels: minstens twee niveaus nodig');
    await axe(page, 'item lists: a refused list');
    await file.setInputFiles({ name: 'inzetbaarheid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(list)) });
    await page.getByRole('button', { name: 'Itemlijst laden' }).click();
    await expectTextIn(page.getByRole('status').filter({ hasText: 'geladen' }), 'De itemlijst uit inzetbaarheid.json is geladen.');
    await expectTextIn(table, 'Inzetbaarheidslijst (fictieve proef)', '2026.1', 'Fictieve proeflijst voor de browsertest');
    await axe(page, 'item lists: a list loaded');
  });
});
