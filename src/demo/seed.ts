// Fictional demo organisation and cases, modelled on the vignettes A, B and C of seed 001
// (shared/domain/secondary-factors.md §7), a Participatiewet case and a Poortwachter case around the
// first-year evaluation. No real person is described; everything is marked as fictional.
import type { Actor } from '../platform/access.js';
import { appendAudit } from '../platform/audit.js';
import { hashPassword } from '../platform/auth/password.js';
import { insertOrganisation, insertUser } from '../platform/auth/store.js';
import type { Db } from '../platform/db.js';
import { openDoor } from '../platform/door.js';
import { todayInAmsterdam } from '../platform/time.js';
import { addDays } from '../cases/domain.js';
import * as cases from '../cases/store.js';
import type { NewCaseInput } from '../cases/schemas.js';
import type { ActivityType } from '../cases/domain.js';
import * as contact from '../contact/store.js';
import type { CircumstancesInput, PlanContactInput } from '../contact/schemas.js';
import * as conversation from '../conversation/store.js';
import * as portal from '../portal/store.js';
import { recordWageValue } from '../capacity/wage-store.js';
import { ensureAccess } from '../portal/links.js';
import * as capacity from '../capacity/store.js';
import { seedJudgementDemo } from './judgement-seed.js';
import { FML_CATALOGUE } from '../capacity/catalogue.js';
import { withNormalValues, type CapacityValues, type DemandValues } from '../capacity/domain.js';

export const DEMO_ORGANISATION = 'Demopraktijk Passend (fictieve gegevens)';
export const DEMO_PASSWORD = 'Passend-demo-2026';
/** Fixed TOTP secret for the demo accounts only, so the printed code works in any authenticator app. */
export const DEMO_TOTP_SECRET = 'PASSENDDEMOONLYXPASSENDDEMOONLYX';
export const DEMO_USERS = {
  expert: { email: 'ad@demo.passend.test', displayName: 'Sanne de Vries (AD, fictief)', roles: ['labour_expert'] as const },
  colleague: { email: 'ad2@demo.passend.test', displayName: 'Ruben Bakker (AD, fictief)', roles: ['labour_expert'] as const },
  office: { email: 'secretariaat@demo.passend.test', displayName: 'Fatma Yilmaz (secretariaat, fictief)', roles: ['office_staff'] as const },
  admin: { email: 'beheer@demo.passend.test', displayName: 'Joost Mulder (beheer, fictief)', roles: ['org_admin'] as const },
};

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM organisations WHERE name = $1', [DEMO_ORGANISATION]);
  return rows.length > 0;
}

const client = (fullName: string, birthDate: string, extra: Partial<NewCaseInput['client']> = {}): NewCaseInput['client'] => ({
  fullName, birthDate, email: null, phone: null, address: null, preferredLanguage: 'nl', interpreterNeeded: false, companionWanted: false, ...extra,
});

/** The circumstances a labour expert states when planning, with the usual defaults. */
const circumstances = (activity: ActivityType, extra: Partial<CircumstancesInput> = {}): CircumstancesInput => ({
  activity, physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false, complaintContext: false,
  earlierContacts: 0, physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [], expertKnowsWorkplace: false,
  clientPreference: null, employerPreference: null, medicalObstacle: false, ...extra,
});

const plan = (input: Omit<PlanContactInput, 'channelId' | 'choiceReasonCodes' | 'choiceReason' | 'mitigations' | 'followUpOf' | 'videoConsent' | 'sendInvitation' | 'note'> & Partial<PlanContactInput>): PlanContactInput => ({
  channelId: null, choiceReasonCodes: [], choiceReason: null, mitigations: null, followUpOf: null, videoConsent: null, sendInvitation: true, note: null, ...input,
});

export const DEMO_PRIVACY_NOTICE = {
  nl: 'Privacyverklaring beeldbellen (fictieve demopraktijk). Wij bellen via het beeldbellen dat in Passend is ingebouwd. U heeft geen app of account nodig. Er wordt niets opgenomen en er blijft geen chat bewaard. Alleen de mensen in de uitnodiging kunnen meedoen. Wij gebruiken wat u vertelt alleen voor dit arbeidsdeskundig onderzoek. U mag altijd kiezen voor een gesprek op kantoor of telefonisch, en u kunt uw toestemming altijd intrekken.',
  en: 'Video privacy notice (fictional demo practice). We call through the video call built into Passend. You need no app or account. Nothing is recorded and no chat is kept. Only the people in the invitation can join. We only use what you tell us for this labour-expert assessment. You may always choose a meeting at the office or by phone, and you can withdraw your consent at any time.',
};

export async function seedDemo(db: Db, mail: contact.MailContext = { appUrl: 'http://localhost:3000', fromAddress: 'noreply@passend.local' }): Promise<{ organisationId: string; caseIds: string[] }> {
  if (await isDemoSeeded(db)) throw new Error('the demo organisation already exists');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = await db.transaction(async (tx) => {
    const organisationId = await insertOrganisation(tx, DEMO_ORGANISATION);
    const users: Record<keyof typeof DEMO_USERS, string> = { expert: '', colleague: '', office: '', admin: '' };
    for (const [key, user] of Object.entries(DEMO_USERS) as Array<[keyof typeof DEMO_USERS, (typeof DEMO_USERS)[keyof typeof DEMO_USERS]]>) {
      users[key] = await insertUser(tx, { organisationId, email: user.email, displayName: user.displayName, passwordHash, roles: user.roles, totpSecret: DEMO_TOTP_SECRET });
    }
    await appendAudit(tx, organisationId, [{ actorId: null, action: 'demo.seed', entityType: 'organisation', entityIds: [organisationId] }]);
    return { organisationId, users };
  });
  const expert: Actor = { userId: ids.users.expert, organisationId: ids.organisationId, roles: ['labour_expert'] };
  const office: Actor = { userId: ids.users.office, organisationId: ids.organisationId, roles: ['office_staff'] };
  const admin: Actor = { userId: ids.users.admin, organisationId: ids.organisationId, roles: ['org_admin'] };
  const asExpert = openDoor(db, expert, 'nl', 'seed-demo');
  const asOffice = openDoor(db, office, 'nl', 'seed-demo');
  const asAdmin = openDoor(db, admin, 'nl', 'seed-demo');
  const today = todayInAmsterdam();
  // Appointments fall on working days (office hours are a guard); past ones were planned days before.
  const workday = (days: number) => {
    let date = addDays(today, days);
    while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, days >= 0 ? 1 : -1);
    return date;
  };
  const at = (days: number, time: string) => `${workday(days)}T${time}:00+01:00`;
  const plannedBefore = (iso: string) => new Date(Date.parse(iso) - 3 * 24 * 3_600_000);

  // The organisation's contact policy: settings, the built-in call approved after its DPIA, a privacy notice.
  await contact.saveSettings(asAdmin, { officeDays: [1, 2, 3, 4, 5], officeStart: '08:30', officeEnd: '17:30', minLeadHours: 24, warnUnequalChannels: true, reminderHours: 48, contactEmail: 'secretariaat@demo.passend.test', contactPhone: '030-0000000 (fictief)' });
  const builtIn = (await contact.listChannels(asAdmin)).items.find((channel) => channel.builtIn)!;
  await contact.updateChannel(asAdmin, builtIn.id, {
    name: builtIn.name, form: 'video', dpiaStatus: 'completed', legalBasis: 'AVG art. 6 lid 1 sub e en art. 9 lid 2 sub h; opdracht van de opdrachtgever (fictieve demopraktijk)',
    recordingPolicy: 'never', retention: 'Geen opnames; verbindingsgegevens 30 dagen (fictief demobeleid)', approved: true, notes: 'DPIA afgerond (fictief).',
  });
  const notice = await contact.publishPrivacyNotice(asAdmin, { bodyNl: DEMO_PRIVACY_NOTICE.nl, bodyEn: DEMO_PRIVACY_NOTICE.en });
  const caseIds: string[] = [];

  // Vignette A: young man, Wajong, referred by sheltered housing to a reintegration company; no FML.
  const a = await cases.createCase(asOffice, {
    client: client('Daan Verhoeven (fictief)', '2003-04-17', { phone: '06-12345678', companionWanted: true }),
    assignment: {
      commissioningParty: 'reintegration_company', commissioningPartyOther: null, legalContext: 'wajong', legalContextOther: null,
      question: 'Welke opleiding en welk werk passen bij cliënt, gezien zijn wens om netwerkbeheerder te worden? Is de ICT-opleiding haalbaar, en welke begeleiding is nodig?',
      deliveryDate: addDays(today, 9), firstSicknessDay: null, commissionerReference: 'RB-2026-118',
    },
    parties: [{ role: 'jobcoach', name: 'M. Jansen (fictief)', organisation: 'RIBW De Brug (fictief)', contactPerson: null, email: null, phone: null }],
    assignedExpertId: expert.userId,
  });
  caseIds.push(a.id);
  await cases.changeStatus(asExpert, a.id, { version: 1, to: 'intake', reason: null });
  const aFirst = at(-12, '10:00');
  const aFirstContact = await contact.planContact(asExpert, a.id, plan({
    circumstances: circumstances('first_contact', { clientConditions: ['vulnerability', 'limited_digital_skills'] }),
    contactForm: 'physical', plannedAt: aFirst, durationMinutes: 60, location: 'Kantoor Utrecht',
    participants: [{ name: 'Daan Verhoeven (fictief)', role: 'client' }, { name: 'Moeder (fictief)', role: 'companion' }],
  }), mail, plannedBefore(aFirst));
  await contact.updateContact(asExpert, a.id, aFirstContact.id, {
    version: 1, state: 'held', heldAt: aFirst, location: undefined, mitigations: undefined, cancelReason: undefined,
    note: 'Eerste gesprek op kantoor, moeder was erbij. Opleidingen, wensen en de thuissituatie besproken.',
    adequacy: { verdict: 'adequate', signs: [], note: null, physicalFollowUp: false }, notifyClient: false,
  }, mail);
  await conversation.saveCompassNote(asExpert, a.id, {
    contactId: aFirstContact.id, theme: 'experiences', version: 0,
    body: 'Heeft drie opleidingen niet afgemaakt; spijbelde veel. Zegt zelf dat er niets met hem aan de hand is, maar noemt angst in groepen als reden voor het spijbelen.',
  });
  await conversation.saveCompassNote(asExpert, a.id, {
    contactId: aFirstContact.id, theme: 'future', version: 0,
    body: 'Wil netwerkbeheerder worden, zoals zijn broer. Moeder steunt dat. Hij gaat binnenkort zelfstandig wonen.',
  });
  await cases.addNote(asExpert, a.id, {
    body: 'Cliënt zegt dat er niets met hem aan de hand is, maar verklaart spijbelen vanuit angst voor groepen. Die twee uitspraken botsen: verder uitzoeken. Leervermogen is niet getest.',
    professionalOnly: true,
  });
  await contact.planContact(asExpert, a.id, plan({
    circumstances: circumstances('client_vision', { clientConditions: ['vulnerability', 'limited_digital_skills'], earlierContacts: 1, physicalFirstContactHeld: true }),
    contactForm: 'physical', plannedAt: at(3, '14:00'), durationMinutes: 60, location: 'Kantoor Utrecht',
    participants: [{ name: 'Daan Verhoeven (fictief)', role: 'client' }], note: 'Wensen en ICT-opleiding bespreken.',
  }), mail);

  // Vignette B: injury claim, fitter of steel frames, neck/shoulder/arm complaints; interpreter question.
  const b = await cases.createCase(asExpert, {
    client: client('Karim Haddad (fictief)', '1990-09-02', { preferredLanguage: 'ar', interpreterNeeded: true, phone: '06-87654321' }),
    assignment: {
      commissioningParty: 'injury_insurer', commissioningPartyOther: null, legalContext: 'letselschade', legalContextOther: null,
      question: 'Wat zijn de mogelijkheden van cliënt in eigen werk als monteur van staalconstructies en in ander passend werk, na het ongeval? Welke verdiencapaciteit resteert?',
      deliveryDate: addDays(today, -2), firstSicknessDay: null, commissionerReference: 'LS-77812',
    },
    parties: [{ role: 'verzekeringsarts', name: 'Dr. P. Smit (fictief)', organisation: 'Medisch adviesbureau (fictief)', contactPerson: null, email: null, phone: null }],
    assignedExpertId: null,
  });
  caseIds.push(b.id);
  await cases.changeStatus(asExpert, b.id, { version: 1, to: 'intake', reason: null });
  await cases.changeStatus(asExpert, b.id, { version: 2, to: 'investigation', reason: null });
  const bHeld = at(-20, '09:30');
  const heldContact = await contact.planContact(asExpert, b.id, plan({
    circumstances: circumstances('experienced_limitations', { clientConditions: ['limited_language_skills', 'travel_difficulty'] }),
    contactForm: 'physical', plannedAt: bHeld, durationMinutes: 90, location: 'Bij cliënt thuis',
    participants: [{ name: 'Karim Haddad (fictief)', role: 'client' }, { name: 'Tolk Arabisch (fictief)', role: 'interpreter' }],
    mitigations: 'Huisbezoek vanwege reisbelasting; tolk Arabisch aanwezig.',
  }), mail, plannedBefore(bHeld));
  await contact.updateContact(asExpert, b.id, heldContact.id, {
    version: 1, state: 'held', heldAt: bHeld, location: undefined, mitigations: undefined, cancelReason: undefined, note: 'Huisbezoek met tolk. Klachten nek en schouder besproken; slaapritme en dagstructuur zijn een aandachtspunt.',
    adequacy: { verdict: 'adequate', signs: [], note: null, physicalFollowUp: false }, notifyClient: true,
  }, mail);

  // Vignette C: WIA 35–80%, 20 h/week, knowledge manager whose contract ended.
  const c = await cases.createCase(asExpert, {
    client: client('Erik Jansen (fictief)', '1980-01-23', { email: 'erik.jansen@voorbeeld.test' }),
    assignment: {
      commissioningParty: 'uwv_werkbedrijf', commissioningPartyOther: null, legalContext: 'wia', legalContextOther: null,
      question: 'Welk werk op zijn niveau is passend binnen de beperkingen (geen onvoorspelbaar werk, geen hoog tempo, max. 20 uur per week)? Welke begeleiding is nodig?',
      deliveryDate: addDays(today, 30), firstSicknessDay: null, commissionerReference: null,
    },
    parties: [], assignedExpertId: null,
  });
  caseIds.push(c.id);
  await contact.recordReadiness(asExpert, c.id, {
    answeredBy: 'with_client',
    answers: { device: 'computer_with_camera', connection: 'good', videoExperience: 'often', helpAtHome: 'yes', hearing: 'good', reading: 'good' },
  });
  await contact.planContact(asExpert, c.id, plan({
    circumstances: circumstances('first_contact', {
      clientConditions: ['uses_video_at_work'], clientPreference: { form: 'video', reason: 'Ik werk al jaren met beeldbellen en reizen kost mij veel energie.' },
    }),
    contactForm: 'video', plannedAt: at(6, '11:00'), durationMinutes: 45, location: null,
    participants: [{ name: 'Erik Jansen (fictief)', role: 'client' }], note: 'Cliënt koos zelf voor beeldbellen.',
    choiceReasonCodes: ['client_preference', 'physical_follow_up_planned'],
    choiceReason: 'Cliënt kiest zelf voor beeldbellen en is er vaardig in; bij twijfel volgt een fysiek gesprek.',
    mitigations: 'Korte kennismaking; vervolggesprek fysiek als dat nodig blijkt.',
    videoConsent: { givenAt: new Date(Date.now() - 60 * 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId: notice.id, softwareExplained: true },
  }), mail);

  // Participatiewet: municipality asks for work capacity and wage value, intake across all life domains first.
  const p = await cases.createCase(asOffice, {
    client: client('Ilse Koster (fictief)', '1987-06-30', { phone: '06-11223344' }),
    assignment: {
      commissioningParty: 'municipality', commissioningPartyOther: null, legalContext: 'participatiewet', legalContextOther: null,
      question: 'Heeft cliënt arbeidsvermogen, en zo ja: welke loonwaarde en welke begeleiding (jobcoaching) zijn nodig voor plaatsing bij een werkgever?',
      deliveryDate: addDays(today, 12), firstSicknessDay: null, commissionerReference: 'GEM-W&I-2291',
    },
    parties: [{ role: 'casemanager', name: 'T. de Boer (fictief)', organisation: 'Gemeente Voorbeeldstad, Werk & Inkomen (fictief)', contactPerson: null, email: null, phone: null }],
    assignedExpertId: expert.userId,
  });
  caseIds.push(p.id);
  // Wage value (issue 6): a Dariuz measurement at a (fictional) employer, with a collective-agreement
  // wage above the WML, so the case page shows the wage-cost subsidy step by step.
  await recordWageValue(asExpert, p.id, {
    method: 'dariuz', methodOther: null, measuredOn: addDays(today, -9), assessor: 'R. Smit, jobcoach en Dariuz-beoordelaar (fictief)', percentage: 55,
    job: 'Medewerker inpak (fictief)', jobWage: { amountCents: 1585, per: 'hour' }, jobHolidayPayPercent: null, hoursPerWeek: 28,
  });

  // Poortwachter around the first-year evaluation: first sickness day 47 weeks ago.
  const firstDay = addDays(today, -(47 * 7) + 3);
  const w = await cases.createCase(asOffice, {
    client: client('Mohammed el Amrani (fictief)', '1972-11-05', { phone: '06-99887766' }),
    assignment: {
      commissioningParty: 'arbodienst', commissioningPartyOther: null, legalContext: 'poortwachter', legalContextOther: null,
      question: 'Eerstejaarsevaluatie: kan werknemer zijn eigen werk als magazijnmedewerker (aangepast) hervatten, is ander werk bij de eigen werkgever mogelijk, of is spoor 2 aangewezen?',
      deliveryDate: addDays(today, 14), firstSicknessDay: firstDay, commissionerReference: 'ARBO-55120',
    },
    parties: [
      { role: 'employer', name: 'Logistiek Centrum Voorbeeld B.V. (fictief)', organisation: null, contactPerson: 'A. Visser (HR, fictief)', email: 'hr@voorbeeld.test', phone: '030-1234567' },
      { role: 'bedrijfsarts', name: 'Dr. L. Hendriks (fictief)', organisation: 'Arbodienst Voorbeeld (fictief)', contactPerson: null, email: null, phone: null },
    ],
    assignedExpertId: expert.userId,
  });
  caseIds.push(w.id);
  await contact.planContact(asExpert, w.id, plan({
    circumstances: circumstances('workplace_investigation', { workplaceMaterial: ['job_description'] }),
    contactForm: 'physical', plannedAt: at(2, '13:30'), durationMinutes: 120, location: 'Magazijn, Voorbeeldweg 12 (fictief)',
    participants: [
      { name: 'Mohammed el Amrani (fictief)', role: 'client' }, { name: 'A. Visser (fictief)', role: 'employer' },
    ], note: 'Werkplekonderzoek in het magazijn; functieomschrijving is opgevraagd.',
  }), mail);

  // Gezien & Gehoord on the Poortwachter case (issue 5): the expert's compass notes from the intake by
  // phone, the client's own words in "Ons gesprek", and a conversation report shared with the client
  // and, for the paragraph about them, the employer. Both get their personal link (SMS and e-mail).
  const notes = {
    experiences: 'Werkt 22 jaar in het magazijn. Sinds de rughernia vorig jaar thuis; de eerste maanden voelde hij zich niet gehoord door de werkgever.',
    needs: 'Wil duidelijkheid over wat er van hem verwacht wordt, en rustig de tijd voor de gesprekken. Heeft hulp nodig bij het lezen van brieven.',
    future: 'Ziet zichzelf het liefst terug bij zijn eigen werkgever, eventueel in de expeditie zonder tillen.',
  } as const;
  for (const theme of ['experiences', 'needs', 'future'] as const) await conversation.saveCompassNote(asExpert, w.id, { contactId: null, theme, body: notes[theme], version: 0 });
  await conversation.recordAlliance(asExpert, w.id, { contactId: null, notes: { trust: 'Na uitleg over mijn onafhankelijke rol werd het gesprek opener.', friction: 'Bij de uitleg over spoor 2 klapte hij even dicht.' }, frictionSignals: ['pressed_before_recovery'] });
  const clientDoor = await db.transaction(async (tx) => ensureAccess(tx, (await cases.caseRowForSystem(tx, w.id))!, 'client', null, expert.userId));
  await conversation.saveWorksheet(db, { accessId: clientDoor.id, caseId: w.id, organisationId: ids.organisationId, audience: 'client', partyId: null }, [
    { theme: 'needs', body: 'Dat ze mij geloven als ik zeg dat tillen niet gaat. En dat ik weet wat er gaat gebeuren.', version: 0 },
    { theme: 'future', body: 'Ik wil graag blijven. Misschien in de expeditie, op de computer, als ik dat kan leren.', version: 0 },
  ]);
  const report = await conversation.createReport(asExpert, w.id, { contactId: null, title: 'Verslag intakegesprek (telefonisch)' });
  const draft = (await conversation.reportDetail(asExpert, w.id, report.id)).versions[0]!;
  await conversation.saveDraft(asExpert, w.id, report.id, {
    lockVersion: draft.lockVersion,
    paragraphs: [...draft.paragraphs, { id: 'werkgever', theme: null, text: 'De werkgever (HR) staat open voor aangepast werk in de expeditie en wil graag een werkplekonderzoek.', forEmployer: true }],
  });
  await conversation.shareReport(asExpert, w.id, report.id, { withEmployer: true });
  await portal.sendPortalLink(asExpert, w.id, { audience: 'client', partyId: null }, false, mail);
  const employerParty = (await cases.getCasePage(asExpert, w.id)).parties.find((party) => party.role === 'employer');
  if (employerParty) await portal.sendPortalLink(asExpert, w.id, { audience: 'employer', partyId: employerParty.id }, false, mail);

  // Belastbaarheid en belasting (issue 6), fictional. Vignette C: the insurance physician's FML for the
  // WIA (psychological limitations, at most 4 hours a day and 20 a week, no night work) and his former
  // job as knowledge manager (36 hours, full concentration, deadlines) as his own job. The part-time
  // alternative is left for the expert (and the browser journey) to describe.
  const ordinal = (level: number) => ({ kind: 'ordinal' as const, level });
  const shipped = capacity.SHIPPED_CATALOGUE_ID;
  await capacity.recordFml(asExpert, c.id, {
    catalogueId: shipped, date: addDays(today, -60), authorRole: 'verzekeringsarts',
    circumstances: { duringTreatment: false, prognosis: 'Verbetering op termijn niet uitgesloten; herbeoordeling over een jaar (fictief).' },
    versionLabel: 'WIA-beoordeling (fictief)',
    values: withNormalValues(FML_CATALOGUE, {
      'I-1': ordinal(1), 'I-2': ordinal(1), 'I-3': ordinal(0), 'I-7': ordinal(1), 'I-9': ordinal(0),
      'II-1': ordinal(0), 'II-2': ordinal(0), 'II-3': ordinal(0), 'II-4': ordinal(0), 'II-8': ordinal(1), 'II-9': ordinal(0),
      'VI-1': { kind: 'periods', allowed: ['day', 'evening'] }, 'VI-2': { kind: 'hours', max: 4 }, 'VI-3': { kind: 'hours', max: 20 }, 'VI-4': ordinal(1),
    } satisfies CapacityValues, ['III', 'IV', 'V']),
  });
  const officeWork: DemandValues = {
    'III-2': ordinal(1), 'III-3': ordinal(1), 'III-4': ordinal(1), 'III-5': ordinal(1), 'III-6': ordinal(1), 'III-7': ordinal(1),
    'IV-4': ordinal(0), 'IV-13': { kind: 'quantity', amount: 5, unit: 'kg' }, 'IV-14': { kind: 'quantity', amount: 5, unit: 'kg' }, 'IV-16': { kind: 'quantity', amount: 15, unit: 'minutes' },
    'V-1': { kind: 'quantity', amount: 120, unit: 'minutes' }, 'V-2': ordinal(0), 'V-3': { kind: 'quantity', amount: 15, unit: 'minutes' },
  };
  await capacity.addProfile(asExpert, c.id, {
    kind: 'own_job', name: 'Kennismanager', basis: 'job_description', catalogueId: shipped,
    description: 'Vast contract, 36 uur per week (beëindigd). Volledige concentratie op complexe vraagstukken, veel deadlines en wisselende vragen van collega’s (fictief).',
    demands: {
      'I-1': ordinal(0), 'I-2': ordinal(0), 'I-3': ordinal(0), 'I-7': ordinal(0), 'I-9': ordinal(0),
      'II-1': ordinal(0), 'II-2': ordinal(0), 'II-3': ordinal(0), 'II-4': ordinal(0), 'II-8': ordinal(1), 'II-9': ordinal(0),
      ...officeWork,
      'VI-1': { kind: 'periods', needed: ['day'] }, 'VI-2': { kind: 'hours', hours: 7.2 }, 'VI-3': { kind: 'hours', hours: 36 }, 'VI-4': ordinal(0),
    },
    adjustments: [],
  });

  // The Poortwachter case: the occupational physician's FML during physiotherapy (back), his own job as
  // order picker and an adapted job in dispatch; the own job is concluded not suitable, the adapted
  // one is still open, so the spoor panel shows spoor 1 undecided and what is not examined yet.
  await capacity.recordFml(asExpert, w.id, {
    catalogueId: shipped, date: addDays(today, -30), authorRole: 'bedrijfsarts',
    circumstances: { duringTreatment: true, prognosis: 'Fysiotherapie loopt; geleidelijke opbouw verwacht (fictief).' },
    versionLabel: 'Na rughernia (fictief)',
    values: withNormalValues(FML_CATALOGUE, {
      'IV-10': { kind: 'quantity', max: 50, unit: 'times_per_hour' }, 'IV-13': { kind: 'quantity', max: 5, unit: 'kg' }, 'IV-14': { kind: 'quantity', max: 5, unit: 'kg' },
      'IV-16': { kind: 'quantity', max: 30, unit: 'minutes' }, 'IV-18': ordinal(1), 'IV-19': ordinal(2), 'IV-20': { kind: 'quantity', max: 2, unit: 'times_per_hour' },
      'V-1': { kind: 'quantity', max: 60, unit: 'minutes' }, 'V-3': { kind: 'quantity', max: 30, unit: 'minutes' }, 'V-6': ordinal(1),
      'VI-2': { kind: 'hours', max: 6 }, 'VI-3': { kind: 'hours', max: 30 },
    } satisfies CapacityValues, ['I', 'II', 'III', 'IV', 'V', 'VI']),
  });
  const warehouse = { 'I-1': ordinal(1), 'I-2': ordinal(1), 'I-7': ordinal(0), 'II-9': ordinal(0), 'III-2': ordinal(0), 'III-6': ordinal(0) } satisfies DemandValues;
  const ownJob = await capacity.addProfile(asExpert, w.id, {
    kind: 'own_job', name: 'Magazijnmedewerker orderpicking', basis: 'job_description', catalogueId: shipped,
    description: '38 uur per week in twee ploegen; orders verzamelen met een handscanner, dozen tot 25 kg tillen (fictief).',
    demands: {
      ...warehouse,
      'IV-10': { kind: 'quantity', amount: 200, unit: 'times_per_hour' }, 'IV-13': { kind: 'quantity', amount: 25, unit: 'kg' }, 'IV-14': { kind: 'quantity', amount: 20, unit: 'kg' },
      'IV-16': { kind: 'quantity', amount: 120, unit: 'minutes' }, 'IV-18': ordinal(0), 'IV-19': ordinal(1), 'IV-20': { kind: 'quantity', amount: 10, unit: 'times_per_hour' },
      'V-1': { kind: 'quantity', amount: 30, unit: 'minutes' }, 'V-3': { kind: 'quantity', amount: 120, unit: 'minutes' }, 'V-6': ordinal(0),
      'VI-1': { kind: 'periods', needed: ['day', 'evening'] }, 'VI-2': { kind: 'hours', hours: 8 }, 'VI-3': { kind: 'hours', hours: 38 },
    },
    adjustments: [],
  });
  await capacity.addProfile(asExpert, w.id, {
    kind: 'adapted_own_job', name: 'Expeditiemedewerker (administratief)', basis: 'job_description', catalogueId: shipped,
    description: 'Vrachtbrieven en pakbonnen verwerken aan een zit-sta-werkplek in de expeditie; 30 uur per week in dagdienst (fictief).',
    demands: {
      ...warehouse, 'I-1': ordinal(0), 'IV-4': ordinal(0),
      'IV-10': { kind: 'quantity', amount: 30, unit: 'times_per_hour' }, 'IV-13': { kind: 'quantity', amount: 5, unit: 'kg' }, 'IV-14': { kind: 'quantity', amount: 5, unit: 'kg' },
      'IV-16': { kind: 'quantity', amount: 30, unit: 'minutes' }, 'IV-18': ordinal(1), 'V-1': { kind: 'quantity', amount: 90, unit: 'minutes' }, 'V-3': { kind: 'quantity', amount: 30, unit: 'minutes' },
      'VI-1': { kind: 'periods', needed: ['day'] }, 'VI-2': { kind: 'hours', hours: 6 }, 'VI-3': { kind: 'hours', hours: 30 },
    },
    adjustments: [{ description: 'Zit-sta-werkplek', effect: 'Hij wisselt zitten en staan af; zitten niet langer dan een uur achtereen (fictief).', items: ['V-1', 'V-3'] }],
  });
  const wFml = (await capacity.capacityPage(asExpert, w.id, null)).chosenFmlId;
  await capacity.concludeProfile(asExpert, w.id, ownJob.id, {
    fmlId: wFml, conclusion: 'not_suitable',
    reasoning: 'Tillen tot 25 kg, veel bukken en lang lopen passen niet bij de rugklachten; de FML staat ten hoogste 5 kg tillen toe (fictief).',
  });
  // Explicit judgement (issue 7) on vignette A: the sources so far, coverage, the schemas begun.
  await seedJudgementDemo(asExpert, a.id, aFirstContact.id, today);
  return { organisationId: ids.organisationId, caseIds };
}

