// The logo's image, checked when it is uploaded (issue 8): what passes is what the PDF and Word renderers
// can read; a damaged PNG (whose data does not inflate: it crashed the PDF library in a zlib callback) or
// one that claims an enormous size is refused in words, with nothing saved.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkLogo, checkLogoImage, LOGO_MAX_SIDE } from './domain.js';
import { problemText } from './messages.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** A small PNG of `colour` type, 8 bits, optionally interlaced; `raw` overrides the filtered rows, `idat` the compressed data. */
function png(options: { width?: number; height?: number; colour?: number; interlace?: 0 | 1; raw?: Buffer; idat?: Buffer; omit?: string } = {}): Buffer {
  const { width = 3, height = 2, colour = 6, interlace = 0 } = options;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, colour, 0, 0, interlace], 8);
  const rowBytes = (w: number) => 1 + w * CHANNELS[colour]!;
  const passes = interlace
    ? [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]].map(([x0, y0, dx, dy]) => [Math.ceil(Math.max(0, width - x0!) / dx!), Math.ceil(Math.max(0, height - y0!) / dy!)] as const).filter(([w, h]) => w > 0 && h > 0)
    : [[width, height] as const];
  const raw = () => options.raw ?? Buffer.concat(passes.flatMap(([w, h]) => Array.from({ length: h }, () => Buffer.alloc(rowBytes(w), 0x7f).fill(0, 0, 1))));
  const chunks = [
    chunk('IHDR', ihdr),
    ...(colour === 3 && options.omit !== 'PLTE' ? [chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255]))] : []),
    ...(options.omit === 'IDAT' ? [] : [chunk('IDAT', options.idat ?? deflateSync(raw()))]),
    ...(options.omit === 'IEND' ? [] : [chunk('IEND', Buffer.alloc(0))]),
  ];
  return Buffer.concat([SIGNATURE, ...chunks]);
}

/** A JPEG's header up to its frame: SOI, a JFIF segment and SOF0 with the given size (the renderers read no further). */
function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

const reasons = (bytes: Buffer) => checkLogoImage(bytes).map((p) => p.reason);

describe('the logo image', () => {
  it('passes a well-formed PNG of every colour type, interlaced or not, and a JPEG', () => {
    for (const colour of [0, 2, 3, 4, 6]) {
      for (const interlace of [0, 1] as const) expect(reasons(png({ colour, interlace, width: 11, height: 5 })), `colour ${colour}, interlace ${interlace}`).toEqual([]);
    }
    // The 1×1 PNG the integration tests upload.
    expect(reasons(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'))).toEqual([]);
    expect(reasons(jpeg(120, 40))).toEqual([]);
  });

  it('refuses a PNG that is only its first bytes, has no IHDR, IDAT, IEND or palette, or is cut short', () => {
    expect(checkLogo(Buffer.concat([SIGNATURE, Buffer.from('junk junk junk junk junk')]))).toEqual([]); // the first bytes are right …
    expect(reasons(Buffer.concat([SIGNATURE, Buffer.from('junk junk junk junk junk')]))).toEqual(['logo_damaged']); // … the image is not
    expect(reasons(png({ omit: 'IDAT' }))).toEqual(['logo_damaged']);
    expect(reasons(png({ omit: 'IEND' }))).toEqual(['logo_damaged']);
    expect(reasons(png({ colour: 3, omit: 'PLTE' }))).toEqual(['logo_damaged']);
    const whole = png();
    for (const length of [8, 20, 33, 40, whole.length - 13, whole.length - 1]) expect(reasons(whole.subarray(0, length)), `first ${length} bytes`).toEqual(['logo_damaged']);
  });

  it('refuses a PNG whose image data does not inflate, is too short, or has a row with an unknown filter', () => {
    const broken = Buffer.from(deflateSync(Buffer.alloc(14)));
    broken[broken.length - 2]! ^= 0xff; // the Adler-32 check fails: "incorrect data check", as the crash was
    expect(reasons(png({ idat: broken }))).toEqual(['logo_damaged']);
    expect(reasons(png({ idat: Buffer.from('not deflate at all') }))).toEqual(['logo_damaged']);
    expect(reasons(png({ raw: Buffer.alloc(5) }))).toEqual(['logo_damaged']);
    const badFilter = Buffer.alloc(2 * (1 + 3 * 4));
    badFilter[0] = 9;
    expect(reasons(png({ raw: badFilter }))).toEqual(['logo_damaged']);
    // Data that inflates far beyond the image (a small file, a huge answer) is refused without inflating it all.
    expect(reasons(png({ raw: Buffer.alloc(50_000_000) }))).toEqual(['logo_damaged']);
  });

  it('refuses an image without a size, or larger than a letterhead could need', () => {
    expect(reasons(png({ width: 0 }))).toEqual(['logo_dimensions']);
    expect(reasons(png({ width: LOGO_MAX_SIDE + 1, height: 1, idat: deflateSync(Buffer.alloc(10)) }))).toEqual(['logo_dimensions']);
    expect(reasons(png({ width: 100_000, height: 100_000, idat: deflateSync(Buffer.alloc(10)) }))).toEqual(['logo_dimensions']);
    expect(reasons(jpeg(0, 40))).toEqual(['logo_dimensions']);
    expect(reasons(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toEqual(['logo_damaged']);
  });

  it('says so in Dutch and English', () => {
    const [damaged] = checkLogoImage(png({ omit: 'IDAT' }));
    expect(problemText('nl', damaged!)).toEqual({ field: 'logo', message: expect.stringContaining('beschadigd') });
    expect(problemText('en', damaged!).message).toContain('damaged');
    const [size] = checkLogoImage(png({ width: 0 }));
    expect(problemText('nl', size!).message).toBe(`Het logo moet tussen 1 en ${LOGO_MAX_SIDE} pixels breed en hoog zijn.`);
  });
});
