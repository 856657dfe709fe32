// The report renderers, checked on what they produce, through the tools a reader's machine has:
// poppler-utils (pdftotext, pdfinfo, pdftoppm, pdftohtml) reads the PDF, LibreOffice turns the .docx into
// a PDF that is read the same way, unzip shows the .docx's XML. Missing tools fail the tests with the
// Debian package to install (scripts/test.mjs and .ci/run install them).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';
import { sampleDocument } from './sample.js';

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils', pdftohtml: 'poppler-utils',
  pdfimages: 'poppler-utils', soffice: 'libreoffice-writer-nogui', unzip: 'unzip',
};
const which = (name: string) => (process.env.PATH ?? '/usr/bin').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
/** The tool's path, or a failure that says which Debian package provides it. */
function tool(name: keyof typeof PACKAGES & string): string {
  const path = which(name);
  if (!path) throw new Error(`${name} not found: install the Debian package ${PACKAGES[name]} (apt-get install ${PACKAGES[name]})`);
  return path;
}
const run = (name: string, args: string[], timeout = 30_000) => execFileSync(tool(name), args, { encoding: 'utf8', timeout, maxBuffer: 64 * 2 ** 20 });

const dir = mkdtempSync(join(tmpdir(), 'passend-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: Buffer) => { const path = join(dir, name); writeFileSync(path, data); return path; };
/** Pages of pdftotext's output (it ends every page with a form feed). */
const pagesOf = (path: string, layout = false) => run('pdftotext', [...(layout ? ['-layout'] : []), path, '-']).split('\f').slice(0, -1);
const pageCount = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [path]))?.[1]);
/** Lines that are exactly a section title: headings (TOC lines also carry leaders or page numbers). */
const headingOrder = (text: string, titles: string[]) => text.split('\n').map((line) => line.trim()).filter((line) => titles.includes(line));

const twenty = sampleDocument('twenty');
const titles = twenty.sections.map((s) => s.title);
const subheadings = (doc: ReportDocument) => doc.sections.map((s) => s.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : [])));

function pngLogo(): Buffer {
  const png = new PNG({ width: 40, height: 20 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([i % 255, 80, 160, 255], i);
  return PNG.sync.write(png);
}

describe('renderPdf', () => {
  let finalPath = '';
  let draftPath = '';
  let finalBytes: Buffer;
  beforeAll(async () => {
    finalBytes = await renderPdf(twenty);
    finalPath = write('twenty.pdf', finalBytes);
    draftPath = write('twenty-draft.pdf', await renderPdf({ ...twenty, draft: true, signature: null }));
  });

  it('the twenty-page sample has 19–21 pages, and pdftoppm draws exactly that many', () => {
    const pages = pageCount(finalPath);
    expect(pages).toBeGreaterThanOrEqual(19);
    expect(pages).toBeLessThanOrEqual(21);
    const images = join(dir, 'images');
    run('pdftoppm', ['-r', '30', '-png', finalPath, join(images)]);
    expect(readdirSync(dir).filter((f) => /^images-\d+\.png$/.test(f))).toHaveLength(pages);
    expect(pagesOf(finalPath)).toHaveLength(pages);
  });

  it('the short sample has 2–3 pages', async () => {
    expect(pageCount(write('short.pdf', await renderPdf(sampleDocument('short'))))).toBeGreaterThanOrEqual(2);
    expect(pageCount(join(dir, 'short.pdf'))).toBeLessThanOrEqual(3);
  });

  it('has the words as selectable text: titles in order, the client, Dutch and other letters exactly', () => {
    const text = pagesOf(finalPath).join('\f').replace(/\s+/g, ' '); // lines wrap anywhere
    expect(headingOrder(pagesOf(finalPath).slice(1).join('\n'), titles)).toEqual(titles);
    expect(text).toContain('Fatma Yılmaz-de Vries');
    expect(text).toContain('geëvalueerd');
    expect(text).toContain('€ 2.450,–');
    expect(text).toContain('reïntegratie');
    expect(text).toContain('“passende arbeid”');
    expect(text).toContain('één');
    expect(text).toContain('Çalışmak istiyorum, ama ağrılarım çok güçlü.');
    expect(text).toContain('Zażółć gęślą jaźń.');
    expect(text).toContain('Wet verbetering poortwachter, spoor 1'); // a facts cell
    expect(text).toContain('Ondertekend door');
    expect(text).toContain('Register-arbeidsdeskundige');
  });

  it('every page has the case reference, the version and "Pagina i van N"', () => {
    const pages = pagesOf(finalPath);
    for (const [i, page] of pages.entries()) {
      expect(page, `page ${i + 1}`).toContain('PAS-2026-0042');
      expect(page, `page ${i + 1}`).toContain('versie 3');
      expect(page, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pages.length}`);
    }
  });

  it('the outline has every section at level 1 with its subheadings, and the contents give the same pages', () => {
    const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', finalPath]);
    const outline = xml.slice(xml.indexOf('<outline>'));
    expect(outline.length, 'no outline').toBeGreaterThan(0);
    // Parse the nested <outline><item page="n">title</item>… into levels.
    const entries: Array<{ level: number; title: string; page: number }> = [];
    let level = 0;
    for (const match of outline.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
      if (match[0] === '<outline>') level++;
      else if (match[0] === '</outline>') level--;
      else entries.push({ level, title: match[2]!.replace(/&amp;/g, '&'), page: Number(match[1]) });
    }
    expect(entries.filter((e) => e.level === 1).map((e) => e.title)).toEqual(titles);
    const expectedSubs = subheadings(twenty);
    for (const [i, title] of titles.entries()) {
      const at = entries.findIndex((e) => e.level === 1 && e.title === title);
      const next = entries.findIndex((e, j) => j > at && e.level === 1);
      expect(entries.slice(at + 1, next === -1 ? undefined : next).map((e) => e.title), `subheadings of ${title}`).toEqual(expectedSubs[i]);
    }
    // The table of contents on page 1 lists each title with the page its outline entry points at,
    // and that page has the heading.
    const front = pagesOf(finalPath, true)[0]!;
    const pages = pagesOf(finalPath);
    for (const title of titles) {
      const target = entries.find((e) => e.level === 1 && e.title === title)!.page;
      const line = front.split('\n').find((l) => l.trim().startsWith(title));
      expect(line, `contents line for ${title}`).toBeDefined();
      expect(Number(/(\d+)\s*$/.exec(line!)?.[1]), `contents page of ${title}`).toBe(target);
      expect(pages[target - 1]!.split('\n').map((l) => l.trim()), `heading on page ${target}`).toContain(title);
    }
    // And the raw file: an /Outlines dictionary in the catalog.
    expect(finalBytes.includes('/Outlines')).toBe(true);
  });

  it('emphasised rows are bold and carry the marker, others are not', () => {
    const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-f', '2', finalPath]);
    // pdftohtml wraps text set in a bold font in <b> (and takes "-Bold" off the family name).
    const boldOf = (text: string) => [...xml.matchAll(/<text [^>]*>(.*?)<\/text>/g)]
      .filter((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ').trim() === text)
      .map((m) => /^<b>.*<\/b>$/.test(m[1]!));
    const table = twenty.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('sample has no table');
    const emphasised = table.rows.find((r) => r.emphasis)!;
    const plain = table.rows.find((r) => !r.emphasis)!;
    expect(boldOf(`▲ ${emphasised.cells[0]}`), 'marker with the first cell, bold').toContain(true);
    expect(boldOf(emphasised.cells[1]!).length).toBeGreaterThan(0);
    expect(boldOf(emphasised.cells[1]!).every(Boolean), 'emphasised row bold').toBe(true);
    expect(boldOf(plain.cells[1]!)).toContain(false);
    expect(boldOf(`▲ ${plain.cells[0]}`)).toHaveLength(0);
  });

  it('a table that breaks across pages repeats its header row', () => {
    const pages = pagesOf(finalPath, true);
    const withRows = pages.filter((p) => /Geen overschrijding\./.test(p));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toMatch(/Item\s+Omschrijving\s+Belastbaarheid\s+Belasting\s+Toelichting/);
  });

  it('a draft says CONCEPT on every page; a final report nowhere', () => {
    const draft = pagesOf(draftPath);
    expect(draft.length).toBeGreaterThan(1);
    for (const [i, page] of draft.entries()) expect(page, `draft page ${i + 1}`).toContain('CONCEPT');
    expect(pagesOf(finalPath).join('\n')).not.toContain('CONCEPT');
    expect(pagesOf(draftPath).join('\n')).not.toContain('Ondertekend door');
  });

  it('metadata: title, organisation, case reference, language, tagged, PDF 1.7', () => {
    const info = run('pdfinfo', [finalPath]);
    expect(info).toMatch(/^Title:\s+Arbeidsdeskundig rapport$/m);
    expect(info).toMatch(/^Author:\s+Arbodienst Voorbeeld$/m);
    expect(info).toMatch(/^Subject:\s+PAS-2026-0042$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(finalBytes.includes('/Lang (nl-NL)')).toBe(true);
    expect(finalBytes.includes('/DisplayDocTitle true')).toBe(true);
  });

  it('is deterministic: the same document gives the same bytes', async () => {
    expect((await renderPdf(twenty)).equals(finalBytes)).toBe(true);
    expect((await renderPdf({ ...twenty, version: 4 })).equals(finalBytes)).toBe(false);
  });

  it('embeds a PNG logo; random bytes or a mismatched type reject with a clear message', async () => {
    const withLogo = write('logo.pdf', await renderPdf({ ...sampleDocument('short'), letterhead: { ...twenty.letterhead, logo: { mediaType: 'image/png', data: pngLogo() } } }));
    expect(run('pdfimages', ['-list', withLogo])).toMatch(/\n\s*1\s+\d+\s+image\s+40\s+20\b/);
    const bad = { ...twenty, letterhead: { ...twenty.letterhead, logo: { mediaType: 'image/png' as const, data: Buffer.from('not an image at all, just some bytes') } } };
    await expect(renderPdf(bad)).rejects.toThrow('logo: not a PNG or JPEG image');
    await expect(renderDocx(bad)).rejects.toThrow('logo: not a PNG or JPEG image');
    const mismatch = { ...twenty, letterhead: { ...twenty.letterhead, logo: { mediaType: 'image/jpeg' as const, data: pngLogo() } } };
    await expect(renderPdf(mismatch)).rejects.toThrow(/logo: media type image\/jpeg but the data is a PNG image/);
  });

  it('a malformed table rejects and names the table', async () => {
    const broken: ReportDocument = { ...twenty, sections: [{ key: 'x', title: 'X', blocks: [{ kind: 'table', caption: 'Tabel X', columns: ['a', 'b'], rows: [{ cells: ['1'], emphasis: false }] }] }] };
    await expect(renderPdf(broken)).rejects.toThrow(/section "X": table "Tabel X": row 1 has 1 cells, expected 2/);
    await expect(renderDocx(broken)).rejects.toThrow(/table "Tabel X": row 1 has 1 cells, expected 2/);
  });
});

describe('renderDocx', () => {
  let docxPath = '';
  let pdfPages: string[] = [];
  let converted: string[] = [];
  beforeAll(async () => {
    const docs = join(dir, 'docx');
    docxPath = write('twenty.docx', await renderDocx({ ...twenty, draft: true }));
    pdfPages = pagesOf(join(dir, 'twenty.pdf'));
    // A private LibreOffice profile: parallel runs would otherwise fight over the user's one.
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    try {
      run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', docs, docxPath], 90_000);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    converted = pagesOf(join(docs, 'twenty.pdf'));
  }, 120_000);

  it('LibreOffice opens it: the section titles in the same order as in the PDF, client, table cell, case reference', () => {
    const text = converted.join('\n').replace(/\s+/g, ' ');
    const pdfOrder = headingOrder(pdfPages.slice(1).join('\n'), titles);
    expect(pdfOrder).toEqual(titles);
    expect(headingOrder(converted.slice(1).join('\n'), titles)).toEqual(pdfOrder);
    expect(text).toContain('Fatma Yılmaz-de Vries');
    expect(text).toContain('Zwaar tillen (15 kg of meer)'); // a table cell
    expect(text).toContain('Çalışmak istiyorum');
    expect(text).toContain('€ 2.450,–');
  });

  it('every page has the case reference, the version, CONCEPT and "Pagina i van N"', () => {
    expect(converted.length).toBeGreaterThan(10);
    for (const [i, page] of converted.entries()) {
      expect(page, `page ${i + 1}`).toContain('PAS-2026-0042 · versie 3');
      expect(page, `page ${i + 1}`).toContain('CONCEPT');
      expect(page, `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${converted.length}`);
    }
  });

  it('word/document.xml: Heading1 per section, Heading2 per subheading, tables with a header row, language', () => {
    const xml = run('unzip', ['-p', docxPath, 'word/document.xml']);
    const styles = run('unzip', ['-p', docxPath, 'word/styles.xml']);
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
      .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(headings).toEqual(titles);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(subheadings(twenty).flat().length);
    // The capacity table and two charts as tables, plus the facts table.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(4);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    expect(xml).toContain('▲\u00a04.3'); // an emphasised row's marker
    expect(xml).toMatch(/w:instr[^>]*>[^<]*TOC /); // the contents field
    expect(styles).toContain('w:lang w:val="nl-NL"');
    expect(styles).toContain('DejaVu Sans');
  });

  it('embeds the logo as an image with its aspect ratio', async () => {
    const path = write('logo.docx', await renderDocx({ ...sampleDocument('short'), letterhead: { ...twenty.letterhead, logo: { mediaType: 'image/png', data: pngLogo() } } }));
    expect(run('unzip', ['-l', path])).toContain('word/media/');
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(run('unzip', ['-p', path, 'word/document.xml']));
    expect(extent, 'an inline image extent').not.toBeNull();
    expect(Number(extent![1]) / Number(extent![2])).toBeCloseTo(40 / 20, 2);
  });
});
