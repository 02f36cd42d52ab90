/*
 * How long a talk outline takes to say. A beat's estimate comes from the words of its speaker
 * notes (what the speaker says; bullets are on the slide) at the user's speaking pace, and is set
 * against the beat's time budget; the outline's totals are set against the talk length.
 */
import type { Beat, Outline } from '../model/outline';
import { plainText, type RichText } from '../model/richText';
import { countWords } from '../text/countWords';
import { speakingSeconds } from './speakingTime';

/** Where an estimate stands against its budget: nothing to say yet, within it, or past it. */
export type TimingStatus = 'empty' | 'within' | 'over';

export interface BeatTiming {
  id: string;
  words: number;
  estimatedSeconds: number;
  budgetSeconds: number;
  status: TimingStatus;
}

export interface OutlineTiming {
  beats: BeatTiming[];
  talkSeconds: number;
  totalBudgetSeconds: number;
  totalEstimatedSeconds: number;
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

/** Where `estimatedSeconds` of `words` stands against `budgetSeconds`. */
export function timingStatus(words: number, estimatedSeconds: number, budgetSeconds: number): TimingStatus {
  if (words === 0) return 'empty';
  return estimatedSeconds > budgetSeconds ? 'over' : 'within';
}

/** The timing of one beat; `words` overrides the count of the stored notes (live typing). */
export function beatTiming(beat: Beat, wordsPerMinute: number, words = notesWords(beat.notes)): BeatTiming {
  const estimatedSeconds = speakingSeconds(Math.max(0, words), wordsPerMinute);
  return {
    id: beat.id,
    words: Math.max(0, words),
    estimatedSeconds,
    budgetSeconds: beat.budgetSeconds,
    status: timingStatus(words, estimatedSeconds, beat.budgetSeconds),
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
  const talkSeconds = outline.talkMinutes * 60;
  const totalBudgetSeconds = sum(beats.map((b) => b.budgetSeconds));
  const totalEstimatedSeconds = sum(beats.map((b) => b.estimatedSeconds));
  return {
    beats,
    talkSeconds,
    totalBudgetSeconds,
    totalEstimatedSeconds,
    totalWords: sum(beats.map((b) => b.words)),
    isBudgetOver: totalBudgetSeconds > talkSeconds,
    isEstimateOver: totalEstimatedSeconds > talkSeconds,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
