// Pure helpers of the Gezien & Gehoord screens: paths, the contact choice, the draft editor's list
// operations and checks (the same limits as the server's rules in ../domain.ts), and grouping the
// reactions of a version per paragraph.
import {
  ALLIANCE_ELEMENTS, COMMENT_MAX, EXPLANATION_MIN, MAX_PARAGRAPHS, needsProcessing, PARAGRAPH_MAX,
  type AllianceElement, type Decision, type Paragraph,
} from '../domain';
import type { ReportComment, ReportVersion } from './api';

/** Texts are counted as the reader sees them: in code points, like the server. */
export const textLength = (text: string): number => [...text].length;

export const casePagePath = (caseId: string) => `/dossiers/${encodeURIComponent(caseId)}`;

export function compassPath(caseId: string, contactId: string | null = null): string {
  const base = `${casePagePath(caseId)}/kompas`;
  return contactId ? `${base}?contact=${encodeURIComponent(contactId)}` : base;
}

export const reportPagePath = (caseId: string, reportId: string) => `${casePagePath(caseId)}/verslagen/${encodeURIComponent(reportId)}`;

/** The contact the compass works on, from `?contact=`; null for the case as a whole. */
export function contactFromSearch(search: URLSearchParams): string | null {
  const value = search.get('contact')?.trim();
  return value ? value : null;
}

export interface ContactLike {
  id: string;
  plannedAt: string;
  heldAt: string | null;
  state: string;
  activityType: string;
}

/** The contacts of a case by date (when held, else when planned), oldest first; cancelled ones last. */
export function contactsByDate<T extends ContactLike>(contacts: readonly T[]): T[] {
  const when = (c: ContactLike) => c.heldAt ?? c.plannedAt;
  return [...contacts].sort((a, b) => Number(a.state === 'cancelled') - Number(b.state === 'cancelled') || when(a).localeCompare(when(b)) || a.id.localeCompare(b.id));
}

/**
 * An id for a new paragraph: unique within the report (the server refuses duplicates) and at most 64
 * characters. Not `crypto.randomUUID`, which browsers only offer on secure origins.
 */
export function newParagraphId(existing: readonly string[] = [], random: () => number = Math.random, now: () => number = Date.now): string {
  for (;;) {
    const id = `p-${now().toString(36)}-${Math.floor(random() * 2 ** 40).toString(36)}`;
    if (!existing.includes(id)) return id;
  }
}

export function emptyParagraph(existing: readonly Paragraph[], random?: () => number): Paragraph {
  return { id: newParagraphId(existing.map((p) => p.id), random), theme: null, text: '', forEmployer: false };
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the edges. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

/** Whether the editor's paragraphs differ from the saved ones (order, text, marks). */
export function paragraphsChanged(saved: readonly Paragraph[], current: readonly Paragraph[]): boolean {
  if (saved.length !== current.length) return true;
  return saved.some((p, i) => {
    const q = current[i]!;
    return p.id !== q.id || p.text !== q.text || p.theme !== q.theme || p.forEmployer !== q.forEmployer;
  });
}

export interface DraftProblems {
  /** No paragraph has text. */
  empty: boolean;
  tooMany: boolean;
  /** Indexes of paragraphs over the length limit. */
  tooLong: number[];
}

/** The draft's problems as the server would see them, but per paragraph, so each is shown at its field. */
export function draftProblems(paragraphs: readonly Paragraph[]): DraftProblems {
  return {
    empty: paragraphs.every((p) => p.text.trim().length === 0),
    tooMany: paragraphs.length > MAX_PARAGRAPHS,
    tooLong: paragraphs.flatMap((p, i) => (textLength(p.text) > PARAGRAPH_MAX ? [i] : [])),
  };
}

export const hasDraftProblems = (problems: DraftProblems) => problems.empty || problems.tooMany || problems.tooLong.length > 0;

/** What stops a processing decision, the same rule as the server's: keeping the text needs a reason. */
export function processingProblem(decision: Decision | '', explanation: string): 'decision_required' | 'explanation_required' | 'explanation_too_long' | null {
  if (decision === '') return 'decision_required';
  if (decision === 'kept' && explanation.trim().length < EXPLANATION_MIN) return 'explanation_required';
  if (textLength(explanation) > COMMENT_MAX) return 'explanation_too_long';
  return null;
}

export const CHANGE_NOTE_MIN = 10;
export const changeNoteOk = (note: string) => note.trim().length >= CHANGE_NOTE_MIN;

/** A comment that asks the expert for a decision and has none yet. */
export const isOpen = (comment: Pick<ReportComment, 'stance' | 'processing'>) => needsProcessing(comment) && comment.processing === null;

export function openCount(versions: ReadonlyArray<Pick<ReportVersion, 'comments'>>): number {
  return versions.reduce((sum, v) => sum + v.comments.filter(isOpen).length, 0);
}

export interface GroupedComments {
  /** Per paragraph of the version, in the version's order: the comments on it (client first). */
  paragraphs: Array<{ paragraph: Paragraph; comments: ReportComment[] }>;
  /** "Mist er iets?": what readers miss. */
  additions: ReportComment[];
  /** Comments on a paragraph id that is not in the version (should not happen; never hidden). */
  other: ReportComment[];
}

const byAudience = (a: ReportComment, b: ReportComment) => Number(a.audience === 'employer') - Number(b.audience === 'employer') || a.submittedAt.localeCompare(b.submittedAt);

export function groupComments(version: Pick<ReportVersion, 'paragraphs' | 'comments'>): GroupedComments {
  const ids = new Set(version.paragraphs.map((p) => p.id));
  return {
    paragraphs: version.paragraphs.map((paragraph) => ({ paragraph, comments: version.comments.filter((c) => c.paragraphId === paragraph.id && c.stance !== 'addition').sort(byAudience) })),
    additions: version.comments.filter((c) => c.stance === 'addition' || c.paragraphId === null).sort(byAudience),
    other: version.comments.filter((c) => c.stance !== 'addition' && c.paragraphId !== null && !ids.has(c.paragraphId)).sort(byAudience),
  };
}

/** Example behaviours per working-alliance element (seed 002 §3), as keys of the catalogue. */
export const ALLIANCE_EXAMPLES: Record<AllianceElement, readonly string[]> = {
  trust: ['safe', 'whyOpen', 'room', 'noPressure', 'independent', 'trusting', 'personToPerson'],
  direction: ['goal', 'expectations', 'bringSomeone', 'law', 'information', 'report'],
  bond: ['interest', 'open', 'empathy', 'tailoring', 'time', 'choices', 'equality', 'evaluate'],
  // Friction's examples are its signals, which the expert ticks.
  friction: [],
};

/** The alliance notes to send: only elements with text, so an empty element is not recorded as said. */
export function allianceNotes(notes: Partial<Record<AllianceElement, string>>): Partial<Record<AllianceElement, string>> {
  const out: Partial<Record<AllianceElement, string>> = {};
  for (const element of ALLIANCE_ELEMENTS) {
    const note = notes[element] ?? '';
    if (note.trim().length > 0) out[element] = note;
  }
  return out;
}

/** A kept reflection's notes in the elements' order, only those with text (an empty element said nothing). */
export function notedElements(notes: Partial<Record<AllianceElement, string>>): Array<{ element: AllianceElement; note: string }> {
  return ALLIANCE_ELEMENTS.flatMap((element) => {
    const note = notes[element] ?? '';
    return note.trim().length > 0 ? [{ element, note }] : [];
  });
}
