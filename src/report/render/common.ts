// What both renderers (pdf.ts, docx.ts) share: the logo check, the label templates and the marker.
import type { ReportDocument } from '../document.js';

/** Printed before an emphasised row (an overshoot), so it reads without colour, also in black and white. */
export const MARKER = '▲';

export type Logo = NonNullable<ReportDocument['letterhead']['logo']>;

/** Fills "{page}"-style placeholders; unknown ones stay as they are. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The logo's pixel size, read from its bytes; rejects what is not a PNG or JPEG (or not the type it says). */
export function logoSize(logo: Logo): { width: number; height: number } {
  const data = logo.data;
  if (!Buffer.isBuffer(data) || data.length < 8) throw new Error('logo: empty or not binary data');
  const isPng = data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const isJpeg = data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
  if (!isPng && !isJpeg) throw new Error('logo: not a PNG or JPEG image');
  if ((logo.mediaType === 'image/png') !== isPng) throw new Error(`logo: media type ${logo.mediaType} but the data is a ${isPng ? 'PNG' : 'JPEG'} image`);
  if (isPng) {
    if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('logo: PNG without an IHDR header');
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  // JPEG: walk the markers to the first start-of-frame (SOF0..SOF15 except DHT, JPG, DAC).
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) throw new Error('logo: damaged JPEG (marker expected)');
    const marker = data[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5) };
    }
    at += 2 + length;
  }
  throw new Error('logo: JPEG without a frame header');
}

/** A logo box of at most `maxWidth` × `maxHeight`, keeping the image's aspect ratio. */
export function fitLogo(logo: Logo, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const size = logoSize(logo);
  if (!(size.width > 0 && size.height > 0)) throw new Error('logo: image has no size');
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
