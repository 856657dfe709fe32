// Every sample file is built here, byte by byte, so each test states exactly which bytes a rule is about.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  ACCEPTED_EXTENSIONS,
  examineDocument,
  safeFileName,
  type DetectedKind,
  type DocumentExamination,
} from './document-type.js';

// ---------------------------------------------------------------------------------------------
// Sample builders
// ---------------------------------------------------------------------------------------------

const LIMIT = 1_000_000;

/** Bytes from a binary string: one char = one byte (chars above 0xFF are not used). */
function bin(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}
const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

class ByteWriter {
  private readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8);
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  bytes(b: Uint8Array): this {
    for (const x of b) this.parts.push(x);
    return this;
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of data) c = (CRC_TABLE[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipEntryInput {
  name: string;
  data?: string | Uint8Array;
  /** 0 = stored (default). 8 claims deflate; the bytes are left as given since nothing inflates them. */
  method?: number;
}
interface ZipOptions {
  cdOffset?: number;
  totalEntries?: number;
  comment?: string;
}

/** A real zip: local headers + data, central directory, End Of Central Directory record. */
function buildZip(entries: ZipEntryInput[], options: ZipOptions = {}): Uint8Array {
  const w = new ByteWriter();
  const central = new ByteWriter();
  for (const entry of entries) {
    const name = utf8(entry.name);
    const data = typeof entry.data === 'string' ? utf8(entry.data) : (entry.data ?? new Uint8Array());
    const method = entry.method ?? 0;
    const crc = crc32(data);
    const offset = w.length;
    w.u32(0x04034b50).u16(20).u16(0x0800).u16(method).u16(0).u16(0x21);
    w.u32(crc).u32(data.length).u32(data.length).u16(name.length).u16(0).bytes(name).bytes(data);
    central.u32(0x02014b50).u16(20).u16(20).u16(0x0800).u16(method).u16(0).u16(0x21);
    central.u32(crc).u32(data.length).u32(data.length).u16(name.length).u16(0).u16(0);
    central.u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const cdOffset = w.length;
  const cd = central.toBytes();
  w.bytes(cd);
  const comment = utf8(options.comment ?? '');
  const total = options.totalEntries ?? entries.length;
  w.u32(0x06054b50).u16(0).u16(0).u16(total).u16(total).u32(cd.length).u32(options.cdOffset ?? cdOffset);
  w.u16(comment.length).bytes(comment);
  return w.toBytes();
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

function ooxml(mainPart: string, extra: ZipEntryInput[] = [], contentTypes = CONTENT_TYPES): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: mainPart, data: '<root/>' },
    ...extra,
  ]);
}
const docx = (extra: ZipEntryInput[] = []) => ooxml('word/document.xml', extra);
const xlsx = (extra: ZipEntryInput[] = []) => ooxml('xl/workbook.xml', extra);
const pptx = (extra: ZipEntryInput[] = []) => ooxml('ppt/presentation.xml', extra);

function odf(mimetype: string, extra: ZipEntryInput[] = [], mimetypeMethod = 0): Uint8Array {
  return buildZip([
    { name: 'mimetype', data: mimetype, method: mimetypeMethod },
    { name: 'content.xml', data: '<office:document-content/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
    ...extra,
  ]);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An OLE2 compound file: 512-byte header, then one directory sector with 128-byte entries
 * (UTF-16LE name + NUL, name length at 64, object type at 66), then optional stream data.
 */
function buildOle(entryNames: string[], streamData: Uint8Array = new Uint8Array()): Uint8Array {
  const header = new Uint8Array(512);
  header.set(OLE_MAGIC, 0);
  header.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00, 0x06, 0x00], 24); // v3, little-endian, 512-byte sectors
  const names = ['Root Entry', ...entryNames];
  const directory = new Uint8Array(Math.ceil((names.length * 128) / 512) * 512);
  names.forEach((name, i) => {
    const encoded = utf16le(`${name}\0`);
    directory.set(encoded, i * 128);
    directory[i * 128 + 64] = encoded.length;
    directory[i * 128 + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return concat(header, directory, streamData);
}

function pdf(body = '', prefix = ''): Uint8Array {
  return bin(
    `${prefix}%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${body} >>\nendobj\n` +
      '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  );
}

const PNG = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], bin('\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0'));
const JPEG = concat([0xff, 0xd8, 0xff, 0xe0], bin('\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0'), [0xff, 0xd9]);
const GIF89 = bin('GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xff\xff\xff!\xf9\x04\x01\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;');
const GIF87 = bin('GIF87a\x01\0\x01\0\0\0\0;');
const WEBP = bin('RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0');
const TIFF_LE = bin('II*\0\x08\0\0\0\0\0');
const TIFF_BE = bin('MM\0*\0\0\0\x08\0\0');
function ftyp(major: string, compatible: string[]): Uint8Array {
  const size = 16 + compatible.length * 4;
  return concat([0, 0, 0, size], bin(`ftyp${major}\0\0\0\0${compatible.join('')}`), bin('\0\0\0\x08meta'));
}
const HEIC = ftyp('heic', ['mif1', 'heic']);
const RTF = bin('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Functiebeschrijving\\par }');
const TXT = utf8('Belastbaarheid: tillen tot 10 kg, geen nachtdiensten.\nCafé-overleg op dinsdag.\n');

function examine(bytes: Uint8Array, fileName: string, claimedMediaType?: string, limitBytes = LIMIT): DocumentExamination {
  return examineDocument({ bytes, fileName, claimedMediaType, limitBytes });
}

function expectKind(result: DocumentExamination, kind: DetectedKind): void {
  expect(result.ok ? result.value.kind : result.refusal).toBe(kind);
}
function expectRefusal(result: DocumentExamination, reason: string): void {
  expect(result.ok ? 'accepted' : result.refusal.reason).toBe(reason);
}
function expectExecutable(result: DocumentExamination, detailPattern?: RegExp): void {
  expectRefusal(result, 'executable_content');
  if (detailPattern && !result.ok && result.refusal.reason === 'executable_content') {
    expect(result.refusal.detail).toMatch(detailPattern);
  }
}
function expectMismatch(result: DocumentExamination, detected: DetectedKind): void {
  expect(result).toEqual({ ok: false, refusal: { reason: 'type_mismatch', detected } });
}

// ---------------------------------------------------------------------------------------------
// Accepted kinds
// ---------------------------------------------------------------------------------------------

describe('examineDocument: accepted kinds, detected by content', () => {
  const cases: Array<[string, Uint8Array, string, DetectedKind, string, string]> = [
    ['PDF', pdf(), 'rapport.pdf', 'pdf', 'application/pdf', '.pdf'],
    ['PNG', PNG, 'scan.png', 'png', 'image/png', '.png'],
    ['JPEG (.jpg)', JPEG, 'foto.jpg', 'jpeg', 'image/jpeg', '.jpg'],
    ['JPEG (.jpeg)', JPEG, 'foto.jpeg', 'jpeg', 'image/jpeg', '.jpg'],
    ['GIF89a', GIF89, 'a.gif', 'gif', 'image/gif', '.gif'],
    ['GIF87a', GIF87, 'a.gif', 'gif', 'image/gif', '.gif'],
    ['WEBP', WEBP, 'a.webp', 'webp', 'image/webp', '.webp'],
    ['TIFF little-endian (.tif)', TIFF_LE, 'fax.tif', 'tiff', 'image/tiff', '.tif'],
    ['TIFF big-endian (.tiff)', TIFF_BE, 'fax.tiff', 'tiff', 'image/tiff', '.tif'],
    ['HEIC (.heic)', HEIC, 'IMG_0001.heic', 'heic', 'image/heic', '.heic'],
    ['HEIF with mif1 major brand (.heif)', ftyp('mif1', ['heic']), 'IMG_0002.heif', 'heic', 'image/heic', '.heic'],
    ['HEIC with msf1 brand', ftyp('msf1', ['mif1']), 'burst.heic', 'heic', 'image/heic', '.heic'],
    ['HEIC with heix brand', ftyp('heix', ['mif1']), 'photo.heic', 'heic', 'image/heic', '.heic'],
    ['RTF', RTF, 'brief.rtf', 'rtf', 'application/rtf', '.rtf'],
    [
      'DOCX',
      docx(),
      'fml.docx',
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      '.docx',
    ],
    ['XLSX', xlsx(), 'uren.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xlsx'],
    [
      'PPTX',
      pptx(),
      'presentatie.pptx',
      'pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      '.pptx',
    ],
    ['ODT', odf('application/vnd.oasis.opendocument.text'), 'a.odt', 'odt', 'application/vnd.oasis.opendocument.text', '.odt'],
    [
      'ODS',
      odf('application/vnd.oasis.opendocument.spreadsheet'),
      'a.ods',
      'ods',
      'application/vnd.oasis.opendocument.spreadsheet',
      '.ods',
    ],
    [
      'ODP',
      odf('application/vnd.oasis.opendocument.presentation'),
      'a.odp',
      'odp',
      'application/vnd.oasis.opendocument.presentation',
      '.odp',
    ],
    ['DOC (OLE + WordDocument)', buildOle(['WordDocument', '1Table']), 'oud.doc', 'doc', 'application/msword', '.doc'],
    ['XLS (OLE + Workbook)', buildOle(['Workbook']), 'oud.xls', 'xls', 'application/vnd.ms-excel', '.xls'],
    ['XLS Excel 95 (OLE + Book)', buildOle(['Book']), 'oud.xls', 'xls', 'application/vnd.ms-excel', '.xls'],
    [
      'PPT (OLE + PowerPoint Document)',
      buildOle(['PowerPoint Document', 'Current User']),
      'oud.ppt',
      'ppt',
      'application/vnd.ms-powerpoint',
      '.ppt',
    ],
    ['TXT', TXT, 'notities.txt', 'txt', 'text/plain', '.txt'],
  ];

  it.each(cases)('accepts %s with canonical media type and extension', (_label, bytes, name, kind, mediaType, extension) => {
    expect(examine(bytes, name)).toEqual({ ok: true, value: { kind, mediaType, extension } });
  });

  it('accepts the same files when the browser claims the matching media type', () => {
    expectKind(examine(pdf(), 'a.pdf', 'application/pdf'), 'pdf');
    expectKind(examine(JPEG, 'a.jpg', 'image/jpeg'), 'jpeg');
    expectKind(examine(docx(), 'a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'docx');
    expectKind(examine(buildOle(['WordDocument']), 'a.doc', 'application/msword'), 'doc');
    expectKind(examine(RTF, 'a.rtf', 'text/rtf'), 'rtf');
  });

  it('treats the extension case-insensitively', () => {
    expectKind(examine(pdf(), 'RAPPORT.PDF'), 'pdf');
    expectKind(examine(JPEG, 'IMG_1234.JPG'), 'jpeg');
  });

  it('ignores media type parameters and case in the claim', () => {
    expectKind(examine(TXT, 'a.txt', 'text/plain; charset=utf-8'), 'txt');
    expectKind(examine(pdf(), 'a.pdf', ' Application/PDF '), 'pdf');
  });

  it('accepts generic claims (octet-stream, empty) because they say nothing about the type', () => {
    expectKind(examine(pdf(), 'a.pdf', 'application/octet-stream'), 'pdf');
    expectKind(examine(PNG, 'a.png', ''), 'png');
    expectKind(examine(PNG, 'a.png', undefined), 'png');
  });

  it('accepts a plain zip claim for zip-based office files (older Windows browsers send it)', () => {
    expectKind(examine(docx(), 'a.docx', 'application/zip'), 'docx');
    expectKind(examine(odf('application/vnd.oasis.opendocument.text'), 'a.odt', 'application/x-zip-compressed'), 'odt');
  });

  it('accepts a PDF with up to 1024 leading bytes before %PDF-, as readers do', () => {
    expectKind(examine(pdf('', 'x'.repeat(1024)), 'a.pdf'), 'pdf');
  });

  it('refuses a "PDF" whose header starts after the first 1024 bytes', () => {
    expectRefusal(examine(pdf('', 'x'.repeat(1025)), 'a.pdf'), 'unsupported_type');
  });

  it('refuses an HTML page with a PDF header in its prefix (polyglot)', () => {
    expectRefusal(examine(pdf('', '<html><script>alert(1)</script>'), 'a.pdf'), 'unsupported_type');
  });

  it('accepts a PDF form (AcroForm) and a harmless /OpenAction', () => {
    expectKind(examine(pdf('/AcroForm << /Fields [] >> /OpenAction [3 0 R /Fit]'), 'formulier.pdf'), 'pdf');
  });

  it('does not mistake longer names that start with JS for JavaScript', () => {
    expectKind(examine(pdf('/JSONData 1 /JSX 2'), 'a.pdf'), 'pdf');
  });

  it('accepts a docx that embeds a chart workbook (not code)', () => {
    expectKind(examine(docx([{ name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', data: 'PK' }]), 'a.docx'), 'docx');
  });

  it('accepts a legacy Word file that embeds an Excel sheet when named .doc', () => {
    expectKind(examine(buildOle(['WordDocument', 'Workbook']), 'a.doc'), 'doc');
    expectKind(examine(buildOle(['WordDocument', 'Workbook']), 'a.xls'), 'xls');
  });

  it('accepts UTF-8 text with a byte order mark and non-Latin letters', () => {
    expectKind(examine(concat([0xef, 0xbb, 0xbf], utf8('Zoë, Łukasz, 日本語 — akkoord.')), 'a.txt'), 'txt');
  });

  it('prefers the OOXML kind that matches the extension when several part folders exist', () => {
    const mixed = ooxml('word/document.xml', [{ name: 'xl/workbook.xml', data: '<x/>' }]);
    expectKind(examine(mixed, 'a.xlsx'), 'xlsx');
    expectKind(examine(mixed, 'a.docx'), 'docx');
  });

  it('accepts a zip with a trailing archive comment', () => {
    expectKind(examine(buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w/>' }], { comment: 'made by test' }), 'a.docx'), 'docx');
  });
});

// ---------------------------------------------------------------------------------------------
// Empty and size limit
// ---------------------------------------------------------------------------------------------

describe('examineDocument: empty and size limit', () => {
  it('refuses an empty file', () => {
    expect(examine(new Uint8Array(), 'a.pdf')).toEqual({ ok: false, refusal: { reason: 'empty' } });
  });

  it('accepts a file of exactly the limit and refuses one byte more, reporting the limit', () => {
    const bytes = pdf();
    expectKind(examine(bytes, 'a.pdf', undefined, bytes.length), 'pdf');
    expect(examine(bytes, 'a.pdf', undefined, bytes.length - 1)).toEqual({
      ok: false,
      refusal: { reason: 'too_large', limitBytes: bytes.length - 1 },
    });
  });

  it('checks emptiness before size and size before content', () => {
    expectRefusal(examine(new Uint8Array(), 'a.exe', undefined, 0), 'empty');
    expectRefusal(examine(bin('MZ\x90\0'), 'a.exe', undefined, 2), 'too_large');
  });

  it('fails closed on a nonsensical limit instead of accepting anything', () => {
    expectRefusal(examine(pdf(), 'a.pdf', undefined, Number.NaN), 'too_large');
    expectRefusal(examine(pdf(), 'a.pdf', undefined, -1), 'too_large');
  });
});

// ---------------------------------------------------------------------------------------------
// Executable content
// ---------------------------------------------------------------------------------------------

describe('examineDocument: nothing executable', () => {
  const PE = concat(bin('MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0'), new Uint8Array(48), bin('PE\0\0'));
  const ELF = bin('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0');

  it.each([
    ['PE named .pdf', PE, 'factuur.pdf', /MZ/],
    ['PE named .txt', PE, 'a.txt', /MZ/],
    ['ELF', ELF, 'a.pdf', /ELF/],
    ['Mach-O 32-bit BE', bin('\xfe\xed\xfa\xce\0\0\0\0'), 'a.pdf', /Mach-O/],
    ['Mach-O 64-bit BE', bin('\xfe\xed\xfa\xcf\0\0\0\0'), 'a.pdf', /Mach-O/],
    ['Mach-O 32-bit LE', bin('\xce\xfa\xed\xfe\0\0\0\0'), 'a.pdf', /Mach-O/],
    ['Mach-O 64-bit LE', bin('\xcf\xfa\xed\xfe\0\0\0\0'), 'a.pdf', /Mach-O/],
    ['Mach-O universal', bin('\xca\xfe\xba\xbe\0\0\0\x02'), 'a.pdf', /Mach-O/],
    ['shell script named .txt', utf8('#!/bin/sh\nrm -rf /\n'), 'notities.txt', /#!/],
    ['shell script behind a UTF-8 BOM', concat([0xef, 0xbb, 0xbf], utf8('#!/usr/bin/env python\n')), 'a.txt', /#!/],
  ])('refuses %s', (_label, bytes, name, detail) => {
    expectExecutable(examine(bytes, name), detail);
  });

  it('refuses executables even when the name and claim look harmless', () => {
    expectExecutable(examine(PE, 'scan.png', 'image/png'));
  });

  it.each(['setup.exe', 'a.pdf.exe', 'run.bat', 'script.ps1', 'x.vbs', 'tool.msi', 'a.js', 'a.sh', 'x.exe.', 'x.EXE'])(
    'refuses the executable file name %s even with PDF content',
    (name) => {
      expectExecutable(examine(pdf(), name), /executable file type/);
    },
  );

  it.each(['fml.docm', 'sheet.xlsm', 'slides.pptm', 'tpl.dotm', 'addin.xlam'])(
    'refuses the macro-enabled name %s even when the content has no macros',
    (name) => {
      expectExecutable(examine(docx(), name), /macro-enabled/);
    },
  );

  it('judges the name after cleaning too, so a control char cannot hide ".exe"', () => {
    expectExecutable(examine(pdf(), 'a.exe\u0000'), /\.exe/);
    expectExecutable(examine(pdf(), 'a.ex\u200be'), /\.exe/);
  });

  describe('macros in zip-based office files', () => {
    it('refuses a docx that carries word/vbaProject.bin (a docm renamed)', () => {
      expectExecutable(examine(docx([{ name: 'word/vbaProject.bin', data: 'VBA' }]), 'fml.docx'), /vbaProject\.bin/i);
    });

    it('refuses vbaProject.bin in xlsx and pptx, in any letter case', () => {
      expectExecutable(examine(xlsx([{ name: 'xl/VBAPROJECT.BIN', data: 'x' }]), 'a.xlsx'));
      expectExecutable(examine(pptx([{ name: 'ppt/vbaProject.bin', data: 'x' }]), 'a.pptx'));
    });

    it('refuses a stored [Content_Types].xml that declares a macro-enabled document', () => {
      const ct = '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>';
      expectExecutable(examine(ooxml('word/document.xml', [], ct), 'a.docx'), /macro-enabled/);
      const xlsm = '<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>';
      expectExecutable(examine(ooxml('xl/workbook.xml', [], xlsm), 'a.xlsx'), /macro-enabled/);
    });

    it('refuses Excel 4.0 macro sheets, vbaData.xml and ActiveX controls', () => {
      expectExecutable(examine(xlsx([{ name: 'xl/macrosheets/sheet1.xml', data: '<x/>' }]), 'a.xlsx'), /Excel 4\.0/);
      expectExecutable(examine(docx([{ name: 'word/vbaData.xml', data: '<x/>' }]), 'a.docx'), /VBA/);
      expectExecutable(examine(docx([{ name: 'word/activeX/activeX1.bin', data: 'x' }]), 'a.docx'), /ActiveX/);
    });

    it('refuses an executable packed inside an office file', () => {
      expectExecutable(examine(docx([{ name: 'word/embeddings/invoice.exe', data: 'MZ' }]), 'a.docx'), /embedded executable/);
    });

    it('refuses OpenDocument files with Basic/ or Scripts/ macro libraries', () => {
      expectExecutable(examine(odf('application/vnd.oasis.opendocument.text', [{ name: 'Basic/Standard/Module1.xml', data: 'x' }]), 'a.odt'), /OpenDocument/);
      expectExecutable(examine(odf('application/vnd.oasis.opendocument.spreadsheet', [{ name: 'Scripts/javascript/Library/parcel-descriptor.xml', data: 'x' }]), 'a.ods'), /OpenDocument/);
    });
  });

  describe('macros in legacy OLE office files', () => {
    it.each(['_VBA_PROJECT', '_VBA_PROJECT_CUR', 'Macros', 'VBA'])('refuses an OLE file with a %s entry', (storage) => {
      expectExecutable(examine(buildOle(['WordDocument', storage]), 'a.doc'), /macro/i);
    });

    it('finds _VBA_PROJECT (UTF-16LE) anywhere in the bytes, not only in directory slots', () => {
      const data = concat(new Uint8Array(37), utf16le('_VBA_PROJECT'));
      expectExecutable(examine(buildOle(['Workbook'], data), 'a.xls'));
    });

    it('does not react to the ASCII text "VBA" or "Macros" in document content', () => {
      expectKind(examine(buildOle(['WordDocument'], bin('Macros en VBA worden besproken\0\0')), 'a.doc'), 'doc');
    });
  });

  describe('active content in PDF (heuristic on raw bytes)', () => {
    it.each([
      ['/JavaScript', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>', /JavaScript/],
      ['/JS only', '/AA << /O << /JS (x) >> >>', /JavaScript/],
      ['/Launch', '/OpenAction << /S /Launch /F (cmd.exe) >>', /Launch/],
      ['/EmbeddedFile', '/Names << /EmbeddedFiles 5 0 R >>', /embedded file/],
      ['/EmbeddedFile stream type', '/Type /EmbeddedFile', /embedded file/],
      ['/RichMedia', '/Subtype /RichMedia', /rich media/],
      ['hex-escaped /J#61vaScript', '/S /J#61vaScript', /JavaScript/],
      ['name directly followed by a delimiter', '/S/JavaScript(x)', /JavaScript/],
    ])('refuses a PDF with %s', (_label, body, detail) => {
      expectExecutable(examine(pdf(body), 'a.pdf'), detail);
    });

    it('refuses active PDF content before looking at the name (PDF with JS named .png)', () => {
      expectExecutable(examine(pdf('/JS (x)'), 'a.png'));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Unsupported content
// ---------------------------------------------------------------------------------------------

describe('examineDocument: unsupported content', () => {
  it.each([
    ['HTML named .html', utf8('<!DOCTYPE html><html><body>hi</body></html>'), 'a.html'],
    ['HTML named .txt', utf8('<!doctype html><p>hi'), 'a.txt'],
    ['uppercase <HTML> named .txt', utf8('\n\n  <HTML><BODY>x'), 'a.txt'],
    ['a <script> near the start of a .txt', utf8('Hallo\n<SCRIPT>alert(1)</SCRIPT>'), 'a.txt'],
    ['SVG named .svg', utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'a.svg'],
    ['SVG named .txt', utf8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'a.txt'],
    ['CSV (not an accepted type)', utf8('naam;uren\nJan;8\n'), 'uren.csv'],
    ['text with another extension', TXT, 'a.md'],
    ['text without an extension', TXT, 'README'],
    ['text containing NUL bytes', utf8('abc\0def'), 'a.txt'],
    ['invalid UTF-8', bin('Caf\xe9 au lait'), 'a.txt'],
    ['UTF-16 text (has NULs)', concat([0xff, 0xfe], utf16le('hallo')), 'a.txt'],
    ['random binary', bin('\x01\x02\x03\x04\x05\x06'), 'a.pdf'],
    ['AVIF (shares the mif1 brand with HEIF)', ftyp('avif', ['mif1', 'avif']), 'a.heic'],
    ['AVIF with mif1 major brand', ftyp('mif1', ['avif', 'miaf']), 'a.heic'],
    ['ftyp box with an MP4 brand', ftyp('isom', ['mp41']), 'a.heic'],
  ])('refuses %s', (_label, bytes, name) => {
    expect(examine(bytes, name)).toEqual({ ok: false, refusal: { reason: 'unsupported_type' } });
  });

  describe('zip archives', () => {
    it('refuses a plain zip, whatever its name', () => {
      const zip = buildZip([{ name: 'foto.jpg', data: JPEG }, { name: 'notes.txt', data: 'hoi' }]);
      expectRefusal(examine(zip, 'archief.zip'), 'unsupported_type');
      expectRefusal(examine(zip, 'archief.docx'), 'unsupported_type');
    });

    it('refuses OOXML-looking zips without [Content_Types].xml or without a main part folder', () => {
      expectRefusal(examine(buildZip([{ name: 'word/document.xml', data: '<w/>' }]), 'a.docx'), 'unsupported_type');
      expectRefusal(examine(buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'docProps/app.xml', data: '<x/>' }]), 'a.docx'), 'unsupported_type');
    });

    it('refuses ODF packages of other types or with a compressed mimetype entry', () => {
      expectRefusal(examine(odf('application/vnd.oasis.opendocument.graphics'), 'a.odt'), 'unsupported_type');
      expectRefusal(examine(odf('application/vnd.oasis.opendocument.text-template'), 'a.odt'), 'unsupported_type');
      expectRefusal(examine(odf('application/vnd.oasis.opendocument.text', [], 8), 'a.odt'), 'unsupported_type');
    });

    it('refuses an empty zip', () => {
      expectRefusal(examine(concat(buildZip([{ name: 'x', data: 'y' }]).subarray(0, 4), buildZip([])), 'a.docx'), 'unsupported_type');
    });

    it('refuses a truncated zip (no end of central directory)', () => {
      const full = docx();
      expectRefusal(examine(full.subarray(0, Math.floor(full.length / 2)), 'a.docx'), 'unsupported_type');
      expectRefusal(examine(full.subarray(0, full.length - 1), 'a.docx'), 'unsupported_type');
    });

    it('refuses a zip whose central directory offset points outside the file', () => {
      const entries = [{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w/>' }];
      expectRefusal(examine(buildZip(entries, { cdOffset: 0xfffffff0 }), 'a.docx'), 'unsupported_type');
      expectRefusal(examine(buildZip(entries, { cdOffset: 3 }), 'a.docx'), 'unsupported_type');
    });

    it('refuses a zip whose central directory runs into the end record', () => {
      const zip = docx();
      const view = new DataView(zip.buffer);
      expectKind(examine(zip, 'a.docx'), 'docx');
      view.setUint32(zip.length - 10, view.getUint32(zip.length - 10, true) + 10, true); // cd size +10
      expectRefusal(examine(zip, 'a.docx'), 'unsupported_type');
    });

    it('refuses a zip that claims a huge number of entries, and zip64 markers', () => {
      const entries = [{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: 'word/document.xml', data: '<w/>' }];
      expectRefusal(examine(buildZip(entries, { totalEntries: 5000 }), 'a.docx'), 'unsupported_type');
      expectRefusal(examine(buildZip(entries, { totalEntries: 0xffff }), 'a.docx'), 'unsupported_type');
    });

    it('refuses an ODF whose mimetype local header offset is out of range', () => {
      const good = odf('application/vnd.oasis.opendocument.text');
      const bad = good.slice();
      // The first central directory entry is the mimetype entry; corrupt its local header offset.
      const cdOffset = new DataView(bad.buffer).getUint32(bad.length - 6, true);
      new DataView(bad.buffer).setUint32(cdOffset + 42, 0x7fffffff, true);
      expectKind(examine(good, 'a.odt'), 'odt');
      expectRefusal(examine(bad, 'a.odt'), 'unsupported_type');
    });
  });

  describe('OLE compound files', () => {
    it('refuses OLE files without a Word, Excel or PowerPoint stream (e.g. an installer or mail)', () => {
      expectRefusal(examine(buildOle(['\u0005SummaryInformation']), 'a.doc'), 'unsupported_type');
      expectRefusal(examine(buildOle(['__substg1.0_0037001F']), 'a.doc'), 'unsupported_type');
    });

    it('only trusts stream names found in directory slots', () => {
      const unaligned = concat(new Uint8Array(3), utf16le('WordDocument\0'));
      expectRefusal(examine(buildOle([], unaligned), 'a.doc'), 'unsupported_type');
    });

    it('refuses an encrypted OOXML file (OLE with EncryptedPackage) that cannot be inspected', () => {
      expectRefusal(examine(buildOle(['EncryptedInfo', 'EncryptedPackage']), 'a.docx'), 'unsupported_type');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Name and claim must match the content
// ---------------------------------------------------------------------------------------------

describe('examineDocument: type mismatch', () => {
  it.each<[string, Uint8Array, string, DetectedKind]>([
    ['PNG named .pdf', PNG, 'scan.pdf', 'png'],
    ['PDF named .docx', pdf(), 'a.docx', 'pdf'],
    ['JPEG named .png', JPEG, 'a.png', 'jpeg'],
    ['JPEG without extension', JPEG, 'foto', 'jpeg'],
    ['PDF named .txt', pdf(), 'a.txt', 'pdf'],
    ['docx named .xlsx', docx(), 'a.xlsx', 'docx'],
    ['docx named .doc', docx(), 'a.doc', 'docx'],
    ['xlsx named .zip', xlsx(), 'a.zip', 'xlsx'],
    ['odt named .docx', odf('application/vnd.oasis.opendocument.text'), 'a.docx', 'odt'],
    ['Word OLE named .xls', buildOle(['WordDocument']), 'a.xls', 'doc'],
    ['Word OLE named .docx', buildOle(['WordDocument']), 'a.docx', 'doc'],
    ['HEIC named .jpg', HEIC, 'a.jpg', 'heic'],
    ['TIFF named .jpeg', TIFF_LE, 'a.jpeg', 'tiff'],
    ['RTF named .doc', RTF, 'brief.doc', 'rtf'],
    ['docx named .docx.pdf', docx(), 'a.docx.pdf', 'docx'],
  ])('refuses %s', (_label, bytes, name, detected) => {
    expectMismatch(examine(bytes, name), detected);
  });

  it.each<[string, Uint8Array, string, string, DetectedKind]>([
    ['PNG claimed as PDF', PNG, 'a.png', 'application/pdf', 'png'],
    ['PDF claimed as HTML', pdf(), 'a.pdf', 'text/html', 'pdf'],
    ['docx claimed as xlsx', docx(), 'a.docx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'docx'],
    ['docx claimed as macro-enabled', docx(), 'a.docx', 'application/vnd.ms-word.document.macroEnabled.12', 'docx'],
    ['text claimed as CSV', TXT, 'a.txt', 'text/csv', 'txt'],
    ['doc claimed as a zip', buildOle(['WordDocument']), 'a.doc', 'application/zip', 'doc'],
  ])('refuses a specific but wrong claim: %s', (_label, bytes, name, claim, detected) => {
    expectMismatch(examine(bytes, name, claim), detected);
  });

  it('uses the path-free name: a directory called x.pdf does not count', () => {
    expectMismatch(examine(PNG, 'x.pdf/scan'), 'png');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('examineDocument: properties', () => {
  const names = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
    fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...ACCEPTED_EXTENSIONS, '.exe', '.docm', '')).map(([s, e]) => s + e),
  );
  const prefixes = fc.constantFrom(
    new Uint8Array(),
    bin('PK\x03\x04'),
    Uint8Array.from(OLE_MAGIC),
    bin('%PDF-1.4\n'),
    bin('\0\0\0\x18ftypheic'),
    bin('RIFF\0\0\0\0WEBP'),
    bin('{\\rtf1'),
  );
  const samples = [docx(), xlsx([{ name: 'xl/vbaProject.bin', data: 'x' }]), odf('application/vnd.oasis.opendocument.text'), buildOle(['WordDocument']), pdf('/JS (x)'), HEIC];

  it('never throws for arbitrary bytes, names and claims', () => {
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 1500 }), names, fc.option(fc.string({ maxLength: 30 })), fc.nat(4000), (prefix, tail, fileName, claim, limitBytes) => {
        const result = examineDocument({ bytes: concat(prefix, tail), fileName, claimedMediaType: claim ?? undefined, limitBytes });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for corrupted real containers (random bytes overwritten)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('a.docx', 'a.xlsx', 'a.odt', 'a.doc', 'a.pdf', 'a.heic'),
        (sample, edits, fileName) => {
          const bytes = sample.slice();
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const result = examineDocument({ bytes, fileName, limitBytes: LIMIT });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('only ever accepts with a canonical extension from ACCEPTED_EXTENSIONS matching the file name', () => {
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 200 }), names, (prefix, tail, fileName) => {
        const result = examineDocument({ bytes: concat(prefix, tail), fileName, limitBytes: LIMIT });
        if (result.ok) {
          expect(ACCEPTED_EXTENSIONS).toContain(result.value.extension);
          expect(safeFileName(fileName).toLowerCase()).toMatch(/\.[a-z]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts bytes that start with an executable signature', () => {
    const magics = fc.constantFrom(bin('MZ'), bin('\x7fELF'), bin('#!'), bin('\xca\xfe\xba\xbe'), bin('\xcf\xfa\xed\xfe'));
    fc.assert(
      fc.property(magics, fc.uint8Array({ maxLength: 300 }), names, (magic, tail, fileName) => {
        const result = examineDocument({ bytes: concat(magic, tail), fileName, limitBytes: LIMIT });
        expect(result.ok ? 'accepted' : result.refusal.reason).toBe('executable_content');
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// safeFileName
// ---------------------------------------------------------------------------------------------

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\x\\y.pdf', 'y.pdf'],
    ['/var/uploads/../rapport.pdf', 'rapport.pdf'],
    ['rap\u0000port\u0007\n.pdf', 'rapport.pdf'],
    ['"quoted" \'name\'.pdf', 'quoted name.pdf'],
    ['a`b<c>d|e?f*g:h.pdf', 'abcdefgh.pdf'],
    ['Verslag arbeidsdeskundige – Zoë Çelik 日本.pdf', 'Verslag arbeidsdeskundige – Zoë Çelik 日本.pdf'],
    ['  veel    spaties\t.pdf  ', 'veel spaties.pdf'],
    ['trailing dots...', 'trailing dots'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['.htaccess', 'document.htaccess'],
    ['.pdf', 'document.pdf'],
    ['..', 'document'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['', 'document'],
    ['   ', 'document'],
    ['\u0000\u0001', 'document'],
    ['a/b/', 'document'],
  ])('safeFileName(%j) = %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('normalises to NFC so the same name is stored the same way', () => {
    expect(safeFileName('Zoe\u0308.pdf')).toBe('Zo\u00eb.pdf');
  });

  it('cuts a 300-character name to 150 characters and keeps the extension', () => {
    const result = safeFileName(`${'a'.repeat(296)}.pdf`);
    expect(result).toHaveLength(150);
    expect(result.endsWith('.pdf')).toBe(true);
    expect(result.startsWith('aaaa')).toBe(true);
  });

  it('never cuts a surrogate pair in half when truncating', () => {
    const result = safeFileName(`${'😀'.repeat(100)}.pdf`);
    expect(result.length).toBeLessThanOrEqual(150);
    expect(result.endsWith('.pdf')).toBe(true);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect([...result.slice(0, -4)].every((c) => c === '😀')).toBe(true);
  });

  it('cuts a long name without a short extension to 150 characters', () => {
    expect(safeFileName('x'.repeat(300))).toHaveLength(150);
  });

  it('always yields a short, non-empty, path-free, control-free and stable name', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: anyUnit, maxLength: 400 })), (input) => {
        const out = safeFileName(input);
        expect(out.length).toBeGreaterThan(0);
        expect(out.length).toBeLessThanOrEqual(150);
        expect(out).not.toMatch(/[\\/"'`<>:|?*\p{Cc}\p{Cf}]/u);
        expect(out.startsWith('.')).toBe(false);
        expect(out).not.toMatch(/[. ]$/u);
        expect(safeFileName(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ACCEPTED_EXTENSIONS', () => {
  it('lists every accepted extension, lowercase with a dot, without duplicates', () => {
    expect([...ACCEPTED_EXTENSIONS].sort()).toEqual(
      ['.pdf', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.tif', '.tiff', '.heic', '.heif', '.docx', '.xlsx', '.pptx', '.odt', '.ods', '.odp', '.doc', '.xls', '.ppt', '.rtf', '.txt'].sort(),
    );
  });

  it('contains nothing macro-enabled, executable or otherwise refused', () => {
    for (const ext of ['.docm', '.xlsm', '.pptm', '.exe', '.csv', '.html', '.svg', '.zip', '.js']) {
      expect(ACCEPTED_EXTENSIONS).not.toContain(ext);
    }
  });

  it('is frozen so the UI cannot widen it at run time', () => {
    expect(Object.isFrozen(ACCEPTED_EXTENSIONS)).toBe(true);
  });
});
