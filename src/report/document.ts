// The report as a document, independent of its file format: what the PDF and the Word renderer both
// draw (render/pdf.ts, render/docx.ts). It is built from a report version by assemble.ts and holds
// only words and numbers of that one case (issue 8: nothing of another case can appear in it).

/** A block of a section's body. Tables are real tables in both formats; a chart also has its table. */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section (level 2 in the outline). */
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  | {
      kind: 'table';
      caption: string;
      columns: string[];
      /** `emphasis` marks a row that matters at a glance (an overshoot): bold and with a marker, never colour only. */
      rows: Array<{ cells: string[]; emphasis: boolean }>;
    }
  | {
      /** The overshoot chart of one profile: per item the capacity and the demand on one scale (0..max). */
      kind: 'chart';
      caption: string;
      /** Words for the legend, in the report's language. */
      legend: { capacity: string; demand: string; overshoot: string };
      bars: Array<{ label: string; capacity: number | null; demand: number | null; max: number; overshoot: boolean }>;
    };

export interface ReportSection {
  key: string;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  language: 'nl' | 'en';
  /** The organisation's letterhead: its name, address lines and an optional logo. */
  letterhead: { organisationName: string; lines: string[]; logo: { mediaType: 'image/png' | 'image/jpeg'; data: Buffer } | null };
  title: string;
  /** Printed on every page, with the version: e.g. "PAS-2026-0003". */
  caseReference: string;
  version: number;
  /** "Concept" on every page of a draft (preview), nothing on a final report. */
  draft: boolean;
  /** The front page's facts (Cliënt, Opdrachtgever, Datum rapport, Arbeidsdeskundige …), in order. */
  facts: Array<{ label: string; value: string }>;
  sections: ReportSection[];
  /** The signature block at the end: who signs, and when (absent on a draft). */
  signature: { signer: string; role: string; signedAt: string } | null;
  /** Words the renderer prints around the content, in the report's language. */
  labels: {
    /** e.g. "Pagina {page} van {pages}" */
    page: string;
    /** e.g. "versie {version}" */
    version: string;
    draft: string;
    contents: string;
    signedBy: string;
  };
}
