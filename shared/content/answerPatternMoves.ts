/*
 * The three moves of an answer pattern and their labels, apart from the patterns themselves
 * (answerPatterns.ts), which are loaded only when one is shown.
 */

export interface AnswerPattern {
  /** What in the question is fair, said first. */
  concede: string;
  /** How far the claim actually reaches. */
  bound: string;
  /** The experiment, number or fact that would settle the doubt. */
  settle: string;
}

/** The label of each move, in the order they are shown. */
export const ANSWER_PATTERN_LABELS: Record<keyof AnswerPattern, string> = {
  concede: 'Concede what is true',
  bound: 'Bound the claim',
  settle: 'Propose what would settle it',
};
