// The report as a Word document (issue 8), built with the `docx` package from the same ReportDocument
// as the PDF (render/pdf.ts): front page (letterhead, title, facts, a table of contents field), sections
// as Heading 1 with Heading 2 subheadings, bullet lists, real tables whose header row repeats on every
// page, header and footer with case reference, version and page numbers on every page.
//
// Charts: Word charts (DrawingML chart parts) are out of scope; a chart block is written as a table
// (item, capacity, demand, overshoot marker), which also reads well to screen readers.
// Fonts: "DejaVu Sans" is named, not embedded; Word or LibreOffice substitute when it is missing.
// The table of contents is a real TOC field. docx caches its entries (titles, no page numbers: only a
// layout engine knows those); Word updates it with page numbers when the document opens (updateFields
// makes it ask), LibreOffice shows the cached titles.
// Not byte-deterministic: docx stamps core.xml's created/modified and the zip entries with the clock.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Packer, PageNumber,
  Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TabStopType, TextRun, WidthType,
} from 'docx';
import type { ReportBlock, ReportDocument } from '../document.js';
import { fill, fitLogo, MARKER } from './common.js';

const FONT = 'DejaVu Sans';
/** A4 in twips (1/20 pt), and the margins in twips: the same page as the PDF. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1520, bottom: 1400, left: 1240, right: 1240, header: 700, footer: 700 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const RULE = '808080';

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const tableBorders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const language = doc.language === 'nl' ? 'nl-NL' : 'en-GB';
  let where = 'front page';
  let document: Document;
  try {
    const children: Array<Paragraph | Table | TableOfContents> = [...frontPage(doc)];
    for (const [index, section] of doc.sections.entries()) {
      where = `section "${section.title}"`;
      // The first section starts on a new page, after the front page and its table of contents.
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: index === 0, children: [new TextRun(section.title)] }));
      for (const block of section.blocks) children.push(...blockOf(block, language));
    }
    where = 'signature';
    if (doc.signature) children.push(...signature(doc, doc.signature));
    where = 'document';
    document = new Document({
      creator: doc.letterhead.organisationName,
      lastModifiedBy: doc.letterhead.organisationName,
      title: doc.title,
      subject: doc.caseReference,
      description: fill(doc.labels.version, { version: doc.version }),
      features: { updateFields: true },
      styles: {
        default: {
          document: { run: { font: FONT, size: 20, language: { value: language } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
          heading1: { run: { font: FONT, size: 30, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
          heading2: { run: { font: FONT, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true } },
          title: { run: { font: FONT, size: 42, bold: true, color: '000000' }, paragraph: { spacing: { before: 600, after: 360 } } },
        },
      },
      numbering: {
        config: [{
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
        }],
      },
      sections: [{
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children,
      }],
    });
  } catch (error) {
    throw new Error(`DOCX: ${where}: ${(error as Error).message}`);
  }
  try {
    return await Packer.toBuffer(document);
  } catch (error) {
    throw new Error(`DOCX: packing the document failed: ${(error as Error).message}`);
  }
}

function frontPage(doc: ReportDocument): Array<Paragraph | Table | TableOfContents> {
  const head = doc.letterhead;
  const out: Array<Paragraph | Table | TableOfContents> = [];
  if (head.logo) {
    const box = fitLogo(head.logo, 160, 80); // pixels at 96 dpi, as docx expects
    out.push(new Paragraph({
      children: [new ImageRun({
        type: head.logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: head.logo.data,
        transformation: box,
        altText: { name: 'logo', title: head.organisationName, description: head.organisationName },
      })],
    }));
  }
  out.push(new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: head.organisationName, bold: true, size: 26 })] }));
  for (const line of head.lines) out.push(new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: line, size: 18, color: '555555' })] }));
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, border: { top: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 12 } }, children: [new TextRun(doc.title)] }));

  const labelWidth = Math.round(CONTENT_WIDTH * 0.36);
  out.push(new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
    borders: tableBorders,
    rows: doc.facts.map((fact) => new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }, children: [cellParagraph(fact.label, true)] }),
        new TableCell({ width: { size: CONTENT_WIDTH - labelWidth, type: WidthType.DXA }, children: [cellParagraph(fact.value, false)] }),
      ],
    })),
  }));
  out.push(new Paragraph({ spacing: { before: 480, after: 120 }, keepNext: true, children: [new TextRun({ text: doc.labels.contents, bold: true, size: 26 })] }));
  out.push(new TableOfContents(doc.labels.contents, { hyperlink: true, headingStyleRange: '1-1' }));
  return out;
}

function cellParagraph(text: string, bold: boolean): Paragraph {
  return new Paragraph({ spacing: { before: 40, after: 40 }, children: [new TextRun({ text, bold, size: 18 })] });
}

function blockOf(block: ReportBlock, language: string): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map((item, i) => new Paragraph({
        numbering: { reference: 'bullets', level: 0 },
        spacing: { after: i === block.items.length - 1 ? 160 : 40 },
        children: [new TextRun(item)],
      }));
    case 'table':
      return [caption(block.caption), ruledTable(block.caption, block.columns, block.rows), afterTable()];
    case 'chart': {
      const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
      const value = (v: number | null, max: number) => (v === null ? '–' : `${numbers.format(v)} / ${numbers.format(max)}`);
      const rows = block.bars.map((bar) => ({
        cells: [bar.label, value(bar.capacity, bar.max), value(bar.demand, bar.max), bar.overshoot ? MARKER : ''],
        emphasis: bar.overshoot,
      }));
      return [caption(block.caption), ruledTable(block.caption, ['', block.legend.capacity, block.legend.demand, block.legend.overshoot], rows), afterTable()];
    }
  }
}

/** Word puts the next paragraph right against a table; a small empty paragraph gives it air. */
function afterTable(): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, children: [] });
}

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text, bold: true })] });
}

/** A ruled table: header row repeated on every page, rows never split, emphasised rows bold with the marker. */
function ruledTable(name: string, columns: string[], rows: Array<{ cells: string[]; emphasis: boolean }>): Table {
  if (columns.length === 0) throw new Error(`table "${name}": no columns`);
  for (const [i, row] of rows.entries()) {
    if (row.cells.length !== columns.length) throw new Error(`table "${name}": row ${i + 1} has ${row.cells.length} cells, expected ${columns.length}`);
  }
  const text = (row: { cells: string[]; emphasis: boolean }, c: number) => (c === 0 && row.emphasis && row.cells[0] !== '' ? `${MARKER}\u00a0${row.cells[0]}` : row.cells[c]!);
  // Every column at least as wide as its longest word (9 pt DejaVu Sans: about 125 twips a character,
  // bold included, plus the cell margins); the rest in proportion to how much more the text would use.
  const perChar = 125;
  const margins = 260;
  const least: number[] = [];
  const more: number[] = [];
  for (const [c, title] of columns.entries()) {
    const texts = [title, ...rows.map((row) => text(row, c))];
    const word = Math.max(...texts.flatMap((t) => t.split(/[ \t\n]+/).map((w) => w.length)));
    const line = Math.min(Math.max(...texts.map((t) => t.length)), 48);
    least.push(word * perChar + margins);
    more.push(Math.max(0, (line - word) * perChar));
  }
  const leastTotal = least.reduce((a, b) => a + b, 0);
  const moreTotal = more.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, CONTENT_WIDTH - leastTotal);
  const widths = leastTotal >= CONTENT_WIDTH
    ? least.map((w) => Math.floor((w / leastTotal) * CONTENT_WIDTH))
    : least.map((w, c) => Math.floor(w + (moreTotal > 0 ? (more[c]! / moreTotal) * spare : spare / columns.length)));
  const cell = (content: string, c: number, bold: boolean, header: boolean) => new TableCell({
    width: { size: widths[c]!, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E4E4E4', color: 'auto' } : undefined,
    children: [cellParagraph(content, bold)],
  });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: tableBorders,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((title, c) => cell(title, c, true, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((_, c) => cell(text(row, c), c, row.emphasis, false)) })),
    ],
  });
}

function signature(doc: ReportDocument, signed: NonNullable<ReportDocument['signature']>): Paragraph[] {
  const keep = { keepNext: true, keepLines: true };
  return [
    new Paragraph({ ...keep, spacing: { before: 480, after: 60 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 6 } }, children: [new TextRun({ text: doc.labels.signedBy, bold: true, size: 22 })] }),
    new Paragraph({ ...keep, spacing: { after: 0 }, children: [new TextRun(signed.signer)] }),
    new Paragraph({ ...keep, spacing: { after: 0 }, children: [new TextRun(signed.role)] }),
    new Paragraph({ spacing: { after: 0 }, children: [new TextRun(signed.signedAt)] }),
  ];
}

function header(doc: ReportDocument): Header {
  const children: TextRun[] = [new TextRun({ text: `${doc.caseReference} · ${fill(doc.labels.version, { version: doc.version })}`, size: 17, color: '555555' })];
  if (doc.draft) children.push(new TextRun({ text: `\t${doc.labels.draft}`, bold: true, size: 22 }));
  return new Header({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
      children,
    })],
  });
}

/** "Pagina {page} van {pages}": the placeholders become Word's PAGE and NUMPAGES fields. */
function footer(doc: ReportDocument): Footer {
  const parts: Array<string | (typeof PageNumber)[keyof typeof PageNumber]> = [];
  for (const piece of doc.labels.page.split(/(\{page\}|\{pages\})/)) {
    if (piece === '{page}') parts.push(PageNumber.CURRENT);
    else if (piece === '{pages}') parts.push(PageNumber.TOTAL_PAGES);
    else if (piece !== '') parts.push(piece);
  }
  return new Footer({
    children: [new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
      children: [
        new TextRun({ text: doc.letterhead.organisationName, size: 17, color: '555555' }),
        new TextRun({ children: ['\t', ...parts], size: 17 }),
      ],
    })],
  });
}
