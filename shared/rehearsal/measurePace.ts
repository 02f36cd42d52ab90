/*
 * Speaking pace measured from a rehearsal: the outline's words over the time spent speaking
 * them. Time answering challenges is left out (those words are not the outline's), and so are
 * pauses (segment times never include them). A run too short, or a pace no one speaks at, gives
 * a reason instead of a number, so a bad measurement never overwrites the user's preference.
 */
import { MAX_WPM, MIN_WPM } from '../model/preferences';
import type { RehearsalSession } from '../model/rehearsalSession';

/** Less speaking than this is too little to measure a pace from. */
export const MIN_PACE_SPEAKING_MS = 60_000;
/** Fewer outline words than this make the pace mostly noise. */
export const MIN_PACE_WORDS = 40;
/** A segment given less than this was skipped, so its notes were not said. */
export const SKIPPED_SEGMENT_MS = 5_000;

export type MeasuredPace =
  | { ok: true; wordsPerMinute: number; words: number; speakingMs: number }
  | { ok: false; reason: 'noOutline' | 'fewWords' | 'skipped' | 'tooShort' | 'outOfRange'; message: string };

/**
 * The segments that speak the outline: those rehearsing a beat. A question period after the talk
 * rehearses none, and its time is not the outline's; a run with no beat at all counts whole.
 */
function outlineSegments(session: RehearsalSession): number[] {
  const all = session.segments.map((_, i) => i);
  const beats = all.filter((i) => session.segments[i]?.beatId !== null);
  return beats.length > 0 ? beats : all;
}

/** The time spent speaking the outline in `session`: its segments' time minus time answering challenges there. */
export function speakingMs(session: RehearsalSession): number {
  const counted = new Set(outlineSegments(session));
  const segments = session.segments.reduce((sum, s, i) => sum + (counted.has(i) ? Math.max(0, s.actualMs) : 0), 0);
  const challenges = session.challenges.reduce((sum, c) => sum + (counted.has(c.segmentIndex) ? Math.max(0, c.answerMs) : 0), 0);
  return Math.max(0, segments - challenges);
}

/** The words per minute `session` was spoken at, or why it cannot say. */
export function measurePace(session: RehearsalSession): MeasuredPace {
  const words = session.outlineWords;
  if (words === null) {
    return {
      ok: false,
      reason: 'noOutline',
      message: 'This run did not follow a talk outline, so there are no words to measure a pace from.',
    };
  }
  if (words < MIN_PACE_WORDS) {
    return {
      ok: false,
      reason: 'fewWords',
      message: `The outline's notes had ${words} ${words === 1 ? 'word' : 'words'} at the time; a pace needs at least ${MIN_PACE_WORDS}.`,
    };
  }
  // The words are the whole outline's, so a run that skipped beats did not say them all.
  const counted = new Set(outlineSegments(session));
  const skipped = session.segments.filter((s, i) => counted.has(i) && s.actualMs < SKIPPED_SEGMENT_MS).length;
  if (skipped > 0) {
    const which = skipped === 1 ? 'One part of the outline was' : `${skipped} parts of the outline were`;
    return {
      ok: false,
      reason: 'skipped',
      message: `${which} given less than ${SKIPPED_SEGMENT_MS / 1000} seconds, so this run did not say all of its words; a pace from it would be wrong.`,
    };
  }
  const ms = speakingMs(session);
  if (ms < MIN_PACE_SPEAKING_MS) {
    return {
      ok: false,
      reason: 'tooShort',
      message: 'Less than a minute was spent speaking, too little to measure a pace from.',
    };
  }
  const wordsPerMinute = Math.round(words / (ms / 60_000));
  if (wordsPerMinute < MIN_WPM || wordsPerMinute > MAX_WPM) {
    return {
      ok: false,
      reason: 'outOfRange',
      message: `That works out at ${wordsPerMinute} words per minute, outside the ${MIN_WPM}–${MAX_WPM} people speak at: the run probably skipped or padded parts of the outline.`,
    };
  }
  return { ok: true, wordsPerMinute, words, speakingMs: ms };
}
