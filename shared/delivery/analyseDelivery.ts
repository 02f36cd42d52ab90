/*
 * The delivery analysis of a recording: pure, synchronous, and fed a mono Float32Array, so the
 * renderer runs it in a worker and tests run it in Node on synthesised speech. It reports
 * progress as a share of the work done.
 */
import type { DeliveryResult, DeliveryStats } from '../model/deliveryAnalysis';
import { checkSignal, DELIVERY_PROBLEM_MESSAGES } from './checkSignal';
import {
  FADE_DB,
  INTENSITY_WINDOW_S,
  PAUSE_FLOOR_S,
  MIN_SPEECH_S,
  MIN_SYLLABLES,
  PACE_STEP_S,
  PACE_WINDOW_S,
  SENTENCE_BREAK_S,
} from './deliveryConfig';
import { frameGrid, frameTime, intensityDb, pitchHz, type FrameGrid } from './frameFeatures';
import { runsOf, silenceThresholdDb, soundingFrames, quantile, type FrameRun } from './soundingFrames';
import { refineSilence } from './refineSilence';
import { spanStats, type Findings } from './spanStats';
import { syllableNuclei } from './syllableNuclei';

/** Pitch is read on every other frame: every 20 ms is plenty for a voice, and halves the cost. */
const PITCH_EVERY = 2;

/** Where a segment of the run starts in the recording. */
export interface SegmentMarker {
  segmentIndex: number;
  atMs: number;
}

export interface AnalyseOptions {
  markers?: readonly SegmentMarker[];
  onProgress?: (share: number) => void;
}

function progressReporter(onProgress: AnalyseOptions['onProgress'], from: number, to: number, count: number) {
  if (!onProgress) return undefined;
  const every = Math.max(1, Math.floor(count / 50));
  return (i: number) => {
    if (i % every === 0) onProgress(from + ((to - from) * i) / Math.max(1, count));
  };
}

/** Sentences: the speech between silences of SENTENCE_BREAK_S or more; each says whether it faded. */
function sentenceEnds(breaks: FrameRun[], nuclei: number[], intensity: Float32Array, grid: FrameGrid) {
  const edges = [0, ...breaks.map((b) => b.startS), Number.POSITIVE_INFINITY];
  const ends: Findings['sentenceEnds'] = [];
  for (let k = 0; k + 1 < edges.length; k += 1) {
    const from = k === 0 ? 0 : breaks[k - 1]!.endS;
    const inside = nuclei.filter((i) => frameTime(grid, i) >= from && frameTime(grid, i) < edges[k + 1]!);
    if (inside.length < 3) continue;
    const median = quantile(
      inside.map((i) => intensity[i]!),
      0.5,
    );
    const lastAt = inside.at(-1)!;
    ends.push({ atS: frameTime(grid, lastAt), isFading: intensity[lastAt]! < median - FADE_DB });
  }
  return ends;
}

function paceSeries(f: Findings, durationS: number) {
  const points: Array<{ atMs: number; wordsPerMinute: number | null }> = [];
  for (let t = 0; t <= durationS; t += PACE_STEP_S) {
    const from = Math.max(0, t - PACE_WINDOW_S / 2);
    const to = Math.min(durationS, t + PACE_WINDOW_S / 2);
    points.push({ atMs: Math.round(t * 1000), wordsPerMinute: spanStats(f, [[from, to]]).wordsPerMinute });
  }
  return points;
}

/** The stretches of the recording each segment covers, from the run's markers (a segment may be visited twice). */
export function segmentSpans(markers: readonly SegmentMarker[], durationS: number): Map<number, Array<[number, number]>> {
  const sorted = [...markers].sort((a, b) => a.atMs - b.atMs);
  const spans = new Map<number, Array<[number, number]>>();
  sorted.forEach((m, k) => {
    const from = Math.min(durationS, m.atMs / 1000);
    const to = Math.min(durationS, (sorted[k + 1]?.atMs ?? durationS * 1000) / 1000);
    if (to <= from) return;
    spans.set(m.segmentIndex, [...(spans.get(m.segmentIndex) ?? []), [from, to]]);
  });
  return spans;
}

/** Find sound, pauses, syllable nuclei, pitch and sentence ends in a recording. */
export function findDelivery(samples: Float32Array, sampleRate: number, onProgress?: (share: number) => void): Findings {
  const grid = frameGrid(samples.length, sampleRate);
  const intensity = intensityDb(samples, grid, progressReporter(onProgress, 0, 0.45, grid.count));
  const threshold = silenceThresholdDb(intensity);
  const sounding = soundingFrames(intensity, threshold, grid);
  const pitch = pitchHz(samples, grid, sounding, PITCH_EVERY, progressReporter(onProgress, 0.45, 0.95, grid.count));
  const nuclei = syllableNuclei(intensity, sounding, pitch);
  const sounds = runsOf(sounding, 1, grid);
  // The intensity window shortens every silence by up to its width; refined edges give it back.
  const silences = runsOf(sounding, 0, grid)
    .filter((s) => s.endS - s.startS >= SENTENCE_BREAK_S - INTENSITY_WINDOW_S)
    .map((s) => refineSilence(samples, sampleRate, s, threshold));
  const longSilences = silences.filter((s) => s.endS - s.startS >= PAUSE_FLOOR_S);
  const firstSound = sounds[0]?.startS ?? 0;
  const lastSound = sounds.at(-1)?.endS ?? 0;
  const readings: Findings['pitch'] = [];
  pitch.forEach((hz, i) => {
    if (!Number.isNaN(hz)) readings.push({ atS: frameTime(grid, i), hz });
  });
  return {
    longSilences,
    pauses: longSilences.filter((s) => s.startS > firstSound && s.endS < lastSound),
    sounds,
    nucleiS: nuclei.map((i) => frameTime(grid, i)),
    pitch: readings,
    pitchStepS: (PITCH_EVERY * grid.hop) / sampleRate,
    sentenceEnds: sentenceEnds(
      silences.filter((s) => s.endS - s.startS >= SENTENCE_BREAK_S),
      nuclei,
      intensity,
      grid,
    ),
  };
}

function problem(kind: keyof typeof DELIVERY_PROBLEM_MESSAGES): DeliveryResult {
  return { ok: false, problem: kind, message: DELIVERY_PROBLEM_MESSAGES[kind] };
}

/**
 * Analyse the delivery in a mono recording: per segment (cut at `markers`) and for the whole
 * run. A recording that cannot be analysed gives the reason instead.
 */
export function analyseDelivery(samples: Float32Array, sampleRate: number, options: AnalyseOptions = {}): DeliveryResult {
  const issue = checkSignal(samples, sampleRate);
  if (issue) return problem(issue);
  const durationS = samples.length / sampleRate;
  const findings = findDelivery(samples, sampleRate, options.onProgress);
  const whole: DeliveryStats = spanStats(findings, [[0, durationS]]);
  if (whole.syllables < MIN_SYLLABLES || whole.speakingMs < MIN_SPEECH_S * 1000) return problem('noSpeech');
  const segments = [...segmentSpans(options.markers ?? [], durationS)]
    .sort(([a], [b]) => a - b)
    .map(([segmentIndex, spans]) => ({ segmentIndex, ...spanStats(findings, spans) }));
  options.onProgress?.(1);
  return { ok: true, durationMs: Math.round(durationS * 1000), whole, segments, pace: paceSeries(findings, durationS) };
}
