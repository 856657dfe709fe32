// The report (rapportage, issue 8) as rules, pure: the contexts and their standard templates, what a
// template may hold, the sections of a draft and their staleness, what changed on a refresh, the
// client check (hoor en wederhoor: seed 002 §3 "een duidelijke en volledige rapportage met een reële
// mogelijkheid om te reageren"; seed 000 P6/P7 the client checks the draft), finalising with a seal,
// corrections as new versions, and delivery links. Never a judgement: the expert writes the report,
// Passend fills it from the case and keeps what was decided.
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import type { LegalContext } from '../cases/domain.js';
import { EXPLANATION_MIN, needsProcessing, type Comment } from '../conversation/domain.js';
import type { ReportBlock } from './document.js';
import { CHANGE_NOTE_MIN, REPORT_CONTEXTS, SECTION_KINDS, type ReportContext, type SectionKind } from './kinds.js';

export { CHANGE_NOTE_MIN, REPORT_CONTEXTS, SECTION_KINDS, type ReportContext, type SectionKind };

// ---- contexts and section kinds -----------------------------------------------------------------

/** The template that fits a case's legal context; the expert may choose another. */
export function contextOfCase(legal: LegalContext): ReportContext {
  switch (legal) {
    case 'poortwachter':
    case 'ziektewet':
    case 'wia':
      return 'poortwachter';
    case 'participatiewet':
    case 'wajong':
      return 'participatiewet';
    case 'letselschade':
      return 'letselschade';
    case 'aov':
      return 'aov';
    default:
      return 'general';
  }
}

export const isSectionKind = (v: unknown): v is SectionKind => typeof v === 'string' && (SECTION_KINDS as readonly string[]).includes(v);

/** Sections filled at finalisation, not from the case: they are never stale. */
export const FILLED_AT_FINAL: readonly SectionKind[] = ['client_reaction'];

export interface TemplateSection {
  kind: SectionKind;
  title: string;
  /** Text that opens the section in every report (the organisation's wording). */
  standardText: string;
  /** Hoor en wederhoor: the employer checks only the sections about them. */
  forEmployer: boolean;
}

export interface TemplateContent {
  name: string;
  sections: TemplateSection[];
  letterheadLines: string[];
}

export const TEMPLATE_NAME_MAX = 120;
export const SECTION_TITLE_MAX = 200;
export const STANDARD_TEXT_MAX = 10_000;
export const TEMPLATE_SECTIONS_MAX = 40;
export const LETTERHEAD_LINES_MAX = 8;
export const LETTERHEAD_LINE_MAX = 200;
export const LOGO_MAX_BYTES = 512 * 1024;
export const CHANGE_NOTE_MAX = 2_000;

export type ReportProblemReason =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'unknown_section'
  | 'duplicate_section'
  | 'section_required'
  | 'logo_type'
  | 'logo_too_large'
  | 'logo_damaged'
  | 'logo_dimensions'
  | 'change_note_required'
  | 'final_is_final'
  | 'in_check'
  | 'not_in_check'
  | 'stale_page'
  | 'unknown_paragraph'
  | 'empty_section'
  | 'reason_required'
  | 'summary_required'
  | 'not_final'
  | 'no_email'
  | 'unknown_recipient'
  | 'nothing_to_check'
  | 'no_employer_sections';

export interface ReportProblem {
  field: string;
  reason: ReportProblemReason;
  params?: Record<string, string | number>;
}

const count = (s: string) => [...s].length;
const blank = (s: string | null | undefined) => (s ?? '').trim().length === 0;

/** The kinds each template must have: the question, and the client's reaction (issue 8: always in the final report). */
export const REQUIRED_KINDS: Record<ReportContext, readonly SectionKind[]> = {
  poortwachter: ['assignment', 'client_reaction'],
  participatiewet: ['assignment', 'wage_value', 'client_reaction'],
  letselschade: ['assignment', 'client_reaction'],
  aov: ['assignment', 'client_reaction'],
  general: ['assignment', 'client_reaction'],
};

/**
 * A template as an organisation administrator sends it: every section of a known kind (a template
 * referring to an unknown section is refused, issue 8), each kind but `free` once, the required kinds
 * present, texts within bounds. Takes `unknown` kinds so the refusal can name them.
 */
export function checkTemplate(context: ReportContext, input: { name: string; sections: Array<Omit<TemplateSection, 'kind'> & { kind: string }>; letterheadLines: string[] }): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (blank(input.name)) problems.push({ field: 'name', reason: 'required' });
  else if (count(input.name) > TEMPLATE_NAME_MAX) problems.push({ field: 'name', reason: 'too_long', params: { maximum: TEMPLATE_NAME_MAX } });
  if (input.sections.length === 0) problems.push({ field: 'sections', reason: 'required' });
  if (input.sections.length > TEMPLATE_SECTIONS_MAX) problems.push({ field: 'sections', reason: 'too_many', params: { maximum: TEMPLATE_SECTIONS_MAX } });
  const seen = new Set<string>();
  input.sections.forEach((s, i) => {
    if (!isSectionKind(s.kind)) {
      problems.push({ field: `sections.${i}.kind`, reason: 'unknown_section', params: { kind: String(s.kind).slice(0, 60) } });
      return;
    }
    if (s.kind !== 'free' && seen.has(s.kind)) problems.push({ field: `sections.${i}.kind`, reason: 'duplicate_section', params: { kind: s.kind } });
    seen.add(s.kind);
    if (blank(s.title)) problems.push({ field: `sections.${i}.title`, reason: 'required' });
    else if (count(s.title) > SECTION_TITLE_MAX) problems.push({ field: `sections.${i}.title`, reason: 'too_long', params: { maximum: SECTION_TITLE_MAX } });
    if (count(s.standardText) > STANDARD_TEXT_MAX) problems.push({ field: `sections.${i}.standardText`, reason: 'too_long', params: { maximum: STANDARD_TEXT_MAX } });
  });
  for (const kind of REQUIRED_KINDS[context]) {
    if (!seen.has(kind)) problems.push({ field: 'sections', reason: 'section_required', params: { kind } });
  }
  if (input.letterheadLines.length > LETTERHEAD_LINES_MAX) problems.push({ field: 'letterheadLines', reason: 'too_many', params: { maximum: LETTERHEAD_LINES_MAX } });
  input.letterheadLines.forEach((line, i) => {
    if (count(line) > LETTERHEAD_LINE_MAX) problems.push({ field: `letterheadLines.${i}`, reason: 'too_long', params: { maximum: LETTERHEAD_LINE_MAX } });
  });
  return problems;
}

/** A logo is a PNG or JPEG by its own first bytes (never by the name it was uploaded with), and small. */
export function logoMediaType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function checkLogo(bytes: Uint8Array): ReportProblem[] {
  if (bytes.length > LOGO_MAX_BYTES) return [{ field: 'logo', reason: 'logo_too_large', params: { maximum: Math.round(LOGO_MAX_BYTES / 1024) } }];
  if (logoMediaType(bytes) === null) return [{ field: 'logo', reason: 'logo_type' }];
  return [];
}

/** The largest logo side, in pixels: a letterhead needs far less, and the renderers hold every pixel in memory. */
export const LOGO_MAX_SIDE = 2_000;
const PNG_CHANNELS: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] }, 2: { channels: 3, depths: [8, 16] }, 3: { channels: 1, depths: [1, 2, 4, 8] }, 4: { channels: 2, depths: [8, 16] }, 6: { channels: 4, depths: [8, 16] },
};
// Adam7: the seven passes of an interlaced PNG, as [x start, y start, x step, y step].
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

function pngProblem(b: Buffer): 'logo_damaged' | 'logo_dimensions' | null {
  if (b.length < 33 || b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return 'logo_damaged';
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const [depth, colour, compression, filter, interlace] = [b[24]!, b[25]!, b[26]!, b[27]!, b[28]!];
  const kind = PNG_CHANNELS[colour];
  if (!kind || !kind.depths.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return 'logo_damaged';
  if (width === 0 || height === 0 || width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE) return 'logo_dimensions';
  const idat: Buffer[] = [];
  let palette = false;
  let end = false;
  for (let at = 8; at + 12 <= b.length && !end;) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > b.length) return 'logo_damaged';
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + length));
    if (type === 'PLTE') palette = true;
    if (type === 'IEND') end = true;
    at += 12 + length;
  }
  if (!end || idat.length === 0 || (colour === 3 && !palette)) return 'logo_damaged';
  // The rows the image data must inflate to: per (pass and) row one filter byte and the row's bytes.
  const bits = kind.channels * depth;
  const passes = interlace === 1
    ? ADAM7.map(([x0, y0, dx, dy]) => ({ w: Math.ceil(Math.max(0, width - x0) / dx), h: Math.ceil(Math.max(0, height - y0) / dy) })).filter((p) => p.w > 0 && p.h > 0)
    : [{ w: width, h: height }];
  const expected = passes.reduce((sum, p) => sum + p.h * (1 + Math.ceil((p.w * bits) / 8)), 0);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1024 });
  } catch {
    return 'logo_damaged';
  }
  if (pixels.length < expected) return 'logo_damaged';
  let at = 0;
  for (const p of passes) {
    for (let row = 0; row < p.h; row++) {
      if (pixels[at]! > 4) return 'logo_damaged';
      at += 1 + Math.ceil((p.w * bits) / 8);
    }
  }
  return null;
}

function jpegProblem(b: Buffer): 'logo_damaged' | 'logo_dimensions' | null {
  // The markers up to the first start-of-frame (SOF0..SOF15 except DHT, JPG, DAC), which holds the size.
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return 'logo_damaged';
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = b.readUInt16BE(at + 5);
      const width = b.readUInt16BE(at + 7);
      return width === 0 || height === 0 ? 'logo_dimensions' : null;
    }
    const length = b.readUInt16BE(at + 2);
    if (length < 2) return 'logo_damaged';
    at += 2 + length;
  }
  return 'logo_damaged';
}

/**
 * What the renderers will read of a logo, checked once when it is uploaded: the PNG's header, chunks and
 * image data (inflated and every row's filter), or the JPEG's frame header; a size of at least one and at
 * most LOGO_MAX_SIDE pixels. A logo that passes `checkLogo` by its first bytes but is damaged would
 * otherwise fail (or, for a PNG whose data does not inflate, crash the PDF library) when a report is sealed.
 */
export function checkLogoImage(bytes: Uint8Array): ReportProblem[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = logoMediaType(b);
  const problem = type === 'image/png' ? pngProblem(b) : type === 'image/jpeg' ? jpegProblem(b) : 'logo_damaged';
  if (problem === 'logo_dimensions') return [{ field: 'logo', reason: 'logo_dimensions', params: { maximum: LOGO_MAX_SIDE } }];
  return problem ? [{ field: 'logo', reason: 'logo_damaged' }] : [];
}

export function checkChangeNote(note: string, field = 'changeNote'): ReportProblem[] {
  if (note.trim().length < CHANGE_NOTE_MIN) return [{ field, reason: 'change_note_required', params: { minimum: CHANGE_NOTE_MIN } }];
  if (count(note) > CHANGE_NOTE_MAX) return [{ field, reason: 'too_long', params: { maximum: CHANGE_NOTE_MAX } }];
  return [];
}

// ---- the draft and its sections -----------------------------------------------------------------

export interface ReportParagraph {
  id: string;
  text: string;
  forEmployer: boolean;
}

/** What the case gave a section: its text and its tables, charts and lists. */
export interface Generated {
  paragraphs: string[];
  blocks: ReportBlock[];
}

export interface DraftSection {
  kind: SectionKind;
  title: string;
  /** The text as the expert has it now (starting from the standard text and what the case gave). */
  paragraphs: ReportParagraph[];
  /** Tables, charts and lists from the case: refreshed with the section, not typed. */
  blocks: ReportBlock[];
  /** What the case gave when the section was last filled, to see staleness and what a refresh changes. */
  generated: { digest: string; paragraphs: string[]; at: string };
  /** True once the expert changed the text. */
  edited: boolean;
  /** From the template: whether the employer checks this section. */
  forEmployer: boolean;
}

export const PARAGRAPH_MAX = 10_000;
export const SECTION_PARAGRAPHS_MAX = 200;

/** A stable digest of what the case gave: the same content gives the same digest on every run. */
export function digestOf(generated: Generated): string {
  return createHash('sha256').update(JSON.stringify([generated.paragraphs, generated.blocks])).digest('hex');
}

/** A section freshly filled: standard text first, then what the case gave. */
export function fillSection(template: TemplateSection, generated: Generated, newId: () => string, at: string): DraftSection {
  const texts = [...(blank(template.standardText) ? [] : template.standardText.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean)), ...generated.paragraphs];
  return {
    kind: template.kind, title: template.title, forEmployer: template.forEmployer,
    paragraphs: texts.map((text) => ({ id: newId(), text, forEmployer: template.forEmployer })),
    blocks: generated.blocks,
    generated: { digest: digestOf(generated), paragraphs: generated.paragraphs, at },
    edited: false,
  };
}

/** A section is stale when the case now gives something else than when it was filled. */
export function isStale(section: DraftSection, now: Generated): boolean {
  if (FILLED_AT_FINAL.includes(section.kind) || section.kind === 'free') return false;
  return section.generated.digest !== digestOf(now);
}

export type DiffLine = { change: 'same' | 'added' | 'removed'; text: string };

/** What a refresh changes, paragraph by paragraph (longest common subsequence): shown before and after. */
export function diffParagraphs(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) { out.push({ change: 'same', text: before[i]! }); i++; j++; }
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ change: 'removed', text: before[i++]! });
    else out.push({ change: 'added', text: after[j++]! });
  }
  while (i < n) out.push({ change: 'removed', text: before[i++]! });
  while (j < m) out.push({ change: 'added', text: after[j++]! });
  return out;
}

/**
 * Refreshing a section: the text becomes the standard text and what the case gives now. The expert's
 * own edits are replaced, which is why the answer shows the difference with the text they had.
 */
export function refreshSection(section: DraftSection, template: TemplateSection | null, now: Generated, newId: () => string, at: string): { section: DraftSection; diff: DiffLine[] } {
  const filled = fillSection(template ?? { kind: section.kind, title: section.title, standardText: '', forEmployer: section.forEmployer }, now, newId, at);
  const next = { ...filled, title: section.title, forEmployer: section.forEmployer };
  return { section: next, diff: diffParagraphs(section.paragraphs.map((p) => p.text), next.paragraphs.map((p) => p.text)) };
}

export type VersionState = 'draft' | 'in_check' | 'final';

/** The expert's edit of one section's text: only on a draft, within bounds, ids unique. */
export function checkSectionEdit(state: VersionState, index: number, paragraphs: ReportParagraph[]): ReportProblem[] {
  if (state === 'final') return [{ field: 'state', reason: 'final_is_final' }];
  if (state === 'in_check') return [{ field: 'state', reason: 'in_check' }];
  const problems: ReportProblem[] = [];
  if (paragraphs.length > SECTION_PARAGRAPHS_MAX) problems.push({ field: `sections.${index}.paragraphs`, reason: 'too_many', params: { maximum: SECTION_PARAGRAPHS_MAX } });
  paragraphs.forEach((p, i) => {
    if (count(p.text) > PARAGRAPH_MAX) problems.push({ field: `sections.${index}.paragraphs.${i}.text`, reason: 'too_long', params: { maximum: PARAGRAPH_MAX } });
  });
  if (new Set(paragraphs.map((p) => p.id)).size !== paragraphs.length) problems.push({ field: `sections.${index}.paragraphs`, reason: 'unknown_paragraph' });
  return problems;
}

// ---- the client check -----------------------------------------------------------------------------

/** The paragraphs the client (and for their sections, the employer) checks, with ids that lead back to the section. */
export function checkParagraphsOf(sections: readonly DraftSection[]): Array<{ id: string; theme: null; text: string; forEmployer: boolean; sectionIndex: number }> {
  return sections.flatMap((s, sectionIndex) =>
    FILLED_AT_FINAL.includes(s.kind) ? [] : s.paragraphs.filter((p) => !blank(p.text)).map((p) => ({ id: p.id, theme: null, text: p.text, forEmployer: p.forEmployer, sectionIndex })));
}

export function checkSendForCheck(state: VersionState, sections: readonly DraftSection[], withEmployer: boolean): ReportProblem[] {
  if (state === 'final') return [{ field: 'state', reason: 'final_is_final' }];
  if (state === 'in_check') return [{ field: 'state', reason: 'in_check' }];
  const paragraphs = checkParagraphsOf(sections);
  if (paragraphs.length === 0) return [{ field: 'sections', reason: 'nothing_to_check' }];
  if (withEmployer && !paragraphs.some((p) => p.forEmployer)) return [{ field: 'withEmployer', reason: 'no_employer_sections' }];
  return [];
}

// ---- finalising and the seal ---------------------------------------------------------------------

export interface CheckComment extends Pick<Comment, 'stance' | 'processing' | 'audience'> {
  /** The client's choice for their reaction in the final report (full text, or the expert's faithful summary). */
  inFinalReport: 'full' | 'summary' | null;
}

export interface FinaliseFacts {
  state: VersionState;
  sections: readonly DraftSection[];
  /** Whether the draft (this version or an earlier one of the report) was ever sent to the client to check. */
  checked: boolean;
  comments: readonly CheckComment[];
}

export interface FinaliseInput {
  /** Why the report is final although the client did not check it or reactions are unprocessed. */
  reason: string | null;
  /** The faithful summary, where the client chose one. */
  clientReactionSummary: string | null;
}

/** Whether the client chose a summary of their reaction (the latest choice counts). */
export function clientChoseSummary(comments: readonly CheckComment[]): boolean {
  const choices = comments.filter((c) => c.audience === 'client' && c.inFinalReport !== null);
  return choices.at(-1)?.inFinalReport === 'summary';
}

/**
 * Finalising: allowed while reactions are unprocessed or when the client never saw the draft, but
 * only with a recorded reason (issue 8); a faithful summary where the client asked for one; no empty
 * section. It does not judge the content.
 */
export function checkFinaliseReport(facts: FinaliseFacts, input: FinaliseInput): ReportProblem[] {
  if (facts.state === 'final') return [{ field: 'state', reason: 'final_is_final' }];
  const problems: ReportProblem[] = [];
  const unprocessed = facts.comments.filter((c) => needsProcessing(c) && c.processing === null).length;
  if ((unprocessed > 0 || !facts.checked) && (input.reason ?? '').trim().length < EXPLANATION_MIN) {
    problems.push({ field: 'reason', reason: 'reason_required', params: { unprocessed, minimum: EXPLANATION_MIN } });
  }
  if (input.reason !== null && count(input.reason) > CHANGE_NOTE_MAX) problems.push({ field: 'reason', reason: 'too_long', params: { maximum: CHANGE_NOTE_MAX } });
  const clientSaid = facts.comments.some((c) => c.audience === 'client' && c.stance !== 'agree');
  if (clientSaid && clientChoseSummary(facts.comments) && blank(input.clientReactionSummary)) problems.push({ field: 'clientReactionSummary', reason: 'summary_required' });
  if (input.clientReactionSummary !== null && count(input.clientReactionSummary) > PARAGRAPH_MAX) problems.push({ field: 'clientReactionSummary', reason: 'too_long', params: { maximum: PARAGRAPH_MAX } });
  facts.sections.forEach((s, i) => {
    if (FILLED_AT_FINAL.includes(s.kind)) return;
    if (s.paragraphs.every((p) => blank(p.text)) && s.blocks.length === 0) problems.push({ field: `sections.${i}`, reason: 'empty_section', params: { title: s.title } });
  });
  return problems;
}

/** The seal's digest: SHA-256 of the exact bytes, in hex. Anyone with the file can compute it. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The content's own digest: over the sections' words and tables, independent of the file format. */
export function contentDigest(content: unknown): string {
  return sha256Hex(JSON.stringify(content));
}

/** A correction (a new version of a final report) says what changed and why. */
export function checkCorrection(latestState: VersionState, changeNote: string): ReportProblem[] {
  if (latestState !== 'final') return [{ field: 'state', reason: 'not_final' }];
  return checkChangeNote(changeNote);
}

// ---- delivery -------------------------------------------------------------------------------------

/** How long a download link works: long enough to be opened after a holiday, short enough to expire. */
export const DELIVERY_DAYS = 14;

export type DeliveryRefusal = 'expired' | 'not_yours' | null;

/** Whether a link opens: within its time, and only the delivery it was made for. */
export function deliveryAccess(delivery: { id: string; expiresAt: string }, requestedId: string, now: Date): DeliveryRefusal {
  if (delivery.id !== requestedId) return 'not_yours';
  return new Date(delivery.expiresAt).getTime() <= now.getTime() ? 'expired' : null;
}
