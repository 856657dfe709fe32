import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Decode, base32Encode, hotp, otpauthUri, totpAt, verifyTotp } from './totp.js';

// RFC 6238 Appendix B (SHA-1, secret "12345678901234567890"), truncated to 6 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const VECTORS: Array<[number, string]> = [
  [59, '287082'], [1111111109, '081804'], [1111111111, '050471'], [1234567890, '005924'], [2000000000, '279037'], [20000000000, '353130'],
];

describe('TOTP', () => {
  it.each(VECTORS)('matches RFC 6238 at t=%i', (seconds, code) => {
    expect(totpAt(RFC_SECRET, seconds * 1000)).toBe(code);
  });
  it('matches RFC 4226 HOTP vectors', () => {
    const secret = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 3, 9].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152', '969429', '520489']);
  });
  it('accepts one step of clock drift either way, not two', () => {
    const t = 1_700_000_000_000;
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t - 30_000), t, null)).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t + 30_000), t, null)).not.toBeNull();
    const old = totpAt(RFC_SECRET, t - 60_000);
    if (old !== totpAt(RFC_SECRET, t) && old !== totpAt(RFC_SECRET, t - 30_000) && old !== totpAt(RFC_SECRET, t + 30_000)) {
      expect(verifyTotp(RFC_SECRET, old, t, null)).toBeNull();
    }
  });
  it('refuses a code whose step was already used (replay)', () => {
    const t = 1_700_000_000_000;
    const step = verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t), t, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(RFC_SECRET, totpAt(RFC_SECRET, t), t, step)).toBeNull();
  });
  it('refuses malformed codes', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 345']) expect(verifyTotp(RFC_SECRET, code, Date.now(), null)).toBeNull();
  });
  it('round-trips base32', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
    }));
  });
  it('builds an otpauth URI authenticator apps understand', () => {
    expect(otpauthUri('ABC', 'a@b.nl')).toBe('otpauth://totp/Passend%3Aa%40b.nl?secret=ABC&issuer=Passend&algorithm=SHA1&digits=6&period=30');
  });
});
