/*
 * Durations shown side by side with their total must add up on screen, to the second. Rounding
 * each part on its own does not: three parts of half a second show as 0:01 each but total 0:02.
 * Each part here shows as the change in the rounded running total, so it is its own time rounded
 * up or down (never further off than that) and the parts always sum to the rounded total.
 */
import { secondsToMs, shownSeconds } from './duration';

export interface ShownParts {
  /** Each part rounded to whole seconds, in milliseconds, as shown. */
  partsMs: number[];
  /** The total rounded to whole seconds, in milliseconds; always the sum of `partsMs`. */
  totalMs: number;
}

/** The whole-second times to show for each of `ms` and for their total. */
export function shownParts(ms: readonly number[]): ShownParts {
  let runningMs = 0;
  let shownSoFar = 0;
  const parts = ms.map((part) => {
    runningMs += part;
    const shown = shownSeconds(runningMs) - shownSoFar;
    shownSoFar += shown;
    return shown;
  });
  return { partsMs: parts.map(secondsToMs), totalMs: secondsToMs(shownSoFar) };
}
