/*
 * How long a talk outline takes to say. A beat's estimate comes from the words of its speaker
 * notes (what the speaker says; bullets are on the slide) at the user's speaking pace, and is set
 * against the beat's time budget (all durations in milliseconds, estimates to the nearest second); the outline's totals are set against the talk length.
 */
import type { Beat, Outline } from '../model/outline';
import { plainText, type RichText } from '../model/richText';
import { countWords } from '../text/countWords';
import { speakingMs } from './speakingTime';

/** Where an estimate stands against its budget: nothing to say yet, within it, or past it. */
export type TimingStatus = 'empty' | 'within' | 'over';

export interface BeatTiming {
  id: string;
  words: number;
  estimatedMs: number;
  budgetMs: number;
  status: TimingStatus;
}

export interface OutlineTiming {
  beats: BeatTiming[];
  talkMs: number;
  totalBudgetMs: number;
  totalEstimatedMs: number;
  totalWords: number;
  /** Budgets add up to more than the talk length. */
  isBudgetOver: boolean;
  /** The notes take longer to say than the talk lasts. */
  isEstimateOver: boolean;
}

/** The number of words in a beat's speaker notes. */
export function notesWords(notes: RichText): number {
  return countWords(plainText(notes));
}

/** Where `estimatedMs` of `words` stands against `budgetMs`. */
export function timingStatus(words: number, estimatedMs: number, budgetMs: number): TimingStatus {
  if (words === 0) return 'empty';
  return estimatedMs > budgetMs ? 'over' : 'within';
}

/** The timing of one beat; `words` overrides the count of the stored notes (live typing). */
export function beatTiming(beat: Beat, wordsPerMinute: number, words = notesWords(beat.notes)): BeatTiming {
  const estimatedMs = speakingMs(Math.max(0, words), wordsPerMinute);
  return {
    id: beat.id,
    words: Math.max(0, words),
    estimatedMs,
    budgetMs: beat.budgetMs,
    status: timingStatus(words, estimatedMs, beat.budgetMs),
  };
}

/**
 * The timing of every beat and the totals. `liveWords` gives a word count for beats being typed
 * into, which the stored story does not hold yet.
 */
export function outlineTiming(
  outline: Outline,
  wordsPerMinute: number,
  liveWords: (beat: Beat) => number | undefined = () => undefined,
): OutlineTiming {
  const beats = outline.beats.map((beat) => beatTiming(beat, wordsPerMinute, liveWords(beat) ?? notesWords(beat.notes)));
  const talkMs = outline.talkMs;
  const totalBudgetMs = sum(beats.map((b) => b.budgetMs));
  const totalEstimatedMs = sum(beats.map((b) => b.estimatedMs));
  return {
    beats,
    talkMs,
    totalBudgetMs,
    totalEstimatedMs,
    totalWords: sum(beats.map((b) => b.words)),
    isBudgetOver: totalBudgetMs > talkMs,
    isEstimateOver: totalEstimatedMs > talkMs,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
