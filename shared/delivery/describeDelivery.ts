/*
 * The delivery analysis in words: the sentences the review and History show. Pace is always
 * called an estimate ("about"), since it comes from the rhythm of syllables, not from words.
 */
import type { DeliveryPause, DeliveryStats } from '../model/deliveryAnalysis';
import { MAX_WPM, MIN_WPM } from '../model/preferences';
import { MIN_JUDGED_SPEECH_S } from './deliveryConfig';
import { formatTenths } from '../time/duration';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as a word up to ten, then as digits. */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

function plural(n: number, one: string, many: string): string {
  return `${countWord(n)} ${n === 1 ? one : many}`;
}

/** Within this share of the usual pace counts as "about your usual". */
const SAME_PACE = 0.05;

/** "about 186 words a minute, 30 % faster than your usual 143". */
export function describePace(wordsPerMinute: number, usual: number): string {
  const pace = `about ${wordsPerMinute} words a minute`;
  const change = Math.round((wordsPerMinute / usual - 1) * 100);
  if (Math.abs(change) <= SAME_PACE * 100) return `${pace}, close to your usual ${usual}`;
  return `${pace}, ${Math.abs(change)} % ${change > 0 ? 'faster' : 'slower'} than your usual ${usual}`;
}

/** "two pauses of a second or more, one over 2 s (longest 3.1 s)". */
export function describePauses(pauses: readonly DeliveryPause[]): string {
  if (pauses.length === 0) return 'no pause of a second or more';
  const longest = Math.max(...pauses.map((p) => p.durationMs));
  const long = pauses.filter((p) => p.durationMs > 2000).length;
  const counted = plural(pauses.length, 'pause of a second or more', 'pauses of a second or more');
  if (pauses.length === 1) return `${counted} (${formatTenths(longest)})`;
  const over = long > 0 ? `, ${countWord(long)} over 2 s` : '';
  return `${counted}${over} (longest ${formatTenths(longest)})`;
}

/** The voice's pitch in words, or null when too little was voiced to say. */
export function describeVoice(stats: DeliveryStats): string | null {
  if (!stats.pitch || stats.speakingMs < MIN_JUDGED_SPEECH_S * 1000) return null;
  const spread = `${stats.pitch.spreadSemitones.toFixed(1)} semitones`;
  return stats.isFlat ? `the voice stayed flat (its pitch moved over only ${spread})` : `the pitch moved over ${spread}`;
}

/** Sentences that faded out, or null when none did. */
export function describeEndings(stats: DeliveryStats): string | null {
  const faded = stats.fadingEndsMs.length;
  if (faded === 0) return null;
  return `${countWord(faded)} of ${stats.sentences} ${stats.sentences === 1 ? 'sentence' : 'sentences'} faded out at the end`;
}

/** One stretch of the run in a sentence: pace against the usual, pauses, voice, endings. */
export function describeDelivery(stats: DeliveryStats, usual: number): string {
  const parts = [
    stats.wordsPerMinute === null
      ? `too little speech to estimate a pace (under ${MIN_JUDGED_SPEECH_S} seconds)`
      : describePace(stats.wordsPerMinute, usual),
    describePauses(stats.pauses),
    describeVoice(stats),
    describeEndings(stats),
  ].filter((part): part is string => part !== null);
  return `${parts.join('; ')}.`;
}

/** "Method: about 186 words a minute, …" for one segment. */
export function describeSegmentDelivery(title: string, stats: DeliveryStats, usual: number): string {
  return `${title}: ${describeDelivery(stats, usual)}`;
}

/** Speaking needed before the estimated pace may replace the pace in the preferences. */
export const MIN_AUDIO_PACE_SPEAKING_MS = 30_000;

/** The estimated pace of a run if it may refine the preference, or why not. */
export function audioPaceOffer(stats: DeliveryStats): { ok: true; wordsPerMinute: number } | { ok: false; message: string } {
  if (stats.wordsPerMinute === null || stats.speakingMs < MIN_AUDIO_PACE_SPEAKING_MS) {
    return {
      ok: false,
      message: `The recording holds less than ${MIN_AUDIO_PACE_SPEAKING_MS / 1000} seconds of speech, too little to set your pace from.`,
    };
  }
  if (stats.wordsPerMinute < MIN_WPM || stats.wordsPerMinute > MAX_WPM) {
    return {
      ok: false,
      message: `The estimate, ${stats.wordsPerMinute} words a minute, is outside the ${MIN_WPM}–${MAX_WPM} people speak at, so it is not offered as your pace.`,
    };
  }
  return { ok: true, wordsPerMinute: stats.wordsPerMinute };
}
