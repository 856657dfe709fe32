// The call client's pure helpers: negotiation roles, reconnect timing, reading getStats, quality in
// words, and reading the page address.
import { describe, expect, it } from 'vitest';
import {
  candidatePairType, fill, isPolite, lossPercentBetween, placeholders, qualityLevel, reconnectDelayMs, relayOnlyFromSearch, summariseStats, tokenFromHash, worst,
} from './helpers';

describe('perfect negotiation roles', () => {
  it('makes exactly one of two participants polite: the lexicographically smaller id', () => {
    expect(isPolite('a', 'b')).toBe(true);
    expect(isPolite('b', 'a')).toBe(false);
    expect(isPolite('client-1', '3f1c…')).not.toBe(isPolite('3f1c…', 'client-1'));
  });
});

describe('reconnect delay', () => {
  it('doubles from one second and stops at ten', () => {
    expect([0, 1, 2, 3, 4, 10].map(reconnectDelayMs)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(reconnectDelayMs(-1)).toBe(1000);
  });
});

describe('summariseStats', () => {
  const report = [
    { id: 'v', type: 'inbound-rtp', kind: 'video', framesDecoded: 120, packetsReceived: 900, packetsLost: 9 },
    { id: 'a', type: 'inbound-rtp', kind: 'audio', packetsReceived: 400, packetsLost: 1 },
    { id: 'o', type: 'outbound-rtp', kind: 'video', framesEncoded: 130 },
    { id: 't', type: 'transport', selectedCandidatePairId: 'p2' },
    { id: 'p1', type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.5, localCandidateId: 'l1', remoteCandidateId: 'r1' },
    { id: 'p2', type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.0421, localCandidateId: 'l2', remoteCandidateId: 'r2' },
    { id: 'l1', type: 'local-candidate', candidateType: 'host' },
    { id: 'r1', type: 'remote-candidate', candidateType: 'host' },
    { id: 'l2', type: 'local-candidate', candidateType: 'relay' },
    { id: 'r2', type: 'remote-candidate', candidateType: 'srflx' },
  ];

  it('reads decoded frames, audio packets and the pair the transport selected', () => {
    expect(summariseStats(report)).toEqual({
      framesDecoded: 120, audioPacketsReceived: 400, packetsReceived: 1300, packetsLost: 10, rttMs: 42, localCandidateType: 'relay', remoteCandidateType: 'srflx',
    });
  });

  it('falls back to the nominated, succeeded pair when no transport names one', () => {
    const withoutTransport = report.filter((s) => s.type !== 'transport' && s.id !== 'p2');
    expect(summariseStats(withoutTransport)).toMatchObject({ rttMs: 500, localCandidateType: 'host', remoteCandidateType: 'host' });
  });

  it('gives zeros and nulls for an empty report (a connection still starting)', () => {
    expect(summariseStats([])).toEqual({ framesDecoded: 0, audioPacketsReceived: 0, packetsReceived: 0, packetsLost: 0, rttMs: null, localCandidateType: null, remoteCandidateType: null });
  });

  it('reads the older mediaType field and ignores nonsense values', () => {
    expect(summariseStats([{ id: 'x', type: 'inbound-rtp', mediaType: 'video', framesDecoded: 'many', packetsReceived: 5, packetsLost: -2 }])).toMatchObject({ framesDecoded: 0, packetsReceived: 5, packetsLost: 0 });
  });
});

describe('loss and quality', () => {
  it('computes loss over the interval, not since the start', () => {
    expect(lossPercentBetween({ packetsReceived: 1000, packetsLost: 100 }, { packetsReceived: 1090, packetsLost: 110 })).toBe(10);
    expect(lossPercentBetween(null, { packetsReceived: 199, packetsLost: 1 })).toBe(0.5);
    expect(lossPercentBetween({ packetsReceived: 10, packetsLost: 0 }, { packetsReceived: 10, packetsLost: 0 })).toBeNull();
    expect(lossPercentBetween({ packetsReceived: 10, packetsLost: 0 }, { packetsReceived: 5, packetsLost: 0 })).toBeNull();
  });

  it('takes the worst known value', () => {
    expect(worst([null, 30, 12])).toBe(30);
    expect(worst([null, null])).toBeNull();
  });

  it('names the pair type relay when either side relays', () => {
    expect(candidatePairType('relay', 'host')).toBe('relay');
    expect(candidatePairType('host', 'relay')).toBe('relay');
    expect(candidatePairType('srflx', 'host')).toBe('srflx');
    expect(candidatePairType(null, null)).toBeNull();
  });

  it('puts quality in words', () => {
    expect(qualityLevel(null, null)).toBe('unknown');
    expect(qualityLevel(40, 0)).toBe('good');
    expect(qualityLevel(null, 0.5)).toBe('good');
    expect(qualityLevel(200, 0)).toBe('fair');
    expect(qualityLevel(40, 5)).toBe('fair');
    expect(qualityLevel(600, 0)).toBe('poor');
    expect(qualityLevel(40, 12)).toBe('poor');
  });
});

describe('texts and the page address', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Bel {phone}, {name}.', { phone: '030-1', name: 'Erik' })).toBe('Bel 030-1, Erik.');
    expect(fill('Bel {phone}.')).toBe('Bel {phone}.');
    expect(placeholders('{b} en {a}')).toEqual(['a', 'b']);
  });

  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenFromHash('#abcdefghijklmnopqrstuvwxyz_-0123456789ABCDE')).toBe('abcdefghijklmnopqrstuvwxyz_-0123456789ABCDE');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#short')).toBeNull();
    expect(tokenFromHash('#<script>alert(1)</script>aaaaaaaaaaaaaaa')).toBeNull();
  });

  it('forces relay-only ICE with ?relay=1', () => {
    expect(relayOnlyFromSearch('?relay=1')).toBe(true);
    expect(relayOnlyFromSearch('?relay=true&x=2')).toBe(true);
    expect(relayOnlyFromSearch('?relay=0')).toBe(false);
    expect(relayOnlyFromSearch('')).toBe(false);
  });
});
