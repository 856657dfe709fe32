// Pure helpers of the organisation's evaluation overview (/kwaliteit/ervaringen): per question the
// answers in the order the client saw them, with whole percentages and a bar width for the CSS bar.
import { EVALUATION_ANSWERS, type EvaluationQuestion } from '../domain';

export const OVERVIEW_QUESTIONS: readonly EvaluationQuestion[] = ['feltHeard', 'clearWhatNext', 'formRight'];

export interface AnswerShare {
  answer: string;
  count: number;
  /** Whole percent of the question's answers, rounded to the nearest: the same count always reads the same. */
  percent: number;
  /** Bar width in 5% steps (the `.bar--wNN` classes); an answer given at all is never drawn at 0. */
  width: number;
}

/**
 * The answers of one question with their shares. Each percentage is rounded on its own (so 1 of 6 is
 * 17% in every row, and a column may add up to 99 or 101; the page says so).
 */
export function answerShares(question: EvaluationQuestion, counts: Readonly<Record<string, number>>): AnswerShare[] {
  const answers: readonly string[] = EVALUATION_ANSWERS[question];
  const rows = answers.map((answer) => ({ answer, count: Math.max(0, counts[answer] ?? 0) }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows.map(({ answer, count }) => {
    const exact = total === 0 ? 0 : (count * 100) / total;
    return { answer, count, percent: Math.round(exact), width: count === 0 ? 0 : Math.max(5, Math.round(exact / 5) * 5) };
  });
}

/** The number of answers to a question (every evaluation answers all three). */
export function answerTotal(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
