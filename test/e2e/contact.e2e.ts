// Browser journeys of the contact form chosen with the client (issue 3), through the real server
// with the demo data, in Debian's Chromium: the advice per form, choosing against it with reasons,
// physical required for a workplace investigation, video consent and the invitation, withdrawing
// consent, the contact-form justification and the decision log, and the digital-readiness
// screening. axe checks every page visited. One server for the file; the journeys build on each
// other (journey 1 registers the case and the video contact the later ones use).
import { describe, expect, it } from 'vitest';
import { axe, DEMO_USERS, expectTextIn, nextWorkday, region, seeHeading, setUpJourneys, signInOnce } from './support.js';

const journeys = setUpJourneys();

// ---- data the journeys share --------------------------------------------------------------------

/** Appointments of the demo labour expert in this file, at different hours so they never overlap. */
const DAY = nextWorkday();
const VIDEO_AT = `${DAY}T10:00`;
const WORKPLACE_AT = `${DAY}T09:00`;
const PHONE_AT = `${DAY}T11:00`;
const FOLLOW_UP_AT = `${DAY}T16:00`;

const CLIENT = 'Noor Bakker (fictief)';
const REASON_TEXT = 'Cliënt kan niet reizen deze maand; korte afspraak met pauzes, daarna een fysiek gesprek.';
const WITHDRAW_REASON = 'Cliënt wil toch liever niet in beeld (fictief).';
let caseUrl: string | undefined;
let videoContactUrl: string | undefined;

// ---- journeys -----------------------------------------------------------------------------------

describe('Contact form chosen with the client', () => {
  it('1. the labour expert plans a video contact for a client with concentration problems: the advice says not suitable, so the choice needs reasons', async () => {
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);

    // A new case for a client with an e-mail address, so the invitation can go.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuw dossier' }).click();
    await seeHeading(page, 'Nieuw dossier');
    await page.getByLabel('Naam', { exact: true }).fill(CLIENT);
    await page.getByLabel('Geboortedatum').fill('1985-03-14');
    await page.getByRole('group', { name: 'Cliënt' }).getByLabel(/^E-mailadres/).fill('noor.bakker@voorbeeld.test');
    await page.getByLabel('Opdrachtgever', { exact: true }).selectOption({ label: 'UWV WERKbedrijf' });
    await page.getByLabel('Wettelijk kader').selectOption({ label: 'WIA' });
    await page.getByLabel('Vraagstelling').fill('Welk werk past bij de beperkingen van cliënt (fictief)?');
    await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
    await seeHeading(page, new RegExp(`^Dossier AD-.*: ${CLIENT.replace(/[()]/g, '\\$&')}$`));
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;

    // Planning is its own page now.
    await region(page, 'Contactmomenten').getByRole('link', { name: 'Contact plannen' }).click();
    await seeHeading(page, `Contact plannen met ${CLIENT}`);
    await page.waitForURL(/\/contact-plannen$/);
    await axe(page, 'planning page');
    const form = page.getByRole('form', { name: `Contact plannen met ${CLIENT}` });
    await form.getByLabel('Soort activiteit').selectOption({ label: 'Gegevens uitvragen en checken (A1)' });
    await form.getByRole('checkbox', { name: 'Concentratieproblemen' }).check();
    await form.getByRole('button', { name: 'Advies bekijken' }).click();

    // The advice per form: the strength in words, the rule, the source, the statement.
    const advice = region(page, 'Advies over de contactvorm');
    await expectTextIn(advice, 'Dit is een advies. U kiest de vorm, samen met de cliënt.');
    const videoCard = advice.getByRole('article', { name: 'Beeldbellen' });
    await expectTextIn(videoCard, 'Advies: Niet geschikt', 'Regel K1-video-not-suitable-conditions', 'Bron: seed 000');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('advice-heading');
    await axe(page, 'planning page with advice');
    // Once shown, the advice follows changes by itself (after a pause, not per keystroke).
    await form.getByRole('checkbox', { name: 'Reizen is moeilijk' }).check();
    await expectTextIn(advice, 'U heeft de gegevens veranderd. Het advies wordt bijgewerkt.');
    await expect.poll(async () => advice.innerText(), { timeout: 15_000 }).not.toContain('U heeft de gegevens veranderd.');
    await expectTextIn(videoCard, 'Advies: Niet geschikt');

    // Choosing video against the advice asks for reasons, first in the form, ...
    await form.getByRole('radio', { name: 'Beeldbellen' }).check();
    const deviation = form.getByRole('alert').or(form.getByRole('status')).filter({ hasText: 'Uw keuze wijkt af' });
    await expectTextIn(deviation, 'Het advies voor deze vorm is: Niet geschikt.');
    await form.getByLabel('Datum en tijd').fill(VIDEO_AT);
    await form.getByRole('button', { name: 'Contact plannen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer het volgende:' });
    await expectTextIn(summary, 'Kies minstens één reden voor uw keuze.', 'Licht uw keuze toe in minstens 10 tekens.');
    await axe(page, 'planning page, reasons missing');

    // ... and with reason codes and a text the contact is saved.
    await form.getByRole('group', { name: 'Redenen voor uw keuze' }).getByRole('checkbox', { name: 'Reizen is te zwaar voor de cliënt' }).check();
    await form.getByRole('group', { name: 'Redenen voor uw keuze' }).getByRole('checkbox', { name: 'Er volgt nog een fysiek contact' }).check();
    await form.getByLabel(/^Toelichting/).fill(REASON_TEXT);
    await form.getByRole('textbox', { name: /^Maatregelen/ }).fill('Korte afspraak van 30 minuten met een pauze.');
    await form.getByLabel('Duur in minuten').fill('30');
    await form.getByRole('button', { name: 'Contact plannen' }).click();

    await seeHeading(page, /^Gegevens uitvragen en checken \(A1\) op /);
    await page.waitForURL(/\/contacten\/[0-9a-f-]{36}$/);
    videoContactUrl = new URL(page.url()).pathname;
    await expectTextIn(page.getByRole('status').filter({ hasText: 'Het contact is gepland.' }), 'De uitnodiging gaat pas als de toestemming voor beeldbellen is vastgelegd.');
    await expectTextIn(region(page, 'Gegevens'), 'Beeldbellen', 'Gepland', `${CLIENT} (Cliënt)`, 'Korte afspraak van 30 minuten met een pauze.');
    await expectTextIn(region(page, 'Uitnodiging'), 'Wacht op toestemming');
    const log = region(page, 'Beslislog van dit contact');
    await expectTextIn(log, 'Contactvorm gekozen', 'Gekozen: Beeldbellen', 'Afwijking', 'Reizen is te zwaar voor de cliënt', REASON_TEXT);
    await axe(page, 'contact page (video, planned)');
  });

  it('2. a workplace investigation while physical contact is possible: physical is required', async () => {
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.getByRole('table', { name: 'Dossiers' }).getByRole('row').filter({ hasText: 'Mohammed el Amrani (fictief)' }).getByRole('link').click();
    await seeHeading(page, /Mohammed el Amrani \(fictief\)$/);
    await region(page, 'Contactmomenten').getByRole('link', { name: 'Contact plannen' }).click();
    await seeHeading(page, 'Contact plannen met Mohammed el Amrani (fictief)');
    const form = page.getByRole('form', { name: 'Contact plannen met Mohammed el Amrani (fictief)' });
    await form.getByLabel('Soort activiteit').selectOption({ label: 'Werkplekonderzoek (A6)' });
    expect(await form.getByRole('group', { name: 'Is fysiek contact nu mogelijk?' }).getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Advies bekijken' }).click();

    const advice = region(page, 'Advies over de contactvorm');
    await expectTextIn(advice.getByRole('article', { name: 'Fysiek' }), 'Advies: Noodzakelijk', 'Regel A6-workplace-physical', 'A6: 68% van de arbeidsdeskundigen vindt beeldbellen nooit een verantwoord alternatief');
    await expectTextIn(advice.getByRole('article', { name: 'Beeldbellen' }), 'Advies: Niet geschikt');
    await expectTextIn(advice.getByRole('article', { name: 'Telefonisch' }), 'Advies: Niet geschikt');
    // The advice is next to each choice, in words.
    await expectTextIn(form.getByRole('group', { name: 'Contactvorm' }), 'Advies: Noodzakelijk');
    await axe(page, 'planning page, workplace investigation');
    // In English the explanations of the rules are English too.
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    const adviceEn = region(page, 'Advice on the form of contact');
    await expectTextIn(adviceEn, 'This is advice. You choose the form, together with the client.');
    await expectTextIn(adviceEn.getByRole('article', { name: 'In person' }), 'Advice: Required', 'Workplace investigation: always physical when possible.', 'A6: 68% of labour experts say video is never a responsible alternative');
    await axe(page, 'planning page, workplace investigation (en)');
    await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
    await expectTextIn(advice, 'Dit is een advies.');

    // Phone would deviate (physical is required) ...
    await form.getByRole('radio', { name: 'Telefonisch' }).check();
    await expectTextIn(form.getByText('Uw keuze wijkt af').locator('..'), 'Het advies noemt Fysiek noodzakelijk.');
    // ... physical does not, and needs no reason.
    await form.getByRole('radio', { name: 'Fysiek' }).check();
    expect(await form.getByText('Uw keuze wijkt af').count()).toBe(0);
    await form.getByLabel('Datum en tijd').fill(WORKPLACE_AT);
    await form.getByLabel(/^Locatie/).fill('Magazijn, Voorbeeldweg 12 (fictief)');
    await form.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    expect(await form.getByLabel('Naam deelnemer 2').inputValue()).toBe('A. Visser (HR, fictief)');
    expect(await form.getByLabel('Rol deelnemer 2').inputValue()).toBe('employer');
    await form.getByRole('button', { name: 'Contact plannen' }).click();
    await seeHeading(page, /^Werkplekonderzoek \(A6\) op /);
    await expectTextIn(region(page, 'Gegevens'), 'Fysiek', 'A. Visser (HR, fictief) (Werkgever)');
    await expectTextIn(region(page, 'Beslislog van dit contact'), 'Contactvorm gekozen', 'Gekozen: Fysiek', 'Geen reden nodig');
    await axe(page, 'contact page (workplace investigation)');
  });

  it('3. video consent is recorded, the invitation goes; consent is withdrawn and the contact needs another form', async () => {
    expect(videoContactUrl, 'journey 1 plans the video contact').toBeDefined();
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.goto(videoContactUrl!);
    await seeHeading(page, /^Gegevens uitvragen en checken \(A1\) op /);
    const consent = region(page, 'Toestemming voor beeldbellen');
    const invitation = region(page, 'Uitnodiging');
    await expectTextIn(consent, 'Geen toestemming');
    await expectTextIn(invitation, 'Wacht op toestemming');

    await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const consentForm = page.getByRole('form', { name: 'Toestemming vastleggen' });
    await expectTextIn(consentForm, 'Getoonde privacyverklaring: versie 1');
    await consentForm.getByText('Tekst van privacyverklaring versie 1 lezen').click();
    await expectTextIn(consentForm, 'Privacyverklaring beeldbellen (fictieve demopraktijk).');
    await consentForm.getByLabel('Hoe gaf de cliënt toestemming?').selectOption({ label: 'Mondeling, aan de telefoon' });
    await axe(page, 'contact page, recording consent');
    // Without the software explained, consent does not count.
    await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expectTextIn(page.getByRole('alert').filter({ hasText: 'Controleer het volgende:' }), 'Toestemming telt pas als u de software');
    await consentForm.getByRole('checkbox', { name: /^Ik heb de cliënt uitgelegd hoe de software werkt/ }).check();
    await consentForm.getByRole('button', { name: 'Toestemming vastleggen' }).click();

    const outcome = page.locator('#contact-outcome');
    await expectTextIn(outcome, 'De toestemming is vastgelegd.', 'De uitnodiging is klaargezet om te versturen.');
    await expectTextIn(consent, 'Toestemming gegeven', 'Mondeling, aan de telefoon', 'Versie 1', DEMO_USERS.expert.displayName);
    await expectTextIn(invitation, 'Verstuurd');
    await expectTextIn(invitation.getByRole('table', { name: 'Berichten aan de cliënt over dit contact' }), 'Uitnodiging');
    expect(await invitation.getByRole('button', { name: 'Uitnodiging opnieuw versturen' }).count()).toBe(1);
    await axe(page, 'contact page, consent recorded');

    // The client withdraws: the appointment cannot go ahead by video, and the page says so plainly.
    await consent.getByRole('button', { name: 'Toestemming intrekken' }).click();
    const withdrawForm = page.getByRole('form', { name: 'Toestemming intrekken' });
    await withdrawForm.getByLabel(/^Reden van intrekken/).fill(WITHDRAW_REASON);
    await withdrawForm.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await expectTextIn(outcome, 'De toestemming is ingetrokken. Dit contact heeft nu een andere vorm nodig.');
    const warning = page.getByRole('alert').filter({ hasText: 'Dit contact heeft een andere vorm nodig' });
    await expectTextIn(warning, 'De cliënt heeft de toestemming voor beeldbellen ingetrokken.');
    expect(await warning.getByRole('button', { name: 'Andere vorm kiezen' }).count()).toBe(1);
    await expectTextIn(region(page, 'Gegevens'), 'Andere vorm nodig');
    await expectTextIn(consent, 'Geen toestemming', WITHDRAW_REASON);
    await axe(page, 'contact page, consent withdrawn');

    // The case page lists the contact with a visible warning.
    await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
    await seeHeading(page, new RegExp(`${CLIENT.replace(/[()]/g, '\\$&')}$`));
    const card = region(page, 'Contactmomenten').getByRole('listitem').filter({ hasText: 'Gegevens uitvragen en checken (A1)' });
    await expectTextIn(card, 'Andere vorm nodig', 'De cliënt heeft de toestemming voor beeldbellen ingetrokken.');
  });

  it('4. the labour expert chooses another form; the contact-form justification and the decision log show on the case page, not to office staff', async () => {
    expect(videoContactUrl && caseUrl, 'journeys 1 and 3 prepare the contact').toBeTruthy();
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.goto(videoContactUrl!);
    await seeHeading(page, /^Gegevens uitvragen en checken \(A1\) op /);
    await page.getByRole('alert').filter({ hasText: 'Dit contact heeft een andere vorm nodig' }).getByRole('button', { name: 'Andere vorm kiezen' }).click();
    const changeForm = page.getByRole('form', { name: 'Contactvorm wijzigen' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-changeForm-title');
    // The circumstances stated at planning are there again.
    expect(await changeForm.getByRole('checkbox', { name: 'Concentratieproblemen' }).isChecked()).toBe(true);
    await changeForm.getByRole('button', { name: 'Advies bekijken' }).click();
    await expectTextIn(region(changeForm, 'Advies over de contactvorm'), 'Dit is een advies. U kiest de vorm, samen met de cliënt.');
    await changeForm.getByRole('radio', { name: 'Fysiek' }).check();
    await axe(page, 'contact page, changing the form');
    await changeForm.getByRole('button', { name: 'Contactvorm wijzigen' }).click();
    await expectTextIn(page.locator('#contact-outcome'), 'De contactvorm is gewijzigd.');
    expect(await page.getByRole('alert').filter({ hasText: 'Dit contact heeft een andere vorm nodig' }).count()).toBe(0);
    await expectTextIn(region(page, 'Gegevens'), 'Fysiek');
    await expectTextIn(region(page, 'Beslislog van dit contact'), 'Contactvorm gewijzigd', 'Gekozen: Fysiek');

    // The justification on the case page: every contact with its form, why, consent, the client's say.
    await page.goto(caseUrl!);
    await seeHeading(page, new RegExp(`${CLIENT.replace(/[()]/g, '\\$&')}$`));
    const justification = region(page, 'Verantwoording contactvorm');
    await expectTextIn(justification, 'Samenvatting', 'Afgeweken van advies of voorkeur');
    const row = justification.getByRole('table', { name: 'Verantwoording per contact' }).getByRole('row').filter({ hasText: 'Gegevens uitvragen en checken (A1)' });
    await expectTextIn(row, 'Fysiek', 'Afgeweken', 'Gewijzigd naar Fysiek', 'Ingetrokken op', 'Korte afspraak van 30 minuten met een pauze.', 'Geen voorkeur vastgelegd', 'Nog niet gehouden');
    // The decision log keeps every step with its reasons, also those of the first choice.
    const decisions = region(page, 'Beslislog contactvorm');
    await expectTextIn(decisions, 'Advies bekeken', 'Contactvorm gekozen', 'Contactvorm gewijzigd', 'Afwijking', 'Reizen is te zwaar voor de cliënt', REASON_TEXT);
    // The warning is gone now that the contact has another form.
    expect(await region(page, 'Contactmomenten').getByText('Andere vorm nodig').count()).toBe(0);
    await axe(page, 'case page with justification and decision log');

    // Office staff see the contacts and can open one, but plan no new contact and see no reasoning.
    const office = await journeys.open();
    await signInOnce(office.page, DEMO_USERS.office.email);
    await office.page.goto(caseUrl!);
    await seeHeading(office.page, new RegExp(`${CLIENT.replace(/[()]/g, '\\$&')}$`));
    expect(await region(office.page, 'Contactmomenten').getByRole('link', { name: 'Contact plannen' }).count()).toBe(0);
    expect(await office.page.getByRole('region', { name: 'Verantwoording contactvorm' }).count()).toBe(0);
    expect(await office.page.getByRole('region', { name: 'Beslislog contactvorm' }).count()).toBe(0);
    await region(office.page, 'Contactmomenten').getByRole('link', { name: 'Gegevens uitvragen en checken (A1)' }).click();
    await seeHeading(office.page, /^Gegevens uitvragen en checken \(A1\) op /);
    expect(await office.page.getByRole('button', { name: 'Contactvorm wijzigen' }).count()).toBe(0);
    expect(await office.page.getByRole('button', { name: 'Verzetten of wijzigen' }).count()).toBe(1);
    await axe(office.page, 'contact page (office staff)');
    // The planning page tells office staff who plans.
    await office.page.goto(`${caseUrl!}/contact-plannen`);
    await expectTextIn(office.page.getByRole('main'), 'Alleen de arbeidsdeskundige plant een nieuw contact');
    await axe(office.page, 'planning page (office staff)');
  });

  it('5. the digital-readiness screening feeds the advice and suggests a test call', async () => {
    expect(caseUrl, 'journey 1 registers the case').toBeDefined();
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.goto(caseUrl!);
    const readiness = region(page, 'Digitale vaardigheid voor beeldbellen');
    await expectTextIn(readiness, 'Er is nog geen screening ingevuld.');
    await readiness.getByRole('button', { name: 'Screening invullen' }).click();
    const form = page.getByRole('form', { name: 'Screening digitale vaardigheid' });
    await form.getByRole('button', { name: 'Screening opslaan' }).click();
    await expectTextIn(page.getByRole('alert').filter({ hasText: 'Controleer het volgende:' }), 'Kies wie de vragen beantwoordt.');
    await axe(page, 'readiness screening with errors');
    const answer = async (question: string, option: string) =>
      form.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
    await answer('Wie beantwoordt de vragen?', 'Samen met de cliënt');
    await answer('Welk apparaat kan de cliënt gebruiken om te beeldbellen?', 'Een smartphone');
    await answer('Hoe is het internet thuis?', 'Goed');
    await answer('Heeft de cliënt al eens gebeeldbeld?', 'Nooit');
    await answer('Is er thuis iemand die kan helpen?', 'Ja');
    await answer('Hoe gaat horen, ook met een hoortoestel?', 'Een beetje moeilijk');
    await answer('Hoe gaat lezen op een scherm?', 'Goed');
    await form.getByRole('button', { name: 'Screening opslaan' }).click();
    await expectTextIn(readiness, 'De screening is opgeslagen.', 'Klaar voor beeldbellen, met hulp', 'Problemen met spreken of horen', 'Testgesprek aanbieden');
    await expectTextIn(readiness, 'kan de cliënt het testgesprek zelf starten in het portaal');
    await axe(page, 'case page with a readiness result');

    // The planning page takes the screening into account.
    await region(page, 'Contactmomenten').getByRole('link', { name: 'Contact plannen' }).click();
    await seeHeading(page, `Contact plannen met ${CLIENT}`);
    await expectTextIn(page.getByRole('main'), 'De digitale screening (Klaar voor beeldbellen, met hulp');
    expect(await page.getByRole('checkbox', { name: 'Problemen met spreken of horen' }).isChecked()).toBe(true);
  });

  it('6. a phone contact that was only partly adequate leads to a physical follow-up', async () => {
    expect(caseUrl, 'journey 1 registers the case').toBeDefined();
    const { page } = await journeys.open();
    await signInOnce(page, DEMO_USERS.expert.email);
    await page.goto(`${caseUrl!}/contact-plannen`);
    await seeHeading(page, `Contact plannen met ${CLIENT}`);
    const form = page.getByRole('form', { name: `Contact plannen met ${CLIENT}` });
    await form.getByLabel('Soort activiteit').selectOption({ label: 'Praktische afspraak' });
    await form.getByRole('radio', { name: 'Telefonisch' }).check();
    await form.getByLabel('Datum en tijd').fill(PHONE_AT);
    await form.getByLabel('Duur in minuten').fill('30');
    await form.getByRole('button', { name: 'Contact plannen' }).click();
    await seeHeading(page, /^Praktische afspraak op /);

    // Recorded as held: partly adequate, information missed; Passend suggests a physical follow-up.
    await page.getByRole('button', { name: 'Vastleggen als gehouden' }).click();
    const held = page.getByRole('form', { name: 'Vastleggen als gehouden' });
    await held.getByRole('radio', { name: 'Deels passend' }).check();
    await held.getByRole('checkbox', { name: 'Informatie gemist' }).check();
    const followUp = held.getByRole('checkbox', { name: 'Een fysiek vervolgcontact plannen' });
    await expect.poll(() => followUp.isChecked()).toBe(true);
    await expectTextIn(held, 'Passend stelt dit voor');
    await axe(page, 'contact page, recording as held');
    await held.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    const after = region(page, 'Na het contact');
    await expectTextIn(after, 'Deels passend', 'Informatie gemist');
    await after.getByRole('link', { name: 'Fysiek vervolg plannen' }).click();

    // The planning page knows it is a physical follow-up.
    await seeHeading(page, `Contact plannen met ${CLIENT}`);
    expect(new URL(page.url()).searchParams.get('vervolgOp')).toMatch(/^[0-9a-f-]{36}$/);
    const followForm = page.getByRole('form', { name: `Contact plannen met ${CLIENT}` });
    await expectTextIn(followForm, 'U plant een fysiek vervolg op het contact ‘Praktische afspraak’');
    expect(await followForm.getByRole('radio', { name: 'Fysiek' }).isChecked()).toBe(true);
    await followForm.getByLabel('Datum en tijd').fill(FOLLOW_UP_AT);
    await followForm.getByLabel(/^Locatie/).fill('Kantoor Utrecht (fictief)');
    await axe(page, 'planning a physical follow-up');
    await followForm.getByRole('button', { name: 'Contact plannen' }).click();
    await seeHeading(page, /^Praktische afspraak op /);
    await expectTextIn(region(page, 'Gegevens'), 'Fysiek', 'Vervolg op', 'Het eerdere contact bekijken');

    // The justification shows the follow-up of the phone contact.
    await page.goto(caseUrl!);
    const row = region(page, 'Verantwoording contactvorm').getByRole('row').filter({ hasText: 'Telefonisch' });
    await expectTextIn(row, 'Praktische afspraak', 'Deels passend', 'Informatie gemist', 'Gepland op');
  });
});
