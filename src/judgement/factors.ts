// The secondary factors named in seed 001 (shared/domain/secondary-factors.md §3), as data: a catalogue
// to tag evidence with, for finding and reflecting, never for scoring. The report deliberately gives no
// priority ("every time the specific situation shows what matters"), so a factor has no weight here and
// nothing is ever added up. An organisation extends the catalogue with its own factors (table
// judgement_factors). ICF codes are given only where an ICF category plainly covers the factor (ICF,
// WHO 2001; personal factors have no ICF codes at all, as the seed notes: "ICF only categorises").

export const FACTOR_GROUPS = [
  'psychological', 'personality', 'motivation', 'skills', 'social_environment', 'substances', 'inactivity', 'work_environment', 'cultural', 'biography',
] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number];

export interface Factor {
  code: string;
  group: FactorGroup;
  label: { nl: string; en: string };
  icf: string | null;
}

type Entry = [code: string, nl: string, en: string, icf?: string];

const GROUPS: Record<FactorGroup, { label: { nl: string; en: string }; factors: Entry[] }> = {
  psychological: {
    label: { nl: 'Psychisch en zelfbeeld', en: 'Psychological and self-image' },
    factors: [
      ['feeling_incapable', 'Zich onbekwaam voelen na eerdere faalervaringen', 'Feeling incapable after earlier failures'],
      ['negative_self_image', 'Negatief zelfbeeld', 'Negative self-image'],
      ['condition_not_accepted', 'Aandoening niet geaccepteerd of verwerkt', 'Condition not accepted or processed'],
      ['grief_and_loss', 'Rouw en verlies', 'Grief and loss'],
      ['identity_loss', 'Verlies van identiteit', 'Loss of identity'],
      ['anxiety', 'Angst', 'Anxiety', 'b152'],
      ['fear_of_failure', 'Faalangst', 'Fear of failure'],
      ['low_self_confidence', 'Weinig zelfvertrouwen', 'Low self-confidence'],
      ['assertiveness', 'Assertiviteit', 'Assertiveness'],
      ['mental_resilience', 'Psychische weerbaarheid', 'Mental resilience', 'd240'],
      ['tension', 'Spanning', 'Tension', 'b152'],
      ['stimulus_sensitivity', 'Prikkelgevoeligheid', 'Sensitivity to stimuli'],
      ['concentration', 'Concentratie- en informatieverwerkingsproblemen', 'Concentration and information-processing problems', 'b140'],
      ['self_insight', 'Zelfinzicht en ziekte-inzicht', 'Self-insight and illness insight', 'b1644'],
      ['misjudging_own_abilities', 'Over- of onderschatting van eigen kunnen en beperkingen', 'Over- or underestimating own abilities and limitations'],
      ['denial', 'Ontkenning', 'Denial'],
      ['lethargy', 'Lethargie', 'Lethargy', 'b130'],
      ['resignation', 'Berusting', 'Resignation'],
      ['identity_crisis', 'Identiteitscrisis', 'Identity crisis'],
      ['fear_of_relapse', 'Angst voor terugval', 'Fear of relapse'],
    ],
  },
  personality: {
    label: { nl: 'Persoonlijkheid', en: 'Personality' },
    factors: [
      ['character', 'Karakter', 'Character', 'b126'],
      ['bottling_up', 'Dingen opkroppen', 'Bottling things up'],
      ['perfectionism', 'Perfectionisme', 'Perfectionism'],
      ['sense_of_responsibility', 'Verantwoordelijkheidsgevoel', 'Sense of responsibility'],
      ['introversion', 'Introversie', 'Introversion'],
      ['perseverance', 'Doorzettingsvermogen', 'Perseverance'],
      ['headstrong', 'Eigenwijs, snel boos', 'Headstrong, quick to anger'],
      ['life_orientation', 'Levensoriëntatie', 'Life orientation'],
      ['norms_and_habits', 'Normen en gewoonten', 'Norms and habits'],
      ['drives', 'Drijfveren', 'Drives'],
      ['motivation_type', 'Intrinsieke of extrinsieke motivatie', 'Intrinsic or extrinsic motivation'],
    ],
  },
  motivation: {
    label: { nl: 'Motivatie en oriëntatie', en: 'Motivation and orientation' },
    factors: [
      ['motivation', 'Motivatie (waar blijkt die uit?)', 'Motivation (where does it show?)', 'b1301'],
      ['wishes', 'Wensen', 'Wishes'],
      ['interests', 'Interesses', 'Interests'],
      ['work_orientation', 'Arbeidsoriëntatie', 'Work orientation'],
      ['meaning_of_work', 'Betekenis van werk', 'Meaning of work'],
      ['job_search_behaviour', 'Zoekgedrag naar werk', 'Job-search behaviour', 'd845'],
      ['school_and_work_choices', 'Keuzes in opleiding en werk', 'Choices in schooling and work'],
      ['frame_of_reference', 'Referentiekader (bijvoorbeeld een broer nadoen)', 'Frame of reference (e.g. copying a brother)'],
      ['wanting_to_belong', 'Erbij willen horen', 'Wanting to belong'],
      ['financial_necessity', 'Financiële noodzaak', 'Financial necessity', 'd870'],
      ['unwillingness_or_inability', 'Onwil of onkunde', 'Unwillingness or inability'],
      ['own_responsibility', 'Eigen verantwoordelijkheid', 'Own responsibility'],
    ],
  },
  skills: {
    label: { nl: 'Vaardigheden en capaciteiten', en: 'Skills and capacities' },
    factors: [
      ['occupational_skills', 'Beroepsvaardigheden', 'Occupational skills'],
      ['education_diplomas', 'Opleiding en diploma’s', 'Education and diplomas'],
      ['learning_ability', 'Leervermogen', 'Learning ability', 'd155'],
      ['cognitive_skills', 'Cognitieve vaardigheden', 'Cognitive skills', 'b164'],
      ['self_reliance', 'Zelfredzaamheid', 'Self-reliance'],
      ['social_functioning', 'Sociaal functioneren', 'Social functioning', 'd720'],
      ['communication', 'Communicatie', 'Communication', 'd350'],
      ['problem_solving', 'Analyse en probleemoplossing', 'Analysis and problem solving', 'd175'],
      ['initiative', 'Initiatief', 'Initiative'],
      ['competences', 'Competenties', 'Competences'],
      ['compensating_qualities', 'Compenserende kwaliteiten', 'Compensating qualities'],
      ['dutch_proficiency', 'Beheersing van het Nederlands (spreken, schrijven, lezen)', 'Dutch proficiency (speaking, writing, reading)', 'd330'],
    ],
  },
  social_environment: {
    label: { nl: 'Sociale en privéomgeving', en: 'Social and private environment' },
    factors: [
      ['informal_care', 'Mantelzorg', 'Informal care duties', 'd660'],
      ['debts', 'Schulden', 'Debts', 'd870'],
      ['family_problems', 'Gezinsproblemen', 'Family problems', 'd760'],
      ['household', 'Huishouden', 'Household', 'd640'],
      ['overprotective_environment', 'Overbeschermende of conditionerende omgeving', 'Overprotective or conditioning environment', 'e410'],
      ['partner', 'Partner', 'Partner', 'e310'],
      ['social_network', 'Sociaal netwerk en steun', 'Social network and support', 'e320'],
      ['housing', 'Huisvesting', 'Housing', 'd610'],
      ['burdening_home_situation', 'Belastende thuissituatie', 'Burdening home situation'],
    ],
  },
  substances: {
    label: { nl: 'Middelen', en: 'Substances' },
    factors: [
      ['substance_use', 'Middelengebruik', 'Substance use'],
      ['addiction', 'Verslaving', 'Addiction'],
    ],
  },
  inactivity: {
    label: { nl: 'Gevolgen van inactiviteit', en: 'Consequences of inactivity' },
    factors: [
      ['lost_daily_rhythm', 'Dagritme kwijt', 'Lost daily rhythm', 'd230'],
      ['sleep_hygiene', 'Slaaphygiëne', 'Sleep hygiene', 'b134'],
      ['structuring_the_day', 'De dag invullen en structureren', 'Structuring the day', 'd230'],
      ['lower_pace', 'Lager tempo', 'Lower pace'],
      ['lost_skills', 'Vaardigheden kwijtgeraakt', 'Lost skills'],
      ['settled_without_work', 'Ingericht leven zonder werk', 'A settled life without work'],
      ['earlier_failed_trajectories', 'Eerder mislukte trajecten', 'Earlier failed trajectories'],
    ],
  },
  work_environment: {
    label: { nl: 'Werkomgeving', en: 'Work environment' },
    factors: [
      ['pecking_order', 'Pikorde en omgang op het werk', 'Pecking order and social interaction at work', 'e425'],
      ['work_atmosphere', 'Sfeer, veiligheid en enthousiasme', 'Atmosphere, safety and enthusiasm'],
      ['employer_goodwill', 'Goodwill bij de werkgever', 'Goodwill with the employer', 'e430'],
      ['employer_pressure', 'Druk van de werkgever', 'Employer pressure', 'e430'],
      ['unreliable_employer', 'Onbetrouwbare werkgever, loon niet betaald', 'Unreliable employer, unpaid wages'],
      ['contract_not_renewed', 'Tijdelijk contract niet verlengd', 'Temporary contract not renewed'],
      ['hectic_work', 'Hectisch werk', 'Hectic work'],
    ],
  },
  cultural: {
    label: { nl: 'Cultuur en migratie', en: 'Culture and migration' },
    factors: [
      ['view_of_employers', 'Andere kijk op werkgevers', 'Different view of employers'],
      ['metaphorical_complaints', 'Psychische klachten in beeldspraak', 'Psychological complaints expressed in metaphor'],
      ['women_at_work', 'Houding tegenover vrouwen op het werk', 'Attitude to women at work'],
      ['social_security_knowledge', 'Kennis van de sociale zekerheid', 'Knowledge of social security', 'e570'],
      ['civic_integration', 'Inburgering', 'Civic integration'],
      ['perceived_injustice', 'Ervaren onrecht', 'Perceived injustice'],
      ['life_plans_income', 'Levensplannen die een minimuminkomen vragen', 'Life plans requiring a minimum income'],
    ],
  },
  biography: {
    label: { nl: 'Biografie', en: 'Biography' },
    factors: [
      ['childhood', 'Jeugd en opvoeding', 'Childhood and upbringing'],
      ['high_expectations', 'Hoge verwachtingen uit de omgeving', 'High expectations from background'],
      ['bullying', 'Gepest', 'Bullying'],
      ['truancy', 'Spijbelen', 'Truancy'],
      ['anomalous_history', 'Afwijkend patroon in opleiding en werk', 'Anomalous patterns in schooling and work history'],
      ['undisclosed_medical_history', 'Niet gemelde medische voorgeschiedenis', 'Undisclosed medical history'],
    ],
  },
};

export const FACTOR_GROUP_LABELS: Record<FactorGroup, { nl: string; en: string }> = Object.fromEntries(
  FACTOR_GROUPS.map((g) => [g, GROUPS[g].label]),
) as Record<FactorGroup, { nl: string; en: string }>;

/** The shipped catalogue, in the seed's order. */
export const SHIPPED_FACTORS: readonly Factor[] = FACTOR_GROUPS.flatMap((group) =>
  GROUPS[group].factors.map(([code, nl, en, icf]) => ({ code, group, label: { nl, en }, icf: icf ?? null })));

/** An organisation's own factor is named `org:<uuid>`, so it never collides with a shipped code. */
export const orgFactorCode = (id: string) => `org:${id}`;

/** ICF codes as the classification writes them: a component letter, then a chapter (one digit) or a
 *  category of the second, third or fourth level (three, four or five digits: d2, d240, d2400, d24000). */
export const ICF_CODE = /^[bsde](?:\d|\d{3,5})$/;
