// Passend's standard templates, one per context: version 1 of every organisation's template, which its
// administrator then adapts (sections, order, standard texts, letterhead, logo). The section order
// follows how Dutch labour-expert reports are usually built: question, sources, how the contacts went,
// the client's perspective, capacity against demands, the analysis, the advice, and the client's
// reaction; the Poortwachter first-year assessment walks the four questions of spoor 1 and 2
// (social-domain.md §3), the Participatiewet report ends in the wage value (§4).
import type { ReportContext, TemplateContent, TemplateSection } from './domain.js';

const s = (kind: TemplateSection['kind'], title: string, forEmployer: boolean, standardText = ''): TemplateSection => ({ kind, title, standardText, forEmployer });

const opening = s('assignment', 'Opdracht en vraagstelling', true);
const sources = s('sources', 'Gebruikte bronnen', false, 'Voor dit onderzoek heb ik de volgende bronnen gebruikt.');
const contactForm = s('contact_form', 'Verantwoording contactvorm', false);
const perspective = s('client_perspective', 'Het perspectief van de cliënt', false);
const capacity = s('capacity', 'Belastbaarheid en belasting', true,
  'Hieronder staat per functie waar de belasting van het werk de belastbaarheid overschrijdt. De belastbaarheid is vastgesteld door de arts; de weging is van mij als arbeidsdeskundige.');
const analysis = s('analysis', 'Analyse', false);
const advice = s('advice', 'Advies', true);
const trace = s('trace', 'Bijlage: onderbouwing van de conclusies', false);
const reaction = s('client_reaction', 'Reactie van de cliënt', true);

export const STANDARD_TEMPLATES: Record<ReportContext, TemplateContent> = {
  poortwachter: {
    name: 'Arbeidsdeskundig onderzoek eerstejaars (Wet verbetering poortwachter)',
    letterheadLines: [],
    sections: [
      opening, sources, contactForm, perspective, capacity,
      s('own_work', 'Eigen werk', true),
      s('adapted_work', 'Eigen werk met aanpassingen', true),
      s('other_work_internal', 'Ander werk bij de eigen werkgever', true),
      s('spoor2', 'Werk bij een andere werkgever (spoor 2)', true),
      analysis, advice, reaction, trace,
    ],
  },
  participatiewet: {
    name: 'Arbeidsdeskundig onderzoek Participatiewet (loonwaarde)',
    letterheadLines: [],
    sections: [
      opening, sources, contactForm, perspective, capacity, analysis, advice,
      s('wage_value', 'Loonwaarde en loonkostensubsidie', true,
        'De loonwaarde is vastgesteld op de werkplek, met een gevalideerde methode. De loonkostensubsidie is het verschil tussen het wettelijk minimumloon en de loonwaarde, tot ten hoogste 70% van het minimumloon (Participatiewet art. 10d).'),
      reaction, trace,
    ],
  },
  letselschade: {
    name: 'Arbeidsdeskundig onderzoek letselschade',
    letterheadLines: [],
    sections: [
      opening, sources, contactForm, perspective,
      s('free', 'Situatie vóór het ongeval', false),
      capacity, analysis, advice,
      s('free', 'Verlies aan verdienvermogen', false, 'Deze rapportage beschrijft de mogelijkheden; de berekening van de schade is aan partijen.'),
      reaction, trace,
    ],
  },
  aov: {
    name: 'Arbeidsdeskundig onderzoek arbeidsongeschiktheidsverzekering (AOV)',
    letterheadLines: [],
    sections: [
      opening, sources, contactForm, perspective,
      s('free', 'Het verzekerde beroep', false, 'Het verzekerde beroep zoals dat in de polis staat, en hoe de cliënt het uitoefende.'),
      capacity, analysis, advice, reaction, trace,
    ],
  },
  general: {
    name: 'Arbeidsdeskundig onderzoek (algemeen)',
    letterheadLines: [],
    sections: [opening, sources, contactForm, perspective, capacity, analysis, advice, reaction, trace],
  },
};
