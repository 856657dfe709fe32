// The FML item catalogue as DATA (issue 6; ../shared/domain/social-domain.md §5), pure: the types, the
// shipped representative selection of the six sections, and `validateCatalogue`, which an
// administrator's upload goes through so that the full official list or a successor (AKC
// Inzetbaarheidslijst, BAR) loads without code changes. No I/O; no zod (the check names every problem
// with its path itself).
//
// Where the wording comes from. The level texts below are those of the UWV *Functionele
// Mogelijkhedenlijst* in its 2015 layout (rubrieken I–VI, items numbered per rubriek), as found in a
// public transcription of the FML form (a report template in a public repository that copies the
// form's item texts verbatim). Item I-1 was checked against two more public sources: docplayer.nl
// "De Functiemogelijkhedenlijst (FML)" (the older CBBS list, which also gives the definition used for
// I-1) and ecjp.nl "De Functionele Mogelijkhedenlijst: deze 6 rubrieken zijn bepalend". Only items
// whose complete wording was found are shipped; obvious typing slips in the transcription are mended
// and marked "(mended)". Items are left OUT where the form's answers are not an ordered scale
// (e.g. I-5 doelmatig handelen, I-8 / II-12 specifieke voorwaarden, II-6 emotionele problemen van
// anderen hanteren, III-1 temperatuur: "hitte" and "koude" are alternatives, not steps), because a
// comparison needs order; the labour expert records those as notes. The source gives a separate
// definition only for I-1; the other items carry `definition: null` (their levels say what they mean).
// English texts are Passend's own translation, not an official one.

/** A text in Dutch (authoritative) and English. */
export interface Text {
  nl: string;
  en: string;
}
/** Wording where the English translation may be missing in an uploaded list. */
export interface Wording {
  nl: string;
  en: string | null;
}

export interface SectionDef {
  code: string;
  label: Text;
}

/** One step of an ordinal scale; index 0 is the normal value (*normaalwaarde*), higher = more limited. */
export interface OrdinalLevel {
  code: string;
  label: Text;
  boundary: Wording;
}

/** A level of the official list on a measured item, with its amount where the boundary gives one. */
export interface Anchor {
  code: string;
  label: Text;
  boundary: Wording;
  /** null where the boundary is not one number ("minder dan …", "niet of nauwelijks") or is the unlimited normal value. */
  amount: number | null;
}

export interface PeriodDef {
  code: string;
  label: Text;
  /** 'HH:MM'; `to` before `from` means the period runs past midnight. */
  from: string;
  to: string;
}

/** A level of the official list on the periods item, with the periods it leaves (null: no exact mapping). */
export interface PeriodAnchor {
  code: string;
  label: Text;
  boundary: Wording;
  allowed: string[] | null;
}

interface ItemBase {
  section: string;
  code: string;
  label: Text;
  definition: Wording | null;
}
export type OrdinalItem = ItemBase & { kind: 'ordinal'; levels: OrdinalLevel[] };
export type QuantityItem = ItemBase & {
  kind: 'quantity';
  /** Canonical unit key, e.g. 'kg', 'newton', 'cm', 'minutes', 'times_per_hour'. */
  unit: string;
  /** True where a higher demand is heavier (kilograms lifted); false where a lower one is (rare). */
  higherIsHeavier: boolean;
  anchors: Anchor[];
};
export type HoursItem = ItemBase & { kind: 'hours'; per: 'day' | 'week'; anchors: Anchor[] };
export type PeriodsItem = ItemBase & { kind: 'periods'; periods: PeriodDef[]; anchors: PeriodAnchor[] };
export type CatalogueItem = OrdinalItem | QuantityItem | HoursItem | PeriodsItem;
export type ItemKind = CatalogueItem['kind'];
export const ITEM_KINDS = ['ordinal', 'quantity', 'hours', 'periods'] as const satisfies readonly ItemKind[];

export interface Catalogue {
  name: string;
  version: string;
  /** Where the list and its wording come from. */
  source: string;
  sections: SectionDef[];
  items: CatalogueItem[];
}

export interface CatalogueRef {
  name: string;
  version: string;
}
export const refOf = (c: Catalogue): CatalogueRef => ({ name: c.name, version: c.version });

/** Units the shipped list uses, with their display labels; an uploaded list may bring others. */
export const UNIT_LABELS: Record<string, Text> = {
  kg: { nl: 'kg', en: 'kg' },
  newton: { nl: 'N', en: 'N' },
  cm: { nl: 'cm', en: 'cm' },
  minutes: { nl: 'minuten achtereen', en: 'minutes at a stretch' },
  times_per_hour: { nl: 'keer per uur', en: 'times per hour' },
  hours_per_day: { nl: 'uur per dag', en: 'hours per day' },
  hours_per_week: { nl: 'uur per week', en: 'hours per week' },
};

// ---- the shipped list ----------------------------------------------------------------------------

const L = (nl: string, en: string): Text => ({ nl, en });
const NORM = L('Norm', 'Normal');
const BEPERKT = L('Beperkt', 'Limited');
const STERK = L('Sterk beperkt', 'Strongly limited');
const LICHT = L('Licht beperkt', 'Slightly limited');
const ENIGSZINS = L('Enigszins beperkt', 'Somewhat limited');
const ZEER = L('Zeer beperkt', 'Very limited');

const lvl = (code: string, label: Text, nl: string, en: string): OrdinalLevel => ({ code, label, boundary: { nl, en } });
const anc = (code: string, label: Text, nl: string, en: string, amount: number | null): Anchor => ({ code, label, boundary: { nl, en }, amount });

/** "0 Norm. Geen specifieke beperkingen … / 1 Beperkt, namelijk: …": the two-step items of II and III. */
function twoStep(section: string, code: string, label: Text, normNl: string, normEn: string): OrdinalItem {
  return {
    section, code, label, definition: null, kind: 'ordinal',
    levels: [lvl('0', NORM, normNl, normEn), lvl('1', BEPERKT, 'Beperkt, namelijk: …', 'Limited, namely: … (the physician specifies)')],
  };
}
const NO_SPECIFIC = ['Geen specifieke beperkingen.', 'No specific limitations.'] as const;
const NO_SPECIFIC_DAILY = ['Geen specifieke beperkingen in het dagelijks functioneren.', 'No specific limitations in daily functioning.'] as const;

export const SECTIONS_FML: SectionDef[] = [
  { code: 'I', label: L('Persoonlijk functioneren', 'Personal functioning') },
  { code: 'II', label: L('Sociaal functioneren', 'Social functioning') },
  { code: 'III', label: L('Aanpassing aan fysieke omgevingseisen', 'Adapting to physical environmental demands') },
  { code: 'IV', label: L('Dynamische handelingen', 'Dynamic actions') },
  { code: 'V', label: L('Statische houdingen', 'Static postures') },
  { code: 'VI', label: L('Werktijden', 'Working hours') },
];

const ITEMS_FML: CatalogueItem[] = [
  // ---- I Persoonlijk functioneren (the form adds "in het dagelijks functioneren" to I-1 … I-7)
  {
    section: 'I', code: 'I-1', label: L('Vasthouden van de aandacht (concentreren)', 'Sustaining attention (concentrating)'),
    // Definition from the older CBBS list (docplayer.nl; ecjp.nl), the same item.
    definition: {
      nl: 'Zich volledig richten op de verwerking van informatie uit één bron en zich afsluiten voor afleiding door informatie uit andere bronnen.',
      en: 'Focusing fully on processing information from one source and shutting out distraction by information from other sources.',
    },
    kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan de aandacht tenminste een half uur richten op één informatiebron.', 'Can keep attention on one information source for at least half an hour.'),
      lvl('1', BEPERKT, 'Kan de aandacht niet langer dan een half uur richten op één informatiebron.', 'Cannot keep attention on one information source for longer than half an hour.'),
      lvl('2', STERK, 'Kan de aandacht niet langer dan 5 minuten richten op één informatiebron.', 'Cannot keep attention on one information source for longer than 5 minutes.'),
    ],
  },
  {
    section: 'I', code: 'I-2', label: L('Verdelen van de aandacht', 'Dividing attention'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan de aandacht alternerend richten op meerdere uiteenlopende informatiebronnen (verkeersdeelname met een voertuig).',
        'Can turn attention alternately to several different information sources (driving a vehicle in traffic).'),
      lvl('1', BEPERKT, 'Kan de aandacht alternerend richten op een beperkt aantal informatiebronnen (reizen met het OV).',
        'Can turn attention alternately to a limited number of information sources (travelling by public transport).'),
      lvl('2', STERK, 'Kan niet of nauwelijks de aandacht alternerend richten op uiteenlopende informatiebronnen.',
        'Cannot, or can hardly, turn attention alternately to different information sources.'),
    ],
  },
  {
    section: 'I', code: 'I-3', label: L('Herinneren', 'Remembering'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan zich doorgaans tijdig, zonder ongebruikelijke hulpmiddelen, relevante zaken herinneren.',
        'Can usually remember relevant matters in time, without unusual aids.'),
      lvl('1', BEPERKT, 'Moet regelmatig dingen apart opschrijven als geheugensteun om de continuïteit van handelen te waarborgen.',
        'Regularly has to write things down as a memory aid to keep their actions continuous.'),
      lvl('2', STERK, 'Weet zich onontbeerlijke alledaagse gegevens (tijd/plaats/persoon/onderwerp) niet te herinneren en kan dit niet compenseren met hulpmiddelen.',
        'Cannot remember indispensable everyday facts (time/place/person/subject) and cannot compensate for this with aids.'),
    ],
  },
  {
    section: 'I', code: 'I-7', label: L('Handelingstempo', 'Pace of action'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Er zijn geen specifieke beperkingen in handelingstempo in het dagelijks functioneren.', 'No specific limitations in pace of action in daily functioning.'),
      lvl('1', BEPERKT, 'Het handelingstempo is aanmerkelijk vertraagd.', 'The pace of action is considerably slowed.'),
    ],
  },
  {
    section: 'I', code: 'I-9', label: L('Mate van zelfstandigheid', 'Degree of independence'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Geen beperkingen.', 'No limitations.'),
      lvl('1', BEPERKT, 'Is aangewezen op vaste/bekende werkwijzen.', 'Depends on fixed/familiar ways of working.'),
      lvl('2', STERK, 'Is aangewezen op volledig voorgestructureerd werk.', 'Depends on fully pre-structured work.'),
    ],
  },

  // ---- II Sociaal functioneren
  twoStep('II', 'II-1', L('Zien', 'Seeing'), ...NO_SPECIFIC_DAILY),
  twoStep('II', 'II-2', L('Horen', 'Hearing'), ...NO_SPECIFIC_DAILY),
  twoStep('II', 'II-3', L('Spreken', 'Speaking'), ...NO_SPECIFIC_DAILY),
  twoStep('II', 'II-4', L('Schrijven', 'Writing'), ...NO_SPECIFIC_DAILY),
  {
    section: 'II', code: 'II-8', label: L('Omgaan met conflicten', 'Handling conflicts'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Geen specifieke beperking.', 'No specific limitation.'),
      lvl('1', BEPERKT, 'Kan een conflict met agressieve/onredelijke mensen uitsluitend in telefonisch of schriftelijk contact hanteren.',
        'Can handle a conflict with aggressive/unreasonable people only by telephone or in writing.'),
      lvl('2', STERK, 'Kan doorgaans geen conflicten hanteren.', 'Usually cannot handle conflicts.'),
    ],
  },
  {
    section: 'II', code: 'II-9', label: L('Samenwerken', 'Cooperating'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan in onderlinge afstemming met anderen een taak gezamenlijk uitvoeren (werken in teamverband).',
        'Can carry out a task together with others in mutual coordination (working in a team).'),
      lvl('1', BEPERKT, 'Kan met anderen samenwerken, maar met een eigen, van tevoren afgebakende deeltaak.',
        'Can work with others, but on an own subtask marked off in advance.'),
      lvl('2', STERK, 'Kan doorgaans niet met anderen samenwerken.', 'Usually cannot work together with others.'),
    ],
  },

  // ---- III Aanpassing aan fysieke omgevingseisen
  twoStep('III', 'III-2', L('Tocht', 'Draughts'), ...NO_SPECIFIC),
  twoStep('III', 'III-3', L('Huidcontact', 'Skin contact'), ...NO_SPECIFIC),
  twoStep('III', 'III-4', L('Beschermende middelen', 'Protective equipment'), ...NO_SPECIFIC),
  twoStep('III', 'III-5', L('Stof, rook, gassen en/of dampen', 'Dust, smoke, gases and/or vapours'), ...NO_SPECIFIC),
  twoStep('III', 'III-6', L('Geluidsbelasting', 'Noise exposure'), ...NO_SPECIFIC),
  twoStep('III', 'III-7', L('Trillingsbelasting', 'Vibration exposure'), ...NO_SPECIFIC),

  // ---- IV Dynamische handelingen
  {
    section: 'IV', code: 'IV-4', label: L('Werken met toetsenbord en/of muis', 'Working with keyboard and/or mouse'), definition: null, kind: 'ordinal',
    levels: [
      // (mended) the transcription reads "… werkdag een met een toetsenbord …"
      lvl('0', NORM, 'Kan zo nodig gedurende het merendeel van de werkdag met een toetsenbord en/of muis werken.',
        'Can, if needed, work with a keyboard and/or mouse for most of the working day.'),
      lvl('1', LICHT, 'Kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) met een toetsenbord en/of muis werken.',
        'Can, if needed, work with a keyboard and/or mouse for half of the working day (about 4 hours).'),
      lvl('2', BEPERKT, 'Kan zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur) met een toetsenbord en/of muis werken.',
        'Can, if needed, work with a keyboard and/or mouse for a limited part of the working day (about 1 hour).'),
      lvl('3', STERK, 'Kan gedurende minder dan een half uur per werkdag met een toetsenbord en/of muis werken.',
        'Can work with a keyboard and/or mouse for less than half an hour per working day.'),
    ],
  },
  {
    section: 'IV', code: 'IV-7', label: L('Reiken', 'Reaching'), definition: null, kind: 'quantity', unit: 'cm', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Maximale reikafstand is 70 cm.', 'Maximum reaching distance is 70 cm.', 70),
      anc('1', LICHT, 'Maximale reikafstand is 60 cm.', 'Maximum reaching distance is 60 cm.', 60),
      anc('2', BEPERKT, 'Maximale reikafstand is 50 cm.', 'Maximum reaching distance is 50 cm.', 50),
    ],
  },
  {
    section: 'IV', code: 'IV-8', label: L('Frequent reiken tijdens het werk', 'Frequent reaching during work'), definition: null, kind: 'quantity',
    unit: 'times_per_hour', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan zo nodig tijdens elk uur van de werkdag 1200x (20x/min) reiken.', 'Can, if needed, reach 1200 times (20 per minute) in every hour of the working day.', 1200),
      // (mended) the transcription reads "Kan zo tijdens …"
      anc('1', BEPERKT, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 600x reiken.', 'Can, if needed, reach about 600 times in every hour of the working day.', 600),
      anc('2', STERK, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 300x reiken.', 'Can, if needed, reach about 300 times in every hour of the working day.', 300),
    ],
  },
  {
    section: 'IV', code: 'IV-10', label: L('Frequent buigen tijdens het werk', 'Frequent bending during work'), definition: null, kind: 'quantity',
    unit: 'times_per_hour', higherIsHeavier: true,
    anchors: [
      // (mended) levels 0–3 of the transcription lack "Kan … nodig"
      anc('0', NORM, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 600x buigen.', 'Can, if needed, bend about 600 times in every hour of the working day.', 600),
      anc('1', LICHT, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 300x buigen.', 'Can, if needed, bend about 300 times in every hour of the working day.', 300),
      anc('2', BEPERKT, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 150x buigen.', 'Can, if needed, bend about 150 times in every hour of the working day.', 150),
      anc('3', STERK, 'Kan zo nodig tijdens elk uur van de werkdag ongeveer 50x buigen.', 'Can, if needed, bend about 50 times in every hour of the working day.', 50),
    ],
  },
  {
    section: 'IV', code: 'IV-12', label: L('Duwen of trekken', 'Pushing or pulling'), definition: null, kind: 'quantity', unit: 'newton', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer 250N (25 kgF) duwen of trekken.', 'Can push or pull about 250 N (25 kgf).', 250),
      anc('1', BEPERKT, 'Kan ongeveer 150N (15 kgF) duwen of trekken.', 'Can push or pull about 150 N (15 kgf).', 150),
      anc('2', STERK, 'Kan ongeveer 100N (10 kgF) duwen of trekken.', 'Can push or pull about 100 N (10 kgf).', 100),
    ],
  },
  {
    section: 'IV', code: 'IV-13', label: L('Tillen', 'Lifting'), definition: null, kind: 'quantity', unit: 'kg', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer 15 kg tillen (t/m 10x/u).', 'Can lift about 15 kg (up to 10 times an hour).', 15),
      anc('1', LICHT, 'Kan ongeveer 10 kg tillen (t/m 10x/u).', 'Can lift about 10 kg (up to 10 times an hour).', 10),
      anc('2', BEPERKT, 'Kan ongeveer 5 kg tillen (t/m 50x/u).', 'Can lift about 5 kg (up to 50 times an hour).', 5),
      anc('3', STERK, 'Kan ongeveer 2 kg tillen (t/m 100x/u).', 'Can lift about 2 kg (up to 100 times an hour).', 2),
    ],
  },
  {
    section: 'IV', code: 'IV-14', label: L('Dragen', 'Carrying'), definition: null, kind: 'quantity', unit: 'kg', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer 15 kg dragen (t/m 4’ aaneen).', 'Can carry about 15 kg (up to 4 minutes at a stretch).', 15),
      anc('1', LICHT, 'Kan ongeveer 10 kg dragen (t/m 2’ aaneen).', 'Can carry about 10 kg (up to 2 minutes at a stretch).', 10),
      anc('2', BEPERKT, 'Kan ongeveer 5 kg dragen (t/m 1’ aaneen).', 'Can carry about 5 kg (up to 1 minute at a stretch).', 5),
      anc('3', STERK, 'Kan ongeveer 2 kg dragen (t/m 2’ aaneen indien t/m 5x/u; 1’ indien >5x/u).',
        'Can carry about 2 kg (up to 2 minutes at a stretch if up to 5 times an hour; 1 minute if more often).', 2),
    ],
  },
  {
    section: 'IV', code: 'IV-16', label: L('Lopen', 'Walking'), definition: null, kind: 'quantity', unit: 'minutes', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer een uur achtereen lopen (3 km/u).', 'Can walk for about an hour at a stretch (3 km/h).', 60),
      anc('1', LICHT, 'Kan ongeveer 30 minuten achtereen lopen.', 'Can walk for about 30 minutes at a stretch.', 30),
      anc('2', BEPERKT, 'Kan ongeveer 15 minuten achtereen lopen.', 'Can walk for about 15 minutes at a stretch.', 15),
      anc('3', STERK, 'Kan minder dan ongeveer 5 minuten achtereen lopen.', 'Can walk for less than about 5 minutes at a stretch.', null),
    ],
  },
  {
    section: 'IV', code: 'IV-18', label: L('Trappenlopen', 'Climbing stairs'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan ten minste in één keer 2 trappen op en af (totaal 60 treden).', 'Can go up and down at least 2 flights of stairs in one go (60 steps in total).'),
      lvl('1', LICHT, 'Kan ten minste in één keer 1 trap op en af (totaal 30 treden).', 'Can go up and down at least 1 flight of stairs in one go (30 steps in total).'),
      lvl('2', BEPERKT, 'Kan in één keer 1 trap op òf af (totaal 15 treden).', 'Can go either up or down 1 flight of stairs in one go (15 steps in total).'),
      lvl('3', STERK, 'Kan in één keer slechts een bordestrapje op- of aflopen.', 'Can only go up or down a short flight of stairs to a landing in one go.'),
    ],
  },
  {
    section: 'IV', code: 'IV-19', label: L('Klimmen', 'Climbing'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan ten minste een ladder op en af (gemiddeld 5m).', 'Can go up and down at least a ladder (5 m on average).'),
      lvl('1', LICHT, 'Kan ten minste een huishoudtrap op en af (gemiddeld 3 meter).', 'Can go up and down at least a household stepladder (3 metres on average).'),
      lvl('2', BEPERKT, 'Kan ten minste een opstapje op en af.', 'Can go up and down at least a step stool.'),
      lvl('3', STERK, 'Kan geen opstap maken.', 'Cannot step up.'),
    ],
  },
  {
    section: 'IV', code: 'IV-20', label: L('Knielen en/of hurken', 'Kneeling and/or squatting'), definition: null, kind: 'quantity', unit: 'times_per_hour', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan 10x/u knielend of hurkend met de handen de grond bereiken.', 'Can reach the floor with the hands, kneeling or squatting, 10 times an hour.', 10),
      anc('1', LICHT, 'Kan hooguit 5x/u knielend en/of hurkend met de handen de grond bereiken.', 'Can reach the floor with the hands, kneeling and/or squatting, at most 5 times an hour.', 5),
      anc('2', BEPERKT, 'Kan hooguit 2x/u knielend en/of hurkend met de handen de grond bereiken.', 'Can reach the floor with the hands, kneeling and/or squatting, at most 2 times an hour.', 2),
      anc('3', STERK, 'Kan niet of nauwelijks knielend en/of hurkend met de handen de grond bereiken.', 'Cannot, or can hardly, reach the floor with the hands kneeling and/or squatting.', null),
    ],
  },

  // ---- V Statische houdingen
  {
    section: 'V', code: 'V-1', label: L('Zitten', 'Sitting'), definition: null, kind: 'quantity', unit: 'minutes', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer 2 uur achtereen zitten.', 'Can sit for about 2 hours at a stretch.', 120),
      anc('1', LICHT, 'Kan ongeveer een uur achtereen zitten.', 'Can sit for about an hour at a stretch.', 60),
      anc('2', BEPERKT, 'Kan ongeveer een half uur achtereen zitten.', 'Can sit for about half an hour at a stretch.', 30),
      anc('3', STERK, 'Kan minder dan een kwartier achtereen zitten.', 'Can sit for less than a quarter of an hour at a stretch.', null),
    ],
  },
  {
    section: 'V', code: 'V-2', label: L('Zitten tijdens het werk', 'Sitting during work'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan zo nodig gedurende vrijwel de gehele werkdag zitten.', 'Can, if needed, sit for almost the whole working day.'),
      lvl('1', LICHT, 'Kan zo nodig gedurende het grootste deel van de werkdag zitten (niet meer dan 8 uur).', 'Can, if needed, sit for most of the working day (not more than 8 hours).'),
      lvl('2', BEPERKT, 'Kan zo nodig gedurende de helft van de werkdag (ongeveer 4 uur) zitten.', 'Can, if needed, sit for half of the working day (about 4 hours).'),
      lvl('3', STERK, 'Kan minder dan 4 uur per werkdag zitten.', 'Can sit for less than 4 hours per working day.'),
    ],
  },
  {
    section: 'V', code: 'V-3', label: L('Staan', 'Standing'), definition: null, kind: 'quantity', unit: 'minutes', higherIsHeavier: true,
    anchors: [
      anc('0', NORM, 'Kan ongeveer een uur achtereen staan.', 'Can stand for about an hour at a stretch.', 60),
      anc('1', LICHT, 'Kan ongeveer een half uur achtereen staan.', 'Can stand for about half an hour at a stretch.', 30),
      anc('2', BEPERKT, 'Kan ongeveer 15 minuten achtereen staan.', 'Can stand for about 15 minutes at a stretch.', 15),
      anc('3', STERK, 'Kan minder dan 5 minuten achtereen staan.', 'Can stand for less than 5 minutes at a stretch.', null),
    ],
  },
  {
    section: 'V', code: 'V-4', label: L('Staan tijdens het werk', 'Standing during work'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan zo nodig gedurende het merendeel van de werkdag staan.', 'Can, if needed, stand for most of the working day.'),
      lvl('1', LICHT, 'Kan zo nodig gedurende de helft van de werkdag staan (ongeveer 4 uur).', 'Can, if needed, stand for half of the working day (about 4 hours).'),
      lvl('2', BEPERKT, 'Kan zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur) staan.', 'Can, if needed, stand for a limited part of the working day (about 1 hour).'),
      lvl('3', STERK, 'Kan minder dan een half uur per werkdag staan.', 'Can stand for less than half an hour per working day.'),
    ],
  },
  {
    section: 'V', code: 'V-5', label: L('Geknield of gehurkt actief zijn', 'Being active kneeling or squatting'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan dit ten minste 5 minuten achtereen (2x/u).', 'Can do this for at least 5 minutes at a stretch (twice an hour).'),
      lvl('1', BEPERKT, 'Kan dit minder dan 5 minuten achtereen; te weten: …', 'Can do this for less than 5 minutes at a stretch; namely: …'),
    ],
  },
  {
    section: 'V', code: 'V-6', label: L('Gebogen en/of getordeerd actief zijn', 'Being active bent and/or twisted'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan dit 5 minuten of meer achtereen (2x/u).', 'Can do this for 5 minutes or more at a stretch (twice an hour).'),
      lvl('1', BEPERKT, 'Kan dit tot 5 minuten achtereen.', 'Can do this for up to 5 minutes at a stretch.'),
      lvl('2', STERK, 'Kan dit tot 2 minuten achtereen.', 'Can do this for up to 2 minutes at a stretch.'),
    ],
  },
  {
    section: 'V', code: 'V-7', label: L('Boven schouderhoogte actief zijn', 'Being active above shoulder height'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan dit 2 minuten achtereen (10x/u).', 'Can do this for 2 minutes at a stretch (10 times an hour).'),
      lvl('1', BEPERKT, 'Kan dit ongeveer 1 minuut achtereen; namelijk: …', 'Can do this for about 1 minute at a stretch; namely: …'),
      lvl('2', STERK, 'Kan dit niet of nauwelijks; namelijk: …', 'Cannot, or can hardly, do this; namely: …'),
    ],
  },
  {
    section: 'V', code: 'V-8', label: L('Het hoofd in een bepaalde stand houden', 'Holding the head in one position'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Kan dit zo nodig gedurende het merendeel van de werkdag.', 'Can, if needed, do this for most of the working day.'),
      lvl('1', LICHT, 'Kan dit zo nodig gedurende de helft van de werkdag (ongeveer 4 uur).', 'Can, if needed, do this for half of the working day (about 4 hours).'),
      lvl('2', BEPERKT, 'Kan dit zo nodig gedurende een beperkt deel van de werkdag (ongeveer 1 uur).', 'Can, if needed, do this for a limited part of the working day (about 1 hour).'),
      lvl('3', STERK, 'Kan dit minder dan een half uur per werkdag.', 'Can do this for less than half an hour per working day.'),
    ],
  },

  // ---- VI Werktijden (the official section has these four items)
  {
    section: 'VI', code: 'VI-1', label: L('Perioden van het etmaal', 'Periods of the day'), definition: null, kind: 'periods',
    // The FML names the evening (18:00–22:00) and the night (22:00–6:00); the day is what remains.
    periods: [
      { code: 'day', label: L('dag (6:00–18:00)', 'day (6:00–18:00)'), from: '06:00', to: '18:00' },
      { code: 'evening', label: L('avond (18:00–22:00)', 'evening (18:00–22:00)'), from: '18:00', to: '22:00' },
      { code: 'night', label: L('nacht (22:00–6:00)', 'night (22:00–6:00)'), from: '22:00', to: '06:00' },
    ],
    anchors: [
      { code: '0', label: NORM, boundary: { nl: 'Kan zo nodig op elk uur van het etmaal werken, ook ’s nachts.', en: 'Can, if needed, work at any hour of the day, also at night.' }, allowed: ['day', 'evening', 'night'] },
      // "not every evening" is not "never in the evening": no exact set; the physician's text decides.
      { code: '1', label: BEPERKT, boundary: { nl: 'Kan niet elke avond werken (18:00 – 22:00 u), namelijk: …', en: 'Cannot work every evening (18:00–22:00), namely: …' }, allowed: null },
      { code: '2', label: BEPERKT, boundary: { nl: 'Kan ’s nachts niet werken (22:00 – 6:00 u).', en: 'Cannot work at night (22:00–6:00).' }, allowed: ['day', 'evening'] },
    ],
  },
  {
    section: 'VI', code: 'VI-2', label: L('Uren per dag', 'Hours per day'), definition: null, kind: 'hours', per: 'day',
    anchors: [
      anc('0', NORM, 'Kan gemiddeld ten minste 8 uur per dag werken.', 'Can work at least 8 hours a day on average.', null),
      anc('1', ENIGSZINS, 'Kan gemiddeld ongeveer 8 uur per dag werken.', 'Can work about 8 hours a day on average.', 8),
      anc('2', LICHT, 'Kan gemiddeld ongeveer 6 uur per dag werken, namelijk: …', 'Can work about 6 hours a day on average, namely: …', 6),
      anc('3', BEPERKT, 'Kan gemiddeld ongeveer 4 uur per dag werken, namelijk: …', 'Can work about 4 hours a day on average, namely: …', 4),
      anc('4', ZEER, 'Kan gemiddeld ongeveer 2 uur per dag werken, namelijk: …', 'Can work about 2 hours a day on average, namely: …', 2),
    ],
  },
  {
    section: 'VI', code: 'VI-3', label: L('Uren per week', 'Hours per week'), definition: null, kind: 'hours', per: 'week',
    anchors: [
      anc('0', NORM, 'Kan gemiddeld tenminste 40 uur per week werken.', 'Can work at least 40 hours a week on average.', null),
      anc('1', ENIGSZINS, 'Kan gemiddeld ongeveer 40 uur per week werken.', 'Can work about 40 hours a week on average.', 40),
      anc('2', LICHT, 'Kan gemiddeld ongeveer 30 uur per week werken, namelijk: …', 'Can work about 30 hours a week on average, namely: …', 30),
      anc('3', BEPERKT, 'Kan gemiddeld ongeveer 20 uur per week werken, namelijk: …', 'Can work about 20 hours a week on average, namely: …', 20),
      anc('4', ZEER, 'Kan gemiddeld ongeveer 10 uur per week werken, namelijk: …', 'Can work about 10 hours a week on average, namely: …', 10),
    ],
  },
  {
    section: 'VI', code: 'VI-4', label: L('Overige beperkingen ten aanzien van werktijd', 'Other limitations regarding working time'), definition: null, kind: 'ordinal',
    levels: [
      lvl('0', NORM, 'Geen specifieke overige beperkingen ten aanzien van werktijden.', 'No specific other limitations regarding working hours.'),
      lvl('1', L('Ja', 'Yes'), 'Ja, er gelden specifieke overige beperkingen, namelijk: …', 'Yes, specific other limitations apply, namely: …'),
    ],
  },
];

export const FML_CATALOGUE: Catalogue = {
  name: 'FML (UWV), representatieve selectie',
  version: '2015-passend.1',
  source:
    'UWV Functionele Mogelijkhedenlijst, indeling 2015 (rubrieken I–VI). Teksten volgens een openbare transcriptie van het FML-formulier; ' +
    'I-1 gecontroleerd met docplayer.nl "De Functiemogelijkhedenlijst (FML)" en ecjp.nl. Selectie: items met een geordende schaal. ' +
    'Engelse teksten: eigen vertaling van Passend.',
  sections: SECTIONS_FML,
  items: ITEMS_FML,
};

/** The item by code, or undefined. */
export function itemByCode(catalogue: Catalogue, code: string): CatalogueItem | undefined {
  return catalogue.items.find((i) => i.code === code);
}

/**
 * The capacity a physician's level means on a measured item: level 0 (the normal value) is no
 * limitation (the list allows incidental peaks above its reference values), a limited level its
 * amount. Null where the level has no single amount: the expert enters the amount from the FML text.
 */
export function capacityForLevel(item: QuantityItem | HoursItem, levelCode: string): { max: number | null } | null {
  const index = item.anchors.findIndex((a) => a.code === levelCode);
  if (index < 0) return null;
  if (index === 0) return { max: null };
  const amount = item.anchors[index]!.amount;
  return amount === null ? null : { max: amount };
}

// ---- validation ---------------------------------------------------------------------------------

export type CatalogueProblemCode =
  | 'not_an_object'
  | 'required'
  | 'not_text'
  | 'empty'
  | 'not_a_list'
  | 'list_empty'
  | 'duplicate_code'
  | 'unknown_section'
  | 'unknown_kind'
  | 'too_few_levels'
  | 'unit_missing'
  | 'unit_invalid'
  | 'not_boolean'
  | 'per_invalid'
  | 'amount_invalid'
  | 'amounts_not_ordered'
  | 'time_invalid'
  | 'unknown_period';

export interface CatalogueProblem {
  path: string;
  problem: CatalogueProblemCode;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const UNIT_RE = /^[a-z][a-z0-9_]*$/;
/** The largest amount a list may state; keeps uploads within what a screen and a comparison can show. */
const AMOUNT_MAX = 1_000_000;

/**
 * Checks an uploaded catalogue (parsed JSON) and returns it typed, with only the known fields, or
 * EVERY problem with its path (e.g. `items[3].levels[1].boundary.nl`). Checks: name, version and
 * source present; sections declared with unique codes; items non-empty, unique codes, in a declared
 * section, of a known kind; ordinal items with at least two levels (normal + one limited), unique
 * level codes; measured items with a unit and anchor amounts ordered from normal to most limited
 * (decreasing where higher is heavier); hours within a day or a week; periods with valid times.
 */
export function validateCatalogue(input: unknown): { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const add = (path: string, problem: CatalogueProblemCode) => problems.push({ path, problem });

  const str = (o: Obj, key: string, path: string): string => {
    const v = o[key];
    if (v === undefined || v === null) { add(path, 'required'); return ''; }
    if (typeof v !== 'string') { add(path, 'not_text'); return ''; }
    if (v.trim() === '') { add(path, 'empty'); return ''; }
    return v;
  };
  const text = (o: Obj, key: string, path: string): Text => {
    const v = o[key];
    if (!isObj(v)) { add(path, v === undefined || v === null ? 'required' : 'not_an_object'); return { nl: '', en: '' }; }
    return { nl: str(v, 'nl', `${path}.nl`), en: str(v, 'en', `${path}.en`) };
  };
  const wording = (o: Obj, key: string, path: string): Wording => {
    const v = o[key];
    if (!isObj(v)) { add(path, v === undefined || v === null ? 'required' : 'not_an_object'); return { nl: '', en: null }; }
    const nl = str(v, 'nl', `${path}.nl`);
    let en: string | null = null;
    if (v.en !== undefined && v.en !== null) {
      if (typeof v.en !== 'string') add(`${path}.en`, 'not_text');
      else if (v.en.trim() !== '') en = v.en;
    }
    return { nl, en };
  };
  const list = (o: Obj, key: string, path: string, min = 1): unknown[] => {
    const v = o[key];
    if (v === undefined || v === null) { add(path, 'required'); return []; }
    if (!Array.isArray(v)) { add(path, 'not_a_list'); return []; }
    if (v.length < min) add(path, min > 1 ? 'too_few_levels' : 'list_empty');

    return v;
  };
  const uniqueCodes = <T extends { code: string }>(entries: T[], path: (i: number) => string) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (e.code === '') return;
      if (seen.has(e.code)) add(path(i), 'duplicate_code');
      seen.add(e.code);
    });
  };
  const anchors = (o: Obj, path: string, opts: { higherIsHeavier: boolean; maxAmount: number }): Anchor[] => {
    // Anchors are optional: a successor list may measure an item without official levels.
    if (o.anchors === undefined || o.anchors === null) return [];
    const raw = list(o, 'anchors', `${path}.anchors`, 0);
    const out = raw.map((a, j): Anchor => {
      const p = `${path}.anchors[${j}]`;
      if (!isObj(a)) { add(p, 'not_an_object'); return { code: '', label: { nl: '', en: '' }, boundary: { nl: '', en: null }, amount: null }; }
      let amount: number | null = null;
      if (a.amount !== undefined && a.amount !== null) {
        if (typeof a.amount !== 'number' || !Number.isFinite(a.amount) || a.amount < 0 || a.amount > opts.maxAmount) add(`${p}.amount`, 'amount_invalid');
        else amount = a.amount;
      }
      return { code: str(a, 'code', `${p}.code`), label: text(a, 'label', `${p}.label`), boundary: wording(a, 'boundary', `${p}.boundary`), amount };
    });
    uniqueCodes(out, (j) => `${path}.anchors[${j}].code`);
    // From normal to most limited, the amounts a person manages go down where higher is heavier.
    let previous: number | null = null;
    out.forEach((a, j) => {
      if (a.amount === null) return;
      if (previous !== null && (opts.higherIsHeavier ? a.amount >= previous : a.amount <= previous)) add(`${path}.anchors[${j}].amount`, 'amounts_not_ordered');
      previous = a.amount;
    });
    return out;
  };

  if (!isObj(input)) return { ok: false, problems: [{ path: '', problem: 'not_an_object' }] };
  const name = str(input, 'name', 'name');
  const version = str(input, 'version', 'version');
  const source = str(input, 'source', 'source');

  const sections = list(input, 'sections', 'sections').map((s, i): SectionDef => {
    const p = `sections[${i}]`;
    if (!isObj(s)) { add(p, 'not_an_object'); return { code: '', label: { nl: '', en: '' } }; }
    return { code: str(s, 'code', `${p}.code`), label: text(s, 'label', `${p}.label`) };
  });
  uniqueCodes(sections, (i) => `sections[${i}].code`);
  const sectionCodes = new Set(sections.map((s) => s.code));

  const items = list(input, 'items', 'items').map((raw, i): CatalogueItem | null => {
    const p = `items[${i}]`;
    if (!isObj(raw)) { add(p, 'not_an_object'); return null; }
    const section = str(raw, 'section', `${p}.section`);
    if (section !== '' && !sectionCodes.has(section)) add(`${p}.section`, 'unknown_section');
    const code = str(raw, 'code', `${p}.code`);
    const label = text(raw, 'label', `${p}.label`);
    const definition = raw.definition === undefined || raw.definition === null ? null : wording(raw, 'definition', `${p}.definition`);
    const base = { section, code, label, definition };
    switch (raw.kind) {
      case 'ordinal': {
        const levels = list(raw, 'levels', `${p}.levels`, 2).map((l, j): OrdinalLevel => {
          const lp = `${p}.levels[${j}]`;
          if (!isObj(l)) { add(lp, 'not_an_object'); return { code: '', label: { nl: '', en: '' }, boundary: { nl: '', en: null } }; }
          return { code: str(l, 'code', `${lp}.code`), label: text(l, 'label', `${lp}.label`), boundary: wording(l, 'boundary', `${lp}.boundary`) };
        });
        uniqueCodes(levels, (j) => `${p}.levels[${j}].code`);
        return { ...base, kind: 'ordinal', levels };
      }
      case 'quantity': {
        let unit = '';
        if (raw.unit === undefined || raw.unit === null || raw.unit === '') add(`${p}.unit`, 'unit_missing');
        else if (typeof raw.unit !== 'string' || !UNIT_RE.test(raw.unit)) add(`${p}.unit`, 'unit_invalid');
        else unit = raw.unit;
        let higherIsHeavier = true;
        if (typeof raw.higherIsHeavier !== 'boolean') add(`${p}.higherIsHeavier`, raw.higherIsHeavier === undefined ? 'required' : 'not_boolean');
        else higherIsHeavier = raw.higherIsHeavier;
        return { ...base, kind: 'quantity', unit, higherIsHeavier, anchors: anchors(raw, p, { higherIsHeavier, maxAmount: AMOUNT_MAX }) };
      }
      case 'hours': {
        const per = raw.per === 'day' || raw.per === 'week' ? raw.per : null;
        if (per === null) add(`${p}.per`, raw.per === undefined ? 'required' : 'per_invalid');
        return { ...base, kind: 'hours', per: per ?? 'day', anchors: anchors(raw, p, { higherIsHeavier: true, maxAmount: per === 'week' ? 168 : 24 }) };
      }
      case 'periods': {
        const periods = list(raw, 'periods', `${p}.periods`).map((d, j): PeriodDef => {
          const dp = `${p}.periods[${j}]`;
          if (!isObj(d)) { add(dp, 'not_an_object'); return { code: '', label: { nl: '', en: '' }, from: '', to: '' }; }
          const from = str(d, 'from', `${dp}.from`);
          const to = str(d, 'to', `${dp}.to`);
          if (from !== '' && !TIME_RE.test(from)) add(`${dp}.from`, 'time_invalid');
          if (to !== '' && !TIME_RE.test(to)) add(`${dp}.to`, 'time_invalid');
          return { code: str(d, 'code', `${dp}.code`), label: text(d, 'label', `${dp}.label`), from, to };
        });
        uniqueCodes(periods, (j) => `${p}.periods[${j}].code`);
        const known = new Set(periods.map((d) => d.code));
        const rawAnchors = raw.anchors === undefined || raw.anchors === null ? [] : raw.anchors;
        if (!Array.isArray(rawAnchors)) add(`${p}.anchors`, 'not_a_list');
        const periodAnchors = (Array.isArray(rawAnchors) ? rawAnchors : []).map((a, j): PeriodAnchor => {
          const ap = `${p}.anchors[${j}]`;
          if (!isObj(a)) { add(ap, 'not_an_object'); return { code: '', label: { nl: '', en: '' }, boundary: { nl: '', en: null }, allowed: null }; }
          let allowed: string[] | null = null;
          if (a.allowed !== undefined && a.allowed !== null) {
            if (!Array.isArray(a.allowed)) add(`${ap}.allowed`, 'not_a_list');
            else {
              allowed = [];
              a.allowed.forEach((c, k) => {
                if (typeof c !== 'string' || !known.has(c)) add(`${ap}.allowed[${k}]`, 'unknown_period');
                else allowed!.push(c);
              });
            }
          }
          return { code: str(a, 'code', `${ap}.code`), label: text(a, 'label', `${ap}.label`), boundary: wording(a, 'boundary', `${ap}.boundary`), allowed };
        });
        uniqueCodes(periodAnchors, (j) => `${p}.anchors[${j}].code`);
        return { ...base, kind: 'periods', periods, anchors: periodAnchors };
      }
      default:
        add(`${p}.kind`, raw.kind === undefined ? 'required' : 'unknown_kind');
        return null;
    }
  });
  const seenItems = new Set<string>();
  items.forEach((item, i) => {
    if (!item || item.code === '') return;
    if (seenItems.has(item.code)) add(`items[${i}].code`, 'duplicate_code');
    seenItems.add(item.code);
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalogue: { name, version, source, sections, items: items as CatalogueItem[] } };
}
