import { describe, expect, it } from 'vitest';
import { entryHash } from './audit.js';

const base = { chain: 'org', seq: 1, at: '2026-11-22T10:00:00.000Z', actor_id: 'u1', action: 'case.read', entity_type: 'case', entity_ids: ['c1'], route: 'GET /api/cases/:caseId', prev_hash: '0'.repeat(64) };

describe('audit hash', () => {
  it('is a SHA-256 hex digest, stable for the same entry', () => {
    expect(entryHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...base })).toBe(entryHash(base));
  });
  it.each(Object.keys(base))('changes when %s changes', (field) => {
    const value = (base as Record<string, unknown>)[field];
    const changed = Array.isArray(value) ? ['c2'] : typeof value === 'number' ? value + 1 : `${String(value)}x`;
    expect(entryHash({ ...base, [field]: changed })).not.toBe(entryHash(base));
  });
});
