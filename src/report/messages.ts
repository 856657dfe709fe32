// The report's refusals in words, Dutch and English: every problem names its field and says what to do.
import type { Language } from '../platform/i18n.js';
import type { ReportProblem, ReportProblemReason } from './domain.js';

type Words = Record<Language, string>;

export const REASON_WORDS: Record<ReportProblemReason, Words> = {
  required: { nl: 'Vul dit in.', en: 'Fill this in.' },
  too_long: { nl: 'Dit is te lang: ten hoogste {maximum} tekens.', en: 'This is too long: at most {maximum} characters.' },
  too_many: { nl: 'Dit zijn er te veel: ten hoogste {maximum}.', en: 'There are too many: at most {maximum}.' },
  unknown_section: { nl: 'Passend kent geen sectie van de soort “{kind}”. Kies een van de bekende soorten.', en: 'Passend knows no section of the kind “{kind}”. Choose one of the known kinds.' },
  duplicate_section: { nl: 'De sectie van de soort “{kind}” staat er al in; alleen eigen tekst mag vaker voorkomen.', en: 'The section of the kind “{kind}” is already there; only own text may appear more than once.' },
  section_required: { nl: 'Deze sjabloon mist de verplichte sectie van de soort “{kind}”.', en: 'This template lacks the required section of the kind “{kind}”.' },
  logo_type: { nl: 'Het logo moet een PNG- of JPEG-afbeelding zijn.', en: 'The logo must be a PNG or JPEG image.' },
  logo_too_large: { nl: 'Het logo is te groot: ten hoogste {maximum} kB.', en: 'The logo is too large: at most {maximum} kB.' },
  logo_damaged: {
    nl: 'Het logo is beschadigd of onvolledig: Passend kan de afbeelding niet lezen. Sla het opnieuw op als PNG of JPEG en probeer het nog eens.',
    en: 'The logo is damaged or incomplete: Passend cannot read the image. Save it again as PNG or JPEG and try again.',
  },
  logo_dimensions: { nl: 'Het logo moet tussen 1 en {maximum} pixels breed en hoog zijn.', en: 'The logo must be between 1 and {maximum} pixels wide and high.' },
  change_note_required: { nl: 'Schrijf wat er verandert en waarom (ten minste {minimum} tekens).', en: 'Write what changes and why (at least {minimum} characters).' },
  final_is_final: { nl: 'Deze versie is definitief en verzegeld; zij verandert niet meer. Maak een correctie: een nieuwe versie.', en: 'This version is final and sealed; it no longer changes. Make a correction: a new version.' },
  in_check: { nl: 'Het concept ligt bij de cliënt ter controle. Hervat eerst het bewerken.', en: 'The draft is with the client for checking. Resume editing first.' },
  not_in_check: { nl: 'Het concept ligt niet ter controle.', en: 'The draft is not out for checking.' },
  stale_page: { nl: 'Iemand anders heeft het concept intussen gewijzigd. Laad de pagina opnieuw; er is niets opgeslagen.', en: 'Someone else changed the draft meanwhile. Reload the page; nothing was saved.' },
  unknown_paragraph: { nl: 'Elke alinea heeft een eigen kenmerk; twee alinea’s hebben hetzelfde.', en: 'Every paragraph has its own id; two paragraphs share one.' },
  empty_section: { nl: 'De sectie “{title}” is leeg. Schrijf er iets in of ververs haar uit het dossier.', en: 'The section “{title}” is empty. Write something or refresh it from the case.' },
  reason_required: {
    nl: 'Leg vast waarom u toch afrondt: de cliënt heeft het concept niet gecontroleerd of er zijn {unprocessed} reacties niet verwerkt (ten minste {minimum} tekens).',
    en: 'Record why you finalise nevertheless: the client did not check the draft or {unprocessed} reactions are unprocessed (at least {minimum} characters).',
  },
  summary_required: { nl: 'De cliënt koos voor een samenvatting van de reactie. Schrijf die samenvatting.', en: 'The client chose a summary of their reaction. Write that summary.' },
  not_final: { nl: 'Alleen een definitieve versie kan worden verstuurd of gecorrigeerd.', en: 'Only a final version can be sent or corrected.' },
  no_email: { nl: 'Van deze ontvanger is geen e-mailadres bekend. Vul het aan in het dossier.', en: 'No e-mail address is known for this recipient. Add it in the case file.' },
  unknown_recipient: { nl: 'Deze ontvanger staat niet in dit dossier.', en: 'This recipient is not in this case file.' },
  nothing_to_check: { nl: 'Het concept heeft nog geen tekst om te laten controleren.', en: 'The draft has no text to be checked yet.' },
  no_employer_sections: { nl: 'Geen enkele alinea is voor de werkgever gemarkeerd.', en: 'No paragraph is marked for the employer.' },
};

export interface ProblemText { field: string; message: string }

export function problemText(language: Language, problem: ReportProblem): ProblemText {
  const template = REASON_WORDS[problem.reason][language];
  const params = problem.params ?? {};
  return { field: problem.field, message: template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole)) };
}
