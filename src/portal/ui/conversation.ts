// Pure rules of the portal's Gezien & Gehoord screens (src/conversation/domain.ts is the server's truth;
// the page must not import it): which entries home shows for whom, what "Ons gesprek" sends, the
// reaction to a conversation report built from the form, the evaluation, and the words for states and
// decisions. No browser APIs, so they are unit-tested in Node.
import { reasonLength } from './format';
import type { TextKey } from './texts';
import {
  EVALUATION_ANSWERS,
  THEMES,
  type Audience,
  type EvaluationBody,
  type EvaluationItem,
  type EvaluationQuestion,
  type FinalReport,
  type InFinalReport,
  type ReportKind,
  type ReactionBody,
  type ReportComment,
  type ReportParagraph,
  type ReportSummary,
  type ReportVersion,
  type Theme,
  type WorksheetAnswer,
  type WorksheetEntry,
  type WorksheetSaved,
} from './types';

/** "Ons gesprek": per theme, counted as code points like the server (NOTE_MAX). */
export const WORKSHEET_MAX = 10_000;
/** A reaction to a paragraph, a missing point, the evaluation's comment (COMMENT_MAX). */
export const COMMENT_MAX = 2_000;
/** At most this many "Mist er iets?" points (the API's `additions` maximum). */
export const MAX_ADDITIONS = 20;

/** The length as the server counts it: characters as the reader sees them (code points). */
export const textLength = reasonLength;

/** What is wrong with one text field: nothing, empty where text is needed, or `over` characters too long. */
export type FieldProblem = { kind: 'required' } | { kind: 'tooLong'; over: number };

export function fieldProblem(text: string, max: number, required = false): FieldProblem | null {
  if (required && text.trim().length === 0) return { kind: 'required' };
  const length = textLength(text);
  return length > max ? { kind: 'tooLong', over: length - max } : null;
}

// ---- home ----------------------------------------------------------------------------------------------

export type HomeSection = 'finalReports' | 'reports' | 'evaluations' | 'appointments' | 'readiness' | 'worksheet' | 'sources' | 'documents';

/** Held conversations the client has not evaluated yet (the server gives them latest first). */
export function pendingEvaluations(items: readonly EvaluationItem[]): EvaluationItem[] {
  return items.filter((item) => !item.evaluated);
}

/**
 * The sections of home, in order. The employer sees only the reports (no appointments, no worksheet,
 * no evaluation, never the information used about the client). The client sees what asks for something
 * first: reports ready to check, then conversations to evaluate; then the appointments, the readiness
 * check for video, "Ons gesprek" and the information the labour expert uses; the reports at the end
 * otherwise. "Uw eindrapport" (issue 8), once the final report was sent to the client, comes first:
 * it is what the whole assessment led to.
 */
export function homeSections(audience: Audience, facts: { reportsToCheck: number; pendingEvaluations: number; finalReports?: number }): HomeSection[] {
  if (audience === 'employer') return ['reports', 'documents'];
  const sections: HomeSection[] = [];
  if ((facts.finalReports ?? 0) > 0) sections.push('finalReports');
  if (facts.reportsToCheck > 0) sections.push('reports');
  if (facts.pendingEvaluations > 0) sections.push('evaluations');
  sections.push('appointments', 'readiness', 'worksheet', 'sources');
  if (facts.reportsToCheck === 0) sections.push('reports');
  sections.push('documents');
  return sections;
}

/** A report's state in words: ready to check, final, or shared (already reacted). */
export function reportStateKey(report: Pick<ReportSummary, 'state' | 'canReact'>): TextKey {
  if (report.canReact) return 'reportStateCheck';
  return report.state === 'final' ? 'reportStateFinal' : 'reportStateShared';
}

// ---- the draft report and the final report (issue 8) ---------------------------------------------------

/** The check of a draft report (rapportage), not a conversation report. */
export const isDraftReport = (report: { kind?: ReportKind }): boolean => report.kind === 'assessment';

/**
 * What the portal calls a report: a draft report by its own name in the reader's language (the server's
 * title is in the language of the labour expert's screen), a conversation report by its title.
 */
export function reportName(report: { kind?: ReportKind; title: string }, t: (key: TextKey) => string): string {
  return isDraftReport(report) ? t('draftTitle') : report.title;
}

/**
 * Only the client chooses how their reaction to a draft report goes into the final report (full text
 * or the labour expert's summary); the employer's reaction and a conversation report have no such choice.
 */
export const asksFinalReportChoice = (kind: ReportKind | undefined, audience: Audience): boolean => kind === 'assessment' && audience === 'client';

export const IN_FINAL_REPORT_KEYS: Record<InFinalReport, TextKey> = { full: 'finalChoiceFull', summary: 'finalChoiceSummary' };

/** The address of the client's copy of a final report (the portal session cookie is sent with it). */
export const finalReportPath = (deliveryId: string): string => `/api/portal/final-reports/${encodeURIComponent(deliveryId)}/report.pdf`;

/** Whether the delivery's link still works at `now` (the server's clock); the server decides in the end. */
export const finalReportOpen = (item: Pick<FinalReport, 'expiresAt'>, now: number): boolean => Date.parse(item.expiresAt) > now;

/** The words for a refused download: the link has expired, or the report is not for this reader. */
export function downloadProblemKey(error: { code?: string; reason?: string } | null): TextKey | null {
  if (!error) return null;
  if (error.reason === 'expired' || error.code === 'not_found') return 'finalExpired';
  if (error.reason === 'not_yours' || error.code === 'forbidden') return 'finalNotYours';
  return null;
}

// ---- "Ons gesprek" ---------------------------------------------------------------------------------------

export type ThemeTexts = Record<Theme, string>;

export const THEME_KEYS: Record<Theme, { name: TextKey; text: TextKey; examples: [TextKey, TextKey] }> = {
  experiences: { name: 'themeExperiences', text: 'themeExperiencesText', examples: ['themeExperiencesQ1', 'themeExperiencesQ2'] },
  needs: { name: 'themeNeeds', text: 'themeNeedsText', examples: ['themeNeedsQ1', 'themeNeedsQ2'] },
  future: { name: 'themeFuture', text: 'themeFutureText', examples: ['themeFutureQ1', 'themeFutureQ2'] },
};

/**
 * What the screen holds per theme: the text as last saved, the version of that save (0: none yet), and
 * the text on screen. A save sends the version it is based on, so the server can refuse it when the
 * theme was saved elsewhere in the meantime (another tab, the phone) instead of overwriting that.
 */
export interface Sheet {
  saved: ThemeTexts;
  versions: Record<Theme, number>;
  draft: ThemeTexts;
}

export function sheetOf(answer: WorksheetAnswer): Sheet {
  const sheet: Sheet = { saved: { experiences: '', needs: '', future: '' }, versions: { experiences: 0, needs: 0, future: 0 }, draft: { experiences: '', needs: '', future: '' } };
  for (const entry of answer.themes) {
    sheet.saved[entry.theme] = entry.body;
    sheet.draft[entry.theme] = entry.body;
    sheet.versions[entry.theme] = entry.version;
  }
  return sheet;
}

/** The themes whose text differs from what was saved, exactly as typed (no trimming), in the themes' order, each with its version. */
export function changedEntries(sheet: Sheet): WorksheetEntry[] {
  return THEMES.filter((theme) => sheet.draft[theme] !== sheet.saved[theme]).map((theme) => ({ theme, body: sheet.draft[theme], version: sheet.versions[theme] }));
}

/** After a save: what was sent is the saved text now, on the versions the server gave. */
export function afterSave(sheet: Sheet, sent: readonly WorksheetEntry[], answer: WorksheetSaved): Sheet {
  const next: Sheet = { saved: { ...sheet.saved }, versions: { ...sheet.versions }, draft: { ...sheet.draft } };
  for (const entry of sent) {
    const version = answer.themes.find((t) => t.theme === entry.theme)?.version;
    if (version === undefined) continue;
    next.saved[entry.theme] = entry.body;
    next.versions[entry.theme] = version;
  }
  return next;
}

/** A theme saved elsewhere while the client changed it here: both texts, so nothing they typed is lost. */
export interface Conflict {
  theme: Theme;
  /** The client's own text on this screen, not saved. */
  mine: string;
  newest: { body: string; version: number; updatedAt: string | null };
}

/**
 * After the server refused a save because a text was changed elsewhere, with the newest sheet read
 * again: a theme the client did not change here simply shows the newest text; a theme whose newest
 * text is what the client has on screen counts as saved; a theme changed both here and elsewhere is a
 * conflict, shown with both texts until the client continues from the newest one.
 */
export function afterChangedElsewhere(sheet: Sheet, newest: WorksheetAnswer): { sheet: Sheet; conflicts: Conflict[] } {
  const next: Sheet = { saved: { ...sheet.saved }, versions: { ...sheet.versions }, draft: { ...sheet.draft } };
  const conflicts: Conflict[] = [];
  for (const theme of THEMES) {
    const server = newest.themes.find((t) => t.theme === theme);
    if (!server || server.version === sheet.versions[theme]) continue;
    if (sheet.draft[theme] === server.body || sheet.draft[theme] === sheet.saved[theme]) {
      next.saved[theme] = server.body;
      next.draft[theme] = server.body;
      next.versions[theme] = server.version;
    } else {
      conflicts.push({ theme, mine: sheet.draft[theme], newest: { body: server.body, version: server.version, updatedAt: server.updatedAt } });
    }
  }
  return { sheet: next, conflicts };
}

/** "Verder met de nieuwste tekst": the newest saved text is on screen and the base of the next save. */
export function continueWithNewest(sheet: Sheet, conflict: Conflict): Sheet {
  const { theme, newest } = conflict;
  return {
    saved: { ...sheet.saved, [theme]: newest.body },
    versions: { ...sheet.versions, [theme]: newest.version },
    draft: { ...sheet.draft, [theme]: newest.body },
  };
}

/** The themes that are too long, with how many characters too many. */
export function worksheetProblems(draft: ThemeTexts): Partial<Record<Theme, FieldProblem>> {
  const problems: Partial<Record<Theme, FieldProblem>> = {};
  for (const theme of THEMES) {
    const problem = fieldProblem(draft[theme], WORKSHEET_MAX);
    if (problem) problems[theme] = problem;
  }
  return problems;
}

/** The theme a server field error is about (`entries.1.body` → the second theme that was sent). */
export function themeOfField(field: string | undefined, sent: ReadonlyArray<Pick<WorksheetEntry, 'theme'>>): Theme | null {
  const match = /^entries\.(\d+)(?:\.body)?$/.exec(field ?? '');
  return match ? (sent[Number(match[1])]?.theme ?? null) : null;
}

// ---- checking a conversation report ---------------------------------------------------------------------

/** The versions newest first (the API gives them oldest first). */
export function newestFirst(versions: readonly ReportVersion[]): ReportVersion[] {
  return [...versions].sort((a, b) => b.number - a.number);
}

/** A reader can react to the newest version while it is shared and they have not reacted to it yet. */
export function canReactTo(version: Pick<ReportVersion, 'state' | 'reacted'>): boolean {
  return version.state === 'shared' && !version.reacted;
}

/** Per paragraph: agree, disagree, or no choice (the paragraph is skipped). */
export type StanceChoice = 'agree' | 'disagree' | 'skip';

export interface ReactionDraft {
  stances: Record<string, StanceChoice>;
  /** What is not right, per paragraph id (kept when the reader switches back to "agree"). */
  texts: Record<string, string>;
  /** "Mist er iets?": one text box per point. */
  additions: string[];
  /** A draft report only: the reaction in the final report as written (the default), or summarised. */
  inFinalReport: InFinalReport;
}

export function emptyReaction(): ReactionDraft {
  return { stances: {}, texts: {}, additions: [''], inFinalReport: 'full' };
}

export const stanceOf = (draft: ReactionDraft, paragraphId: string): StanceChoice => draft.stances[paragraphId] ?? 'skip';

/**
 * The body to send: one item per paragraph with a choice, in the report's order (an agreement with
 * text ''), skipped paragraphs left out; the missing points that have text, exactly as typed. With
 * `withChoice` (the client's check of a draft report): how the reaction goes into the final report.
 */
export function reactionBody(paragraphs: readonly ReportParagraph[], draft: ReactionDraft, withChoice = false): ReactionBody {
  const items: ReactionBody['items'] = [];
  for (const paragraph of paragraphs) {
    const stance = stanceOf(draft, paragraph.id);
    if (stance === 'agree') items.push({ paragraphId: paragraph.id, stance: 'agree', text: '' });
    else if (stance === 'disagree') items.push({ paragraphId: paragraph.id, stance: 'disagree', text: draft.texts[paragraph.id] ?? '' });
  }
  const additions = draft.additions.filter((text) => text.trim().length > 0);
  return withChoice ? { items, additions, inFinalReport: draft.inFinalReport } : { items, additions };
}

export interface ReactionProblems {
  /** Per paragraph id: "Wat klopt er niet?" is empty or too long. */
  paragraphs: Record<string, FieldProblem>;
  /** Per point (its index): too long. */
  additions: Record<number, FieldProblem>;
  /** Nothing chosen and nothing missing: there is nothing to send. */
  nothing: boolean;
}

/** What must be put right before the reaction can be sent; null when it can be sent. */
export function reactionProblems(paragraphs: readonly ReportParagraph[], draft: ReactionDraft): ReactionProblems | null {
  const found: ReactionProblems = { paragraphs: {}, additions: {}, nothing: false };
  let any = false;
  for (const paragraph of paragraphs) {
    if (stanceOf(draft, paragraph.id) !== 'disagree') continue;
    const problem = fieldProblem(draft.texts[paragraph.id] ?? '', COMMENT_MAX, true);
    if (problem) {
      found.paragraphs[paragraph.id] = problem;
      any = true;
    }
  }
  draft.additions.forEach((text, index) => {
    const problem = fieldProblem(text, COMMENT_MAX);
    if (problem) {
      found.additions[index] = problem;
      any = true;
    }
  });
  const body = reactionBody(paragraphs, draft);
  if (body.items.length === 0 && body.additions.length === 0) {
    found.nothing = true;
    any = true;
  }
  return any ? found : null;
}

/** This reader's comments on one version: per paragraph id, and the missing points. */
export function commentsOf(version: Pick<ReportVersion, 'comments'>): { byParagraph: Map<string, ReportComment[]>; additions: ReportComment[] } {
  const byParagraph = new Map<string, ReportComment[]>();
  const additions: ReportComment[] = [];
  for (const comment of version.comments) {
    if (comment.paragraphId === null || comment.stance === 'addition') additions.push(comment);
    else byParagraph.set(comment.paragraphId, [...(byParagraph.get(comment.paragraphId) ?? []), comment]);
  }
  return { byParagraph, additions };
}

/**
 * What the labour expert did with a comment: adopted, adjusted, kept (not adjusted), or not looked at
 * yet. An agreement asks for no decision, so it has none.
 */
export function outcomeKey(comment: Pick<ReportComment, 'stance' | 'processing'>): TextKey | null {
  if (comment.stance === 'agree') return null;
  switch (comment.processing?.decision) {
    case 'adopted':
      return 'outcomeAdopted';
    case 'adjusted':
      return 'outcomeAdjusted';
    case 'kept':
      return 'outcomeKept';
    default:
      return 'outcomePending';
  }
}

// ---- the evaluation ---------------------------------------------------------------------------------------

export const EVALUATION_QUESTIONS: readonly EvaluationQuestion[] = ['feltHeard', 'clearWhatNext', 'formRight'];

export const ANSWER_KEYS: Record<string, TextKey> = { yes: 'answerYes', partly: 'answerPartly', no: 'answerNo', not_sure: 'answerNotSure' };

export type EvaluationDraft = { [Q in EvaluationQuestion]: (typeof EVALUATION_ANSWERS)[Q][number] | null } & { comment: string };

export function emptyEvaluation(): EvaluationDraft {
  return { feltHeard: null, clearWhatNext: null, formRight: null, comment: '' };
}

export type EvaluationProblems = Partial<Record<EvaluationQuestion | 'comment', FieldProblem>>;

/** Each question needs an answer; the comment is optional and at most 2000 characters. */
export function evaluationProblems(draft: EvaluationDraft): EvaluationProblems {
  const problems: EvaluationProblems = {};
  for (const question of EVALUATION_QUESTIONS) if (draft[question] === null) problems[question] = { kind: 'required' };
  const comment = fieldProblem(draft.comment, COMMENT_MAX);
  if (comment) problems.comment = comment;
  return problems;
}

/** The body to send, or null while an answer is missing. An empty comment is sent as null; any other as typed. */
export function evaluationBody(draft: EvaluationDraft): EvaluationBody | null {
  const { feltHeard, clearWhatNext, formRight } = draft;
  if (feltHeard === null || clearWhatNext === null || formRight === null) return null;
  return { feltHeard, clearWhatNext, formRight, comment: draft.comment.trim().length > 0 ? draft.comment : null };
}

/** The form of the conversation in the third question ("op locatie", "via beeldbellen", "via de telefoon"). */
export function evaluationFormKey(form: string): TextKey | null {
  if (form === 'physical') return 'evalFormPhysical';
  if (form === 'video') return 'evalFormVideo';
  if (form === 'phone') return 'evalFormPhone';
  return null;
}
