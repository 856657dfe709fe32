// Pure helpers of the report screens: the section kinds (the domain's own list, from kinds.ts), a refresh's difference in words, a
// chart as a table, a SHA-256 readable in groups, the letterhead's lines, paragraphs added and moved,
// and which reactions still need the expert.
import type { CheckComment, DiffLine, ReportBlock, ReportParagraph, ReportSectionView, VersionState } from './api';

export { CHANGE_NOTE_MIN, EXPLANATION_MIN, REPORT_CONTEXTS, SECTION_KINDS, type SectionKind } from '../kinds';

/** The badge tone of a version's state: the state is always in the words too. */
export function stateTone(state: VersionState): 'info' | 'warning' | 'success' {
  return state === 'final' ? 'success' : state === 'in_check' ? 'warning' : 'info';
}

/** The words a difference line starts with: never colour alone. */
export type DiffMark = 'added' | 'removed' | 'same';

export interface DiffSummary {
  lines: DiffLine[];
  added: number;
  removed: number;
  same: number;
  /** Nothing would change. */
  unchanged: boolean;
}

/** A refresh's difference, counted, with lines that are only whitespace left out. */
export function summariseDiff(diff: readonly DiffLine[]): DiffSummary {
  const lines = diff.filter((line) => line.text.trim().length > 0);
  const count = (change: DiffLine['change']) => lines.filter((line) => line.change === change).length;
  const added = count('added');
  const removed = count('removed');
  return { lines, added, removed, same: count('same'), unchanged: added === 0 && removed === 0 };
}

/** A chart block as the rows of a table: label, capacity, demand, and whether the bar overshoots. */
export function chartRows(block: Extract<ReportBlock, { kind: 'chart' }>): Array<{ label: string; capacity: string; demand: string; overshoot: boolean }> {
  const value = (n: number | null, max: number) => (n === null ? '–' : `${n} / ${max}`);
  return block.bars.map((bar) => ({ label: bar.label, capacity: value(bar.capacity, bar.max), demand: value(bar.demand, bar.max), overshoot: bar.overshoot }));
}

/** "ab12 cd34 …": a hash in groups of four, easier to compare by eye; the copyable text stays whole. */
export function groupHash(hash: string, size = 4): string {
  return (hash.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

/** The letterhead's textarea: one line per line, trimmed, empty lines left out. */
export function letterheadLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range gives the same list. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

let counter = 0;
/** An id for a paragraph the expert adds: unique within the section (the server checks). */
export function newParagraphId(existing: readonly ReportParagraph[], now = Date.now()): string {
  const taken = new Set(existing.map((p) => p.id));
  for (;;) {
    counter += 1;
    const id = `eigen-${now.toString(36)}-${counter}`;
    if (!taken.has(id)) return id;
  }
}

/** The paragraphs as they will be saved: blank ones dropped, text trimmed at the ends. */
export function paragraphsToSave(paragraphs: readonly ReportParagraph[]): ReportParagraph[] {
  return paragraphs.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text.length > 0);
}

/** A reaction the expert must still decide on (a disagreement or an addition without processing). */
export function needsDecision(comment: CheckComment): boolean {
  return comment.stance !== 'agree' && comment.processing === null;
}

/** The first words of a paragraph, for showing which one a reaction is about. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The paragraph a reaction is about, with the section it is in; null when the draft no longer has it. */
export function paragraphOf(sections: readonly ReportSectionView[], paragraphId: string | null): { section: ReportSectionView; paragraph: ReportParagraph } | null {
  if (!paragraphId) return null;
  for (const section of sections) {
    const paragraph = section.paragraphs.find((p) => p.id === paragraphId);
    if (paragraph) return { section, paragraph };
  }
  return null;
}

/** The file type to send a chosen file to the seal check with. */
export function verifyContentType(file: { name: string; type: string }): 'application/pdf' | 'application/octet-stream' {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? 'application/pdf' : 'application/octet-stream';
}
