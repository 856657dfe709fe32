// The words of the report document, in Dutch and English. Code lists (legal context, contact form,
// source type, FML outcomes …) come from the same catalogues the screens use (src/web/i18n/resources.ts),
// through a server-side i18next instance: the report never calls a thing differently than the screen.
import i18next, { type TFunction } from 'i18next';
import { resources } from '../web/i18n/resources.js';

export type ReportLanguage = 'nl' | 'en';

const DOC = {
  nl: {
    title: 'Rapportage arbeidsdeskundig onderzoek',
    page: 'Pagina {page} van {pages}',
    version: 'versie {version}',
    draft: 'CONCEPT',
    contents: 'Inhoud',
    signedBy: 'Ondertekend door',
    role: 'Arbeidsdeskundige',
    fact: { client: 'Cliënt', birthDate: 'Geboortedatum', reference: 'Dossier', commissioner: 'Opdrachtgever', commissionerReference: 'Kenmerk opdrachtgever', legalContext: 'Kader', expert: 'Arbeidsdeskundige', date: 'Datum rapport', version: 'Versie' },
    assignment: {
      commissioner: 'Opdrachtgever: {party}.', commissionerReference: 'Kenmerk van de opdrachtgever: {reference}.', legalContext: 'Wettelijk kader: {context}.',
      question: 'De vraag: {question}', firstSicknessDay: 'Eerste ziektedag: {date}.', delivery: 'Gevraagde opleverdatum: {date}.',
    },
    sources: {
      documents: 'Documenten', contacts: 'Gesprekken en contacten', conversations: 'Gespreksverslagen, gecontroleerd door de cliënt', tests: 'Tests en instrumenten',
      notInvestigated: 'Niet onderzocht', document: '{type}: {name} ({date})', contact: '{date}: {activity} ({form})', conversation: '{title} (versie {version}, definitief {date})',
      test: 'B{number} {title} ({date})', gap: 'B{number} {title}: niet onderzocht ({reason})', professionalOnly: 'Daarnaast zijn {count} bronnen alleen voor de professional vastgelegd; die staan niet in deze rapportage.',
      none: 'Er zijn geen bronnen vastgelegd.',
    },
    contactForm: {
      summary: 'Er waren {physical} fysieke contacten, {video} contacten met beeldbellen en {phone} telefonische contacten. {againstAdvice} keer is afgeweken van het advies van Passend.',
      entry: 'Op {date} ({activity}) was het contact {form}.', preference: 'De cliënt had een voorkeur voor {form}{followed}.', followed: '; die is gevolgd', notFollowed: '; die is niet gevolgd',
      againstAdvice: 'Gekozen tegen het advies in.', reason: 'Reden: {reason}', consent: 'De cliënt gaf toestemming op {date}.', adequacy: 'Achteraf: {verdict}.', mitigations: 'Maatregelen: {text}',
      columns: ['Datum', 'Contact', 'Vorm', 'Voorkeur cliënt', 'Afwijking advies'], caption: 'Contacten en hun vorm', yes: 'ja', no: 'nee', none: 'Er zijn nog geen contacten vastgelegd.',
      adequate: { adequate: 'de vorm was passend', partly: 'de vorm was deels passend', not_adequate: 'de vorm was niet passend' } as Record<string, string>,
    },
    perspective: {
      fromReport: 'Uit het gespreksverslag “{title}”, door de cliënt gecontroleerd:', ownWords: 'In de eigen woorden van de cliënt ({theme}): {text}',
      none: 'Er is nog geen gespreksverslag dat de cliënt heeft gecontroleerd.',
      theme: { experiences: 'ervaringen', needs: 'behoeften', future: 'toekomst' } as Record<string, string>,
    },
    capacity: {
      fml: 'De belastbaarheid komt uit de FML van {date} ({author}).', noFml: 'Er is nog geen FML vastgelegd.', noProfiles: 'Er zijn nog geen functieprofielen vergeleken.',
      profile: '{name} ({kind})', summary: 'Van de {items} items passen er {fits}, past {adjusted} met een voorziening, overschrijdt {exceeds} de belastbaarheid en is {unknown} onbekend.',
      columns: ['', 'Item', 'Belastbaarheid', 'Belasting', 'Uitkomst'], caption: 'Overschrijdingen en voorzieningen: {name} (▲ overschrijding, ◆ past met voorziening, ? onbekend)', allFit: 'Bij deze functie past de belasting op alle bekende items.',
      chart: 'Overschrijdingen per rubriek: {name}', legend: { capacity: 'items in de rubriek', demand: 'items die overschrijden', overshoot: 'rubriek met overschrijding' },
      conclusion: 'Conclusie: {conclusion}. {reasoning}', noConclusion: 'Voor deze functie is nog geen conclusie vastgelegd.', marker: '▲',
    },
    work: {
      none: 'Er is geen functieprofiel van deze soort vergeleken.', profile: '{name}: {conclusion}.', reasoning: 'Onderbouwing: {text}',
      spoor1: { possible: 'Spoor 1 (werk bij de eigen werkgever) is mogelijk.', not_possible: 'Spoor 1 (werk bij de eigen werkgever) is niet mogelijk.', undecided: 'Over spoor 1 is nog geen besluit.' } as Record<string, string>,
    },
    analysis: {
      schema1: 'Schema 1: belastende en versterkende factoren', schema1Columns: ['Thema', 'Categorie', 'Wat ik zie'], schema2: 'Schema 2: ondersteuningsbehoefte per activiteit',
      schema2Columns: ['Activiteit', 'Ondersteuningsbehoefte', 'Gevolgen voor het werk'], hypotheses: 'Opvallende waarnemingen en overwogen verklaringen', observation: 'W{number}: {text}',
      hypothesis: '{text} — {status}{argument}', tellApart: 'Wat de verklaringen uit elkaar houdt: {text}', anomalies: 'Inconsistenties en afwijkingen',
      anomaly: '{kind}: {text} — {explanation}', unexplained: 'nog niet verklaard', reflection: 'Vragen vóór het definitieve advies', skipped: 'Niet beantwoord: {questions}.',
      noAdvice: 'Er is nog geen definitief advies; de vragen vóór het advies zijn daarom nog niet beantwoord.', empty: 'Er zijn nog geen schema’s, waarnemingen of afwijkingen vastgelegd.',
    },
    advice: {
      none: 'Er is nog geen definitief re-integratieadvies vastgelegd.', workTypes: 'Passende soorten werk', workType: '{text}{profile}', viaProfile: ' (zie functie {name})',
      labels: { schooling: 'Scholing of training', guidance: 'Begeleiding', endGoal: 'Einddoel', supportNeed: 'Ondersteuningsbehoefte', risksAndSafeguards: 'Risico’s en waarborgen', uncertainties: 'Onzekerheden' } as Record<string, string>,
      version: 'Dit is advies versie {number}, definitief gemaakt op {date}.',
    },
    wage: {
      none: 'Er is nog geen loonwaardemeting vastgelegd.', measured: 'De loonwaarde is op {date} gemeten met {method} door {assessor}: {percentage}% bij het werk “{job}”, {hours} uur per week.',
      columns: ['Onderdeel', 'Bedrag per maand'], caption: 'Loonwaarde en loonkostensubsidie', wml: 'Wettelijk minimumloon (incl. vakantiegeld)', wageValue: 'Loonwaarde',
      difference: 'Verschil met het minimumloon', cap: 'Ten hoogste 70% van het minimumloon', subsidy: 'Loonkostensubsidie', supplement: 'Forfaitaire opslag werkgeverslasten', total: 'Totaal subsidie',
      noRate: 'Het subsidiebedrag is niet berekend: {problem}',
    },
    trace: {
      none: 'Zonder definitief advies is er nog geen onderbouwing per conclusie.', conclusion: '{label}: {text}', evidence: 'B{number} {title} ({source}, {date}{reliability})',
      confidential: 'B{number} (alleen voor de professional; niet in deze rapportage)', cell: '{ref}: {text}', profile: 'Functievergelijking: {name}', reliability: ', betrouwbaarheid {value}',
      withdrawn: ' — ingetrokken', viaCell: ' (via {ref})', nothing: 'Geen bronnen gekoppeld.',
    },
    reaction: {
      notChecked: 'Het concept van deze rapportage is niet aan de cliënt voorgelegd. Reden: {reason}', noReaction: 'Het concept is op {date} aan de cliënt voorgelegd. De cliënt heeft niet gereageerd.',
      agreed: 'Het concept is op {date} aan de cliënt voorgelegd. De cliënt is het eens met de inhoud.', intro: 'Het concept is op {date} aan de cliënt voorgelegd. Dit is de reactie van de cliënt:',
      summaryIntro: 'Het concept is op {date} aan de cliënt voorgelegd. De cliënt koos voor een samenvatting van de reactie; die luidt:', onParagraph: 'Over “{excerpt}”: {text}',
      addition: 'Aanvulling: {text}', decision: 'Mijn verwerking: {decision}.', explanation: 'Toelichting: {text}', unprocessed: 'Nog niet verwerkt. Reden om toch af te ronden: {reason}',
      decisions: { adopted: 'overgenomen', adjusted: 'aangepast', kept: 'niet overgenomen' } as Record<string, string>, employer: 'Reactie van de werkgever op de delen over de werkgever:',
    },
  },
  en: {
    title: 'Labour-expert assessment report',
    page: 'Page {page} of {pages}',
    version: 'version {version}',
    draft: 'DRAFT',
    contents: 'Contents',
    signedBy: 'Signed by',
    role: 'Labour expert',
    fact: { client: 'Client', birthDate: 'Date of birth', reference: 'Case', commissioner: 'Commissioning party', commissionerReference: 'Commissioner’s reference', legalContext: 'Legal context', expert: 'Labour expert', date: 'Report date', version: 'Version' },
    assignment: {
      commissioner: 'Commissioning party: {party}.', commissionerReference: 'Commissioner’s reference: {reference}.', legalContext: 'Legal context: {context}.',
      question: 'The question: {question}', firstSicknessDay: 'First day of sickness: {date}.', delivery: 'Requested delivery date: {date}.',
    },
    sources: {
      documents: 'Documents', contacts: 'Conversations and contacts', conversations: 'Conversation reports, checked by the client', tests: 'Tests and instruments',
      notInvestigated: 'Not investigated', document: '{type}: {name} ({date})', contact: '{date}: {activity} ({form})', conversation: '{title} (version {version}, final {date})',
      test: 'B{number} {title} ({date})', gap: 'B{number} {title}: not investigated ({reason})', professionalOnly: 'In addition, {count} sources are recorded for the professional only; they are not in this report.',
      none: 'No sources have been recorded.',
    },
    contactForm: {
      summary: 'There were {physical} in-person contacts, {video} video contacts and {phone} phone contacts. The form departed from Passend’s advice {againstAdvice} times.',
      entry: 'On {date} ({activity}) the contact was {form}.', preference: 'The client preferred {form}{followed}.', followed: '; this was followed', notFollowed: '; this was not followed',
      againstAdvice: 'Chosen against the advice.', reason: 'Reason: {reason}', consent: 'The client consented on {date}.', adequacy: 'Afterwards: {verdict}.', mitigations: 'Measures: {text}',
      columns: ['Date', 'Contact', 'Form', 'Client’s preference', 'Against advice'], caption: 'Contacts and their form', yes: 'yes', no: 'no', none: 'No contacts have been recorded yet.',
      adequate: { adequate: 'the form was adequate', partly: 'the form was partly adequate', not_adequate: 'the form was not adequate' } as Record<string, string>,
    },
    perspective: {
      fromReport: 'From the conversation report “{title}”, checked by the client:', ownWords: 'In the client’s own words ({theme}): {text}',
      none: 'There is no conversation report checked by the client yet.',
      theme: { experiences: 'experiences', needs: 'needs', future: 'future' } as Record<string, string>,
    },
    capacity: {
      fml: 'The capacity comes from the FML of {date} ({author}).', noFml: 'No FML has been recorded yet.', noProfiles: 'No job profiles have been compared yet.',
      profile: '{name} ({kind})', summary: 'Of the {items} items, {fits} fit, {adjusted} fit with an adjustment, {exceeds} exceed the capacity and {unknown} are unknown.',
      columns: ['', 'Item', 'Capacity', 'Demand', 'Outcome'], caption: 'Overshoots and adjustments: {name} (▲ overshoot, ◆ fits with an adjustment, ? unknown)', allFit: 'For this job the demands fit on every known item.',
      chart: 'Overshoots per section: {name}', legend: { capacity: 'items in the section', demand: 'items that exceed', overshoot: 'section with an overshoot' },
      conclusion: 'Conclusion: {conclusion}. {reasoning}', noConclusion: 'No conclusion has been recorded for this job yet.', marker: '▲',
    },
    work: {
      none: 'No job profile of this kind has been compared.', profile: '{name}: {conclusion}.', reasoning: 'Reasoning: {text}',
      spoor1: { possible: 'Track 1 (work with the own employer) is possible.', not_possible: 'Track 1 (work with the own employer) is not possible.', undecided: 'Track 1 is not decided yet.' } as Record<string, string>,
    },
    analysis: {
      schema1: 'Schema 1: burdening and strengthening factors', schema1Columns: ['Theme', 'Category', 'What I see'], schema2: 'Schema 2: support need per activity',
      schema2Columns: ['Activity', 'Support need', 'Implications for work'], hypotheses: 'Salient observations and explanations considered', observation: 'O{number}: {text}',
      hypothesis: '{text} — {status}{argument}', tellApart: 'What tells the explanations apart: {text}', anomalies: 'Inconsistencies and anomalies',
      anomaly: '{kind}: {text} — {explanation}', unexplained: 'not explained yet', reflection: 'Questions before the final advice', skipped: 'Not answered: {questions}.',
      noAdvice: 'There is no final advice yet, so the questions before the advice have not been answered.', empty: 'No schemas, observations or anomalies have been recorded yet.',
    },
    advice: {
      none: 'No final reintegration advice has been recorded yet.', workTypes: 'Suitable types of work', workType: '{text}{profile}', viaProfile: ' (see job {name})',
      labels: { schooling: 'Schooling or training', guidance: 'Guidance', endGoal: 'End goal', supportNeed: 'Support need', risksAndSafeguards: 'Risks and safeguards', uncertainties: 'Uncertainties' } as Record<string, string>,
      version: 'This is advice version {number}, made final on {date}.',
    },
    wage: {
      none: 'No wage-value measurement has been recorded yet.', measured: 'The wage value was measured on {date} with {method} by {assessor}: {percentage}% in the job “{job}”, {hours} hours a week.',
      columns: ['Part', 'Amount per month'], caption: 'Wage value and wage-cost subsidy', wml: 'Statutory minimum wage (incl. holiday pay)', wageValue: 'Wage value',
      difference: 'Difference with the minimum wage', cap: 'At most 70% of the minimum wage', subsidy: 'Wage-cost subsidy', supplement: 'Flat-rate supplement for employer costs', total: 'Total subsidy',
      noRate: 'The subsidy has not been computed: {problem}',
    },
    trace: {
      none: 'Without a final advice there is no grounding per conclusion yet.', conclusion: '{label}: {text}', evidence: 'B{number} {title} ({source}, {date}{reliability})',
      confidential: 'B{number} (for the professional only; not in this report)', cell: '{ref}: {text}', profile: 'Job comparison: {name}', reliability: ', reliability {value}',
      withdrawn: ' — withdrawn', viaCell: ' (via {ref})', nothing: 'No sources linked.',
    },
    reaction: {
      notChecked: 'The draft of this report was not put to the client. Reason: {reason}', noReaction: 'The draft was put to the client on {date}. The client did not react.',
      agreed: 'The draft was put to the client on {date}. The client agrees with its content.', intro: 'The draft was put to the client on {date}. This is the client’s reaction:',
      summaryIntro: 'The draft was put to the client on {date}. The client chose a summary of their reaction; it reads:', onParagraph: 'On “{excerpt}”: {text}',
      addition: 'Addition: {text}', decision: 'How I processed it: {decision}.', explanation: 'Explanation: {text}', unprocessed: 'Not processed yet. Reason to finalise nevertheless: {reason}',
      decisions: { adopted: 'adopted', adjusted: 'adjusted', kept: 'not adopted' } as Record<string, string>, employer: 'The employer’s reaction to the parts about the employer:',
    },
  },
} as const;

export type DocWords = (typeof DOC)['nl'];

export interface Words {
  language: ReportLanguage;
  doc: DocWords;
  /** The screens' catalogues: `enums.legalContext.wia`, `judgement.enums.sourceType.employer`, `capacity.kind.own_job` … */
  t: TFunction;
  /** A date as the report prints it: 3 maart 2026 / 3 March 2026. */
  date: (iso: string | null | undefined) => string;
  /** Fills `{name}` placeholders. */
  fill: (template: string, params: Record<string, string | number>) => string;
  money: (cents: number) => string;
}

const instances = new Map<ReportLanguage, TFunction>();

export function wordsFor(language: ReportLanguage): Words {
  let t = instances.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ resources, lng: language, fallbackLng: 'nl', interpolation: { escapeValue: false }, initAsync: false, returnNull: false });
    t = instance.t.bind(instance) as TFunction;
    instances.set(language, t);
  }
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return {
    language, doc: DOC[language] as DocWords, t,
    date: (iso) => {
      if (!iso) return '';
      // A day without time is that calendar day, not midnight UTC shifted into Amsterdam.
      const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
    fill: (template, params) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)),
    money: (cents) => moneyFormat.format(cents / 100),
  };
}
