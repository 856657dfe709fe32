// Case-document intake check: decides from the uploaded BYTES (not the browser's claim) whether Passend
// accepts a file as a case document. Product rule: "type checked by content, size limit, checksum;
// nothing executable accepted". The checksum is computed by the upload route; this module only judges.
// Pure: no I/O and no imports, so the UI can share ACCEPTED_EXTENSIONS and every rule is unit-testable.
// It never throws on hostile input: malformed files end in a refusal.

export type DetectedKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'tiff'
  | 'heic'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'doc'
  | 'xls'
  | 'ppt'
  | 'rtf'
  | 'txt';

export interface AcceptedDocument {
  kind: DetectedKind;
  /** Canonical media type for the kind; store and serve this, never the browser's claim. */
  mediaType: string;
  /** Canonical extension for the kind, with leading dot (e.g. '.jpg'). */
  extension: string;
}

export type DocumentRefusal =
  | { reason: 'empty' }
  | { reason: 'too_large'; limitBytes: number }
  | { reason: 'unsupported_type' }
  | { reason: 'executable_content'; detail: string }
  | { reason: 'type_mismatch'; detected: DetectedKind };

export type DocumentExamination = { ok: true; value: AcceptedDocument } | { ok: false; refusal: DocumentRefusal };

interface KindSpec {
  mediaType: string;
  /** Allowed file-name extensions; the first is canonical. */
  extensions: readonly string[];
  /** Claimed media types that agree with this kind (lowercase, without parameters). */
  mediaTypes: readonly string[];
}

// Zip containers are often claimed as plain zip by browsers on systems without Office installed.
const ZIP_CLAIMS = ['application/zip', 'application/x-zip-compressed'];

const KINDS: Record<DetectedKind, KindSpec> = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'], mediaTypes: ['application/pdf', 'application/x-pdf'] },
  png: { mediaType: 'image/png', extensions: ['.png'], mediaTypes: ['image/png'] },
  jpeg: {
    mediaType: 'image/jpeg',
    extensions: ['.jpg', '.jpeg'],
    mediaTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  },
  gif: { mediaType: 'image/gif', extensions: ['.gif'], mediaTypes: ['image/gif'] },
  webp: { mediaType: 'image/webp', extensions: ['.webp'], mediaTypes: ['image/webp'] },
  tiff: { mediaType: 'image/tiff', extensions: ['.tif', '.tiff'], mediaTypes: ['image/tiff'] },
  heic: {
    mediaType: 'image/heic',
    extensions: ['.heic', '.heif'],
    mediaTypes: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
  },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ...ZIP_CLAIMS],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...ZIP_CLAIMS],
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['.pptx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', ...ZIP_CLAIMS],
  },
  odt: {
    mediaType: 'application/vnd.oasis.opendocument.text',
    extensions: ['.odt'],
    mediaTypes: ['application/vnd.oasis.opendocument.text', ...ZIP_CLAIMS],
  },
  ods: {
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['.ods'],
    mediaTypes: ['application/vnd.oasis.opendocument.spreadsheet', ...ZIP_CLAIMS],
  },
  odp: {
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    extensions: ['.odp'],
    mediaTypes: ['application/vnd.oasis.opendocument.presentation', ...ZIP_CLAIMS],
  },
  doc: { mediaType: 'application/msword', extensions: ['.doc'], mediaTypes: ['application/msword'] },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['.xls'], mediaTypes: ['application/vnd.ms-excel'] },
  ppt: {
    mediaType: 'application/vnd.ms-powerpoint',
    extensions: ['.ppt'],
    mediaTypes: ['application/vnd.ms-powerpoint'],
  },
  rtf: { mediaType: 'application/rtf', extensions: ['.rtf'], mediaTypes: ['application/rtf', 'text/rtf'] },
  txt: { mediaType: 'text/plain', extensions: ['.txt'], mediaTypes: ['text/plain'] },
};

/** For the upload field's `accept` attribute. */
export const ACCEPTED_EXTENSIONS: readonly string[] = Object.freeze([
  ...new Set(Object.values(KINDS).flatMap((k) => k.extensions)),
]);

// Claims that say "I don't know" carry no information, so they cannot disagree with the content.
const GENERIC_CLAIMS = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

// Refused by name alone, whatever the bytes: macro-enabled Office formats and things an OS would run.
const MACRO_EXTENSIONS = new Set([
  '.docm', '.dotm', '.xlsm', '.xltm', '.xlam', '.pptm', '.potm', '.ppsm', '.ppam', '.sldm',
]);
const EXECUTABLE_EXTENSIONS = new Set([
  '.exe', '.com', '.scr', '.pif', '.bat', '.cmd', '.msi', '.msp', '.dll', '.sys', '.cpl', '.ps1', '.psm1',
  '.vbs', '.vbe', '.js', '.jse', '.mjs', '.wsf', '.wsh', '.hta', '.jar', '.lnk', '.reg', '.scf', '.inf',
  '.sh', '.bash', '.zsh', '.csh', '.ksh', '.command', '.app', '.dmg', '.pkg', '.deb', '.rpm', '.apk',
  '.appimage', '.py', '.pl', '.rb', '.php',
]);

const MAX_ZIP_ENTRIES = 50_000;
const PDF_HEADER_WINDOW = 1024;

// Internal outcome of content detection: a kind, or a refusal decided by the content itself.
type Detection = { kind: DetectedKind } | { refusal: DocumentRefusal };

const refuse = (refusal: DocumentRefusal): DocumentExamination => ({ ok: false, refusal });
const unsupported = (): Detection => ({ refusal: { reason: 'unsupported_type' } });
const executable = (detail: string): Detection => ({ refusal: { reason: 'executable_content', detail } });

export function examineDocument(input: {
  bytes: Uint8Array;
  fileName: string;
  claimedMediaType?: string;
  limitBytes: number;
}): DocumentExamination {
  const { bytes } = input;
  if (bytes.length === 0) return refuse({ reason: 'empty' });
  // A missing or nonsensical limit must not mean "unlimited": fail closed.
  const limit = Number.isFinite(input.limitBytes) && input.limitBytes >= 0 ? input.limitBytes : 0;
  if (bytes.length > limit) return refuse({ reason: 'too_large', limitBytes: limit });

  const magic = executableMagic(bytes);
  if (magic) return refuse({ reason: 'executable_content', detail: magic });
  // Check the raw name (what the client sent) and the cleaned name (what we would store and serve).
  const safeName = safeFileName(input.fileName);
  for (const ext of new Set([extensionOf(input.fileName), extensionOf(safeName)])) {
    if (MACRO_EXTENSIONS.has(ext)) return refuse({ reason: 'executable_content', detail: `macro-enabled file type ${ext}` });
    if (EXECUTABLE_EXTENSIONS.has(ext)) return refuse({ reason: 'executable_content', detail: `executable file type ${ext}` });
  }

  const extension = extensionOf(safeName);
  const detection = detect(bytes, extension);
  if ('refusal' in detection) return refuse(detection.refusal);
  const spec = KINDS[detection.kind];

  if (!spec.extensions.includes(extension)) return refuse({ reason: 'type_mismatch', detected: detection.kind });
  const claim = normaliseMediaType(input.claimedMediaType ?? '');
  if (!GENERIC_CLAIMS.has(claim) && !spec.mediaTypes.includes(claim)) {
    return refuse({ reason: 'type_mismatch', detected: detection.kind });
  }
  return { ok: true, value: { kind: detection.kind, mediaType: spec.mediaType, extension: spec.extensions[0] ?? extension } };
}

// ---------------------------------------------------------------------------------------------
// File names
// ---------------------------------------------------------------------------------------------

const MAX_NAME_LENGTH = 150;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/iu;

/**
 * A file name that is safe to store and to put in a Content-Disposition header: no path parts, no
 * control/format characters (incl. bidi overrides used to fake "fdp.exe" as "exe.pdf"), no quotes or
 * characters Windows forbids; Unicode letters kept; at most 150 UTF-16 units; never empty.
 */
export function safeFileName(name: string): string {
  let s = String(name ?? '').normalize('NFC');
  s = s.split(/[\\/]/u).pop() ?? '';
  s = s
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/gu, '')
    .replace(/["'`<>:|?*]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    // Windows silently drops trailing dots and spaces, so "x.exe." would become "x.exe".
    .replace(/[. ]+$/u, '');
  // No hidden files and no "..": keep what follows the dot (".pdf" -> "document.pdf").
  if (s.startsWith('.')) s = `document${s}`.replace(/[. ]+$/u, '');
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  s = truncateKeepingExtension(s, MAX_NAME_LENGTH);
  return s === '' ? 'document' : s;
}

function truncateKeepingExtension(s: string, max: number): string {
  if (s.length <= max) return s;
  const dot = s.lastIndexOf('.');
  const ext = dot > 0 && s.length - dot <= 16 ? s.slice(dot) : '';
  let stem = '';
  // Iterate code points so a surrogate pair is never cut in half.
  for (const ch of s.slice(0, s.length - ext.length)) {
    if (stem.length + ch.length > max - ext.length) break;
    stem += ch;
  }
  stem = stem.replace(/[. ]+$/u, '');
  return stem === '' ? `document${ext}` : stem + ext;
}

/** Lowercase extension with leading dot, or '' when there is none. */
function extensionOf(fileName: string): string {
  const base = (String(fileName ?? '').split(/[\\/]/u).pop() ?? '').replace(/[\s.\p{Cc}\p{Cf}]+$/u, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot).toLowerCase();
}

function normaliseMediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Byte helpers (bounds-safe: reading past the end yields 0, never an exception)
// ---------------------------------------------------------------------------------------------

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}

function u32be(b: Uint8Array, o: number): number {
  return (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;
}

function matchesAt(b: Uint8Array, offset: number, pattern: readonly number[] | Uint8Array): boolean {
  if (offset < 0 || offset + pattern.length > b.length) return false;
  for (let i = 0; i < pattern.length; i++) if (b[offset + i] !== pattern[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0) & 0xff);
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

function indexOfBytes(b: Uint8Array, pattern: Uint8Array, from = 0, to = b.length): number {
  const first = pattern[0];
  if (first === undefined) return from;
  const last = Math.min(to, b.length) - pattern.length;
  for (let i = b.indexOf(first, from); i !== -1 && i <= last; i = b.indexOf(first, i + 1)) {
    if (matchesAt(b, i, pattern)) return i;
  }
  return -1;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

const utf8Lenient = new TextDecoder('utf-8');

// ---------------------------------------------------------------------------------------------
// Executable signatures at the start of the file (checked before any format detection)
// ---------------------------------------------------------------------------------------------

const EXECUTABLE_MAGICS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x4d, 0x5a], 'Windows executable (MZ header)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [[0xfe, 0xed, 0xfa, 0xce], 'Mach-O executable'],
  [[0xfe, 0xed, 0xfa, 0xcf], 'Mach-O executable'],
  [[0xce, 0xfa, 0xed, 0xfe], 'Mach-O executable'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'Mach-O executable'],
  // Also the Java class file magic; both are code.
  [[0xca, 0xfe, 0xba, 0xbe], 'Mach-O universal binary or Java class'],
];

function executableMagic(b: Uint8Array): string | null {
  for (const [magic, detail] of EXECUTABLE_MAGICS) if (matchesAt(b, 0, magic)) return detail;
  // A UTF-8 BOM before "#!" does not make a script harmless to every interpreter.
  const start = matchesAt(b, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  if (matchesAt(b, start, [0x23, 0x21])) return 'script with #! interpreter line';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Content detection
// ---------------------------------------------------------------------------------------------

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function detect(b: Uint8Array, extension: string): Detection {
  if (matchesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'png' };
  if (matchesAt(b, 0, [0xff, 0xd8, 0xff])) return { kind: 'jpeg' };
  if (matchesAt(b, 0, ascii('GIF87a')) || matchesAt(b, 0, ascii('GIF89a'))) return { kind: 'gif' };
  if (matchesAt(b, 0, ascii('RIFF')) && matchesAt(b, 8, ascii('WEBP'))) return { kind: 'webp' };
  if (matchesAt(b, 0, [0x49, 0x49, 0x2a, 0x00]) || matchesAt(b, 0, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: 'tiff' };
  if (isHeic(b)) return { kind: 'heic' };
  if (matchesAt(b, 0, ascii('{\\rtf'))) return { kind: 'rtf' };
  if (matchesAt(b, 0, OLE_MAGIC)) return examineOle(b, extension);
  if (matchesAt(b, 0, ZIP_LOCAL)) return examineZip(b, extension);
  const pdfAt = indexOfBytes(b, new Uint8Array(ascii('%PDF-')), 0, PDF_HEADER_WINDOW + 5);
  if (pdfAt >= 0 && pdfAt <= PDF_HEADER_WINDOW) return examinePdf(b, pdfAt);
  if (extension === '.txt') return examineText(b);
  return unsupported();
}

// HEIF family: ISO-BMFF "ftyp" box first. AVIF shares the mif1 brand, so an avif brand rules it out.
function isHeic(b: Uint8Array): boolean {
  if (b.length < 12 || !matchesAt(b, 4, ascii('ftyp'))) return false;
  const heif = new Set(['heic', 'heix', 'mif1', 'msf1']);
  const brand = (o: number) => String.fromCharCode(b[o] ?? 0, b[o + 1] ?? 0, b[o + 2] ?? 0, b[o + 3] ?? 0);
  if (!heif.has(brand(8))) return false;
  const boxEnd = Math.min(u32be(b, 0), b.length, 4096);
  for (let o = 16; o + 4 <= boxEnd; o += 4) if (['avif', 'avis'].includes(brand(o))) return false;
  return true;
}

// PDF active content. HEURISTIC on the raw bytes: scans every PDF name token (decoding #xx escapes,
// which are a known obfuscation) for actions that run code or carry files. It cannot see inside
// compressed object streams; a malicious PDF can hide there, so downloads are still served as
// attachments. /OpenAction on its own is harmless (e.g. "open at page 1"); it only matters combined
// with JavaScript, and any /JS or /JavaScript name already refuses the file. Forms (/AcroForm) are fine.
const PDF_ACTIVE_NAMES: ReadonlyMap<string, string> = new Map([
  ['JavaScript', 'PDF with JavaScript'],
  ['JS', 'PDF with JavaScript'],
  ['Launch', 'PDF with a Launch action'],
  ['EmbeddedFile', 'PDF with an embedded file'],
  ['EmbeddedFiles', 'PDF with an embedded file'],
  ['RichMedia', 'PDF with rich media (Flash/video)'],
]);

function isPdfNameEnd(c: number): boolean {
  // PDF whitespace and delimiters end a name.
  return c === 0x00 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20 || '()<>[]{}/%'.includes(String.fromCharCode(c));
}

function examinePdf(b: Uint8Array, headerAt: number): Detection {
  // Leading junk before %PDF- is tolerated by readers, but not when it is markup (HTML/PDF polyglot).
  if (headerAt > 0 && looksLikeMarkup(latin1(b.subarray(0, headerAt)))) return unsupported();
  for (let i = b.indexOf(0x2f, headerAt); i !== -1; i = b.indexOf(0x2f, i + 1)) {
    let name = '';
    let j = i + 1;
    while (j < b.length && name.length <= 16) {
      const c = b[j] ?? 0;
      if (isPdfNameEnd(c)) break;
      const hex = c === 0x23 ? String.fromCharCode(b[j + 1] ?? 0, b[j + 2] ?? 0) : '';
      if (/^[0-9a-fA-F]{2}$/u.test(hex)) {
        name += String.fromCharCode(parseInt(hex, 16));
        j += 3;
      } else {
        name += String.fromCharCode(c);
        j += 1;
      }
    }
    // Names are case-sensitive in PDF, and readers only act on the exact spelling.
    const detail = PDF_ACTIVE_NAMES.get(name);
    if (detail) return executable(`${detail} (/${name})`);
  }
  return { kind: 'pdf' };
}

// OLE2 compound files (legacy .doc/.xls/.ppt, but also .msi and .msg) all look the same at the top.
// Directory entries are 128-byte records at 128-byte aligned offsets holding UTF-16LE names; the main
// stream name tells Word, Excel and PowerPoint apart, and an OLE file with none of them is refused.
const OLE_STREAMS: ReadonlyArray<readonly [string, DetectedKind]> = [
  ['WordDocument', 'doc'],
  ['Workbook', 'xls'],
  ['Book', 'xls'], // Excel 5/95
  ['PowerPoint Document', 'ppt'],
];
// Macro storages. Searched anywhere in the file, not only in directory slots: a false alarm refuses a
// document, a miss would accept code. Excel 4.0 (XLM) macro sheets and PowerPoint's compressed VBA
// storage are not visible this way; that residual risk is accepted for legacy formats.
const OLE_MACRO_MARKERS: ReadonlyArray<readonly [Uint8Array, string]> = [
  [utf16le('_VBA_PROJECT'), 'Office file with VBA macros (_VBA_PROJECT)'],
  [utf16le('Macros\0'), 'Office file with macros (Macros storage)'],
  [utf16le('VBA\0'), 'Office file with VBA macros (VBA storage)'],
];
const OLE_EXTENSION_KIND: Readonly<Record<string, DetectedKind>> = { '.doc': 'doc', '.xls': 'xls', '.ppt': 'ppt' };

function examineOle(b: Uint8Array, extension: string): Detection {
  for (const [marker, detail] of OLE_MACRO_MARKERS) if (indexOfBytes(b, marker) >= 0) return executable(detail);
  const found: DetectedKind[] = [];
  for (const [name, kind] of OLE_STREAMS) {
    if (!found.includes(kind) && hasOleDirectoryName(b, utf16le(`${name}\0`))) found.push(kind);
  }
  const byExtension = OLE_EXTENSION_KIND[extension];
  if (byExtension && found.includes(byExtension)) return { kind: byExtension };
  const first = found[0];
  return first ? { kind: first } : unsupported();
}

function hasOleDirectoryName(b: Uint8Array, name: Uint8Array): boolean {
  for (let o = 512; o + name.length <= b.length; o += 128) if (matchesAt(b, o, name)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// ZIP containers (OOXML and ODF): read the central directory only, no decompression
// ---------------------------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Central-directory entries, or null when the archive is malformed, multi-disk or zip64. */
function readZipDirectory(b: Uint8Array): ZipEntry[] | null {
  // The End Of Central Directory record is 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let o = b.length - 22; o >= Math.max(0, b.length - 22 - 0xffff); o--) {
    if (u32(b, o) === 0x06054b50 && o + 22 + u16(b, o + 20) <= b.length) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return null;
  const disk = u16(b, eocd + 4);
  const cdDisk = u16(b, eocd + 6);
  const entriesOnDisk = u16(b, eocd + 8);
  const total = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== total) return null;
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd || total > MAX_ZIP_ENTRIES || total * 46 > cdSize) return null;

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < total; i++) {
    if (p + 46 > cdEnd || u32(b, p) !== 0x02014b50) return null;
    const nameLength = u16(b, p + 28);
    const next = p + 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    if (next > cdEnd) return null;
    entries.push({
      name: utf8Lenient.decode(b.subarray(p + 46, p + 46 + nameLength)),
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      localOffset: u32(b, p + 42),
    });
    p = next;
  }
  return entries;
}

/** The bytes of a stored (uncompressed) entry, located via its local header; null if not readable. */
function readStoredEntry(b: Uint8Array, entry: ZipEntry, maxLength: number): Uint8Array | null {
  const o = entry.localOffset;
  if (entry.method !== 0 || entry.compressedSize > maxLength) return null;
  if (o + 30 > b.length || u32(b, o) !== 0x04034b50) return null;
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + entry.compressedSize;
  return end > b.length ? null : b.subarray(start, end);
}

const ODF_KINDS: Readonly<Record<string, DetectedKind>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};
const OOXML_PARTS: ReadonlyArray<readonly [string, DetectedKind]> = [
  ['word/', 'docx'],
  ['xl/', 'xlsx'],
  ['ppt/', 'pptx'],
];

function zipEntryThreat(lowerName: string): string | null {
  const base = lowerName.split('/').pop() ?? '';
  if (base === 'vbaproject.bin') return `Office file with VBA macros (${lowerName})`;
  if (base === 'vbadata.xml') return `Office file with VBA macros (${lowerName})`;
  if (lowerName.startsWith('xl/macrosheets/')) return 'Excel 4.0 macro sheet';
  // ActiveX controls are binary COM objects instantiated by Office: code, not content.
  if (/(^|\/)activex\//u.test(lowerName)) return `Office file with ActiveX controls (${lowerName})`;
  if (lowerName.startsWith('basic/') || lowerName.startsWith('scripts/')) return `OpenDocument with macros (${lowerName})`;
  const dot = base.lastIndexOf('.');
  if (dot >= 0 && (EXECUTABLE_EXTENSIONS.has(base.slice(dot)) || MACRO_EXTENSIONS.has(base.slice(dot)))) {
    return `embedded executable file (${lowerName})`;
  }
  return null;
}

function examineZip(b: Uint8Array, extension: string): Detection {
  const entries = readZipDirectory(b);
  if (!entries || entries.length === 0) return unsupported();
  for (const entry of entries) {
    const threat = zipEntryThreat(entry.name.toLowerCase());
    if (threat) return executable(threat);
  }

  // ODF: a stored "mimetype" entry whose bytes name the document type.
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    const data = readStoredEntry(b, mimetype, 200);
    const kind = data ? ODF_KINDS[latin1(data).trim()] : undefined;
    return kind ? { kind } : unsupported();
  }

  // OOXML: [Content_Types].xml plus the main part folder.
  const contentTypes = entries.find((e) => e.name.toLowerCase() === '[content_types].xml');
  if (!contentTypes) return unsupported();
  // Without inflating we can only read it when stored; real macro files also carry vbaProject.bin.
  const ctData = readStoredEntry(b, contentTypes, 1 << 20);
  if (ctData && /macroenabled/iu.test(latin1(ctData))) return executable('macro-enabled Office content type');
  const names = entries.map((e) => e.name.toLowerCase());
  const kinds = OOXML_PARTS.filter(([prefix]) => names.some((n) => n.startsWith(prefix))).map(([, kind]) => kind);
  const matching = kinds.find((k) => KINDS[k].extensions.includes(extension));
  const kind = matching ?? kinds[0];
  return kind ? { kind } : unsupported();
}

// ---------------------------------------------------------------------------------------------
// Plain text (only ever considered for a .txt name)
// ---------------------------------------------------------------------------------------------

const MARKUP_MARKERS = ['<!doctype', '<html', '<head', '<body', '<script', '<iframe', '<svg', '<?xml'];

function looksLikeMarkup(text: string): boolean {
  const head = text.slice(0, 1024).toLowerCase();
  return MARKUP_MARKERS.some((m) => head.includes(m));
}

function examineText(b: Uint8Array): Detection {
  if (b.includes(0)) return unsupported();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return unsupported(); // not UTF-8: binary, or a legacy encoding we cannot vouch for
  }
  // A browser that sniffs markup would render it; we refuse rather than rely on nosniff alone.
  return looksLikeMarkup(text) ? unsupported() : { kind: 'txt' };
}
