// Gezien & Gehoord (seed 002, ../shared/domain/client-centred.md) as rules, pure: the three themes of
// the conversation compass with example questions, the working alliance as a reflection aid, the
// client's short evaluation, and the conversation report (gespreksverslag) that the client checks:
// versions, sharing, reactions per paragraph, processing each reaction, and the final version that
// can only be followed by a new one. The system records and questions; it never judges for the expert.

// ---- the compass (§4) ---------------------------------------------------------------------------

/** *Jouw ervaringen*, *Jouw behoeften*, *Jouw toekomst* (§4, the worksheet's three themes). */
export const THEMES = ['experiences', 'needs', 'future'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Example questions to draw from, per theme. The factsheet (seed 002) says the worksheet holds example
 * questions from the research but does not print them; these are Passend's own, written in the spirit
 * of §2–§4 (open, client-centred, B1). Organisations may replace them later; they are data, not code.
 */
export const EXAMPLE_QUESTIONS: Record<Theme, Array<{ nl: string; en: string }>> = {
  experiences: [
    { nl: 'Wat is er gebeurd sinds u ziek werd of minder kon werken?', en: 'What has happened since you fell ill or could work less?' },
    { nl: 'Hoe merkt u uw klachten in uw werk en thuis?', en: 'How do you notice your complaints at work and at home?' },
    { nl: 'Wat heeft u tot nu toe geholpen, en wat niet?', en: 'What has helped you so far, and what has not?' },
    { nl: 'Hoe heeft u eerdere gesprekken met instanties ervaren?', en: 'How did you experience earlier conversations with agencies?' },
  ],
  needs: [
    { nl: 'Wat heeft u nodig om u in dit gesprek gehoord te voelen?', en: 'What do you need to feel heard in this conversation?' },
    { nl: 'Welke hulp of aanpassing zou het werken makkelijker maken?', en: 'What help or adjustment would make working easier?' },
    { nl: 'Wat wilt u weten over wat er met uw informatie gebeurt?', en: 'What would you like to know about what happens with your information?' },
    { nl: 'Wie wilt u erbij hebben, en wie liever niet?', en: 'Who would you like to be there, and who would you rather not?' },
  ],
  future: [
    { nl: 'Hoe ziet goed werk er voor u uit over een jaar?', en: 'What does good work look like for you in a year?' },
    { nl: 'Wat zou u graag (weer) willen doen?', en: 'What would you like to do (again)?' },
    { nl: 'Wat maakt u hoopvol, en waar maakt u zich zorgen over?', en: 'What makes you hopeful, and what worries you?' },
    { nl: 'Welke eerste stap past nu bij u?', en: 'Which first step suits you now?' },
  ],
};

/** Notes and worksheet answers: any language and script, kept as typed, within this length. */
export const NOTE_MAX = 10_000;

export function checkText(text: string, max = NOTE_MAX): 'ok' | 'too_long' {
  return [...text].length > max ? 'too_long' : 'ok';
}

// ---- "Ons gesprek": no lost updates ------------------------------------------------------------

/** One theme of the client's worksheet as saved; `version` counts its saves (0: nothing saved yet). */
export interface SavedWorksheetEntry {
  body: string;
  version: number;
}

/**
 * What saving one theme of "Ons gesprek" does, given the version the client's screen was based on.
 * The worksheet holds the client's own words, the building blocks of the conversation (§4): a save
 * from a screen that did not see the newest text (another tab, the phone) would overwrite words the
 * client wrote elsewhere without anyone noticing, so it is `stale` and refused. Sending exactly the
 * saved text loses nothing (the same words saved twice, a retry after a lost answer): `unchanged`.
 */
export function worksheetSaveOf(entry: { body: string; version: number }, saved: SavedWorksheetEntry | null): 'write' | 'unchanged' | 'stale' {
  if (saved !== null && entry.body === saved.body) return 'unchanged';
  return entry.version === (saved?.version ?? 0) ? 'write' : 'stale';
}

// ---- the working alliance (§3) as a reflection aid ------------------------------------------

export const ALLIANCE_ELEMENTS = ['trust', 'direction', 'bond', 'friction'] as const;
export type AllianceElement = (typeof ALLIANCE_ELEMENTS)[number];

/** The friction signals of §3 (*stroefheid*), as the expert can tick them. */
export const FRICTION_SIGNALS = [
  'pressed_before_recovery', // not yet started on recovery, feels pressed to reintegrate
  'limitations_not_heard', // does not feel heard in their limitations
  'distrusts_intentions', // does not share everything; distrusts the professional's intentions
  'confusing_information', // too little communication, inconsistent information
  'other',
] as const;
export type FrictionSignal = (typeof FRICTION_SIGNALS)[number];

export interface AllianceReflection {
  /** A note per element; empty where the expert has nothing to say. */
  notes: Partial<Record<AllianceElement, string>>;
  frictionSignals: FrictionSignal[];
}

/**
 * When friction shows, the seed's tip (§5): turn to binding first (being seen and heard), rather than
 * to the legal frame. A suggestion for the expert, never a verdict.
 */
export function allianceSuggestion(reflection: AllianceReflection): 'turn_to_bond_first' | null {
  const frictionNoted = reflection.frictionSignals.length > 0 || (reflection.notes.friction ?? '').trim().length > 0;
  return frictionNoted ? 'turn_to_bond_first' : null;
}

// ---- the client's evaluation (§3 binding, §5) ------------------------------------------------

export const EVALUATION_ANSWERS = {
  feltHeard: ['yes', 'partly', 'no'],
  clearWhatNext: ['yes', 'partly', 'no'],
  formRight: ['yes', 'no', 'not_sure'],
} as const;
export type EvaluationQuestion = keyof typeof EVALUATION_ANSWERS;

export interface Evaluation {
  feltHeard: (typeof EVALUATION_ANSWERS.feltHeard)[number];
  clearWhatNext: (typeof EVALUATION_ANSWERS.clearWhatNext)[number];
  formRight: (typeof EVALUATION_ANSWERS.formRight)[number];
  comment: string | null;
}

/** Counts per answer, for an organisation's anonymous overview; small groups are not shown (k ≥ 5). */
export const MIN_GROUP_FOR_OVERVIEW = 5;
export function summariseEvaluations(evaluations: Evaluation[]): { count: number; shown: boolean; counts: { [Q in EvaluationQuestion]: Record<string, number> } } {
  const counts = {
    feltHeard: Object.fromEntries(EVALUATION_ANSWERS.feltHeard.map((a) => [a, 0])),
    clearWhatNext: Object.fromEntries(EVALUATION_ANSWERS.clearWhatNext.map((a) => [a, 0])),
    formRight: Object.fromEntries(EVALUATION_ANSWERS.formRight.map((a) => [a, 0])),
  } as { [Q in EvaluationQuestion]: Record<string, number> };
  for (const e of evaluations) {
    counts.feltHeard[e.feltHeard]! += 1;
    counts.clearWhatNext[e.clearWhatNext]! += 1;
    counts.formRight[e.formRight]! += 1;
  }
  const shown = evaluations.length >= MIN_GROUP_FOR_OVERVIEW;
  if (!shown) for (const q of Object.keys(counts) as EvaluationQuestion[]) for (const a of Object.keys(counts[q])) counts[q][a] = 0;
  return { count: evaluations.length, shown, counts };
}

// ---- the conversation report (§3 richting & kader: a clear, complete report, with the possibility to react)

export interface Paragraph {
  id: string;
  /** The compass theme it grew from, if any. */
  theme: Theme | null;
  text: string;
  /** Hoor en wederhoor: the employer sees only the paragraphs about them. */
  forEmployer: boolean;
}

export type VersionState = 'draft' | 'shared' | 'final';
export type Audience = 'client' | 'employer';
export type Stance = 'agree' | 'disagree' | 'addition';
export type Decision = 'adopted' | 'adjusted' | 'kept';

export interface Comment {
  id: string;
  audience: Audience;
  /** null for an addition: something the reader misses. */
  paragraphId: string | null;
  stance: Stance;
  text: string;
  processing: { decision: Decision; explanation: string } | null;
}

export const PARAGRAPH_MAX = 5_000;
export const MAX_PARAGRAPHS = 100;
export const COMMENT_MAX = 2_000;
/** Keeping a paragraph against a reader's comment needs a real explanation (seed 001: reasons, not feelings). */
export const EXPLANATION_MIN = 10;

export type ReportRefusal =
  | 'empty'
  | 'too_many_paragraphs'
  | 'paragraph_too_long'
  | 'duplicate_paragraph'
  | 'not_draft'
  | 'not_shared'
  | 'final_is_final'
  | 'unprocessed_comments'
  | 'explanation_required'
  | 'unknown_paragraph'
  | 'not_for_audience'
  | 'comment_required'
  | 'comment_too_long'
  | 'already_reacted'
  | 'nothing_to_say'
  | 'already_processed';

/** Paragraphs of a draft: at least one with text, each within bounds, ids unique. */
export function checkParagraphs(paragraphs: Paragraph[]): ReportRefusal | null {
  if (paragraphs.length === 0 || paragraphs.every((p) => p.text.trim().length === 0)) return 'empty';
  if (paragraphs.length > MAX_PARAGRAPHS) return 'too_many_paragraphs';
  if (paragraphs.some((p) => [...p.text].length > PARAGRAPH_MAX)) return 'paragraph_too_long';
  if (new Set(paragraphs.map((p) => p.id)).size !== paragraphs.length) return 'duplicate_paragraph';
  return null;
}

/** What a reader sees of a version: the client all of it, the employer only their paragraphs. */
export function visibleParagraphs(paragraphs: Paragraph[], audience: Audience): Paragraph[] {
  return audience === 'client' ? paragraphs : paragraphs.filter((p) => p.forEmployer);
}

export interface ReactionInput {
  items: Array<{ paragraphId: string; stance: 'agree' | 'disagree'; text: string }>;
  additions: string[];
}

/**
 * A reader's reaction to a shared version, sent back at once: per paragraph agree or disagree (a
 * disagreement needs a comment), and what they miss. Only paragraphs this reader can see.
 */
export function checkReaction(input: ReactionInput, visible: Paragraph[]): ReportRefusal | null {
  const ids = new Set(visible.map((p) => p.id));
  if (input.items.some((i) => !ids.has(i.paragraphId))) return 'not_for_audience';
  if (new Set(input.items.map((i) => i.paragraphId)).size !== input.items.length) return 'duplicate_paragraph';
  if (input.items.some((i) => i.stance === 'disagree' && i.text.trim().length === 0)) return 'comment_required';
  if ([...input.items.map((i) => i.text), ...input.additions].some((t) => [...t].length > COMMENT_MAX)) return 'comment_too_long';
  const additions = input.additions.filter((a) => a.trim().length > 0);
  if (input.items.length === 0 && additions.length === 0) return 'nothing_to_say';
  return null;
}

/** Which comments ask the expert for a decision: disagreements and additions; an agreement is noted only. */
export const needsProcessing = (c: Pick<Comment, 'stance'>) => c.stance !== 'agree';

export function checkProcessing(comment: Pick<Comment, 'stance' | 'processing'>, decision: Decision, explanation: string): ReportRefusal | null {
  if (!needsProcessing(comment)) return 'not_shared';
  // A decision stands: the history shows what was decided, never a silently changed one.
  if (comment.processing !== null) return 'already_processed';
  if (decision === 'kept' && explanation.trim().length < EXPLANATION_MIN) return 'explanation_required';
  if ([...explanation].length > COMMENT_MAX) return 'comment_too_long';
  return null;
}

/**
 * The final version: only after every reaction that asks for a decision has one. A version that was
 * never shared may be finalised too (e.g. the client declined to check it), which the history shows.
 */
export function checkFinalise(state: VersionState, comments: Array<Pick<Comment, 'stance' | 'processing'>>): ReportRefusal | null {
  if (state === 'final') return 'final_is_final';
  if (comments.some((c) => needsProcessing(c) && c.processing === null)) return 'unprocessed_comments';
  return null;
}

/** Editing is only possible on a draft; a shared version is frozen while readers react to it. */
export function checkEdit(state: VersionState): ReportRefusal | null {
  if (state === 'final') return 'final_is_final';
  if (state === 'shared') return 'not_draft';
  return null;
}

export function checkShare(state: VersionState, paragraphs: Paragraph[]): ReportRefusal | null {
  if (state !== 'draft') return state === 'final' ? 'final_is_final' : 'not_draft';
  return checkParagraphs(paragraphs);
}

/** Compass notes become the first draft: one paragraph per theme with notes, in the compass's order. */
export function draftFromCompass(notes: Partial<Record<Theme, string>>, newId: () => string): Paragraph[] {
  return THEMES.filter((theme) => (notes[theme] ?? '').trim().length > 0).map((theme) => ({ id: newId(), theme, text: notes[theme]!.trim(), forEmployer: false }));
}
