// The shares of the evaluation overview: whole percentages rounded to the nearest, bars in 5% steps.
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

  it('rounds each percentage to the nearest whole, so equal counts read the same', () => {
    expect(answerShares('clearWhatNext', { yes: 1, partly: 1, no: 1 }).map((s) => s.percent)).toEqual([33, 33, 33]);
    expect(answerShares('formRight', { yes: 4, no: 1, not_sure: 1 }).map((s) => s.percent)).toEqual([67, 17, 17]);
    expect(answerShares('clearWhatNext', { yes: 2, partly: 2, no: 3 }).map((s) => s.percent)).toEqual([29, 29, 43]);
  });

  it('never draws an answer that was given at 0 width', () => {
    expect(answerShares('feltHeard', { yes: 199, partly: 1, no: 0 }).map((s) => s.width)).toEqual([100, 5, 0]);
  });

  it('keeps every percentage within half a point of the exact share, the bar within 2.5 points (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OVERVIEW_QUESTIONS), fc.array(fc.nat(5_000), { minLength: 3, maxLength: 3 }), (question, numbers) => {
        const counts = Object.fromEntries(EVALUATION_ANSWERS[question].map((answer, i) => [answer, numbers[i]!]));
        const total = answerTotal(counts);
        const shares = answerShares(question, counts);
        expect(shares.map((s) => s.count)).toEqual(numbers);
        if (total === 0) return;
        for (const share of shares) {
          const exact = (share.count * 100) / total;
          expect(Math.abs(share.percent - exact)).toBeLessThanOrEqual(0.5);
          if (exact >= 2.5) expect(Math.abs(share.width - exact)).toBeLessThanOrEqual(2.5);
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
