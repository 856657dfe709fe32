// Browser journeys through the real server and the built web app, in Debian's Chromium: what a
// labour expert, office staff, an administrator and a new colleague see and do, in Dutch and
// English, by mouse and by keyboard. axe checks every page visited. One server for the file; every
// journey has its own browser context and its own demo user, so no journey waits for a new
// authenticator window. Journey 3 reads the case journey 1 made.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../src/platform/auth/totp.js';
import {
  addIsoDays,
  amsterdamDate,
  axe,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_USERS,
  expectTextIn,
  fieldMessage,
  freshTotpCode,
  h1,
  nextWorkday,
  noteTotpStepUsed,
  region as section,
  seeHeading,
  setUpJourneys,
  signIn,
} from './support.js';

const journeys = setUpJourneys();
let tempFiles: string | undefined;

beforeAll(async () => {
  tempFiles = await mkdtemp(join(tmpdir(), 'passend-e2e-files-'));
});

afterAll(async () => {
  if (tempFiles) await rm(tempFiles, { recursive: true, force: true });
});

/** The folder for the files the journeys upload and download. */
function files(): string {
  if (!tempFiles) throw new Error('the files folder was not made (see beforeAll)');
  return tempFiles;
}

// ---- helpers ------------------------------------------------------------------------------------

async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    return `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/** How the web app writes a calendar date (asks the browser's own Intl, as the app does). */
async function shownDate(page: Page, iso: string): Promise<string> {
  return page.evaluate(({ iso, lang }) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  }, { iso, lang: 'nl-NL' });
}

function caseTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Dossiers' });
}

/** The client names in the case list once the list shows the answer for the current URL. */
async function listedClients(page: Page): Promise<string> {
  return (await caseTable(page).count()) ? caseTable(page).innerText() : '';
}

// Shared between journey 1 (which creates them) and journey 3 (which looks at them as office staff).
const NEW_CLIENT = 'Fatima de Vries (fictief)';
const NOTE_TEXT = 'Cliënt geeft aan dat de rugklachten toenemen bij lang staan; medische details alleen voor professionals.';
const HELD_NOTE = 'Werkplek bekeken; tilbelasting hoog.';
let newCaseUrl: string | undefined;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const EXE = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), Buffer.from(' this program cannot be run in DOS mode')]);

// ---- journeys -----------------------------------------------------------------------------------

describe('Passend in the browser', () => {
  it('1. the labour expert signs in, filters the case list, registers a Poortwachter case and works on it', async () => {
    const filesDir = files();
    const { page } = await journeys.open();
    const expert = DEMO_USERS.expert;

    // Sign in: password (first a wrong one: the server's message), then the authenticator code.
    await page.goto('/');
    await page.waitForURL(/\/aanmelden$/);
    await seeHeading(page, 'Aanmelden bij Passend');
    await axe(page, 'sign-in');
    await page.getByLabel('E-mailadres').fill(expert.email);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectTextIn(page.getByRole('alert'), 'Het e-mailadres of wachtwoord klopt niet.');
    await axe(page, 'sign-in with an error');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await seeHeading(page, 'Code invoeren');
    await axe(page, 'code step');
    await page.getByLabel('Code van 6 cijfers').fill(await freshTotpCode(expert.email, DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    // The case list with the demo cases assigned to this expert.
    await seeHeading(page, 'Mijn dossiers');
    expect(page.url()).toMatch(/\/dossiers$/);
    await expectTextIn(caseTable(page), 'Daan Verhoeven (fictief)', 'Ilse Koster (fictief)', 'Mohammed el Amrani (fictief)', 'Karim Haddad (fictief)');
    await expectTextIn(page.getByRole('banner'), expert.displayName);
    await axe(page, 'case list');

    // Filter by legal framework: only the Poortwachter case remains; the filter is in the URL.
    await page.getByLabel('Wettelijk kader').selectOption({ label: 'Wet verbetering poortwachter' });
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/legalContext=poortwachter/);
    await expect.poll(() => listedClients(page)).not.toContain('Daan Verhoeven');
    await expectTextIn(caseTable(page), 'Mohammed el Amrani (fictief)', 'Wet verbetering poortwachter');
    await expectTextIn(page.getByRole('status').filter({ hasText: 'gevonden' }), '1 dossier gevonden');

    // Filter by deadline: the injury case's delivery date passed two days ago; the Wajong case is
    // due in 9 days, so it is not overdue but within 14 days.
    await page.getByRole('link', { name: 'Alle filters wissen' }).first().click();
    await page.waitForURL(/\/dossiers$/);
    await expectTextIn(caseTable(page), 'Daan Verhoeven (fictief)');
    await page.getByLabel('Termijn').selectOption({ label: 'Verlopen' });
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/deadline=overdue/);
    await expect.poll(() => listedClients(page)).not.toContain('Daan Verhoeven');
    await expectTextIn(caseTable(page).getByRole('row').filter({ hasText: 'Karim Haddad (fictief)' }), 'Opleverdatum', 'Verlopen');
    await page.getByLabel('Termijn').selectOption({ label: 'Binnen 14 dagen' });
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/deadline=within14/);
    await expectTextIn(caseTable(page), 'Daan Verhoeven (fictief)');
    await expect.poll(() => listedClients(page)).not.toContain('Karim Haddad');

    // New case: first without the required fields, then complete.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuw dossier' }).click();
    await seeHeading(page, 'Nieuw dossier');
    await axe(page, 'new case');
    await page.getByLabel('Wettelijk kader').selectOption({ label: 'Wet verbetering poortwachter' });
    const firstSicknessDay = page.getByLabel('Eerste ziektedag');
    await firstSicknessDay.waitFor();
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer het volgende:' });
    await expectTextIn(summary, 'Vul de naam van de cliënt in.', 'Vul de eerste ziektedag in.');
    expect(await fieldMessage(firstSicknessDay)).toContain('Vul de eerste ziektedag in. Die is verplicht bij de Wet verbetering poortwachter.');
    expect(await fieldMessage(page.getByLabel('Naam', { exact: true }))).toContain('Vul de naam van de cliënt in.');
    await axe(page, 'new case with errors');

    const sicknessDay = amsterdamDate(-70);
    await page.getByLabel('Naam', { exact: true }).fill(NEW_CLIENT);
    await page.getByLabel('Geboortedatum').fill('1979-04-12');
    await page.getByLabel('Opdrachtgever', { exact: true }).selectOption({ label: 'Arbodienst' });
    await firstSicknessDay.fill(sicknessDay);
    await page.getByLabel('Vraagstelling').fill('Zijn er mogelijkheden voor passend werk bij de eigen werkgever (spoor 1)?');
    await page.getByLabel(/^Opleverdatum/).fill(amsterdamDate(60));
    await page.getByLabel(/^Naam werkgever/).fill('Bakkerij Het Zonnetje BV (fictief)');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();

    // The case page, with the Poortwachter deadlines computed from the first day of sickness.
    await seeHeading(page, new RegExp(`^Dossier AD-.*: ${NEW_CLIENT.replace(/[()]/g, '\\$&')}$`));
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    newCaseUrl = new URL(page.url()).pathname;
    const deadlines = section(page, 'Termijnen');
    await expectTextIn(deadlines, 'De Poortwachter-termijnen zijn berekend vanaf de eerste ziektedag.');
    await expectTextIn(deadlines, 'Probleemanalyse', 'Plan van aanpak', '42e-weekmelding', 'Eerstejaarsevaluatie', 'WIA-aanvraag', 'Opleverdatum');
    // Week 6 ends on day 42 counted from the first day of sickness as day 1.
    const probleemanalyse = deadlines.getByRole('row').filter({ hasText: 'Probleemanalyse' });
    await expectTextIn(probleemanalyse, await shownDate(page, addIsoDays(sicknessDay, 41)));
    await axe(page, 'case page');

    // Plan a workplace investigation with the client and the employer on the planning page (the
    // advice: physical required, so no reason is asked), then record it as held on its own page.
    const contacts = section(page, 'Contactmomenten');
    await contacts.getByRole('link', { name: 'Contact plannen' }).click();
    await seeHeading(page, `Contact plannen met ${NEW_CLIENT}`);
    const planForm = page.getByRole('form', { name: `Contact plannen met ${NEW_CLIENT}` });
    await planForm.getByLabel('Soort activiteit').selectOption({ label: 'Werkplekonderzoek (A6)' });
    await planForm.getByRole('button', { name: 'Advies bekijken' }).click();
    await expectTextIn(page.getByRole('region', { name: 'Advies over de contactvorm' }).getByRole('article', { name: 'Fysiek' }), 'Advies: Noodzakelijk');
    await planForm.getByRole('radio', { name: 'Fysiek' }).check();
    await planForm.getByLabel('Datum en tijd').fill(`${nextWorkday()}T10:00`);
    await planForm.getByLabel(/^Locatie/).fill('Bakkerij Het Zonnetje, Utrecht (fictief)');
    expect(await planForm.getByLabel('Naam deelnemer 1').inputValue()).toBe(NEW_CLIENT);
    await planForm.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    await planForm.getByLabel('Naam deelnemer 2').fill('Mw. K. de Boer (fictief)');
    expect(await planForm.getByLabel('Rol deelnemer 2').inputValue()).toBe('employer');
    await axe(page, 'planning a contact');
    await planForm.getByRole('button', { name: 'Contact plannen' }).click();
    await seeHeading(page, /^Werkplekonderzoek \(A6\) op /);
    const details = section(page, 'Gegevens');
    await expectTextIn(details, 'Gepland', 'Fysiek', 'Bakkerij Het Zonnetje, Utrecht (fictief)', `${NEW_CLIENT} (Cliënt)`, 'Mw. K. de Boer (fictief) (Werkgever)');
    await page.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
    const recordForm = page.getByRole('form', { name: 'Vastleggen als gehouden' });
    await recordForm.getByLabel(/^Notitie/).fill(HELD_NOTE);
    await recordForm.getByRole('radio', { name: 'Ja, de vorm was passend' }).check();
    await recordForm.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expectTextIn(details, 'Gehouden', 'Gehouden op', HELD_NOTE);
    expect(await page.getByRole('button', { name: 'Vastleggen als gehouden' }).count()).toBe(0);
    await axe(page, 'contact page, held');
    await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
    await seeHeading(page, new RegExp(`^Dossier AD-.*: ${NEW_CLIENT.replace(/[()]/g, '\\$&')}$`));
    const contactCard = contacts.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Werkplekonderzoek (A6)' }) });
    await expectTextIn(contactCard, 'Gehouden', 'Gehouden op', 'Fysiek', HELD_NOTE);

    // Upload a small PDF: listed with its checksum.
    const pdfPath = join(filesDir, 'fml-de-vries.pdf');
    await writeFile(pdfPath, PDF);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    const documents = section(page, 'Documenten');
    await documents.getByLabel('Bestand', { exact: true }).setInputFiles(pdfPath);
    await documents.getByLabel('Soort document').selectOption({ label: 'Functionele Mogelijkhedenlijst (FML)' });
    await documents.getByRole('button', { name: 'Uploaden' }).click();
    await expectTextIn(documents.getByRole('status'), 'fml-de-vries.pdf is toegevoegd.');
    const documentRow = documents.getByRole('table', { name: 'Documenten in dit dossier' }).getByRole('row').filter({ hasText: 'fml-de-vries.pdf' });
    await expectTextIn(documentRow, 'Functionele Mogelijkhedenlijst (FML)', `${sha256.slice(0, 12)}…`, expert.displayName);
    expect(await documentRow.locator(`[title="${sha256}"]`).count(), 'the full checksum is in the title').toBe(1);

    // An executable is refused, with the server's reason at the file field.
    const exePath = join(filesDir, 'setup.exe');
    await writeFile(exePath, EXE);
    await documents.getByLabel('Bestand', { exact: true }).setInputFiles(exePath);
    await documents.getByLabel('Soort document').selectOption({ label: 'Overig document' });
    await documents.getByRole('button', { name: 'Uploaden' }).click();
    await expectTextIn(documents.getByRole('alert'), 'Dit bestand bevat uitvoerbare inhoud');
    expect(await fieldMessage(documents.getByLabel('Bestand', { exact: true }))).toContain('wordt daarom geweigerd');
    expect(await documents.getByRole('row').filter({ hasText: 'setup.exe' }).count()).toBe(0);
    await axe(page, 'case page with an upload refused');

    // A shielded note (shielded is the default for a labour expert).
    const notes = section(page, 'Notities');
    await notes.getByLabel('Notitie', { exact: true }).fill(NOTE_TEXT);
    expect(await notes.getByLabel('Afgeschermd (alleen professionals)').isChecked()).toBe(true);
    await notes.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expectTextIn(notes.getByRole('status'), 'De notitie is opgeslagen.');
    await expectTextIn(notes.getByRole('listitem').filter({ hasText: NOTE_TEXT }), 'Afgeschermd', expert.displayName);

    // The timeline tells the story, newest first; the refused upload left no trace.
    const timeline = section(page, 'Tijdlijn');
    await expectTextIn(
      timeline,
      'Dossier geregistreerd',
      'Contactmoment gepland: Werkplekonderzoek (A6), fysiek',
      'Contactmoment bijgewerkt: Gehouden',
      'Document toegevoegd: fml-de-vries.pdf, Functionele Mogelijkhedenlijst (FML)',
      'Notitie toegevoegd',
    );
    const entries = await timeline.getByRole('listitem').allInnerTexts();
    expect(entries[0], 'newest first').toMatch(/^Notitie toegevoegd/);
    expect(entries.join('\n')).not.toContain('setup.exe');
    expect(entries.every((entry) => entry.includes(`Door ${expert.displayName} op`))).toBe(true);
    await axe(page, 'case page after the work');

    // Download the document: the very same bytes.
    const download = page.waitForEvent('download');
    await documentRow.getByRole('link', { name: 'fml-de-vries.pdf (downloaden)' }).click();
    const file = await (await download).path();
    expect(Buffer.compare(await readFile(file), PDF), 'downloaded bytes equal the uploaded ones').toBe(0);
  });

  it('2. the header switch shows the interface and the server messages in English, and back', async () => {
    const filesDir = files();
    const { page } = await journeys.open();
    const expert = DEMO_USERS.expert;
    await signIn(page, expert.email);
    expect(await htmlLang(page)).toBe('nl');

    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await seeHeading(page, 'My cases');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expectTextIn(page.getByRole('navigation', { name: 'Main menu' }), 'My cases', 'New case');
    await expectTextIn(page.getByRole('table', { name: 'Cases' }), 'Gatekeeper Improvement Act (Poortwachter)', 'Labour expert');
    await axe(page, 'case list (en)');

    // A case page, and an error the server writes: in English too.
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: 'Mohammed el Amrani' }).getByRole('link').click();
    await seeHeading(page, /^Case AD-.*Mohammed el Amrani \(fictief\)$/);
    await expectTextIn(section(page, 'Deadlines'), 'The Poortwachter deadlines are calculated from the first day of sickness.');
    await axe(page, 'case page (en)');
    const exePath = join(filesDir, 'installer.exe');
    await writeFile(exePath, EXE);
    const documents = section(page, 'Documents');
    await documents.getByLabel('File', { exact: true }).setInputFiles(exePath);
    await documents.getByLabel('Type of document').selectOption({ label: 'Other document' });
    await documents.getByRole('button', { name: 'Upload' }).click();
    await expectTextIn(documents.getByRole('alert'), 'This file contains executable content', 'is therefore refused');
    await axe(page, 'case page with a server error (en)');

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'New case' }).click();
    await seeHeading(page, 'New case');
    await axe(page, 'new case (en)');

    // A fresh load keeps English (stored for the user); the 404 page too.
    await page.goto('/bestaat-niet');
    await seeHeading(page, 'Page not found');
    expect(await htmlLang(page)).toBe('en');
    await axe(page, '404 (en)');

    // Back to Dutch.
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
    await seeHeading(page, 'Pagina niet gevonden');
    await expect.poll(() => htmlLang(page)).toBe('nl');
    await axe(page, '404');
    // A case that does not exist (or is not yours) is the same page.
    await page.goto('/dossiers/00000000-0000-4000-8000-000000000000');
    await seeHeading(page, 'Pagina niet gevonden');
    await page.getByRole('link', { name: 'Naar mijn dossiers' }).click();
    await seeHeading(page, 'Mijn dossiers');

    // Signed out, the switch works as well, and so do the server's sign-in messages.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await seeHeading(page, 'Aanmelden bij Passend');
    await expectTextIn(page.getByRole('status').filter({ hasText: 'afgemeld' }), 'U bent afgemeld.');
    await page.getByRole('button', { name: 'English' }).click();
    await seeHeading(page, 'Sign in to Passend');
    await expect.poll(() => htmlLang(page)).toBe('en');
    await page.getByLabel('Email address').fill('niemand@demo.passend.test');
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectTextIn(page.getByRole('alert'), 'The e-mail address or password is incorrect.');
    await axe(page, 'sign-in with an error (en)');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await seeHeading(page, 'Aanmelden bij Passend');
    await expect.poll(() => htmlLang(page)).toBe('nl');
  });

  it('3. office staff see every case and its contacts, but not the shielded note', async () => {
    expect(newCaseUrl, 'journey 1 registers the case this journey opens').toBeDefined();
    const { page } = await journeys.open();
    await signIn(page, DEMO_USERS.office.email);
    // The whole organisation's cases, also those not assigned to anyone.
    await expectTextIn(caseTable(page), 'Karim Haddad (fictief)', 'Erik Jansen (fictief)', 'Daan Verhoeven (fictief)', NEW_CLIENT);
    await axe(page, 'case list (office staff)');

    await page.getByRole('search').getByLabel('Zoeken', { exact: true }).fill('Fatima');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/q=Fatima/);
    await expect.poll(() => listedClients(page)).not.toContain('Karim Haddad');
    await caseTable(page).getByRole('row').filter({ hasText: NEW_CLIENT }).getByRole('link').click();
    await seeHeading(page, new RegExp(`^Dossier AD-.*${NEW_CLIENT.replace(/[()]/g, '\\$&')}$`));
    expect(new URL(page.url()).pathname).toBe(newCaseUrl);

    // What is not shielded is there (the contact, the PDF) ...
    await expectTextIn(section(page, 'Contactmomenten'), 'Werkplekonderzoek (A6)', HELD_NOTE);
    await expectTextIn(section(page, 'Documenten'), 'fml-de-vries.pdf');
    // ... the shielded note is not, anywhere on the page, nor can office staff shield one.
    const notes = section(page, 'Notities');
    await expectTextIn(notes, 'Er zijn nog geen notities.');
    expect(await page.getByText(NOTE_TEXT).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('rugklachten');
    expect(await notes.getByLabel('Afgeschermd (alleen professionals)').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Delen' }).count()).toBe(0);
    // Not even that a shielded note was added: the timeline leaves it out for office staff.
    await expectTextIn(section(page, 'Tijdlijn'), 'Document toegevoegd: fml-de-vries.pdf');
    expect(await section(page, 'Tijdlijn').innerText()).not.toContain('Notitie toegevoegd');
    await axe(page, 'case page (office staff)');

    // Planning a new contact is the labour expert's act; office staff open a contact and can
    // reschedule or cancel it, but not choose its form or record it as held.
    const contacts = section(page, 'Contactmomenten');
    expect(await contacts.getByRole('link', { name: 'Contact plannen' }).count()).toBe(0);
    await contacts.getByRole('link', { name: 'Werkplekonderzoek (A6)' }).click();
    await seeHeading(page, /^Werkplekonderzoek \(A6\) op /);
    await expectTextIn(section(page, 'Gegevens'), 'Gehouden', HELD_NOTE);
    expect(await page.getByRole('button', { name: 'Vastleggen als gehouden' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Contactvorm wijzigen' }).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('rugklachten');
    await axe(page, 'contact page (office staff)');
  });

  it('4. the administrator adds a colleague, who enrols an authenticator app at the first sign-in', async () => {
    const admin = await journeys.open();
    // An administrator sees no client data; where they land after sign-in is not this journey's
    // concern (today: "Mijn dossiers" with a no-access message), only that the page is accessible.
    await signIn(admin.page, DEMO_USERS.admin.email, /^(Mijn dossiers|Gebruikers)$/);
    await axe(admin.page, 'landing page (administrator)');
    await admin.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
    await seeHeading(admin.page, 'Gebruikers');
    const users = admin.page.getByRole('table', { name: 'Gebruikers van uw organisatie' });
    await expectTextIn(users, DEMO_USERS.expert.email, DEMO_USERS.office.email, DEMO_USERS.admin.email);
    await axe(admin.page, 'users');

    const email = 'nieuwe.collega@demo.passend.test';
    const name = 'Nieuwe Collega (AD, fictief)';
    const password = 'Nieuw-wachtwoord-2026!';
    const form = admin.page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('E-mailadres').fill(email);
    await form.getByLabel('Naam', { exact: true }).fill(name);
    expect(await form.getByLabel('Arbeidsdeskundige').isChecked()).toBe(true);
    await form.getByLabel('Eerste wachtwoord').fill('kort');
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    expect(await fieldMessage(form.getByLabel('Eerste wachtwoord'))).toContain('Het wachtwoord moet minstens 12 tekens hebben.');
    await axe(admin.page, 'users, new user with an error');
    await form.getByLabel('Eerste wachtwoord').fill(password);
    await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await expectTextIn(admin.page.getByRole('status').filter({ hasText: 'toegevoegd' }), `${name} is toegevoegd.`);
    const row = users.getByRole('row').filter({ hasText: email });
    await expectTextIn(row, name, 'Arbeidsdeskundige', 'Actief', 'Nog niet ingesteld');

    // The colleague, in a browser of their own: password, then the enrolment of the app.
    const colleague = await journeys.open();
    const page = colleague.page;
    await page.goto('/aanmelden');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await seeHeading(page, 'Tweestapsverificatie instellen');
    await page.getByRole('img', { name: 'QR-code om Passend toe te voegen aan uw authenticator-app' }).waitFor();
    await axe(page, 'enrolment');
    const secret = (await page.getByRole('definition').filter({ has: page.locator('code') }).innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const now = Date.now();
    await page.getByLabel('Code van 6 cijfers uit de app').fill(totpAt(secret, now));
    noteTotpStepUsed(email, now);
    await page.getByRole('button', { name: 'Instellen en aanmelden' }).click();
    await seeHeading(page, 'Bewaar uw herstelcodes');
    const codes = await page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    await axe(page, 'recovery codes');
    await page.getByRole('button', { name: 'Doorgaan naar Passend' }).click();
    expect(await fieldMessage(page.getByLabel('Ik heb de herstelcodes veilig bewaard'))).toContain('Bevestig dat u de herstelcodes veilig heeft bewaard.');
    await page.getByLabel('Ik heb de herstelcodes veilig bewaard').check();
    await page.getByRole('button', { name: 'Doorgaan naar Passend' }).click();
    await seeHeading(page, 'Mijn dossiers');
    await expectTextIn(page.getByRole('banner'), name);
    await expectTextIn(page.getByRole('main'), 'U heeft nog geen dossiers.');

    // The administrator sees the app is now set up.
    await admin.page.reload();
    await expectTextIn(admin.page.getByRole('table', { name: 'Gebruikers van uw organisatie' }).getByRole('row').filter({ hasText: email }), 'Ingesteld');
  });

  it('5. by keyboard: the skip link comes first and leads to the main content; sign-in needs no mouse', async () => {
    const { page } = await journeys.open();
    const user = DEMO_USERS.colleague;
    await page.goto('/aanmelden');
    await seeHeading(page, 'Aanmelden bij Passend');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar hoofdinhoud' });
    expect(await skip.evaluate((el) => el === document.activeElement), `first tab stop is the skip link, not ${await focusedDescription(page)}`).toBe(true);
    expect(await skip.isVisible(), 'the skip link shows when focused').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main').evaluate((el) => el === document.activeElement)).toBe(true);

    // From main, the fields come in order; Enter submits.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('E-mailadres').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('Wachtwoord').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    // The code step puts focus on its heading; the code field is the next tab stop.
    await seeHeading(page, 'Code invoeren');
    await expect.poll(() => h1(page, 'Code invoeren').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByLabel('Code van 6 cijfers').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(await freshTotpCode(user.email, DEMO_TOTP_SECRET));
    await page.keyboard.press('Enter');
    await seeHeading(page, 'Mijn dossiers');
    await expectTextIn(page.getByRole('banner'), user.displayName);

    // Signed in, on a fresh load: the skip link is again the first tab stop.
    await page.reload();
    await seeHeading(page, 'Mijn dossiers');
    await page.keyboard.press('Tab');
    expect(await skip.evaluate((el) => el === document.activeElement), `first tab stop is the skip link, not ${await focusedDescription(page)}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedDescription(page), 'after main comes the content, not the header').not.toContain('Afmelden');

    // A labour expert is no administrator: the users page says so (and is accessible).
    await page.goto('/beheer/gebruikers');
    await seeHeading(page, 'Geen toegang');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);
    await axe(page, 'users page without access');
  });
});
