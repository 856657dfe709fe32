// Every text of the client and employer portal (issue 5): plain Dutch (B1: short sentences, common
// words, "u") here; English, Arabic (Modern Standard Arabic, written so it fits men and women), Turkish
// ("siz") and Polish (neutral forms, "Pan/Pani" where a person is addressed) in texts-<language>.ts,
// each loaded only when chosen. Every language has every key (catalogue.ts and its test); `{name}`
// placeholders are filled in by `fill`. Error messages for the portal's known errors are here too, so
// they appear in the chosen language; only unknown errors show the server's own words.
import { fill } from '../../video/client/helpers';
import type { PortalLanguage } from './types';

const nl = {
  pageTitle: 'Uw portaal',
  brand: 'Passend',
  languageLabel: 'Taal · Language',
  languageApply: 'Kiezen',
  languageChanged: 'De taal is nu Nederlands.',
  logout: 'Afmelden',
  helpPhone: 'Vragen? Bel {phone}.',
  helpNoPhone: 'Vragen? Neem contact op met uw arbeidsdeskundige.',
  loading: 'Even geduld…',
  retry: 'Opnieuw proberen',
  errorTitle: 'Er ging iets mis',
  errorText: 'Deze pagina kon niet goed laden.',
  errorPrefix: 'Fout:',

  checkingTitle: 'Uw link wordt gecontroleerd…',
  codeTitle: 'Vul uw code in',
  codeWhy: 'We willen zeker weten dat u het bent. Daarom sturen we u een code.',
  codeSentEmail: 'We hebben een code gestuurd naar {sentTo}.',
  codeSentSms: 'We hebben een code per sms gestuurd naar {sentTo}.',
  codeSentPlain: 'We hebben u een code gestuurd.',
  codeLabel: 'Vul hier de code van 6 cijfers in.',
  codeHint: 'De code werkt 10 minuten.',
  codeSubmit: 'Verder',
  codeChecking: 'De code wordt gecontroleerd…',
  codeNotReceived: 'Geen code gekregen?',
  codeSpam: 'Kijk ook bij uw ongewenste e-mail (spam).',
  codeWait: 'Het kan een minuut duren voordat de code er is.',
  codeResend: 'Stuur een nieuwe code',
  codeResent: 'We hebben een nieuwe code gestuurd. Gebruik de nieuwste code.',
  codeResendTooSoon: 'U heeft net al een code gekregen. Wacht een minuut. Vraag daarna een nieuwe code aan. U kunt maximaal 5 codes per uur aanvragen.',
  codeFormat: 'Vul de 6 cijfers van de code in.',
  codeWrong: 'Deze code klopt niet. U kunt het nog {count} keer proberen.',
  codeWrongOne: 'Deze code klopt niet. U kunt het nog 1 keer proberen.',
  codeWrongPlain: 'Deze code klopt niet. Kijk goed en probeer het opnieuw.',
  codeExpired: 'Deze code is verlopen. Een code werkt 10 minuten. Vraag hieronder een nieuwe code aan.',

  lockedTitle: 'Uw link werkt even niet',
  lockedText: 'Er is te vaak een verkeerde code ingevuld. Daarom hebben we uw link even geblokkeerd.',
  lockedUntil: 'U kunt het weer proberen vanaf {when}.',
  lockedUntilUnknown: 'U kunt het over 15 minuten weer proberen.',
  lockedExpertTold: 'We hebben uw arbeidsdeskundige laten weten dat dit is gebeurd.',
  lockedNotYou: 'Heeft iemand anders deze codes ingevuld? Neem dan contact op met uw arbeidsdeskundige.',

  linkTitle: 'Deze link werkt niet (meer)',
  linkUnknownText: 'Misschien is de link niet helemaal goed overgenomen. Of de link is te oud.',
  linkRevokedText: 'Er is een nieuwe link voor u gemaakt. Daarom werkt deze link niet meer.',
  linkAskNew: 'Vraag uw arbeidsdeskundige om een nieuwe link.',
  linkAskNewOrg: 'Vraag uw arbeidsdeskundige bij {organisation} om een nieuwe link.',
  linkCall: 'U kunt ook bellen: {phone}.',
  noLinkTitle: 'Open de link uit uw bericht',
  noLinkText: 'Deze pagina werkt alleen met uw persoonlijke link. Die link staat in de e-mail van uw arbeidsdeskundige. Klik op die link.',

  homeTitle: 'Welkom, {name}',
  homeTitlePlain: 'Welkom',
  homeExpertOrg: 'Uw arbeidsdeskundige is {expert} van {organisation}.',
  homeExpert: 'Uw arbeidsdeskundige is {expert}.',
  homeOrg: 'U heeft contact met {organisation}.',
  appointmentsTitle: 'Uw afspraken',
  upcomingTitle: 'Komende afspraken',
  pastTitle: 'Eerdere afspraken',
  noUpcoming: 'U heeft nu geen afspraken gepland.',
  noPast: 'Er zijn nog geen eerdere afspraken.',
  labelDate: 'Datum',
  labelTime: 'Tijd',
  labelDuration: 'Duur',
  labelForm: 'Hoe',
  labelState: 'Status',
  labelWith: 'Met',
  timeValue: '{time} uur',
  formPhysical: 'Op locatie',
  formPhysicalAt: 'Op locatie: {location}',
  formVideo: 'Beeldbellen',
  formPhone: 'Telefoon',
  statePlanned: 'Gepland',
  stateHeld: 'Gehouden',
  stateCancelled: 'Afgezegd',
  openContact: 'Bekijk deze afspraak',
  listPreference: 'Uw voorkeur: {form}',
  listConsentYes: 'Toestemming voor beeldbellen: gegeven',
  listConsentNo: 'Toestemming voor beeldbellen: nog niet gegeven',

  contactTitle: 'Afspraak op {date}',
  back: 'Terug naar uw afspraken',
  contactGoneTitle: 'Afspraak niet gevonden',
  contactGoneText: 'Deze afspraak is niet meer te vinden. Misschien is de afspraak veranderd.',
  contactClosed: 'Deze afspraak is voorbij of afgezegd. U kunt hier niets meer aan veranderen.',

  preferenceTitle: 'Uw voorkeur',
  preferenceIntro: 'Hoe wilt u dit gesprek het liefst voeren? Uw arbeidsdeskundige kijkt naar uw voorkeur.',
  preferenceLegend: 'Hoe wilt u het gesprek voeren?',
  reasonLabel: 'Waarom? In uw eigen woorden',
  reasonHint: 'U mag in uw eigen taal schrijven. U kunt maximaal 1000 tekens gebruiken.',
  reasonLeft: 'U heeft nog {count} tekens over.',
  reasonOver: 'U heeft {count} tekens te veel.',
  preferenceSave: 'Voorkeur opslaan',
  preferenceSaving: 'Uw voorkeur wordt opgeslagen…',
  preferenceSaved: 'Uw voorkeur is opgeslagen.',
  preferenceCurrentTitle: 'Wat u heeft doorgegeven',
  preferenceCurrent: 'Uw voorkeur: {form}.',
  preferenceWhen: 'Doorgegeven op {date} om {time}.',
  preferenceReason: 'Uw reden:',
  preferenceChangeIntro: 'Wilt u iets veranderen? Pas het hieronder aan. Sla het daarna opnieuw op.',
  errFormRequired: 'Kies hoe u het gesprek wilt voeren.',
  errReasonRequired: 'Schrijf in een paar woorden waarom.',
  errReasonTooLong: 'Uw tekst is te lang. U kunt maximaal 1000 tekens gebruiken. Haal {count} tekens weg.',

  consentTitle: 'Toestemming voor beeldbellen',
  consentIntro: 'Dit gesprek is via beeldbellen. Daarvoor hebben we eerst uw toestemming nodig. Lees hieronder wat we met uw gegevens doen.',
  noticeTitle: 'Privacyverklaring',
  noticeVersion: 'Versie {version}',
  noticeOnlyNl: 'Deze tekst is alleen in het Nederlands beschikbaar.',
  noticeOnlyEn: 'Deze tekst is alleen in het Engels beschikbaar.',
  noticeLoading: 'De privacyverklaring wordt geladen…',
  noticeFailed: 'De privacyverklaring kon niet laden.',
  consentGive: 'Ik geef toestemming voor beeldbellen bij deze afspraak',
  consentSaved: 'Dank u wel. Uw toestemming is opgeslagen.',
  consentGivenPortal: 'U heeft toestemming gegeven op {date} om {time}.',
  consentGivenStaff: 'Uw arbeidsdeskundige heeft uw toestemming vastgelegd op {date} om {time}.',
  consentNone: 'U heeft nog geen toestemming gegeven.',
  consentWithdraw: 'Toestemming intrekken',
  consentWithdrawText: 'Trekt u uw toestemming in? Dan kan dit gesprek niet via beeldbellen. Uw arbeidsdeskundige ziet dat u dit heeft gedaan.',
  withdrawReasonLabel: 'Waarom? (niet verplicht)',
  withdrawConfirm: 'Ja, trek mijn toestemming in',
  cancel: 'Annuleren',
  consentWithdrawn: 'Uw toestemming is ingetrokken.',

  callTitle: 'Uw beeldgesprek',
  callTestText: 'Test vooraf uw camera en microfoon. Dan weet u zeker dat alles werkt.',
  callTest: 'Test uw camera en microfoon',
  callToday: 'Het gesprek is vandaag om {time} uur.',
  callJoin: 'Naar het gesprek',
  callOpening: 'De pagina voor het gesprek wordt geopend…',

  warnTitle: 'Bent u er nog?',
  warnText: 'U heeft een tijdje niets gedaan. Daarom wordt u om {time} uur afgemeld.',
  warnQuestion: 'Wilt u doorgaan?',
  warnFinalText: 'U bent al lang aangemeld. Daarom wordt u om {time} uur afgemeld. Daarna kunt u uw link opnieuw gebruiken.',
  continue: 'Doorgaan',
  close: 'Sluiten',
  extended: 'U blijft aangemeld.',
  endedTitle: 'U bent afgemeld',
  endedIdle: 'U heeft 20 minuten niets gedaan. Daarom bent u afgemeld. Zo blijven uw gegevens veilig.',
  endedSelf: 'U heeft zich afgemeld.',
  endedComeBack: 'Wilt u terug naar uw portaal? Klik dan opnieuw op de link in uw e-mail.',
  endedClose: 'U kunt deze pagina nu sluiten.',

  errRateLimited: 'U heeft het te vaak geprobeerd. Wacht een paar minuten. Probeer het daarna opnieuw.',
  errNetwork: 'Er is geen verbinding. Controleer uw internet. Probeer het daarna opnieuw.',
  errUnknown: 'Er ging iets mis. Probeer het opnieuw.',
  errUnknownRef: 'Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Geef dan deze code door: {referenceId}.',
  errForbidden: 'Dit lukte niet. Laad de pagina opnieuw en probeer het nog eens.',
  errNotFound: 'Dit kan niet meer. Misschien is de afspraak veranderd. Bekijk uw afspraken opnieuw.',
  errSessionEnded: 'U bent niet meer aangemeld.',

  // Gezien & Gehoord: home entries, "Ons gesprek", checking a conversation report, the evaluation.
  backHome: 'Terug naar de startpagina',
  loadFailed: 'Dit kon niet laden.',
  homeEmployerIntro: 'Hier leest u de verslagen die de arbeidsdeskundige met u deelt. U ziet alleen de delen over u als werkgever.',
  reportsTitle: 'Verslagen om te lezen',
  reportsNone: 'Er zijn nog geen verslagen voor u.',
  documentsTitle: 'Uw documenten',
  documentsNone: 'Er zijn nog geen documenten met u gedeeld.',
  documentsFailed: 'Uw documenten konden niet laden.',
  documentDownload: '{name} downloaden',
  documentShared: 'Gedeeld op {date}.',
  reportsFailed: 'De verslagen konden niet laden.',
  labelVersion: 'Versie',
  reportVersion: 'Versie {number}',
  reportStateCheck: 'Klaar om te controleren',
  reportStateFinal: 'Definitief',
  reportStateShared: 'Gedeeld',
  reportOpenCheck: 'Lees en controleer het verslag',
  reportOpen: 'Lees het verslag',
  evalHomeText: 'Wilt u vertellen hoe het gesprek ging? Dat duurt ongeveer 1 minuut.',
  evalHomeItem: 'Gesprek van {date}',
  evalHomeOpen: 'Vertel hoe het ging',
  worksheetHomeText: 'Schrijf alvast op wat u belangrijk vindt voor het gesprek. Uw arbeidsdeskundige leest het.',
  worksheetHomeOpen: 'Naar ‘Ons gesprek’',
  worksheetTitle: 'Ons gesprek',
  worksheetIntro: 'Hier kunt u alvast opschrijven wat u belangrijk vindt voor het gesprek. Schrijf zo veel of zo weinig als u wilt.',
  worksheetWhoReads: 'Uw arbeidsdeskundige leest wat u hier schrijft. Zo past het gesprek beter bij wat u belangrijk vindt.',
  worksheetLater: 'U kunt uw tekst later nog veranderen. U mag in uw eigen taal schrijven.',
  themeExperiences: 'Jouw ervaringen',
  themeNeeds: 'Jouw behoeften',
  themeFuture: 'Jouw toekomst',
  themeExperiencesText: 'Wat heeft u meegemaakt? Hoe gaat het nu met u, thuis en op het werk?',
  themeExperiencesQ1: 'Wat is er gebeurd sinds u ziek werd of minder kon werken?',
  themeExperiencesQ2: 'Wat heeft u tot nu toe geholpen? En wat niet?',
  themeNeedsText: 'Wat heeft u nodig? Denk aan hulp, aanpassingen of wat u van het gesprek verwacht.',
  themeNeedsQ1: 'Wat heeft u nodig om u gehoord te voelen?',
  themeNeedsQ2: 'Welke hulp of aanpassing maakt werken makkelijker?',
  themeFutureText: 'Hoe ziet uw werk er later uit? Wat hoopt u? En waar maakt u zich zorgen over?',
  themeFutureQ1: 'Hoe ziet goed werk er over een jaar voor u uit?',
  themeFutureQ2: 'Welke eerste stap past nu bij u?',
  worksheetExamples: 'U kunt bijvoorbeeld denken aan:',
  worksheetLabel: 'Uw tekst bij ‘{theme}’',
  maxHint: 'U kunt maximaal {max} tekens gebruiken.',
  worksheetSavedAt: 'Laatst opgeslagen op {date} om {time}.',
  worksheetNotSaved: 'Nog niet opgeslagen.',
  worksheetSave: 'Opslaan',
  worksheetSaving: 'Uw tekst wordt opgeslagen…',
  worksheetSaved: 'Opgeslagen. Uw arbeidsdeskundige kan het nu lezen.',
  worksheetUnchanged: 'U heeft niets veranderd. Er was niets om op te slaan.',
  worksheetLoadFailed: 'Uw teksten konden niet laden.',
  worksheetUnsaved: 'U heeft nog niet alles opgeslagen. Wilt u eerst opslaan?',
  worksheetLeave: 'Terug zonder opslaan',
  // "Ons gesprek" changed elsewhere (another tab, the phone): both texts, nothing typed is lost.
  worksheetConflictAlert: 'Uw tekst is niet opgeslagen. Een tekst is intussen ergens anders veranderd. Kijk hieronder wat u kunt doen.',
  worksheetConflict: 'Deze tekst is intussen ergens anders veranderd. Bijvoorbeeld in een ander venster, of op uw telefoon of computer.',
  worksheetConflictNewest: 'De nieuwste tekst, opgeslagen op {date} om {time}',
  worksheetConflictNewestPlain: 'De nieuwste tekst',
  worksheetConflictEmpty: 'In de nieuwste versie staat hier geen tekst.',
  worksheetConflictMine: 'Uw eigen tekst, nog niet opgeslagen',
  worksheetConflictHow: 'Wilt u iets uit uw eigen tekst bewaren? Kopieer het dan. Ga daarna verder met de nieuwste tekst en plak het erbij.',
  worksheetConflictContinue: 'Verder met de nieuwste tekst',
  worksheetConflictFirst: 'Kies eerst bij ‘{theme}’ hoe u verder gaat.',
  worksheetOwnText: 'Uw eigen tekst van net (niet opgeslagen)',
  worksheetOwnTextHint: 'Hier staat uw eigen tekst nog. U kunt eruit kopiëren wat u wilt bewaren.',
  worksheetCopy: 'Kopieer uw tekst',
  worksheetCopied: 'Uw tekst is gekopieerd. U kunt hem nu plakken.',
  worksheetCopyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  errTooLong: 'Uw tekst is te lang. U kunt maximaal {max} tekens gebruiken. Haal {count} tekens weg.',
  reportTitleFallback: 'Verslag',
  reportGoneTitle: 'Verslag niet gevonden',
  reportGoneText: 'Dit verslag is niet (meer) te vinden. Vraag de arbeidsdeskundige wat er is gebeurd.',
  reportLoadFailed: 'Het verslag kon niet laden.',
  reportLoading: 'Het verslag wordt geladen…',
  reportCheckIntro: 'De arbeidsdeskundige heeft een verslag van het gesprek gemaakt. Lees het rustig door. Geef per alinea aan of het klopt.',
  reportCheckSkip: 'U hoeft niet bij elke alinea iets te kiezen.',
  versionNewest: 'Nieuwste versie: versie {number}',
  versionShared: 'Gedeeld op {date}.',
  versionFinal: 'Vastgesteld op {date}.',
  versionChangeNote: 'Wat is er veranderd:',
  paragraphLabel: 'Alinea {number}',
  stanceLegend: 'Klopt dit?',
  stanceAgree: 'Ja, dit klopt',
  stanceDisagree: 'Nee, dit klopt niet',
  stanceSkip: 'Geen keuze (overslaan)',
  disagreeLabel: 'Wat klopt er niet?',
  disagreeHint: 'Schrijf op wat er niet klopt. En hoe het wel is.',
  missingTitle: 'Mist er iets?',
  missingText: 'Staat er iets belangrijks niet in het verslag? Schrijf het hier op. Dit is niet verplicht.',
  missingLabel: 'Punt {number}: wat mist er?',
  missingAdd: 'Nog een punt toevoegen',
  missingRemove: 'Punt {number} weghalen',
  missingMax: 'U kunt maximaal {max} punten toevoegen.',
  reviewButton: 'Verder: controleer uw reactie',
  reviewTitle: 'Controleer uw reactie',
  reviewText: 'Dit stuurt u naar de arbeidsdeskundige. Na het versturen kunt u uw reactie niet meer veranderen.',
  reviewSkipped: 'Zonder keuze: {list}.',
  reviewMissing: 'Wat er volgens u mist:',
  send: 'Versturen',
  reviewEdit: 'Terug om aan te passen',
  sending: 'Uw reactie wordt verstuurd…',
  sentTitle: 'Bedankt. De arbeidsdeskundige leest uw reactie.',
  sentText: 'Hieronder ziet u wat u heeft gestuurd. Later ziet u hier ook wat de arbeidsdeskundige ermee heeft gedaan.',
  reactedNote: 'U heeft al gereageerd op deze versie.',
  yourReaction: 'Uw reactie',
  youAgreed: 'U gaf aan: dit klopt.',
  youDisagreed: 'U gaf aan: dit klopt niet.',
  youWrote: 'U schreef:',
  youMissed: 'Wat u miste',
  outcomeLabel: 'Wat de arbeidsdeskundige deed:',
  outcomeAdopted: 'Overgenomen',
  outcomeAdjusted: 'Aangepast',
  outcomeKept: 'Niet aangepast',
  outcomePending: 'Nog niet bekeken',
  outcomeExplanation: 'Uitleg van de arbeidsdeskundige:',
  outcomesTitle: 'Wat er met uw reactie is gedaan',
  outcomesOnVersion: 'Uw reactie op versie {number}',
  earlierTitle: 'Eerdere versies',
  errorsTitle: 'Kijk dit nog even na:',
  errItems: 'Er klopt iets niet in uw reactie. Kijk de alinea’s nog eens na.',
  errNothingToSay: 'Kies bij minstens één alinea of het klopt. Of schrijf op wat er mist.',
  errCommentRequired: 'U koos ‘Nee, dit klopt niet’. Schrijf dan op wat er niet klopt.',
  errNewVersion: 'Er is intussen een nieuwe versie van dit verslag. Lees die eerst.',
  evalTitle: 'Hoe ging het gesprek?',
  evalAbout: 'Het gaat om het gesprek van {date}.',
  evalIntro: 'Uw antwoorden helpen ons om gesprekken beter te maken. Uw arbeidsdeskundige kan uw antwoorden lezen.',
  evalHeard: 'Voelde u zich gehoord?',
  evalNext: 'Weet u wat er nu gaat gebeuren?',
  evalForm: 'Was deze manier van praten ({form}) goed voor u?',
  evalFormPlain: 'Was deze manier van praten goed voor u?',
  evalFormPhysical: 'op locatie',
  evalFormVideo: 'beeldbellen',
  evalFormPhone: 'telefoon',
  answerYes: 'Ja',
  answerPartly: 'Een beetje',
  answerNo: 'Nee',
  answerNotSure: 'Weet ik niet',
  evalCommentLabel: 'Wilt u nog iets zeggen? (niet verplicht)',
  evalSending: 'Uw antwoorden worden verstuurd…',
  evalThanks: 'Dank u wel voor uw antwoorden.',
  evalThanksText: 'Uw arbeidsdeskundige kan ze nu lezen.',
  evalAlready: 'U heeft dit gesprek al beoordeeld. Dank u wel.',
  evalNotHeld: 'U kunt een gesprek pas beoordelen als het is geweest.',
  evalGoneTitle: 'Gesprek niet gevonden',
  evalGoneText: 'Dit gesprek is niet (meer) te vinden.',
  errChoose: 'Kies een antwoord.',
  errReportFinal: 'Dit verslag is intussen definitief gemaakt. U kunt niet meer reageren.',
  errReportBusy: 'De arbeidsdeskundige werkt nu aan een nieuwe versie van dit verslag. U kunt daarop reageren als die klaar is.',
};

export type TextKey = keyof typeof nl;
export type Catalogue = Record<TextKey, string>;









/** The catalogues at hand: Dutch always; another language once it is loaded (its own small file). */
const loaded: Partial<Record<PortalLanguage, Catalogue>> = { nl };

const loaders: Record<Exclude<PortalLanguage, 'nl'>, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./texts-en'),
  ar: () => import('./texts-ar'),
  tr: () => import('./texts-tr'),
  pl: () => import('./texts-pl'),
};

export function hasCatalogue(language: PortalLanguage): boolean {
  return loaded[language] !== undefined;
}

/** Loads a language's texts (once); rejects when the file cannot be fetched (no connection). */
export async function loadCatalogue(language: PortalLanguage): Promise<void> {
  if (language === 'nl' || loaded[language]) return;
  loaded[language] = (await loaders[language]()).default;
}

/** Makes a catalogue available without loading it (catalogue.ts, for the tests). */
export function addCatalogue(language: PortalLanguage, catalogue: Catalogue): void {
  loaded[language] = catalogue;
}

export const DUTCH: Catalogue = nl;

/** Each language named in itself, for the language choice (with `lang` on each option). */
export const LANGUAGE_NAMES: Record<PortalLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
};

/** Arabic is written right to left; the page mirrors (`dir="rtl"`). */
export function directionOf(language: PortalLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export type Values = Record<string, string | number>;

/** A translator for one language. */
export function translator(language: PortalLanguage) {
  // A language whose texts are not loaded yet speaks Dutch (the page loads them before switching).
  const table = loaded[language] ?? nl;
  return {
    language,
    t: (key: TextKey, values?: Values) => fill(table[key], values),
    /** The raw template, for texts with a part that is not plain text (a masked address, a phone link). */
    raw: (key: TextKey) => table[key],
  };
}
export type Translator = ReturnType<typeof translator>;
