// The shares of the evaluation overview: whole percentages that add up to 100, bars in 5% steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_ANSWERS } from '../domain';
import { answerShares, answerTotal, OVERVIEW_QUESTIONS } from './overview';

describe('answerShares', () => {
  it('lists the answers in the order the client saw them, also those nobody gave', () => {
    expect(answerShares('formRight', { not_sure: 2, yes: 3 }).map((s) => [s.answer, s.count])).toEqual([['yes', 3], ['no', 0], ['not_sure', 2]]);
    expect(answerShares('feltHeard', {}).map((s) => s.answer)).toEqual(['yes', 'partly', 'no']);
  });

  it('is all zero without answers', () => {
    expect(answerShares('feltHeard', { yes: 0, partly: 0, no: 0 })).toEqual([
      { answer: 'yes', count: 0, percent: 0, width: 0 },
      { answer: 'partly', count: 0, percent: 0, width: 0 },
      { answer: 'no', count: 0, percent: 0, width: 0 },
    ]);
  });

  it('gives exact shares when they are whole', () => {
    expect(answerShares('feltHeard', { yes: 3, partly: 0, no: 2 })).toEqual([
      { answer: 'yes', count: 3, percent: 60, width: 60 },
      { answer: 'partly', count: 0, percent: 0, width: 0 },
      { answer: 'no', count: 2, percent: 40, width: 40 },
    ]);
  });

  it('rounds by largest remainder so the percentages add up to 100', () => {
    // 1/3 each: 33.3 → 34, 33, 33 (the tie goes to the answer listed first).
    expect(answerShares('clearWhatNext', { yes: 1, partly: 1, no: 1 }).map((s) => s.percent)).toEqual([34, 33, 33]);
    // 2/7, 2/7, 3/7: 28.57, 28.57, 42.86 → 29, 28, 43.
    expect(answerShares('clearWhatNext', { yes: 2, partly: 2, no: 3 }).map((s) => s.percent)).toEqual([29, 28, 43]);
  });

  it('never draws an answer that was given at 0 width', () => {
    expect(answerShares('feltHeard', { yes: 199, partly: 1, no: 0 }).map((s) => s.width)).toEqual([100, 5, 0]);
  });

  it('keeps every percentage within one point of the exact share, adding up to 100 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OVERVIEW_QUESTIONS), fc.array(fc.nat(5_000), { minLength: 3, maxLength: 3 }), (question, numbers) => {
        const counts = Object.fromEntries(EVALUATION_ANSWERS[question].map((answer, i) => [answer, numbers[i]!]));
        const total = answerTotal(counts);
        const shares = answerShares(question, counts);
        expect(shares.map((s) => s.count)).toEqual(numbers);
        if (total === 0) return;
        expect(shares.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
        for (const share of shares) {
          expect(Math.abs(share.percent - (share.count * 100) / total)).toBeLessThan(1);
          expect(share.width % 5).toBe(0);
          expect(share.width).toBeLessThanOrEqual(100);
          expect(share.width > 0).toBe(share.count > 0);
        }
      }),
    );
  });
});

describe('answerTotal', () => {
  it('adds up the answers of a question', () => {
    expect(answerTotal({ yes: 3, partly: 1, no: 2 })).toBe(6);
    expect(answerTotal({})).toBe(0);
  });
});
