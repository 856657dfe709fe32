// The problems the judgement domain finds, in words, in the user's language (nl first, en complete).
// The store answers 400 with every problem in the `problems` fact of the one error shape, each naming
// its field; nothing is saved when there is one. Pure: unit-tested in messages.test.ts.
import type { Language } from '../platform/i18n.js';
import type { Problem, ProblemReason } from './domain.js';

type Words = Record<Language, string>;

export const REASON_WORDS: Record<ProblemReason, Words> = {
  required: { nl: 'vul dit in', en: 'fill this in' },
  too_long: { nl: 'deze tekst is te lang (ten hoogste {maximum} tekens)', en: 'this text is too long (at most {maximum} characters)' },
  too_short: { nl: 'schrijf een argument van minstens {minimum} tekens', en: 'write an argument of at least {minimum} characters' },
  date_invalid: { nl: 'dit is geen geldige datum (jjjj-mm-dd)', en: 'this is not a valid date (yyyy-mm-dd)' },
  date_in_future: { nl: 'deze datum ligt in de toekomst', en: 'this date is in the future' },
  date_in_past: { nl: 'deze datum is al voorbij', en: 'this date has already passed' },
  not_applicable: { nl: 'dit hoort niet bij deze soort informatie of keuze; laat het leeg', en: 'this does not belong with this kind or choice; leave it empty' },
  duplicate: { nl: 'iets staat er twee keer in', en: 'something is listed twice' },
  too_many: { nl: 'te veel (ten hoogste {maximum})', en: 'too many (at most {maximum})' },
  unknown_evidence: { nl: 'een gekoppelde bron hoort niet bij dit dossier', en: 'a linked source does not belong to this case' },
  withdrawn_evidence: { nl: 'bron B{number} is ingetrokken en kan niet opnieuw worden gekoppeld', en: 'source B{number} has been withdrawn and cannot be linked again' },
  unknown_factor: { nl: 'deze factor staat niet in de catalogus', en: 'this factor is not in the catalogue' },
  unknown_cell: { nl: 'deze schemacel bestaat niet', en: 'this schema cell does not exist' },
  empty_cell: { nl: 'een gekoppelde schemacel is (nog) leeg in dit dossier', en: 'a linked schema cell is (still) empty in this case' },
  unknown_profile: { nl: 'dit beroepsprofiel hoort niet bij dit dossier', en: 'this job profile does not belong to this case' },
  unknown_note: { nl: 'een gekoppelde notitie hoort niet bij dit dossier', en: 'a linked note does not belong to this case' },
  unknown_contact: { nl: 'dit contactmoment hoort niet bij dit dossier', en: 'this contact does not belong to this case' },
  unknown_document: { nl: 'dit document hoort niet bij dit dossier', en: 'this document does not belong to this case' },
  unknown_instrument: { nl: 'dit instrument staat niet in de databank van uw organisatie', en: 'this instrument is not in your organisation’s databank' },
  unknown_hypothesis: { nl: 'deze hypothese hoort niet bij dit dossier', en: 'this hypothesis does not belong to this case' },
  unknown_observation: { nl: 'deze waarneming hoort niet bij dit dossier', en: 'this observation does not belong to this case' },
  evidence_required_unwilling: {
    nl: 'een plaatsing richting ‘onwil’ vraagt om gekoppelde bronnen die haar onderbouwen',
    en: 'a placement toward ‘unwilling’ needs linked sources that support it',
  },
  end_goal_equals_support_need: {
    nl: 'het einddoel en de ondersteuningsbehoefte zijn hetzelfde; beschrijf ze elk apart',
    en: 'the end goal and the support need are the same; describe each separately',
  },
  for_and_against: { nl: 'een bron kan niet tegelijk vóór en tegen pleiten; leg de twijfel uit in het argument', en: 'a source cannot count both for and against; explain the doubt in the argument' },
  before_start: { nl: 'deze datum ligt vóór het begin', en: 'this date is before the start' },
  not_after_checkpoint: { nl: 'het volgende terugkoppelmoment moet na dit ijkpunt liggen', en: 'the next feedback moment must come after this checkpoint' },
  nothing_recorded: {
    nl: 'schrijf op wat lukte, wat niet lukte of wat er aan het beeld verandert',
    en: 'write down what succeeded, what did not, or what changes in the picture',
  },
  icf_invalid: { nl: 'dit is geen ICF-code (bijvoorbeeld d240 of e310)', en: 'this is not an ICF code (for example d240 or e310)' },
  label_for_activity: { nl: 'een vaste rij van het schema heeft al een naam', en: 'a fixed row of the schema already has a name' },
  before_previous_checkpoint: { nl: 'deze datum ligt vóór het vorige ijkpunt van dit experiment', en: 'this date is before the previous checkpoint of this experiment' },
  before_trajectory: { nl: 'deze datum ligt vóór het begin van het trial-and-error-traject', en: 'this date is before the start of the trial-and-error track' },
};

/** The fields as the forms name them. */
const FIELD_WORDS: Record<string, Words> = {
  title: { nl: 'Titel', en: 'Title' },
  sourceName: { nl: 'Naam van de bron', en: 'Name of the source' },
  body: { nl: 'Tekst', en: 'Text' },
  interest: { nl: 'Mogelijk belang of kleuring van de bron', en: 'Possible interest or bias of the source' },
  observedOn: { nl: 'Datum', en: 'Date' },
  reliability: { nl: 'Betrouwbaarheid', en: 'Reliability' },
  realityCheck: { nl: 'Toetsing aan de werkelijkheid', en: 'Reality check' },
  notInvestigatedReason: { nl: 'Waarom niet onderzocht', en: 'Why not investigated' },
  factorCodes: { nl: 'Factoren', en: 'Factors' },
  instrumentId: { nl: 'Instrument', en: 'Instrument' },
  contactId: { nl: 'Contactmoment', en: 'Contact' },
  documentId: { nl: 'Document', en: 'Document' },
  reason: { nl: 'Reden', en: 'Reason' },
  note: { nl: 'Notitie', en: 'Note' },
  noteIds: { nl: 'Gespreksnotities', en: 'Conversation notes' },
  evidenceIds: { nl: 'Gekoppelde bronnen', en: 'Linked sources' },
  label: { nl: 'Naam van de rij', en: 'Name of the row' },
  supportNeed: { nl: 'Ondersteuningsbehoefte', en: 'Support need' },
  workImplications: { nl: 'Implicaties voor eisen aan werk', en: 'Implications for work demands' },
  basis: { nl: 'Afgeleid uit', en: 'Derived from' },
  explanation: { nl: 'Verklaring', en: 'Explanation' },
  statusArgument: { nl: 'Argument bij de status', en: 'Argument for the status' },
  evidenceFor: { nl: 'Bronnen vóór', en: 'Sources for' },
  evidenceAgainst: { nl: 'Bronnen tegen', en: 'Sources against' },
  discriminator: { nl: 'Welke informatie zou de verklaringen onderscheiden?', en: 'What information would tell the explanations apart?' },
  hypotheses: { nl: 'Verklaringen', en: 'Explanations' },
  description: { nl: 'Omschrijving', en: 'Description' },
  observationId: { nl: 'Waarneming', en: 'Observation' },
  argument: { nl: 'Argument', en: 'Argument' },
  screeningReason: { nl: 'Waarom een trial-and-error-traject', en: 'Why a trial-and-error track' },
  startedOn: { nl: 'Begindatum', en: 'Start date' },
  endedOn: { nl: 'Einddatum', en: 'End date' },
  endNote: { nl: 'Afsluiting', en: 'Closing note' },
  question: { nl: 'Wat het experiment toetst', en: 'What the experiment tests' },
  hypothesisId: { nl: 'Hypothese', en: 'Hypothesis' },
  expectedSignals: { nl: 'Verwachte signalen', en: 'Expected signals' },
  vulnerabilities: { nl: 'Kwetsbaarheden van de cliënt', en: 'The client’s vulnerabilities' },
  safeguards: { nl: 'Waarborgen tegen een nieuwe faalervaring', en: 'Safeguards against a new failure experience' },
  startsOn: { nl: 'Start', en: 'Start' },
  nextFeedbackOn: { nl: 'Volgend terugkoppelmoment', en: 'Next feedback moment' },
  heldOn: { nl: 'Datum van het ijkpunt', en: 'Date of the checkpoint' },
  successExperiences: { nl: 'Succeservaringen', en: 'Success experiences' },
  failureExperiences: { nl: 'Faalervaringen', en: 'Failure experiences' },
  interventionStyles: { nl: 'Interventiestijl', en: 'Intervention style' },
  pictureChanges: { nl: 'Wat verandert er aan het beeld', en: 'What changes in the picture' },
  name: { nl: 'Naam', en: 'Name' },
  construct: { nl: 'Wat het meet', en: 'What it measures' },
  validationNote: { nl: 'Toelichting op de validering', en: 'Note on validation' },
  provider: { nl: 'Aanbieder', en: 'Provider' },
  fitsWhen: { nl: 'Wanneer het past', en: 'When it fits' },
  comment: { nl: 'Toelichting', en: 'Comment' },
  labelNl: { nl: 'Naam (Nederlands)', en: 'Name (Dutch)' },
  labelEn: { nl: 'Naam (Engels)', en: 'Name (English)' },
  icfCode: { nl: 'ICF-code', en: 'ICF code' },
  workTypes: { nl: 'Passende soorten werk', en: 'Suitable types of work' },
  schooling: { nl: 'Scholing of training', en: 'Schooling or training' },
  guidance: { nl: 'Begeleiding', en: 'Guidance' },
  endGoal: { nl: 'Einddoel', en: 'End goal' },
  risksAndSafeguards: { nl: 'Risico’s en waarborgen', en: 'Risks and safeguards' },
  uncertainties: { nl: 'Onzekerheden', en: 'Uncertainties' },
  text: { nl: 'tekst', en: 'text' },
  cellRefs: { nl: 'schemacellen', en: 'schema cells' },
  profileId: { nl: 'beroepsprofiel', en: 'job profile' },
  referralTo: { nl: 'Verwijzen naar', en: 'Refer to' },
  counter_arguments: { nl: 'Wat spreekt tegen de gekozen koers?', en: 'What speaks against the chosen course?' },
  change_conditions: { nl: 'Wat zou u van koers doen veranderen?', en: 'What would make you change course?' },
  open_hypotheses: { nl: 'Open hypothesen', en: 'Open hypotheses' },
  assumptions_and_gaps: { nl: 'Aannames en bekende hiaten', en: 'Assumptions and known gaps' },
  expertise_boundary: { nl: 'Grens van de expertise', en: 'Boundary of expertise' },
};

/** "Einddoel, tekst", "Passende soorten werk 2, beroepsprofiel": a path as the form names it. */
export function fieldWords(language: Language, field: string): string {
  const parts = field.split('.').filter((p) => p !== 'answers');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) { words[words.length - 1] = `${words[words.length - 1] ?? ''} ${Number(part) + 1}`; continue; }
    words.push(FIELD_WORDS[part]?.[language] ?? part);
  }
  return words.join(', ');
}

const fill = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] !== undefined ? String(params[name]) : whole));

export interface ProblemText { field: string; message: string }

export function problemText(language: Language, problem: Problem): ProblemText {
  return { field: problem.field, message: `${fieldWords(language, problem.field)}: ${fill(REASON_WORDS[problem.reason][language], problem.params)}` };
}
