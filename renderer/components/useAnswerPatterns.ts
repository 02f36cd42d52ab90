/*
 * The answer patterns are 67 paragraphs of prose shown only after an answer is rated, so they are
 * not in the start-up bundle: the views that show them load them on first use, once for the app.
 */
import { useEffect, useState } from 'react';
import type { AnswerPattern } from '../../shared/content/answerPatternMoves';
import type * as Patterns from '../../shared/content/answerPatterns';

type PatternOf = (questionId: string) => AnswerPattern | undefined;

let loaded: PatternOf | null = null;
let loading: Promise<PatternOf> | null = null;

/** Fetch the answer patterns once; a failed fetch is tried again on the next call. */
export function loadAnswerPatterns(): Promise<PatternOf> {
  loading ??= import('../../shared/content/answerPatterns').then(
    (module: typeof Patterns) => (loaded = module.answerPatternOf),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const NONE_YET: PatternOf = () => undefined;

/**
 * A lookup of the answer pattern of a question (undefined for the user's own), which finds none
 * until the patterns have loaded. Views call it when they open, long before the first rating, and
 * show nothing in the meantime rather than a placeholder that would flash for a few milliseconds.
 */
export function useAnswerPatterns(isNeeded = true): PatternOf {
  const [patternOf, setPatternOf] = useState<PatternOf | null>(() => loaded);
  useEffect(() => {
    if (!isNeeded || patternOf) return;
    let isLive = true;
    loadAnswerPatterns().then(
      (found) => isLive && setPatternOf(() => found),
      // Offline the chunk is on disk; if it still fails, the patterns stay hidden, as for own questions.
      () => undefined,
    );
    return () => {
      isLive = false;
    };
  }, [isNeeded, patternOf]);
  return patternOf ?? NONE_YET;
}
