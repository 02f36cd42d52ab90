/*
 * Delivery over one stretch of a recording (a segment, or the whole run) from the frame-level
 * findings: speaking time, pauses, syllables and the pace they give, pitch and its spread, and
 * sentences that fade out.
 */
import type { DeliveryStats } from '../model/deliveryAnalysis';
import { FLAT_SPREAD_SEMITONES, MIN_JUDGED_SPEECH_S, SENTENCE_BREATH_S, SYLLABLES_PER_WORD } from './deliveryConfig';
import { quantile, type FrameRun } from './soundingFrames';

/** What the whole recording yielded, in seconds, for cutting into stretches. */
export interface Findings {
  /** Silences of a second or more (PAUSE_FLOOR_S), including any at the start and end. */
  longSilences: FrameRun[];
  /** Silences between two sounds (longSilences without the leading and trailing ones). */
  pauses: FrameRun[];
  sounds: FrameRun[];
  nucleiS: number[];
  /** Time of each voiced pitch reading and its pitch in Hz. */
  pitch: Array<{ atS: number; hz: number }>;
  /** Seconds between pitch readings. */
  pitchStepS: number;
  sentenceEnds: Array<{ atS: number; isFading: boolean }>;
}

/** Stretches of a recording in seconds, [from, to): a segment visited twice has two. */
export type Spans = ReadonlyArray<readonly [number, number]>;

function overlap(a0: number, a1: number, spans: Spans): number {
  return spans.reduce((sum, [b0, b1]) => sum + Math.max(0, Math.min(a1, b1) - Math.max(a0, b0)), 0);
}

const isInside = (t: number, spans: Spans) => spans.some(([from, to]) => t >= from && t < to);

function pitchStats(readings: number[], stepS: number): DeliveryStats['pitch'] {
  if (readings.length === 0) return null;
  const median = quantile(readings, 0.5);
  const semitones = readings.map((hz) => 12 * Math.log2(hz / median));
  const spread = quantile(semitones, 0.9) - quantile(semitones, 0.1);
  return {
    medianHz: Math.round(median),
    spreadSemitones: Math.round(spread * 10) / 10,
    voicedMs: Math.round(readings.length * stepS * 1000),
  };
}

/** Delivery over `spans`. A pause belongs to the stretch its midpoint falls in. */
export function spanStats(f: Findings, spans: Spans): DeliveryStats {
  const length = spans.reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0);
  const speakingS = f.sounds.reduce((sum, s) => sum + overlap(s.startS, s.endS, spans), 0);
  // A long silence beyond this span's speech counts for a sentence break's length, no more.
  const longSilenceS = f.longSilences.reduce(
    (sum, s) => sum + Math.max(0, overlap(s.startS, s.endS, spans) - SENTENCE_BREATH_S),
    0,
  );
  const pauses = f.pauses
    .filter((p) => isInside((p.startS + p.endS) / 2, spans))
    .map((p) => ({ atMs: Math.round(p.startS * 1000), durationMs: Math.round((p.endS - p.startS) * 1000) }));
  const syllables = f.nucleiS.filter((t) => isInside(t, spans)).length;
  // Pace counts the time of speech and its breaks between sentences, not long pauses.
  const paceS = length - longSilenceS;
  const wordsPerMinute =
    speakingS >= MIN_JUDGED_SPEECH_S && paceS > 0 ? Math.round((syllables / SYLLABLES_PER_WORD / paceS) * 60) : null;
  const pitch = pitchStats(
    f.pitch.filter((p) => isInside(p.atS, spans)).map((p) => p.hz),
    f.pitchStepS,
  );
  const ends = f.sentenceEnds.filter((e) => isInside(e.atS, spans));
  return {
    startMs: Math.round((spans[0]?.[0] ?? 0) * 1000),
    endMs: Math.round((spans.at(-1)?.[1] ?? 0) * 1000),
    speakingMs: Math.round(speakingS * 1000),
    silenceMs: Math.round((length - speakingS) * 1000),
    pauses,
    syllables,
    wordsPerMinute,
    pitch,
    isFlat: pitch !== null && speakingS >= MIN_JUDGED_SPEECH_S && pitch.spreadSemitones < FLAT_SPREAD_SEMITONES,
    sentences: ends.length,
    fadingEndsMs: ends.filter((e) => e.isFading).map((e) => Math.round(e.atS * 1000)),
  };
}
