// Browser journeys of the wage value and the wage-cost subsidy (issue 6, Participatiewet), through the
// real server and the built web app in Debian's Chromium: the demo labour expert opens the demo
// Participatiewet case (Ilse Koster), sees the demo measurement's sum step by step, computes it for
// another date, records a new wage value (the 70% cap applies) by keyboard and mouse; the demo
// administrator adds a WML amount; the expert's next sum uses it. axe checks every page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeSubsidy } from '../../src/capacity/subsidy.js';
import { WML_RATES } from '../../src/capacity/wml-rates.js';
import { amsterdamDate, axe, DEMO_USERS, fieldMessage, region, seeHeading, setUpJourneys, signInOnce, signIn } from './support.js';

const journeys = setUpJourneys();

const SECTION = 'Loonwaarde en loonkostensubsidie';
const ADMIN_LANDING = 'Gebruikers';
/** The fictional WML amount the administrator adds (not a real indexation). */
const ADDED = { validFrom: '2026-07-01', hourly: '14,95', cents: 1495 };

/** Text as the page shows it, with non-breaking spaces as plain ones ("€ 1.234,56"). */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
/** Like support's expectTextIn, with non-breaking spaces read as plain ones. */
async function expectTextIn(locator: Locator, ...fragments: string[]): Promise<void> {
  for (const fragment of fragments) {
    await expect.poll(async () => plain((await locator.count()) ? await locator.innerText() : ''), { timeout: 15_000 }).toContain(plain(fragment));
  }
}
const euro = (cents: number) => plain(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100));

/** A date as the page shows it (the browser's own formatting, "1 jul 2025"). */
function shortDate(page: Page, iso: string): Promise<string> {
  return page.evaluate((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  }, iso);
}

async function openParticipatiewetCase(page: Page): Promise<Locator> {
  await signInOnce(page, DEMO_USERS.expert.email);
  await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: 'Ilse Koster (fictief)' }).getByRole('link').first().click();
  await seeHeading(page, /Ilse Koster \(fictief\)/);
  const section = region(page, SECTION);
  await section.waitFor();
  return section;
}

/** The row of a step in the sum table, by its label's number and name. */
function step(section: Locator, label: string): Locator {
  return section.getByRole('table', { name: /^Loonkostensubsidie per maand/ }).getByRole('row').filter({ has: section.page().getByRole('rowheader', { name: label }) });
}

async function stepAmount(section: Locator, label: string): Promise<string> {
  return plain(await step(section, label).getByRole('cell').last().innerText());
}

describe('wage value and wage-cost subsidy in the browser', () => {
  it('1. the labour expert sees the demo sum step by step, computes it for 1 July 2025, and records a new wage value where the 70% cap applies', async () => {
    const { page } = await journeys.open();
    const section = await openParticipatiewetCase(page);
    // The section is in the case page's own navigation.
    await expectTextIn(page.getByRole('navigation', { name: /Onderdelen van het dossier|Onderdelen/ }), SECTION);

    // The demo measurement (Dariuz, 55%, CAO wage € 15,85 an hour, 28 hours) with its sum for today.
    const table = section.getByRole('table', { name: /^Loonkostensubsidie per maand voor Medewerker inpak \(fictief\)/ });
    await table.waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
      '1. WML per uur', '2. WML per maand', '3. WML per maand met vakantiebijslag', '4. Functieloon per maand', '5. Functieloon per maand met vakantiebijslag',
      '6. Loonwaarde in euro’s', '7. Verschil tussen WML en loonwaarde', '8. Maximum: 70% van het WML', '9. Loonkostensubsidie',
      '10. Vergoeding werkgeverslasten (23%)', '11. Totaal per maand voor de werkgever',
    ]);
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Stap', 'Berekening', 'Bedrag']);
    await expectTextIn(section, 'Gebruikt WML-bedrag: € 14,71 bruto per uur', 'Bron: Besluit SZW nr. 2025-0000213859', 'Meegeleverd met Passend.');
    // The CAO wage is above the WML: the employer pays the difference. No newer WML than 1 January yet.
    await expectTextIn(section, 'Het functieloon ligt boven het WML.', 'betaalt de werkgever zelf', 'Het WML-bedrag is mogelijk verouderd.');
    await axe(page, 'case page with the wage-value section');

    // Computed for 1 July 2025 (by keyboard: type the date, Enter): the amount of that day, € 14,40.
    const onField = section.getByLabel('Berekend per');
    await onField.fill('2025-07-01');
    await onField.press('Enter');
    await expectTextIn(section.getByRole('table', { name: /^Loonkostensubsidie per maand/ }).locator('caption'), `berekend per ${await shortDate(page, '2025-07-01')}`);
    const demo = { method: 'dariuz', methodOther: null, date: '2025-06-01', assessor: 'x', percentage: 55, job: 'x', jobWage: { cents: 1585, per: 'hour' }, jobHolidayPayPercent: null, hoursPerWeek: 28 } as const;
    const july = computeSubsidy(demo, WML_RATES, '2025-07-01');
    if (!july.ok) throw new Error('the sum for 1 July 2025 failed');
    expect(await stepAmount(section, '1. WML per uur')).toBe('€ 14,40');
    expect(await stepAmount(section, '3. WML per maand met vakantiebijslag')).toBe(euro(july.steps.wmlMonthInclHolidayCents));
    expect(await stepAmount(section, '6. Loonwaarde in euro’s')).toBe(euro(july.steps.wageValueCents));
    expect(await stepAmount(section, '9. Loonkostensubsidie')).toBe(euro(july.steps.subsidyCents));
    expect(await stepAmount(section, '11. Totaal per maand voor de werkgever')).toBe(euro(july.steps.totalCents));
    await expectTextIn(section, 'Gebruikt WML-bedrag: € 14,40 bruto per uur', 'Staatscourant 2025, 12264');
    await axe(page, 'sum computed for 1 July 2025');

    // A new measurement: first with nothing filled in, every field says what is missing.
    await section.getByRole('button', { name: 'Nieuwe meting vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Loonwaarde vastleggen' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Meting vastleggen' }).click();
    expect(await fieldMessage(form.getByLabel('Methode'))).toContain('Kies de methode.');
    expect(await fieldMessage(form.getByLabel('Loonwaarde (%)'))).toContain('Vul de loonwaarde in');
    expect(await fieldMessage(form.getByLabel('Functieloon (€, bruto)'))).toContain('Vul het functieloon in');
    await axe(page, 'wage-value form with errors');

    // 20% of a wage at the WML, 32 hours: the difference is above 70% of the WML, so the cap applies.
    const measuredOn = amsterdamDate(-2);
    await form.getByLabel('Methode').selectOption({ label: 'Inclusief Loonwaardemeting' });
    await form.getByLabel('Datum van de meting').fill(measuredOn);
    await form.getByLabel('Beoordelaar').fill('S. de Vries, arbeidsdeskundige (fictief)');
    await form.getByLabel('Loonwaarde (%)').fill('20');
    await form.getByLabel('Functie', { exact: true }).fill('Medewerker groenonderhoud (fictief)');
    await form.getByLabel('Functieloon (€, bruto)').fill('14,71');
    await form.getByLabel('Functieloon per').selectOption({ label: 'per uur' });
    await form.getByLabel('Uren per week').fill('32');
    // Submitted by keyboard.
    await form.getByLabel('Uren per week').press('Enter');
    await expectTextIn(section.getByRole('status').filter({ hasText: 'vastgelegd' }), 'De meting is vastgelegd.');

    // The sum is for today again, for the new (newest) measurement.
    const capped = computeSubsidy({ ...demo, method: 'inclusief_loonwaardemeting', percentage: 20, jobWage: { cents: 1471, per: 'hour' }, hoursPerWeek: 32 }, WML_RATES, amsterdamDate());
    if (!capped.ok) throw new Error('the capped sum failed');
    await section.getByRole('table', { name: /^Loonkostensubsidie per maand voor Medewerker groenonderhoud \(fictief\)/ }).waitFor();
    expect(capped.steps.capApplied).toBe(true);
    expect(await stepAmount(section, '8. Maximum: 70% van het WML')).toBe(euro(capped.steps.capCents));
    expect(await stepAmount(section, '9. Loonkostensubsidie')).toBe(euro(capped.steps.capCents));
    expect(plain(await step(section, '9. Loonkostensubsidie').innerText())).toContain('het maximum geldt');
    expect(await stepAmount(section, '11. Totaal per maand voor de werkgever')).toBe(euro(capped.steps.totalCents));
    await expectTextIn(section, 'Het maximum is toegepast');

    // Both measurements stay: the new one counts, the demo one is an earlier measurement.
    const list = section.getByRole('table', { name: /^Metingen van de loonwaarde, nieuwste eerst/ });
    const rows = list.getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await expectTextIn(rows.nth(1), 'Telt nu', '20%', 'Inclusief Loonwaardemeting', 'Medewerker groenonderhoud (fictief)', euro(capped.steps.totalCents));
    await expectTextIn(rows.nth(2), 'Eerdere meting', '55%', 'Dariuz', 'Medewerker inpak (fictief)');
    // On the timeline.
    await expectTextIn(region(page, 'Tijdlijn'), 'Loonwaarde vastgelegd');
    await axe(page, 'case page after recording a wage value');
  });

  it('2. the administrator sees the shipped WML amounts with their sources and adds a new dated amount; a second one on the same date is refused', async () => {
    const { page } = await journeys.open();
    await signIn(page, DEMO_USERS.admin.email, ADMIN_LANDING);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'WML-bedragen' }).click();
    await seeHeading(page, 'WML-bedragen');
    const table = page.getByRole('table', { name: 'WML-bedragen, nieuwste eerst' });
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(WML_RATES.length + 1);
    await expectTextIn(rows.nth(1), await shortDate(page, '2026-01-01'), 'Geldt nu', '€ 14,71', '8%', '2025-0000213859', 'Meegeleverd met Passend');
    await expectTextIn(rows.nth(WML_RATES.length), await shortDate(page, '2024-01-01'), '€ 13,27', 'Bedragen minimumloon 2024');
    await axe(page, 'WML amounts');

    const form = page.getByRole('form', { name: 'Nieuw WML-bedrag toevoegen' });
    await form.getByRole('button', { name: 'Bedrag toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('Geldig vanaf'))).toContain('Vul de datum in');
    expect(await fieldMessage(form.getByLabel('Bedrag per uur (€, bruto)'))).toContain('Vul het bedrag per uur in');
    expect(await fieldMessage(form.getByLabel('Bron'))).toContain('Vul de bron van het bedrag in.');
    await axe(page, 'WML form with errors');

    await form.getByLabel('Geldig vanaf').fill(ADDED.validFrom);
    await form.getByLabel('Bedrag per uur (€, bruto)').fill(ADDED.hourly);
    await form.getByLabel('Bron').fill('Fictief bedrag voor de browsertest (geen echte indexatie)');
    await form.getByRole('button', { name: 'Bedrag toevoegen' }).click();
    await expectTextIn(page.getByRole('status').filter({ hasText: 'toegevoegd' }), `Het WML-bedrag vanaf ${await shortDate(page, ADDED.validFrom)} is toegevoegd.`);
    await expectTextIn(rows.nth(1), await shortDate(page, ADDED.validFrom), 'Geldt nu', '€ 14,95', 'Fictief bedrag voor de browsertest', DEMO_USERS.admin.displayName);
    await expectTextIn(rows.nth(2), await shortDate(page, '2026-01-01'), '€ 14,71');
    expect(await rows.nth(2).innerText()).not.toContain('Geldt nu');

    // The same date again: the server refuses it, named at the field.
    await form.getByLabel('Geldig vanaf').fill(ADDED.validFrom);
    await form.getByLabel('Bedrag per uur (€, bruto)').fill('15,00');
    await form.getByLabel('Bron').fill('Dubbel (fictief)');
    await form.getByRole('button', { name: 'Bedrag toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('Geldig vanaf'))).toContain('voor deze datum is al een WML-bedrag vastgelegd');
    await expect.poll(() => rows.count()).toBe(WML_RATES.length + 2);
    await axe(page, 'WML amounts after adding one');
  });

  it('3. the labour expert\'s next sum uses the amount the administrator added', async () => {
    const { page } = await journeys.open();
    const section = await openParticipatiewetCase(page);
    await section.getByRole('table', { name: /^Loonkostensubsidie per maand/ }).waitFor();
    expect(await stepAmount(section, '1. WML per uur')).toBe(euro(ADDED.cents));
    await expectTextIn(section, 'Fictief bedrag voor de browsertest', `Ingevoerd door ${DEMO_USERS.admin.displayName}.`);
    expect(await section.innerText()).not.toContain('mogelijk verouderd');
    await axe(page, 'case page with the new WML amount');
  });
});
