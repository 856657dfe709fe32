// Pure helpers of the organisation's evaluation overview (/kwaliteit/ervaringen): per question the
// answers in the order the client saw them, with whole percentages and a bar width for the CSS bar.
import { EVALUATION_ANSWERS, type EvaluationQuestion } from '../domain';

export const OVERVIEW_QUESTIONS: readonly EvaluationQuestion[] = ['feltHeard', 'clearWhatNext', 'formRight'];

export interface AnswerShare {
  answer: string;
  count: number;
  /** Whole percent of the question's answers; the shares of a question add up to exactly 100. */
  percent: number;
  /** Bar width in 5% steps (the `.bar--wNN` classes); an answer given at all is never drawn at 0. */
  width: number;
}

/**
 * The answers of one question with their shares. Percentages are rounded by largest remainder (ties
 * to the answer listed first) so a column of percentages never adds up to 99 or 101.
 */
export function answerShares(question: EvaluationQuestion, counts: Readonly<Record<string, number>>): AnswerShare[] {
  const answers: readonly string[] = EVALUATION_ANSWERS[question];
  const rows = answers.map((answer, order) => ({ answer, order, count: Math.max(0, counts[answer] ?? 0) }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return rows.map(({ answer }) => ({ answer, count: 0, percent: 0, width: 0 }));
  const exact = rows.map((row) => ({ ...row, exact: (row.count * 100) / total, percent: Math.floor((row.count * 100) / total) }));
  let left = 100 - exact.reduce((sum, row) => sum + row.percent, 0);
  for (const row of [...exact].sort((a, b) => b.exact - b.percent - (a.exact - a.percent) || a.order - b.order)) {
    if (left <= 0) break;
    row.percent += 1;
    left -= 1;
  }
  return exact.map((row) => ({
    answer: row.answer,
    count: row.count,
    percent: row.percent,
    width: row.count === 0 ? 0 : Math.max(5, Math.round(row.exact / 5) * 5),
  }));
}

/** The number of answers to a question (every evaluation answers all three). */
export function answerTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
