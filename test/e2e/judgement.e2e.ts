// Analyse en advies in the browser (issue 7), through the real server and Debian's Chromium, on demo
// case A of seed 001 (Daan Verhoeven (fictief), 23, the wish to become a network administrator): the
// labour expert logs the inconsistency ("niets aan de hand" against his fear of groups, B2 and B3),
// registers competing hypotheses for the truancy and for the ICT wish (his own interest, or his
// brother as frame of reference), notes that his learning ability was never tested (cost), writes the
// advice keeping the end goal (ICT) apart from the support need (social and communication) — the same
// text in both is refused with the server's message — answers the counter-argument question and
// finalises with the other questions visibly skipped, plans a safeguarded experiment whose feedback
// moment is far off (Passend asks; the case page shows it as a deadline), and follows the advice back to
// its sources and the schema cell. An edit a colleague overtook is said in words and keeps the typed
// text; one keyboard-only pass through a Schema 1 cell dialog; axe on every state; 320 px wide.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, axe, DEMO_USERS, expectTextIn, region, seeHeading, setUpJourneys, signIn, signInOnce } from './support.js';
import { api } from './call-support.js';

const { open } = setUpJourneys();

const CLIENT = 'Daan Verhoeven (fictief)';
const END_GOAL = 'Werk als netwerkbeheerder (ICT), op termijn, na een opleiding met praktijk.';
const SUPPORT_NEED = 'Steun bij sociale contacten en communicatie: één vaste contactpersoon en een kleine, vaste groep.';
const COUNTER = 'Het spijbelen kan ook op gebrek aan interesse wijzen, en de RIBW twijfelt of een opleiding nu haalbaar is.';

async function openCase(page: Page): Promise<string> {
  await signInOnce(page, DEMO_USERS.expert.email);
  await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: CLIENT }).getByRole('link').first().click();
  await seeHeading(page, /Daan Verhoeven \(fictief\)$/);
  return /\/dossiers\/([^/?#]+)/.exec(page.url())![1]!;
}

/** The accessible name of the focused element (its aria-label, else its text). */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

/**
 * axe (no serious or critical violation) and unique element ids: axe no longer checks duplicate ids,
 * yet a label's `for` or a form's `aria-labelledby` pointing at the wrong element breaks its name.
 */
async function check(page: Page, label: string): Promise<void> {
  await axe(page, label);
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicates, `duplicate ids on "${label}"`).toEqual([]);
}

const dutchDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('Analyse en advies', () => {
  it('on demo case A: the inconsistency, competing hypotheses, the untested learning ability, an advice with the end goal apart from the support need, finalised with questions skipped, a safeguarded experiment, and the trace back to the sources', async () => {
    const { page } = await open();
    const caseId = await openCase(page);

    // The case page: the section's short status and the way to the page.
    const section = region(page, 'Analyse en advies');
    await expectTextIn(section, '8 bronnen', '5 van de 9', '0 open verklaringen', 'nog niet geschreven');
    await check(page, 'case page with the judgement section');
    await section.getByRole('link', { name: 'Naar analyse en advies' }).click();
    await seeHeading(page, /^Analyse en advies: Daan Verhoeven \(fictief\), dossier AD-/);
    const status = page.locator('.judgement-announce');

    // The conversation model names what is untouched and never claims the picture is complete.
    const coverage = region(page, 'Gespreksmodel');
    await expectTextIn(coverage, 'Verkend: 2. Deels verkend: 2. Niet aangeraakt: 5.',
      'Nog niet aangeraakt: Reden van arbeidsongeschiktheid, Eigen visie op de beperking, Sociale situatie, Jeugd en levensloop en Hobby’s en interesses.',
      'Het gespreksmodel is niet volledig');
    const coverageTable = page.getByRole('table', { name: 'Gespreksmodel: de negen thema’s en hoe ver ze verkend zijn' });
    await expectTextIn(coverageTable.getByRole('row').filter({ hasText: 'Opleidingsverleden' }), 'verkend', 'Drie opleidingen zonder diploma', 'Gekoppelde bronnen: B3, B8');
    // The client's wish with the expert's reality check beside it: the list says it is recorded; the source opened shows both, and where it is used.
    const wish = region(page, 'Bronnen').getByRole('article', { name: /^B4 / });
    await expectTextIn(wish, 'Wens van de cliënt', 'Toetsing', 'vastgelegd (zie de details)', 'Betrouwbaarheid');
    await check(page, 'judgement page loaded');
    const showB4 = wish.getByRole('button', { name: 'Details tonen: B4' });
    await expect.poll(() => showB4.getAttribute('aria-expanded')).toBe('false');
    await showB4.click();
    await expectTextIn(wish, 'De cliënt', 'Wil de ICT-opleiding doen', 'zijn leervermogen is niet bekend', 'Gebruikt in', 'Gespreksmodel: Toekomstvisie en wensen');
    await expect.poll(() => wish.getByRole('button', { name: 'Details verbergen: B4' }).getAttribute('aria-expanded')).toBe('true');
    await check(page, 'judgement page: a source opened with its details');

    // ---- the inconsistency: "niets aan de hand" against the fear of groups, B2 and B3 -------------------
    const anomalies = region(page, 'Inconsistenties en afwijkingen');
    await anomalies.getByRole('button', { name: 'Inconsistentie of afwijking vastleggen' }).click();
    const anomalyForm = page.getByRole('form', { name: 'Inconsistentie of afwijking vastleggen' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('anomaly-form-title');
    await anomalyForm.getByRole('radio', { name: 'Inconsistentie' }).check();
    await anomalyForm.getByLabel('Omschrijving').fill('“Er is niets met mij aan de hand” tegenover spijbelen uit angst voor groepen.');
    await anomalyForm.getByRole('checkbox', { name: /^B2 / }).check();
    await anomalyForm.getByRole('checkbox', { name: /^B3 / }).check();
    await check(page, 'judgement page: logging an inconsistency');
    await anomalyForm.getByRole('button', { name: 'Vastleggen' }).click();
    await expectTextIn(status, 'De inconsistentie is vastgelegd.');
    const inconsistency = anomalies.getByRole('article', { name: /^Inconsistentie: “Er is niets met mij aan de hand”/ });
    await expectTextIn(inconsistency, 'Open: nog niet verklaard', 'Gekoppelde bronnen: B2, B3');
    // An explanation is an argument, not a tick: too short is refused in words, and it stays open.
    await inconsistency.getByRole('button', { name: /^Verklaren: / }).click();
    const explain = page.getByRole('form', { name: /^Verklaren: / });
    await explain.getByLabel('Verklaring').fill('Weet niet');
    await explain.getByRole('button', { name: 'Verklaring opslaan' }).click();
    await expectTextIn(explain.getByRole('alert'), 'Verklaring: schrijf een argument van minstens 10 tekens');
    expect(await explain.getByLabel('Verklaring').inputValue()).toBe('Weet niet');
    await check(page, 'judgement page: a too short explanation refused');
    await explain.getByRole('button', { name: 'Annuleren' }).click();
    await expectTextIn(inconsistency, 'Open: nog niet verklaard');

    // ---- competing hypotheses for the truancy ------------------------------------------------------------
    const hypotheses = region(page, 'Hypothesen');
    await hypotheses.getByRole('button', { name: 'Waarneming vastleggen' }).click();
    let observation = page.getByRole('form', { name: 'Opvallende waarneming vastleggen' });
    await observation.getByLabel('Wat valt op').fill('Spijbelde tijdens elke opleiding');
    await observation.getByLabel('Verklaring 1').fill('Angst voor groepen');
    await observation.getByLabel('Verklaring 2').fill('Geen interesse in de gekozen opleidingen');
    await observation.getByRole('group', { name: 'Bronnen bij de waarneming' }).getByRole('checkbox', { name: /^B3 / }).check();
    await check(page, 'judgement page: an observation with two explanations');
    await observation.getByRole('button', { name: 'Waarneming vastleggen' }).click();
    await expectTextIn(status, 'Waarneming W1 is vastgelegd.');
    const truancy = hypotheses.getByRole('article', { name: 'W1: Spijbelde tijdens elke opleiding' });
    await expectTextIn(truancy, 'Angst voor groepen', 'Geen interesse in de gekozen opleidingen', 'open',
      'Bij W1 ‘Spijbelde tijdens elke opleiding’ staan meerdere open verklaringen, maar nog niet welke informatie ze onderscheidt. Wat zou u moeten weten om te kiezen?');

    // ---- and for the ICT wish: his own interest, or his brother as frame of reference ----------------------
    await hypotheses.getByRole('button', { name: 'Waarneming vastleggen' }).click();
    observation = page.getByRole('form', { name: 'Opvallende waarneming vastleggen' });
    await observation.getByLabel('Wat valt op').fill('De wens om netwerkbeheerder te worden');
    await observation.getByLabel('Verklaring 1').fill('Eigen interesse en aanleg voor ICT');
    await observation.getByRole('button', { name: 'Verklaring 2 weghalen' }).click();
    await observation.getByRole('group', { name: 'Bronnen bij de waarneming' }).getByRole('checkbox', { name: /^B4 / }).check();
    await observation.getByRole('button', { name: 'Waarneming vastleggen' }).click();
    const ictWish = hypotheses.getByRole('article', { name: 'W2: De wens om netwerkbeheerder te worden' });
    await expectTextIn(ictWish, 'Bij W2 ‘De wens om netwerkbeheerder te worden’ staat één verklaring. Welke andere verklaring is ook mogelijk?');
    await ictWish.getByRole('button', { name: 'Verklaring toevoegen bij W2' }).click();
    const second = page.getByRole('form', { name: 'Verklaring toevoegen bij W2' });
    await second.getByLabel('Verklaring', { exact: true }).fill('Referentiekader: zijn broer werkt in de ICT');
    await second.getByRole('radio', { name: 'ondersteund' }).check();
    await second.getByLabel('Argument bij de status').fill('Broer');
    await second.getByRole('group', { name: 'Bronnen vóór' }).getByRole('checkbox', { name: /^B6 / }).check();
    await second.getByRole('button', { name: 'Verklaring opslaan' }).click();
    // A status other than open is argued: the server's message, and what was typed stays.
    await expectTextIn(second.getByRole('alert'), 'Argument bij de status: schrijf een argument van minstens 10 tekens');
    expect(await second.getByLabel('Verklaring', { exact: true }).inputValue()).toBe('Referentiekader: zijn broer werkt in de ICT');
    await check(page, 'judgement page: a status without argument refused');
    await second.getByLabel('Argument bij de status').fill('Moeder vertelt dat zijn broer in de ICT werkt en zijn grote voorbeeld is.');
    await second.getByRole('button', { name: 'Verklaring opslaan' }).click();
    await expectTextIn(status, 'De verklaring is toegevoegd bij W2.');
    await expectTextIn(ictWish, 'Eigen interesse en aanleg voor ICT', 'Referentiekader: zijn broer werkt in de ICT', 'ondersteund', 'Bronnen vóór: B6');
    await expect.poll(() => ictWish.innerText()).not.toContain('staat één verklaring');

    // ---- learning ability was never tested: a "not investigated" source, because of the cost ----------------
    const sources = region(page, 'Bronnen');
    await sources.getByRole('button', { name: 'Bron toevoegen' }).click();
    const add = page.getByRole('form', { name: 'Bron toevoegen' });
    await add.getByRole('radio', { name: 'Niet onderzocht (tijd/kosten)' }).check();
    await add.getByLabel('Titel').fill('Leervermogen niet getest');
    await add.getByLabel('Soort bron').selectOption({ label: 'Test of instrument' });
    await add.getByLabel('Methode').selectOption({ label: 'Test' });
    await add.getByRole('radio', { name: 'Kosten', exact: true }).check();
    await expectTextIn(add, 'Betrouwbaarheid: niet van toepassing bij ‘niet onderzocht’.');
    await add.getByLabel('Toelichting').fill('Een leerbaarheidsonderzoek kost ongeveer € 4.500; de opdrachtgever heeft dat niet toegekend.');
    await add.getByRole('group', { name: 'Factoren' }).locator('summary', { hasText: 'Vaardigheden en capaciteiten' }).click();
    await add.getByRole('checkbox', { name: 'Leervermogen', exact: true }).check();
    await check(page, 'judgement page: recording a not-investigated source');
    await add.getByRole('button', { name: 'Bron vastleggen' }).click();
    await expectTextIn(status, 'Bron B9 is vastgelegd.');
    const learning = sources.getByRole('article', { name: 'B9 Leervermogen niet getest' });
    await expectTextIn(learning, 'Niet onderzocht (tijd/kosten)', 'Waarom niet onderzocht', 'Kosten', 'Test of instrument', 'Leervermogen');
    // Found by kind and by factor; never a count per factor.
    await sources.getByLabel('Soort', { exact: true }).selectOption({ label: 'Niet onderzocht (tijd/kosten)' });
    await expectTextIn(sources, '1 bron getoond van 9.');
    await expect.poll(() => sources.getByRole('article').count()).toBe(1);
    await sources.getByLabel('Soort', { exact: true }).selectOption({ label: 'Alle' });
    await sources.getByLabel('Factor', { exact: true }).selectOption({ label: 'Angst' });
    await expectTextIn(sources, '1 bron getoond van 9.');
    await expectTextIn(sources.getByRole('article'), 'B3 Spijbelde tijdens elke opleiding');
    await sources.getByLabel('Factor', { exact: true }).selectOption({ label: 'Alle' });
    await expect.poll(() => sources.getByRole('article').count()).toBe(9);

    // ---- an edit a colleague overtook: said in words, the typed text kept, saved on purpose after -----------
    await sources.getByRole('button', { name: 'Bewerken: B7' }).click();
    const edit = page.getByRole('form', { name: 'Bron B7 bewerken' });
    await edit.getByLabel('Toelichting').fill('Mijn aanvulling: de begeleider ziet hem vooruitgaan.');
    const csrf = ((await (await page.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
    const before = await api<{ evidence: Array<{ number: number; id: string }> }>(page.request, csrf, 'GET', `/api/cases/${caseId}/judgement`);
    const b7 = await api<Record<string, unknown> & { id: string }>(page.request, csrf, 'GET', `/api/cases/${caseId}/evidence/${before.evidence.find((e) => e.number === 7)!.id}`);
    const { id: _id, number: _number, recordedAt: _r, recordedBy: _b, updatedAt: _u, withdrawn: _w, usedIn: _used, ...fields } = b7;
    await api(page.request, csrf, 'PUT', `/api/cases/${caseId}/evidence/${b7.id}`, { ...fields, interest: 'Door een collega aangevuld.' });
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectTextIn(edit.getByRole('alert'), 'Iemand anders heeft dit intussen gewijzigd.', 'wat u typte staat er nog');
    expect(await edit.getByLabel('Toelichting').inputValue()).toBe('Mijn aanvulling: de begeleider ziet hem vooruitgaan.');
    await check(page, 'judgement page: an overtaken edit');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    // Saved again, knowingly: the user's version is kept.
    await expectTextIn(status, 'Bron B7 is bijgewerkt.');
    const b7Card = sources.getByRole('article', { name: /^B7 / });
    await b7Card.getByRole('button', { name: 'Details tonen: B7' }).click();
    await expectTextIn(b7Card, 'Mijn aanvulling: de begeleider ziet hem vooruitgaan.');

    // ---- the advice: the end goal apart from the support need ---------------------------------------------
    const advice = region(page, 'Re-integratieadvies');
    await advice.getByRole('button', { name: 'Advies schrijven' }).click();
    const editor = page.getByRole('form', { name: 'Re-integratieadvies schrijven' });
    await editor.getByRole('textbox', { name: 'Einddoel', exact: true }).fill('Netwerkbeheerder worden');
    await editor.getByRole('textbox', { name: 'Ondersteuningsbehoefte', exact: true }).fill('netwerkbeheerder worden.');
    await editor.getByRole('button', { name: 'Advies opslaan' }).click();
    await expectTextIn(editor.getByRole('alert'), 'Ondersteuningsbehoefte, tekst: het einddoel en de ondersteuningsbehoefte zijn hetzelfde; beschrijf ze elk apart');
    expect(await editor.getByRole('textbox', { name: 'Ondersteuningsbehoefte', exact: true }).inputValue()).toBe('netwerkbeheerder worden.');
    await check(page, 'judgement page: end goal and support need merged, refused');
    // The summary's message leads to the field.
    await editor.getByRole('alert').getByRole('link', { name: /^Ondersteuningsbehoefte, tekst:/ }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe('netwerkbeheerder worden.');

    await editor.getByRole('textbox', { name: 'Einddoel', exact: true }).fill(END_GOAL);
    const goal = editor.getByRole('region', { name: 'Einddoel' });
    await goal.getByText(/^Bronnen en schemacellen/).click();
    await goal.getByRole('group', { name: 'Bronnen bij Einddoel' }).getByRole('checkbox', { name: /^B4 / }).check();
    await goal.getByRole('group', { name: 'Bronnen bij Einddoel' }).getByRole('checkbox', { name: /^B6 / }).check();
    await editor.getByRole('textbox', { name: 'Ondersteuningsbehoefte', exact: true }).fill(SUPPORT_NEED);
    const need = editor.getByRole('region', { name: 'Ondersteuningsbehoefte' });
    await need.getByText(/^Bronnen en schemacellen/).click();
    await need.getByRole('group', { name: 'Schemacellen bij Ondersteuningsbehoefte' }).getByRole('checkbox', { name: 'Schema 2: Sociale vaardigheden: Communiceren' }).check();
    await editor.getByRole('textbox', { name: /^Onzekerheden/ }).fill('Het leervermogen is niet getest (kosten); of een opleiding haalbaar is, is onzeker.');
    const doubts = editor.getByRole('region', { name: 'Onzekerheden' });
    await doubts.getByText(/^Bronnen en schemacellen/).click();
    await doubts.getByRole('group', { name: 'Bronnen bij Onzekerheden' }).getByRole('checkbox', { name: /^B9 / }).check();
    await editor.getByRole('button', { name: 'Soort werk toevoegen' }).click();
    await editor.getByRole('textbox', { name: 'Soort werk 1', exact: true }).fill('Eenvoudig ICT-beheerwerk in een klein, vast team');
    await check(page, 'judgement page: the advice editor');
    await editor.getByRole('button', { name: 'Advies opslaan' }).click();
    await expectTextIn(status, 'Het advies is opgeslagen als concept, versie 1.');
    await advice.getByRole('heading', { name: 'Concept, versie 1' }).waitFor();

    // Passend asks about the end goal resting on his own circle only, and about the work type without basis.
    const goalShown = advice.getByRole('region', { name: 'Einddoel' });
    await expectTextIn(goalShown, END_GOAL, 'Het einddoel rust alleen op het verhaal van de cliënt en zijn naasten (B4 ', 'Welke andere bron bevestigt het?');
    await expectTextIn(advice.getByRole('region', { name: 'Passende soorten werk 1' }), 'Passende soorten werk 1: rust op geen bron en geen schemacel. Waarop baseert u dit?');
    // The trace: the support need rests on B3 and B7 through the Schema 2 cell.
    const supportTrace = advice.getByRole('group', { name: 'Waarop ‘Ondersteuningsbehoefte’ rust' });
    await expectTextIn(supportTrace, 'B3 Spijbelde tijdens elke opleiding', 'B7 RIBW twijfelt of de opleiding haalbaar is', 'via schemacel Schema 2: Sociale vaardigheden: Communiceren',
      'Zorg- of begeleidingsorganisatie', 'betrouwbaarheid: redelijk', 'Schema 2: Sociale vaardigheden: Communiceren: Steun bij contact met anderen');
    await expectTextIn(advice.getByRole('group', { name: 'Waarop ‘Einddoel’ rust' }), 'B4 Wil de ICT-opleiding doen', 'B6 Moeder steunt de ICT-wens', 'direct gekoppeld', 'Familie', 'betrouwbaarheid: laag');
    await expectTextIn(advice.getByRole('group', { name: 'Waarop ‘Onzekerheden’ rust' }), 'B9 Leervermogen niet getest', 'betrouwbaarheid: niet van toepassing');
    await check(page, 'judgement page: the draft advice with its trace');

    // ---- before final: each question with what brings it to mind; answer one, skip the rest ------------------
    const beforeFinal = page.getByRole('form', { name: 'Voordat het advies definitief wordt' });
    await expectTextIn(beforeFinal.getByRole('region', { name: 'Wat spreekt tegen de gekozen koers?' }), 'Het einddoel rust alleen op het verhaal van de cliënt en zijn naasten');
    await expectTextIn(beforeFinal.getByRole('region', { name: 'Welke hypothesen zijn nog open?' }), 'Nog open verklaringen: ‘Angst voor groepen’ (bij W1), ‘Geen interesse in de gekozen opleidingen’ (bij W1) en ‘Eigen interesse en aanleg voor ICT’ (bij W2)');
    await expectTextIn(beforeFinal.getByRole('region', { name: 'Welke aannames en bekende hiaten blijven er?' }),
      'Niet onderzocht: B9 Leervermogen niet getest.', 'Nog niet aangeraakt in het gespreksmodel: Reden van arbeidsongeschiktheid,', 'Nog niet verklaard: ‘“Er is niets met mij aan de hand” tegenover');
    await expectTextIn(beforeFinal.getByRole('region', { name: /^Valt dit binnen de expertise/ }), 'Bronnen noemen ', 'Angst');
    await beforeFinal.getByLabel('Uw antwoord: Wat spreekt tegen de gekozen koers?').fill(COUNTER);
    await check(page, 'judgement page: the before-final questions');
    await beforeFinal.getByRole('button', { name: 'Advies definitief maken' }).click();
    await expectTextIn(status, 'Versie 1 is definitief; 4 vragen zijn overgeslagen.');
    await advice.getByRole('heading', { name: 'Definitief, versie 1' }).waitFor();
    const reflection = advice.getByRole('region', { name: 'Vragen vóór het definitief maken' });
    await expectTextIn(reflection, 'Wat spreekt tegen de gekozen koers?', COUNTER);
    const items = reflection.getByRole('listitem').filter({ has: page.getByText('Overgeslagen', { exact: true }) });
    await expect.poll(() => items.count()).toBe(4);
    for (const question of ['Wat zou u van koers doen veranderen?', 'Welke hypothesen zijn nog open?', 'Welke aannames en bekende hiaten blijven er?', 'Valt dit binnen de expertise van de arbeidsdeskundige, of is verwijzing nodig?']) {
      await expectTextIn(reflection.getByRole('listitem').filter({ hasText: question }).first(), 'Overgeslagen');
    }
    await expectTextIn(page.getByRole('table', { name: 'Versies van het re-integratieadvies' }), 'Definitief', '4 vragen overgeslagen');
    // The final advice still traces back to its sources and the cell.
    await expectTextIn(advice.getByRole('group', { name: 'Waarop ‘Ondersteuningsbehoefte’ rust' }), 'B3 ', 'B7 ', 'via schemacel Schema 2: Sociale vaardigheden: Communiceren');
    await advice.getByRole('button', { name: 'Nieuwe versie maken' }).waitFor();
    await check(page, 'judgement page: the final advice');

    // ---- trial-and-error: a safeguarded experiment with a feedback moment ------------------------------------
    const trial = region(page, 'Trial-and-error');
    await trial.getByRole('button', { name: 'Trial-and-error-traject starten' }).click();
    const start = page.getByRole('form', { name: 'Trial-and-error-traject starten' });
    await start.getByLabel('Waarom een trial-and-error-traject voor deze cliënt').fill('Het beeld is niet rond: leervermogen en groepsangst zijn onbekend.');
    await start.getByRole('button', { name: 'Traject starten' }).click();
    await expectTextIn(status, 'Het traject is gestart.');
    await trial.getByRole('button', { name: 'Experiment plannen' }).click();
    const plan = page.getByRole('form', { name: 'Experiment plannen' });
    await plan.getByLabel('Titel').fill('Proefdag ICT-school in een kleine groep');
    await plan.getByLabel('Wat het experiment toetst').fill('Houdt hij een dag in een groep van vier vol?');
    await plan.getByLabel('Hypothese die het toetst').selectOption({ label: '‘Angst voor groepen’ (bij W1)' });
    await plan.getByLabel('Verwachte signalen').fill('Blijft de hele dag; vertelt achteraf wat lastig was.');
    await plan.getByLabel('Kwetsbaarheden van de cliënt').fill('Faalangst; snel overprikkeld.');
    await plan.getByLabel('Waarborgen tegen een nieuwe faalervaring').fill('Stoppen mag altijd; de jobcoach belt na afloop; geen beoordeling door de school.');
    await plan.getByLabel('Volgend terugkoppelmoment').fill(amsterdamDate(21));
    await check(page, 'judgement page: planning an experiment');
    await plan.getByRole('button', { name: 'Experiment plannen' }).click();
    await expectTextIn(status, 'Het experiment ‘Proefdag ICT-school in een kleine groep’ is gepland.');
    const experiment = trial.getByRole('article', { name: /^Proefdag ICT-school in een kleine groep/ });
    await expectTextIn(experiment, 'Stoppen mag altijd', 'Faalangst', '‘Angst voor groepen’ (bij W1)', dutchDate(amsterdamDate(21)),
      'Het volgende terugkoppelmoment ligt 21 dagen verder.', 'is een moment binnen 14 dagen mogelijk');
    await check(page, 'judgement page: an experiment with Passend’s question');

    // The feedback moment is a deadline of the case; the section says the advice is final.
    await page.getByRole('link', { name: /^Terug naar dossier / }).click();
    await seeHeading(page, /Daan Verhoeven \(fictief\)$/);
    const deadline = page.getByRole('region', { name: 'Termijnen' }).getByRole('row').filter({ hasText: 'Terugkoppelmoment' });
    await expectTextIn(deadline, dutchDate(amsterdamDate(21)));
    await expectTextIn(region(page, 'Analyse en advies'), '9 bronnen', '3 open verklaringen', 'definitief, versie 1');
    await check(page, 'case page with the feedback moment');

    // The reminder's link lands on the trial-and-error part.
    await page.goto(`/dossiers/${caseId}/oordeel#trial-and-error`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('trial-heading');

    // A checkpoint records what happened and reopens the schemas: cells not revisited since are marked.
    const running = region(page, 'Trial-and-error').getByRole('article', { name: /^Proefdag ICT-school in een kleine groep/ });
    await running.getByRole('button', { name: 'IJkpunt vastleggen: Proefdag ICT-school in een kleine groep' }).click();
    const checkpoint = page.getByRole('form', { name: 'IJkpunt vastleggen: Proefdag ICT-school in een kleine groep' });
    await checkpoint.getByLabel('Succeservaringen').fill('Bleef tot de middagpauze; vertelde zelf wat lastig was.');
    await checkpoint.getByLabel('Faalervaringen').fill('Ging na de pauze naar huis; de groep werd te groot.');
    await checkpoint.getByRole('checkbox', { name: 'Kleine stappen' }).check();
    await checkpoint.getByRole('checkbox', { name: 'Dichtbij blijven' }).check();
    await checkpoint.getByRole('radio', { name: 'Bijstellen' }).check();
    await checkpoint.getByLabel('Volgend terugkoppelmoment').fill(amsterdamDate(7));
    await check(page, 'judgement page: recording a checkpoint');
    await checkpoint.getByRole('button', { name: 'IJkpunt vastleggen' }).click();
    await expectTextIn(status, 'Het ijkpunt is vastgelegd.');
    await expectTextIn(running, `IJkpunt van ${dutchDate(amsterdamDate(0))}: Bijstellen`, 'Kleine stappen, Dichtbij blijven', 'Ging na de pauze naar huis');
    // A week off: no question about the interval any more.
    await expect.poll(() => running.innerText()).not.toContain('dagen verder');
    const schema1 = region(page, 'Schema 1: thema’s en belasting');
    await expectTextIn(schema1, 'Sinds het laatste ijkpunt niet opnieuw bekeken: Schema 1: Arbeidsongeschiktheid en ziekte · Inschatting eigen beperkingen,');
    await expect.poll(() => schema1.getByText('niet opnieuw bekeken sinds het laatste ijkpunt').count()).toBe(4);
    await check(page, 'judgement page: schema cells not revisited since the checkpoint');

    // At 320 px the page does not scroll sideways; the wide tables scroll inside their own named region.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const scrolls = await page.getByRole('region', { name: /^Schema 1: gespreksthema’s/ }).evaluate((el) => el.scrollWidth > el.clientWidth && el.getAttribute('tabindex') === '0');
    expect(scrolls).toBe(true);
    await check(page, 'judgement page at 320 px');
  }, 300_000);

  it('a Schema 1 cell by keyboard only: Enter opens its dialog, the text is edited and saved, focus returns to the cell’s button', async () => {
    const { page } = await open();
    const caseId = await openCase(page);
    await page.goto(`/dossiers/${caseId}/oordeel`);
    await seeHeading(page, /^Analyse en advies: /);
    const button = 'Bewerken: Opleidingsverleden · Belastend';
    const table = page.getByRole('table', { name: /^Schema 1: gespreksthema’s/ });
    await expect.poll(() => table.locator('th[scope="rowgroup"]').allInnerTexts()).toEqual(['Niveau 1', 'Niveau 2: hoe de cliënt ermee omgaat']);

    // From the table's region, Tab to the cell's button.
    await page.getByRole('region', { name: /^Schema 1: gespreksthema’s/ }).focus();
    for (let i = 0; i < 12 && (await focusedName(page)) !== button; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Belastend · Opleidingsverleden' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('schema1-dialog-title');
    await check(page, 'judgement page: the Schema 1 cell dialog');
    // Escape closes it, focus returns.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe(button);

    // Again with Enter: Tab into the text, type, Tab to "Opslaan", Enter.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('schema1-dialog-body');
    await page.keyboard.press('End');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Leervermogen nooit getest.');
    for (let i = 0; i < 20 && (await focusedName(page)) !== 'Opslaan'; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Opslaan');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe(button);
    const cell = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Belastend', exact: true }) }).getByRole('cell').nth(2);
    await expectTextIn(cell, 'Geen diploma’s; spijbelde tijdens elke opleiding. Leervermogen nooit getest.', 'Bronnen: B3');
    await expectTextIn(page.locator('.judgement-announce'), 'De cel Belastend · Opleidingsverleden is opgeslagen.');
    await check(page, 'judgement page: a Schema 1 cell saved by keyboard');
  });

  it('willingness and ability only with an argument, toward unwilling only with sources; a Schema 2 row of one’s own added and removed', async () => {
    const { page } = await open();
    const caseId = await openCase(page);
    await page.goto(`/dossiers/${caseId}/oordeel`);
    await seeHeading(page, /^Analyse en advies: /);
    const part = region(page, 'Willen en kunnen');
    await expectTextIn(part, 'vaak niet te onderbouwen is en op een gevoel lijkt te berusten', 'Nog niet geplaatst.');
    await part.getByRole('button', { name: 'Cliënt plaatsen' }).click();
    const form = page.getByRole('form', { name: 'Cliënt plaatsen' });
    // The rule is said up front, before anything is sent.
    await expectTextIn(form, 'Een plaatsing richting onwil (willen −1 of −2) vraagt gekoppelde bronnen die haar onderbouwen.');
    await form.getByRole('group', { name: 'Willen (tegenover onwil)' }).getByRole('radio', { name: '-1 eerder onwil' }).check();
    await form.getByRole('group', { name: 'Kunnen (tegenover onkunde)' }).getByRole('radio', { name: '0 niet te onderscheiden' }).check();
    await form.getByLabel('Argument').fill('Komt afspraken niet na, lijkt weinig gemotiveerd.');
    await form.getByRole('group', { name: 'Bronnen (verplicht bij onwil)' }).waitFor();
    await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await expectTextIn(form.getByRole('alert'), 'Gekoppelde bronnen: een plaatsing richting ‘onwil’ vraagt om gekoppelde bronnen die haar onderbouwen');
    await check(page, 'judgement page: a placement toward unwilling without sources refused');
    await form.getByRole('group', { name: 'Willen (tegenover onwil)' }).getByRole('radio', { name: '+1 eerder willen' }).check();
    await form.getByRole('group', { name: 'Kunnen (tegenover onkunde)' }).getByRole('radio', { name: '-1 eerder onkunde' }).check();
    await form.getByLabel('Argument').fill('Wil wel, maar angst en prikkelgevoeligheid remmen hem.');
    await form.getByRole('group', { name: 'Gekoppelde bronnen' }).getByRole('checkbox', { name: /^B3 / }).check();
    await form.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await expectTextIn(page.locator('.judgement-announce'), 'De plaatsing is vastgelegd.');
    const grid = page.getByRole('table', { name: /^Figuur 1: willen/ });
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Kunnen -1 / }) });
    const headers = (await grid.locator('thead th').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    const column = headers.findIndex((h) => h.startsWith('Willen +1'));
    expect(column).toBe(4);
    await expectTextIn(row.locator(':scope > th, :scope > td').nth(column), 'nieuwste plaatsing');
    await expectTextIn(part, 'Nieuwste plaatsing: eerder willen, eerder onkunde', 'Wil wel, maar angst en prikkelgevoeligheid remmen hem.', 'Gekoppelde bronnen: B3');
    await check(page, 'judgement page: a placement in Figure 1');

    // Schema 2: a row of one's own, added and removed again, focus always somewhere sensible.
    const schema2 = region(page, 'Schema 2: activiteiten en ondersteuningsbehoefte');
    await schema2.getByRole('button', { name: 'Eigen rij toevoegen' }).click();
    const add = page.getByRole('dialog', { name: 'Eigen rij toevoegen aan Schema 2' });
    await add.getByLabel('Naam van de rij').fill('Beroepsvaardigheden: netwerkbeheer');
    await add.getByLabel('Afgeleid uit').fill('Intake ICT-school: goede praktische kennis.');
    await add.getByRole('checkbox', { name: /^B8 / }).check();
    await check(page, 'judgement page: adding a Schema 2 row');
    await add.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => add.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Eigen rij toevoegen');
    const table = page.getByRole('table', { name: /^Schema 2: activiteiten/ });
    await expectTextIn(table.getByRole('row').filter({ hasText: 'Beroepsvaardigheden: netwerkbeheer (eigen rij)' }), 'Intake ICT-school: goede praktische kennis.', 'Bronnen: B8');
    await table.getByRole('button', { name: 'Bewerken: Beroepsvaardigheden: netwerkbeheer' }).click();
    const edit = page.getByRole('dialog', { name: 'Schema 2: Beroepsvaardigheden: netwerkbeheer' });
    await edit.getByRole('button', { name: 'Rij verwijderen: Beroepsvaardigheden: netwerkbeheer' }).click();
    await expectTextIn(edit, 'Rij ‘Beroepsvaardigheden: netwerkbeheer’ verwijderen?');
    await check(page, 'judgement page: confirming a row removal');
    await edit.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'netwerkbeheer (eigen rij)' }).count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Eigen rij toevoegen');
  });

  it('a labour expert who is not on the case reads the server’s refusal in words', async () => {
    const { page } = await open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: CLIENT }).getByRole('link').first().click();
    await seeHeading(page, /Daan Verhoeven \(fictief\)$/);
    const url = new URL(page.url());
    await page.context().clearCookies();
    await signIn(page, DEMO_USERS.colleague.email);
    await page.goto(`${url.pathname}/oordeel`);
    await seeHeading(page, 'Analyse en advies');
    await expectTextIn(page.getByRole('alert'), 'Deze gegevens bestaan niet of u heeft er geen toegang toe.');
    await check(page, 'judgement page refused');
  });
});
