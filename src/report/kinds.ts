// The report's code lists and limits that the screens share with the server: no Node imports, so the
// browser bundle reads the very same lists (domain.ts re-exports them with the rules around them).
export { EXPLANATION_MIN } from '../conversation/domain.js';

/** The templates an organisation has, one per context (issue 8). */
export const REPORT_CONTEXTS = ['poortwachter', 'participatiewet', 'letselschade', 'aov', 'general'] as const;
export type ReportContext = (typeof REPORT_CONTEXTS)[number];

/**
 * What a section is filled from. `free` is the expert's own text (the template's standard text); the
 * others are assembled from the case (assemble.ts), never typed twice.
 */
export const SECTION_KINDS = [
  'assignment', // opdracht en vraagstelling
  'sources', // gebruikte bronnen: documents, contacts, conversations, tests
  'contact_form', // Verantwoording contactvorm (seed 000 P7, P11)
  'client_perspective', // het perspectief van de cliënt (Gezien & Gehoord)
  'capacity', // belastbaarheid tegenover belasting, overschrijdingen per profiel
  'own_work', // Poortwachter: eigen werk
  'adapted_work', // Poortwachter: eigen werk aangepast
  'other_work_internal', // Poortwachter: ander werk bij de eigen werkgever
  'spoor2', // Poortwachter: werk bij een andere werkgever (spoor 2)
  'analysis', // schema's, hypothesen, tegenargumenten, bekende lacunes
  'advice', // het re-integratieadvies
  'wage_value', // Participatiewet: loonwaarde en loonkostensubsidie
  'trace', // bijlage: elke conclusie met haar grond
  'client_reaction', // de reactie van de cliënt, of een getrouwe samenvatting
  'free', // eigen tekst
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A correction, a template change: what changed and why, in at least this many characters. */
export const CHANGE_NOTE_MIN = 10;
