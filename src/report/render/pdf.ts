// The report as a PDF (issue 8), drawn with pdfkit from the file-format-independent ReportDocument.
//
// - DejaVu Sans is embedded (subset) so Dutch letters (ë, é, ĳ, €, “ ”) and the Latin letters of
//   other languages in free text (ı, ş, ł, ż …) are real, selectable text.
// - A4; front page with letterhead, title, facts and a table of contents whose page numbers are
//   filled in at the end (the pages are buffered); every page gets header and footer at the end too.
// - Tagged PDF: sections, headings, paragraphs, lists, tables and figures are structure elements in
//   reading order; header, footer, rules and the draft watermark are artifacts.
// - Deterministic: the same document gives the same bytes (fixed dates, so the file /ID, which
//   pdfkit derives from the info dictionary, is fixed too).
// Limitation: pdfkit does no bidirectional reordering; a right-to-left phrase (Arabic) inside a Latin
// paragraph is drawn unshaped in logical order. The glyphs are in the font and the text stays selectable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from '../document.js';
import { fill, logoSize, MARKER } from './common.js';

type Pdf = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
/** pdfkit 0.20 supports `scope` (TH Scope attribute); @types/pdfkit does not know it yet. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' | 'Both' };

// ---- fonts: read once per process ------------------------------------------------------------------
interface Fonts { regular: Buffer; bold: Buffer; oblique: Buffer }
let fontCache: Fonts | null = null;

function fonts(): Fonts {
  if (fontCache) return fontCache;
  let dir = '(unresolved)';
  try {
    dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontCache = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
      oblique: readFileSync(join(dir, 'DejaVuSans-Oblique.ttf')),
    };
  } catch (error) {
    throw new Error(`fonts: cannot read DejaVu Sans from ${dir} (${(error as Error).message})`);
  }
  return fontCache;
}

// ---- layout ------------------------------------------------------------------------------------------
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 76, bottom: 70, left: 62, right: 62 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY = { size: 10, lineGap: 2.5 };
const BLACK = '#000000';
const GREY = '#555555';
const RULE = '#808080';
/** Used when the document carries no signing date: a constant, so output stays byte-identical. */
const FALLBACK_DATE = new Date('2026-01-01T00:00:00Z');

/** The fixed creation date: the signing date when it is an ISO date, else a constant. */
export function documentDate(doc: ReportDocument): Date {
  const signedAt = doc.signature?.signedAt;
  if (signedAt && /^\d{4}-\d{2}-\d{2}/.test(signedAt)) {
    const date = new Date(signedAt.length === 10 ? `${signedAt}T12:00:00Z` : signedAt);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return FALLBACK_DATE;
}

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const font = fonts();
  if (doc.letterhead.logo) logoSize(doc.letterhead.logo); // rejects a bad logo with a clear message
  const date = documentDate(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang: doc.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: doc.title,
      Author: doc.letterhead.organisationName,
      Subject: doc.caseReference,
      Creator: 'Passend',
      Producer: 'Passend (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', (error: Error) => reject(new Error(`PDF: ${error.message}`)));
  });
  pdf.registerFont('body', font.regular);
  pdf.registerFont('bold', font.bold);
  pdf.registerFont('oblique', font.oblique);

  let where = 'front page';
  try {
    new Writer(pdf, doc).write((w) => (where = w));
  } catch (error) {
    throw new Error(`PDF: ${where}: ${(error as Error).message}`);
  }
  pdf.end();
  return done;
}

class Writer {
  private readonly root: Struct;
  private readonly numbers: Intl.NumberFormat;

  constructor(private readonly pdf: Pdf, private readonly doc: ReportDocument) {
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
    this.numbers = new Intl.NumberFormat(doc.language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  }

  private get bottom() { return A4.height - MARGIN.bottom; }
  private get y() { return this.pdf.y; }

  write(at: (where: string) => void) {
    const { pdf, doc } = this;
    pdf.addPage();
    this.frontPage();
    const toc = this.reserveContents();
    const sectionPages: number[] = [];
    for (const [index, section] of doc.sections.entries()) {
      at(`section "${section.title}"`);
      if (index === 0) pdf.addPage();
      sectionPages.push(this.section(section, index));
    }
    at('signature');
    if (doc.signature) this.signature(doc.signature);
    at('table of contents');
    toc(sectionPages);
    at('page header and footer');
    this.pageFurniture();
    this.root.end();
  }

  // ---- tagging helpers -------------------------------------------------------------------------------
  /** Content drawn inside a structure element of the given type, added to `parent`. */
  private tag(parent: Struct, type: string, draw: () => void, options: StructOptions = {}) {
    parent.add(this.pdf.struct(type, options as PDFKit.Mixins.StructureElementOptions, [draw]));
  }

  /** Decoration (rules, fills, page furniture): not part of the text a reader reads. */
  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout') {
    this.pdf.markContent('Artifact', { type });
    draw();
    this.pdf.endMarkedContent();
  }

  private font(name: 'body' | 'bold' | 'oblique', size = BODY.size, color = BLACK) {
    this.pdf.font(name).fontSize(size).fillColor(color);
    return this.pdf;
  }

  /** Starts a new page when less than `height` is left. */
  private ensure(height: number) {
    if (this.y + height > this.bottom) this.pdf.addPage();
  }

  private lineHeight(size = BODY.size) {
    this.pdf.fontSize(size);
    return this.pdf.currentLineHeight(true) + BODY.lineGap;
  }

  // ---- front page ------------------------------------------------------------------------------------
  private frontPage() {
    const { pdf, doc } = this;
    const head = doc.letterhead;
    let textX = MARGIN.left;
    const top = MARGIN.top - 20;
    let logoBottom = top;
    if (head.logo) {
      const box = { width: 120, height: 60 };
      try {
        this.tag(this.root, 'Figure', () => pdf.image(head.logo!.data, MARGIN.left, top, { fit: [box.width, box.height] }), { alt: head.organisationName });
      } catch (error) {
        throw new Error(`logo: ${(error as Error).message}`);
      }
      textX = MARGIN.left + box.width + 16;
      logoBottom = top + box.height;
    }
    const width = A4.width - MARGIN.right - textX;
    pdf.y = top;
    this.tag(this.root, 'P', () => this.font('bold', 13).text(head.organisationName, textX, top, { width }));
    for (const line of head.lines) this.tag(this.root, 'P', () => this.font('body', 9, GREY).text(line, textX, pdf.y, { width }));
    pdf.y = Math.max(pdf.y, logoBottom) + 10;
    const ruleY = pdf.y;
    this.artifact(() => pdf.moveTo(MARGIN.left, ruleY).lineTo(A4.width - MARGIN.right, ruleY).lineWidth(0.75).strokeColor(RULE).stroke());

    pdf.y += 40;
    this.tag(this.root, 'H1', () => this.font('bold', 21).text(doc.title, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
    pdf.y += 22;

    // The facts: a two-column table, label (row header) and value.
    const table = pdf.struct('Table');
    this.root.add(table);
    const labelWidth = CONTENT_WIDTH * 0.36;
    const pad = 5;
    for (const fact of doc.facts) {
      this.font('body');
      const valueHeight = pdf.heightOfString(fact.value, { width: CONTENT_WIDTH - labelWidth - 2 * pad, lineGap: BODY.lineGap });
      this.font('bold');
      const labelHeight = pdf.heightOfString(fact.label, { width: labelWidth - 2 * pad, lineGap: BODY.lineGap });
      const height = Math.max(valueHeight, labelHeight) + 2 * pad;
      this.ensure(height);
      const y = pdf.y;
      this.artifact(() => {
        pdf.rect(MARGIN.left, y, labelWidth, height).fillColor('#eeeeee').fill();
        pdf.rect(MARGIN.left, y, CONTENT_WIDTH, height).lineWidth(0.5).strokeColor(RULE).stroke();
        pdf.moveTo(MARGIN.left + labelWidth, y).lineTo(MARGIN.left + labelWidth, y + height).stroke();
      });
      const row = pdf.struct('TR');
      table.add(row);
      this.tag(row, 'TH', () => this.font('bold').text(fact.label, MARGIN.left + pad, y + pad, { width: labelWidth - 2 * pad, lineGap: BODY.lineGap }), { scope: 'Row' });
      this.tag(row, 'TD', () => this.font('body').text(fact.value, MARGIN.left + labelWidth + pad, y + pad, { width: CONTENT_WIDTH - labelWidth - 2 * pad, lineGap: BODY.lineGap }));
      row.end();
      pdf.y = y + height;
    }
    table.end();
    pdf.y += 26;
  }

  /**
   * Leaves room for the table of contents and returns the function that draws it once the
   * sections' pages are known. When it does not fit on one page, titles only, drawn now.
   */
  private reserveContents(): (pages: number[]) => void {
    const { pdf, doc } = this;
    const entry = this.lineHeight(BODY.size) + 3;
    const height = this.lineHeight(13) + 8 + entry * doc.sections.length;
    const fitsAlone = MARGIN.top + height <= this.bottom;
    const toc = pdf.struct('TOC');
    this.root.add(toc);
    if (!fitsAlone) {
      this.tag(toc, 'H2', () => this.font('bold', 13).text(doc.labels.contents, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
      for (const section of doc.sections) this.tag(toc, 'TOCI', () => this.font('body').text(section.title, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
      toc.end();
      return () => undefined;
    }
    this.ensure(height);
    const page = pdf.bufferedPageRange().start + pdf.bufferedPageRange().count - 1;
    const top = pdf.y;
    pdf.y += height;
    return (pages) => {
      pdf.switchToPage(page);
      this.tag(toc, 'H2', () => this.font('bold', 13).text(doc.labels.contents, MARGIN.left, top, { width: CONTENT_WIDTH }));
      let y = top + this.lineHeight(13) + 8;
      for (const [index, section] of doc.sections.entries()) {
        const number = String(pages[index]);
        this.font('body');
        const numberWidth = pdf.widthOfString(number);
        const titleWidth = Math.min(pdf.widthOfString(section.title), CONTENT_WIDTH - numberWidth - 30);
        const rowY = y;
        this.artifact(() => {
          // A dotted leader between title and page number.
          const leaderY = rowY + BODY.size * 0.95;
          pdf.moveTo(MARGIN.left + titleWidth + 6, leaderY).lineTo(A4.width - MARGIN.right - numberWidth - 6, leaderY)
            .lineWidth(0.6).dash(0.6, { space: 2.4 }).strokeColor(GREY).stroke().undash();
        });
        this.tag(toc, 'TOCI', () => {
          this.font('body').text(section.title, MARGIN.left, rowY, { width: titleWidth, lineBreak: false, ellipsis: true, goTo: `section-${index}` });
          this.font('body').text(number, A4.width - MARGIN.right - numberWidth, rowY, { lineBreak: false, goTo: `section-${index}` });
        });
        y += entry;
      }
      toc.end();
    };
  }

  // ---- sections ----------------------------------------------------------------------------------------
  /** Draws a section; returns its first page number (1-based). */
  private section(section: ReportDocument['sections'][number], index: number): number {
    const { pdf } = this;
    // A heading keeps at least a few lines of its body with it.
    if (pdf.y > MARGIN.top + 1) {
      pdf.y += 18;
      this.ensure(this.lineHeight(15) + 4 * this.lineHeight());
    }
    const page = pdf.bufferedPageRange().count;
    const sect = pdf.struct('Sect');
    this.root.add(sect);
    const outline = pdf.outline.addItem(section.title, this.outlineTarget(true));
    this.tag(sect, 'H2', () => this.font('bold', 15).text(section.title, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap, destination: `section-${index}` }));
    pdf.y += 6;
    for (const block of section.blocks) this.block(sect, block, outline);
    sect.end();
    return page;
  }

  /**
   * Outline entries point at the heading itself. pdfkit computes the destination's left as
   * "page width - left" and top as "page height - top", so left is the page width for x = 0.
   */
  private outlineTarget(expanded: boolean): { expanded: boolean } {
    return { expanded, top: this.pdf.y - 4, left: A4.width } as { expanded: boolean };
  }

  private block(sect: Struct, block: ReportBlock, outline: PDFKit.PDFOutline) {
    const { pdf } = this;
    switch (block.kind) {
      case 'paragraph':
        this.ensure(this.lineHeight() * 2);
        this.tag(sect, 'P', () => this.font('body').text(block.text, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap }));
        pdf.y += 6;
        return;
      case 'subheading':
        pdf.y += 6;
        this.ensure(this.lineHeight(12) + 3 * this.lineHeight());
        outline.addItem(block.text, this.outlineTarget(false));
        this.tag(sect, 'H3', () => this.font('bold', 12).text(block.text, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap }));
        pdf.y += 4;
        return;
      case 'list':
        this.list(sect, block.items);
        return;
      case 'table':
        this.table(sect, block);
        return;
      case 'chart':
        this.chart(sect, block);
        return;
    }
  }

  private list(sect: Struct, items: string[]) {
    const { pdf } = this;
    const indent = 16;
    const list = pdf.struct('L');
    sect.add(list);
    for (const item of items) {
      this.font('body');
      const firstLines = Math.min(pdf.heightOfString(item, { width: CONTENT_WIDTH - indent, lineGap: BODY.lineGap }), this.lineHeight() * 2);
      this.ensure(firstLines);
      const y = pdf.y;
      const li = pdf.struct('LI');
      list.add(li);
      this.tag(li, 'Lbl', () => this.font('body').text('•', MARGIN.left + 4, y, { lineBreak: false }));
      this.tag(li, 'LBody', () => this.font('body').text(item, MARGIN.left + indent, y, { width: CONTENT_WIDTH - indent, lineGap: BODY.lineGap }));
      li.end();
      pdf.y += 2;
    }
    list.end();
    pdf.y += 4;
  }

  // ---- tables: ruled, header row repeated on every page, rows kept whole -------------------------------
  private table(sect: Struct, block: Extract<ReportBlock, { kind: 'table' }>) {
    const { pdf } = this;
    const pad = 4;
    const size = 9;
    const columns = block.columns.length;
    if (columns === 0) throw new Error(`table "${block.caption}": no columns`);
    for (const [i, row] of block.rows.entries()) {
      if (row.cells.length !== columns) throw new Error(`table "${block.caption}": row ${i + 1} has ${row.cells.length} cells, expected ${columns}`);
    }
    // A no-break space keeps the marker with the cell's first word.
    const cellText = (row: { cells: string[]; emphasis: boolean }, c: number) => (c === 0 && row.emphasis ? `${MARKER}\u00a0${row.cells[c]}` : row.cells[c]!);
    const widths = this.columnWidths(block.columns, block.rows.map((row) => row.cells.map((_, c) => cellText(row, c))), size, pad);
    const heightOf = (cells: string[], bold: boolean) => {
      this.font(bold ? 'bold' : 'body', size);
      return Math.max(...cells.map((text, c) => pdf.heightOfString(text, { width: widths[c]! - 2 * pad, lineGap: 1.5 }))) + 2 * pad;
    };
    const headerHeight = heightOf(block.columns, true);
    const drawRow = (cells: string[], y: number, height: number, bold: boolean, header: boolean, parent: Struct | null) => {
      this.artifact(() => {
        if (header) pdf.rect(MARGIN.left, y, CONTENT_WIDTH, height).fillColor('#e4e4e4').fill();
        pdf.lineWidth(header ? 0.8 : 0.5).strokeColor(header ? BLACK : RULE);
        let x = MARGIN.left;
        for (const width of widths) { pdf.rect(x, y, width, height).stroke(); x += width; }
      });
      const draw = (text: string, x: number, width: number) => () => this.font(bold ? 'bold' : 'body', size).text(text, x + pad, y + pad, { width: width - 2 * pad, lineGap: 1.5 });
      let x = MARGIN.left;
      const tr = parent ? pdf.struct('TR') : null;
      if (tr) parent!.add(tr);
      for (const [c, text] of cells.entries()) {
        if (tr) this.tag(tr, header ? 'TH' : 'TD', draw(text, x, widths[c]!), header ? { scope: 'Column' } : {});
        else this.artifact(draw(text, x, widths[c]!)); // a repeated header row is decoration: the reader has it already
        x += widths[c]!;
      }
      tr?.end();
      pdf.y = y + height;
    };

    // Caption, header and the first row stay together.
    const firstRow = block.rows[0] ? heightOf(block.rows[0].cells.map((_, c) => cellText(block.rows[0]!, c)), block.rows[0].emphasis) : 0;
    this.font('bold', BODY.size);
    const captionHeight = pdf.heightOfString(block.caption, { width: CONTENT_WIDTH }) + 4;
    if (captionHeight + headerHeight + firstRow > this.bottom - MARGIN.top) throw new Error(`table "${block.caption}": header and first row do not fit on a page`);
    pdf.y += 2;
    this.ensure(captionHeight + headerHeight + firstRow);
    const table = pdf.struct('Table');
    sect.add(table);
    this.tag(table, 'Caption', () => this.font('bold', BODY.size).text(block.caption, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
    pdf.y += 4;
    const head = pdf.struct('THead');
    table.add(head);
    drawRow(block.columns, pdf.y, headerHeight, true, true, head);
    head.end();
    const body = pdf.struct('TBody');
    table.add(body);
    for (const [i, row] of block.rows.entries()) {
      const cells = row.cells.map((_, c) => cellText(row, c));
      const height = heightOf(cells, row.emphasis);
      if (height + headerHeight > this.bottom - MARGIN.top) throw new Error(`table "${block.caption}": row ${i + 1} is taller than a page`);
      if (pdf.y + height > this.bottom) {
        pdf.addPage();
        drawRow(block.columns, pdf.y, headerHeight, true, true, null);
      }
      drawRow(cells, pdf.y, height, row.emphasis, false, body);
    }
    body.end();
    table.end();
    pdf.y += 10;
  }

  /**
   * Every column gets at least its longest word (so no word is broken), the rest of the width goes
   * to the columns in proportion to how much wider their text would like to be (capped).
   */
  private columnWidths(columns: string[], rows: string[][], size: number, pad: number): number[] {
    const { pdf } = this;
    const cap = CONTENT_WIDTH * 0.5;
    const longestWord = (text: string) => Math.max(0, ...text.split(/[ \t\n]+/).map((word) => pdf.widthOfString(word)));
    const minimum: number[] = [];
    const natural: number[] = [];
    for (const [c, title] of columns.entries()) {
      this.font('bold', size);
      let least = longestWord(title);
      let wish = pdf.widthOfString(title);
      for (const row of rows) {
        this.font('body', size); // emphasised rows are bold: measure them so, too
        least = Math.max(least, longestWord(row[c]!) * 1.08);
        wish = Math.max(wish, pdf.widthOfString(row[c]!) * 1.08);
      }
      minimum.push(Math.min(least, cap) + 2 * pad + 1);
      natural.push(Math.max(Math.min(wish, cap) + 2 * pad + 1, minimum[c]!));
    }
    const least = minimum.reduce((a, b) => a + b, 0);
    if (least >= CONTENT_WIDTH) return minimum.map((width) => (width / least) * CONTENT_WIDTH);
    const extra = natural.map((width, c) => width - minimum[c]!);
    const extraTotal = extra.reduce((a, b) => a + b, 0);
    const spare = CONTENT_WIDTH - least;
    return minimum.map((width, c) => width + (extraTotal > 0 ? (extra[c]! / extraTotal) * spare : spare / columns.length));
  }

  // ---- charts: per item a capacity bar (hatched) and a demand bar (solid) on 0..max ---------------------
  private chart(sect: Struct, block: Extract<ReportBlock, { kind: 'chart' }>) {
    const { pdf } = this;
    const labelWidth = 170;
    const valueWidth = 56;
    const barX = MARGIN.left + labelWidth + 8;
    const barWidth = CONTENT_WIDTH - labelWidth - 8 - valueWidth;
    const barHeight = 8;
    const format = (value: number | null, max: number) => (value === null ? '–' : `${this.numbers.format(value)} / ${this.numbers.format(max)}`);
    for (const bar of block.bars) {
      if (!(bar.max > 0)) throw new Error(`chart "${block.caption}": item "${bar.label}" has max ${bar.max}, expected a number above 0`);
    }
    const hatched = (x: number, y: number, width: number, height: number) => {
      pdf.save();
      pdf.rect(x, y, width, height).fillColor('#ffffff').fill();
      pdf.rect(x, y, width, height).clip();
      pdf.lineWidth(0.6).strokeColor(BLACK);
      for (let hx = x - height; hx < x + width; hx += 3.2) pdf.moveTo(hx, y + height).lineTo(hx + height, y).stroke();
      pdf.restore();
      pdf.rect(x, y, width, height).lineWidth(0.7).strokeColor(BLACK).stroke();
    };
    const solid = (x: number, y: number, width: number, height: number) => pdf.rect(x, y, width, height).fillColor('#404040').fill();

    this.font('bold', BODY.size);
    const captionHeight = pdf.heightOfString(block.caption, { width: CONTENT_WIDTH }) + 24;
    pdf.y += 2;
    this.ensure(captionHeight + 30);
    this.tag(sect, 'Caption', () => this.font('bold', BODY.size).text(block.caption, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
    pdf.y += 4;
    const alt = block.bars.map((bar) => `${bar.overshoot ? `${MARKER} ` : ''}${bar.label}: ${block.legend.capacity} ${format(bar.capacity, bar.max)}, ${block.legend.demand} ${format(bar.demand, bar.max)}${bar.overshoot ? ` (${block.legend.overshoot})` : ''}`).join('; ');
    const figure = pdf.struct('Figure', { alt: `${block.caption}. ${alt}` });
    sect.add(figure);

    // Legend: swatches and words, and the marker; readable without colour.
    const legendY = pdf.y;
    this.artifact(() => {
      let x = MARGIN.left;
      hatched(x, legendY + 1, 18, barHeight);
      x += 24;
      this.font('body', 8.5).text(block.legend.capacity, x, legendY, { lineBreak: false });
      x += pdf.widthOfString(block.legend.capacity) + 18;
      solid(x, legendY + 1, 18, barHeight);
      x += 24;
      this.font('body', 8.5).text(block.legend.demand, x, legendY, { lineBreak: false });
      x += pdf.widthOfString(block.legend.demand) + 18;
      this.font('bold', 8.5).text(`${MARKER} ${block.legend.overshoot}`, x, legendY, { lineBreak: false });
    });
    pdf.y = legendY + 18;

    for (const bar of block.bars) {
      const label = bar.overshoot ? `${MARKER} ${bar.label}` : bar.label;
      this.font(bar.overshoot ? 'bold' : 'body', 8.5);
      const labelHeight = pdf.heightOfString(label, { width: labelWidth });
      const height = Math.max(labelHeight, 2 * barHeight + 3) + 7;
      this.ensure(height);
      const y = pdf.y;
      figure.add(() => {
        this.font(bar.overshoot ? 'bold' : 'body', 8.5).text(label, MARGIN.left, y, { width: labelWidth });
        pdf.rect(barX, y, barWidth, barHeight).rect(barX, y + barHeight + 3, barWidth, barHeight).lineWidth(0.4).strokeColor('#999999').stroke();
        const scale = (value: number) => (Math.min(Math.max(value, 0), bar.max) / bar.max) * barWidth;
        if (bar.capacity !== null && bar.capacity > 0) hatched(barX, y, scale(bar.capacity), barHeight);
        if (bar.demand !== null && bar.demand > 0) solid(barX, y + barHeight + 3, scale(bar.demand), barHeight);
        this.font('body', 7.5).text(format(bar.capacity, bar.max), barX + barWidth + 6, y, { lineBreak: false });
        this.font(bar.overshoot ? 'bold' : 'body', 7.5).text(format(bar.demand, bar.max), barX + barWidth + 6, y + barHeight + 3, { lineBreak: false });
      });
      pdf.y = y + height;
    }
    figure.end();
    pdf.y += 8;
  }

  // ---- signature -----------------------------------------------------------------------------------------
  private signature(signature: NonNullable<ReportDocument['signature']>) {
    const { pdf, doc } = this;
    pdf.y += 20;
    this.ensure(8 + this.lineHeight(11) + 3 * this.lineHeight()); // the block stays together
    const sect = pdf.struct('Sect');
    this.root.add(sect);
    const y = pdf.y;
    this.artifact(() => pdf.moveTo(MARGIN.left, y).lineTo(MARGIN.left + 220, y).lineWidth(0.75).strokeColor(BLACK).stroke());
    pdf.y += 8;
    this.tag(sect, 'P', () => this.font('bold', 11).text(doc.labels.signedBy, MARGIN.left, pdf.y, { width: CONTENT_WIDTH }));
    this.tag(sect, 'P', () => this.font('body').text(signature.signer, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap }));
    this.tag(sect, 'P', () => this.font('body').text(signature.role, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap }));
    this.tag(sect, 'P', () => this.font('body').text(signature.signedAt, MARGIN.left, pdf.y, { width: CONTENT_WIDTH, lineGap: BODY.lineGap }));
    sect.end();
  }

  // ---- header, footer and draft mark on every page, once the page count is known -----------------------
  private pageFurniture() {
    const { pdf, doc } = this;
    const range = pdf.bufferedPageRange();
    const version = fill(doc.labels.version, { version: doc.version });
    for (let i = 0; i < range.count; i++) {
      pdf.switchToPage(range.start + i);
      // Below the bottom margin pdfkit would start a new page for the footer; this page has room.
      const margins = pdf.page.margins;
      pdf.page.margins = { ...margins, top: 0, bottom: 0 };
      this.artifact(() => {
        const headerY = 36;
        this.font('body', 8.5, GREY).text(`${doc.caseReference} · ${version}`, MARGIN.left, headerY, { lineBreak: false });
        if (doc.draft) {
          this.font('bold', 10);
          const width = pdf.widthOfString(doc.labels.draft);
          pdf.text(doc.labels.draft, A4.width - MARGIN.right - width, headerY - 1, { lineBreak: false });
        }
        pdf.moveTo(MARGIN.left, headerY + 14).lineTo(A4.width - MARGIN.right, headerY + 14).lineWidth(0.5).strokeColor(RULE).stroke();
        const footerY = A4.height - 44;
        pdf.moveTo(MARGIN.left, footerY - 6).lineTo(A4.width - MARGIN.right, footerY - 6).lineWidth(0.5).strokeColor(RULE).stroke();
        this.font('body', 8.5, GREY).text(doc.letterhead.organisationName, MARGIN.left, footerY, { lineBreak: false, width: CONTENT_WIDTH * 0.6, ellipsis: true });
        const page = fill(doc.labels.page, { page: i + 1, pages: range.count });
        this.font('body', 8.5, BLACK);
        pdf.text(page, A4.width - MARGIN.right - pdf.widthOfString(page), footerY, { lineBreak: false });
        if (doc.draft) {
          // A large, light diagonal mark; the word in the header says the same in plain text.
          pdf.save();
          pdf.rotate(-40, { origin: [A4.width / 2, A4.height / 2] });
          this.font('bold', 110).fillOpacity(0.08);
          const width = pdf.widthOfString(doc.labels.draft);
          pdf.text(doc.labels.draft, A4.width / 2 - width / 2, A4.height / 2 - 60, { lineBreak: false });
          pdf.restore();
        }
      }, 'Pagination');
      pdf.page.margins = margins;
    }
  }
}
