// Browser journeys of the contact-form administration (/beheer/contactvorm) and the oversight of the
// channel mix (/kwaliteit/contactvormen), through the real server and the built web app in Debian's
// Chromium. The administrator changes an advice rule into a new version and sees it in the history,
// resets to the shipped set, keeps the appointment rules, manages a channel, publishes a privacy
// notice and reads the outbox; a labour expert opens the quality view. axe checks every page.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, DEMO_USERS, expectTextIn, fieldMessage, seeHeading, setUpJourneys, signIn } from './support.js';

const journeys = setUpJourneys();

// ---- helpers ------------------------------------------------------------------------------------

const ADMIN_PAGE = '/beheer/contactvorm';
const OVERSIGHT_PAGE = '/kwaliteit/contactvormen';
/** Where an administrator lands after signing in: the user administration. */
const ADMIN_LANDING = 'Gebruikers';

/** The sub-navigation of the administration page. */
function subNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Onderdelen van contactvormbeheer' });
}

async function openPart(page: Page, name: string): Promise<void> {
  await subNav(page).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await expect.poll(() => subNav(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('page');
}

/** The first status line or message that contains the fragment. */
function status(page: Page, fragment: string): Locator {
  return page.getByRole('status').filter({ hasText: fragment }).first();
}

// ---- journeys -----------------------------------------------------------------------------------

describe('contact-form administration in the browser', () => {
  it('1. the administrator makes video "discouraged" for checking facts (A1) in a new version, sees it in the history, views the old version and resets to the shipped set', async () => {
    const { page } = await journeys.open();
    await signIn(page, DEMO_USERS.admin.email, ADMIN_LANDING);
    await page.goto(ADMIN_PAGE);
    await seeHeading(page, 'Contactvorm: beheer');
    await page.getByRole('heading', { level: 2, name: 'Adviesregels' }).waitFor();
    expect(await subNav(page).getByRole('link', { name: 'Adviesregels' }).getAttribute('aria-current')).toBe('page');

    // The shipped set is in use; its rules are readable sentences.
    const rulesTable = page.getByRole('table', { name: /^Regels in versie / });
    const a1 = rulesTable.getByRole('row').filter({ hasText: 'A1-checking-facts' });
    await expectTextIn(a1, 'activiteit is “Gegevens uitvragen en checken (A1)”', 'Beeldbellen: mogelijk', 'Telefonisch: voorkeur', '§5.4.3');
    await expectTextIn(page.getByRole('main'), 'Meegeleverd met Passend', 'In gebruik');
    const shippedVersion = ((await rulesTable.locator('caption').innerText()).replace(/^Regels in versie /, '')).trim();
    await axe(page, 'advice rules');

    // Edit A1: the condition is checked in the browser before anything is sent.
    await a1.getByRole('button', { name: 'Wijzigen: A1-checking-facts' }).click();
    const form = page.getByRole('form', { name: 'Regel A1-checking-facts wijzigen' });
    await form.waitFor();
    const condition = form.getByLabel('Voorwaarde (JSON)');
    const original = await condition.inputValue();
    await condition.fill('{"fact": "activity", "in": [');
    await expectTextIn(form, 'De voorwaarde is nog geen geldige JSON.');
    await form.getByRole('button', { name: 'In concept zetten' }).click();
    expect(await fieldMessage(condition)).toContain('De voorwaarde is geen geldige JSON');
    await condition.fill('{"fact": "shoeSize", "atLeast": 40}');
    await form.getByRole('button', { name: 'In concept zetten' }).click();
    expect(await fieldMessage(condition)).toContain("unknown fact 'shoeSize'");
    await axe(page, 'rule form with an error');
    await condition.fill(original);
    await expectTextIn(form, 'Zo leest Passend de voorwaarde:', 'activiteit is “Gegevens uitvragen en checken (A1)”');

    // Video (the second effect) becomes "discouraged".
    const video = form.getByRole('group', { name: 'Gevolg 2' });
    expect(await video.getByLabel('Vorm').inputValue()).toBe('video');
    await video.getByLabel('Advies of blokkade').selectOption({ label: 'Ontraden' });
    await form.getByRole('button', { name: 'In concept zetten' }).click();
    await expectTextIn(status(page, 'concept'), 'Regel A1-checking-facts staat in het concept.');
    await expectTextIn(page.getByRole('heading', { name: 'Nog niet opgeslagen wijzigingen' }), 'Nog niet opgeslagen wijzigingen');
    await expectTextIn(page.getByRole('main'), 'Gewijzigd: A1-checking-facts');
    const draftRow = page.getByRole('table', { name: /^Regels in het concept/ }).getByRole('row').filter({ hasText: 'A1-checking-facts' });
    await expectTextIn(draftRow, 'Beeldbellen: ontraden');
    await axe(page, 'advice rules with a draft');

    // Saving asks for a version name and a note.
    const save = page.getByRole('form', { name: 'Opslaan als nieuwe versie' });
    await save.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    expect(await fieldMessage(save.getByLabel('Naam van de nieuwe versie'))).toContain('Vul een naam voor de versie in.');
    expect(await fieldMessage(save.getByLabel('Toelichting op de wijziging'))).toContain('Vul een toelichting op de wijziging in.');
    await axe(page, 'save version with errors');
    const version = 'e2e-a1-video-ontraden';
    const note = 'Bij ons levert beeldbellen bij A1 te vaak misverstanden op (e2e, fictief).';
    await save.getByLabel('Naam van de nieuwe versie').fill(version);
    await save.getByLabel('Toelichting op de wijziging').fill(note);
    await save.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await expectTextIn(status(page, 'opgeslagen'), `Versie ${version} is opgeslagen en geldt nu.`);
    await expectTextIn(page.getByRole('table', { name: `Regels in versie ${version}` }).getByRole('row').filter({ hasText: 'A1-checking-facts' }), 'Beeldbellen: ontraden');

    // The history: the new version on top, in use, with who and why; the shipped set below it.
    const history = page.getByRole('table', { name: 'Versies van de adviesregels, nieuwste eerst' });
    const rows = history.getByRole('row');
    await expectTextIn(rows.nth(1), version, 'In gebruik', DEMO_USERS.admin.displayName, note);
    await expectTextIn(rows.nth(2), shippedVersion, 'Meegeleverd met Passend');
    await axe(page, 'advice rules after saving');

    // The older (shipped) version, read only: A1 still says video is possible.
    await rows.nth(2).getByRole('link', { name: `Bekijken: ${shippedVersion}` }).click();
    await page.getByRole('heading', { name: `Versie ${shippedVersion} (alleen lezen)` }).waitFor();
    const oldRow = page.getByRole('table', { name: `Regels in versie ${shippedVersion}` }).getByRole('row').filter({ hasText: 'A1-checking-facts' });
    await expectTextIn(oldRow, 'Beeldbellen: mogelijk');
    expect(await oldRow.getByRole('button').count(), 'an older version cannot be edited').toBe(0);
    await axe(page, 'older rule-set version');
    await page.getByRole('link', { name: 'Terug naar de huidige versie' }).click();
    await page.getByRole('table', { name: `Regels in versie ${version}` }).waitFor();

    // Back to the shipped set: a third version with the shipped rules.
    await page.getByRole('button', { name: 'Terug naar de meegeleverde set' }).click();
    const reset = page.getByRole('form', { name: 'Terug naar de meegeleverde set' });
    await expect.poll(() => reset.getByLabel('Naam van de nieuwe versie').inputValue()).not.toBe('');
    await axe(page, 'reset to the shipped set');
    await reset.getByRole('button', { name: 'Meegeleverde set opslaan als nieuwe versie' }).click();
    await expectTextIn(status(page, 'meegeleverde'), 'De meegeleverde regels gelden weer');
    await expect.poll(() => history.getByRole('row').count()).toBe(4);
    await expectTextIn(history.getByRole('row').nth(1), 'In gebruik', 'Terug naar de meegeleverde set');
    await expectTextIn(page.getByRole('table', { name: /^Regels in versie / }).getByRole('row').filter({ hasText: 'A1-checking-facts' }), 'Beeldbellen: mogelijk');
  });

  it('2. the administrator keeps the appointment rules, manages a channel, publishes a privacy notice and reads the outbox', async () => {
    const { page } = await journeys.open();
    await signIn(page, DEMO_USERS.admin.email, ADMIN_LANDING);
    await page.goto(ADMIN_PAGE);
    await seeHeading(page, 'Contactvorm: beheer');

    // Appointment rules: office hours that end before they start are refused in the browser.
    await openPart(page, 'Afspraakregels');
    await expectTextIn(page.getByRole('main'), 'even snel tussendoor', '(P12)');
    await axe(page, 'appointment rules');
    await page.getByLabel('Kantoortijd tot').fill('08:00');
    await page.getByLabel('Minimale tijd vooraf, in uren').fill('48');
    await page.getByRole('button', { name: 'Afspraakregels opslaan' }).click();
    expect(await fieldMessage(page.getByLabel('Kantoortijd tot'))).toContain('De eindtijd moet na de begintijd liggen.');
    await axe(page, 'appointment rules with an error');
    await page.getByLabel('Kantoortijd tot').fill('17:00');
    await page.getByRole('button', { name: 'Afspraakregels opslaan' }).click();
    await expectTextIn(status(page, 'opgeslagen'), 'De afspraakregels zijn opgeslagen.');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Afspraakregels' }).waitFor();
    await expect.poll(() => page.getByLabel('Minimale tijd vooraf, in uren').inputValue()).toBe('48');
    expect(await page.getByLabel('Kantoortijd tot').inputValue()).toBe('17:00');

    // Channels: approval needs a DPIA, a legal basis and a retention policy.
    await openPart(page, 'Kanalen');
    await expectTextIn(page.getByRole('main'), 'DPIA (P15)', 'Grondslag (P14)', '(P16)');
    const register = page.getByRole('table', { name: 'Register van kanalen' });
    await register.waitFor();
    await axe(page, 'channels');
    await page.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    const add = page.getByRole('form', { name: 'Kanaal toevoegen' });
    const channel = 'Teams voor overleg (e2e, fictief)';
    await add.getByLabel('Naam').fill(channel);
    await add.getByLabel('Dit kanaal is goedgekeurd voor gebruik').check();
    await add.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    expect(await fieldMessage(add.getByLabel('DPIA'))).toContain('Goedkeuren kan pas als de DPIA is afgerond.');
    expect(await fieldMessage(add.getByLabel('Grondslag'))).toContain('grondslag');
    expect(await fieldMessage(add.getByLabel('Bewaren'))).toContain('bewaarbeleid');
    await axe(page, 'channel form with errors');
    await add.getByLabel('Dit kanaal is goedgekeurd voor gebruik').uncheck();
    await add.getByLabel('DPIA').selectOption({ label: 'Bezig' });
    await add.getByRole('button', { name: 'Kanaal toevoegen' }).click();
    await expectTextIn(status(page, 'toegevoegd'), `Kanaal ${channel} is toegevoegd.`);
    const row = register.getByRole('row').filter({ hasText: channel });
    await expectTextIn(row, 'Beeldbellen', 'Bezig', 'Niet goedgekeurd');

    await row.getByRole('button', { name: `Wijzigen: ${channel}` }).click();
    const edit = page.getByRole('form', { name: `Kanaal ${channel} wijzigen` });
    await edit.getByLabel('DPIA').selectOption({ label: 'Afgerond' });
    await edit.getByLabel('Grondslag').fill('Uitvoering van de opdracht; AVG art. 6 lid 1 sub e (fictief)');
    await edit.getByLabel('Bewaren').fill('Geen opnames; geen beeld of geluid bewaard (fictief)');
    await edit.getByLabel('Dit kanaal is goedgekeurd voor gebruik').check();
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectTextIn(status(page, 'opgeslagen'), `Kanaal ${channel} is opgeslagen.`);
    await expectTextIn(row, 'Afgerond', 'Uitvoering van de opdracht', 'Goedgekeurd');
    await axe(page, 'channels after approval');

    // Privacy notice: a new version; the earlier one stays readable and unchanged.
    await openPart(page, 'Privacyverklaring');
    await axe(page, 'privacy notices');
    const publishButton = page.getByRole('button', { name: /^Versie \d+ publiceren$/ });
    const next = Number(/\d+/.exec(await publishButton.innerText())?.[0]);
    const bodyNl = `Privacyverklaring versie ${next} (e2e, fictief). Wij bellen via Passend. Er wordt niets opgenomen.`;
    const bodyEn = `Privacy notice version ${next} (e2e, fictional). We call through Passend. Nothing is recorded.`;
    await page.getByLabel('Tekst in het Nederlands').fill('');
    await publishButton.click();
    expect(await fieldMessage(page.getByLabel('Tekst in het Nederlands'))).toContain('Vul de Nederlandse tekst in.');
    await page.getByLabel('Tekst in het Nederlands').fill(bodyNl);
    await page.getByLabel('Tekst in het Engels').fill(bodyEn);
    await publishButton.click();
    await expectTextIn(status(page, 'gepubliceerd'), `Versie ${next} is gepubliceerd.`);
    const shown = page.getByRole('article', { name: `Versie ${next}` });
    await expectTextIn(shown, bodyNl, bodyEn, 'kan niet meer worden gewijzigd');
    expect(await shown.getByRole('textbox').count(), 'a published version is read only').toBe(0);
    const versions = page.getByRole('table', { name: 'Versies van de privacyverklaring, nieuwste eerst' });
    await expectTextIn(versions.getByRole('row').nth(1), String(next), 'Geldend', DEMO_USERS.admin.displayName);
    if (next > 1) {
      await versions.getByRole('button', { name: `Bekijken: Versie ${next - 1}` }).click();
      const earlier = page.getByRole('article', { name: `Versie ${next - 1}` });
      await earlier.waitFor();
      expect(await earlier.innerText()).not.toContain(bodyNl);
    }
    await axe(page, 'privacy notices after publishing');

    // The outbox: the kept invitation of the demo data, with its text and .ics.
    await openPart(page, 'Verzonden berichten');
    const outbox = page.getByRole('table', { name: 'Berichten, nieuwste eerst' });
    await outbox.waitFor();
    await axe(page, 'outbox');
    const invitation = outbox.getByRole('row').filter({ hasText: 'Uitnodiging' }).first();
    await invitation.getByRole('button', { name: /^Openen: / }).click();
    const message = page.getByRole('article', { name: /^Bericht: / });
    await message.waitFor();
    await expectTextIn(message.getByRole('region', { name: 'Tekst van het bericht' }), 'Passend');
    await expectTextIn(message.getByRole('region', { name: 'Agenda-uitnodiging (.ics)' }), 'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VCALENDAR');
    await axe(page, 'outbox message');
    await message.getByRole('button', { name: 'Bericht sluiten' }).click();
    await expect.poll(() => message.count()).toBe(0);

    // The same page in English.
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await seeHeading(page, 'Contact form: administration');
    await expectTextIn(page.getByRole('navigation', { name: 'Parts of the contact-form administration' }), 'Advice rules', 'Sent messages');
    await axe(page, 'outbox (en)');
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
    await seeHeading(page, 'Contactvorm: beheer');
  });

  it('3. the quality view of the channel mix renders for the administrator and a labour expert, never framed as a target; the administration is for administrators only', async () => {
    const admin = await journeys.open();
    await signIn(admin.page, DEMO_USERS.admin.email, ADMIN_LANDING);
    await admin.page.goto(OVERSIGHT_PAGE);
    await seeHeading(admin.page, 'Contactvormen: kwaliteitsbeeld');
    await expectTextIn(admin.page.getByRole('main'), 'nooit een productiviteitsdoel', 'Contacten in deze periode', 'Keuzes tegen het advies in', 'Ingetrokken toestemmingen');
    await admin.page.getByRole('heading', { level: 2, name: 'Per activiteit' }).waitFor();
    await admin.page.getByRole('heading', { level: 2, name: 'Per arbeidsdeskundige' }).waitFor();
    await axe(admin.page, 'oversight (administrator)');

    // The period filter: an impossible period is explained, a valid one goes into the address.
    await admin.page.getByLabel('Van', { exact: true }).fill('2026-06-01');
    await admin.page.getByLabel('Tot en met', { exact: true }).fill('2026-01-01');
    await admin.page.getByRole('button', { name: 'Periode tonen' }).click();
    expect(await fieldMessage(admin.page.getByLabel('Van', { exact: true }))).toContain('De begindatum moet vóór de einddatum liggen.');
    await axe(admin.page, 'oversight with an error');
    await admin.page.getByLabel('Van', { exact: true }).fill('2020-01-01');
    await admin.page.getByLabel('Tot en met', { exact: true }).fill('2030-12-31');
    await admin.page.getByRole('button', { name: 'Periode tonen' }).click();
    await admin.page.waitForURL(/van=2020-01-01&tot=2030-12-31/);
    await expectTextIn(admin.page.getByRole('main'), 'Contacten van 1 jan 2020 tot en met 31 dec 2030');

    // The chart and the table show the same figures.
    const table = admin.page.getByRole('table', { name: 'Contactvormen per activiteit, in aantallen en procenten' });
    if (await table.count()) {
      const firstRow = table.getByRole('row').nth(1);
      const name = await firstRow.getByRole('rowheader').innerText();
      const bar = admin.page.getByRole('img', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Fysiek \\d+`) });
      expect(await bar.count()).toBe(1);
      expect(await bar.getAttribute('class')).toContain('mix-bar');
    }
    await axe(admin.page, 'oversight, whole period');

    // A labour expert sees the quality view too, but not the administration.
    const expert = await journeys.open();
    await signIn(expert.page, DEMO_USERS.colleague.email);
    await expert.page.goto(OVERSIGHT_PAGE);
    await seeHeading(expert.page, 'Contactvormen: kwaliteitsbeeld');
    await expectTextIn(expert.page.getByRole('main'), 'nooit een productiviteitsdoel');
    await axe(expert.page, 'oversight (labour expert)');
    await expert.page.goto(ADMIN_PAGE);
    await seeHeading(expert.page, 'Geen toegang');
    await axe(expert.page, 'contact administration forbidden (labour expert)');
  });
});
