/*
 * The answer patterns are 67 paragraphs of prose shown only after an answer is rated, so they are
 * not in the start-up bundle: the views that show them load them on first use, once for the app.
 */
import type { AnswerPattern } from '../../shared/content/answerPatternMoves';
import { loadOnce, useLoaded } from '../platform/loadOnce';

type PatternOf = (questionId: string) => AnswerPattern | undefined;

const patterns = loadOnce<PatternOf>(() => import('../../shared/content/answerPatterns').then((m) => m.answerPatternOf));

const NONE_YET: PatternOf = () => undefined;

/**
 * A lookup of the answer pattern of a question (undefined for the user's own), which finds none
 * until the patterns have loaded. Views call it when they open, long before the first rating, and
 * show nothing in the meantime rather than a placeholder that would flash for a few milliseconds.
 * Offline the chunk is on disk; if it still fails, the patterns stay hidden, as for own questions.
 */
export function useAnswerPatterns(isNeeded = true): PatternOf {
  return useLoaded(patterns, isNeeded).value ?? NONE_YET;
}
