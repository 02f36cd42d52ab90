/*
 * Sound and silence (de Jong & Wempe 2009): a frame is silent when its intensity is more than
 * 25 dB below the loudest sound (the 99th percentile, so a single bang does not set the level).
 * Sounds too short to be speech (clicks) count as silence.
 */
import { MIN_SOUND_S, SILENCE_DB_BELOW_PEAK } from './deliveryConfig';
import { frameTime, type FrameGrid } from './frameFeatures';

/** The value below which `share` of `values` lies (nearest rank). */
export function quantile(values: ArrayLike<number>, share: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(share * (sorted.length - 1))))]!;
}

/** The silence threshold of an intensity contour, in dB. */
export function silenceThresholdDb(intensity: Float32Array): number {
  return quantile(intensity, 0.99) - SILENCE_DB_BELOW_PEAK;
}

/** A stretch of frames [start, end) of one kind, with its times in seconds. */
export interface FrameRun {
  start: number;
  end: number;
  startS: number;
  endS: number;
}

/** 1 for every frame louder than `thresholdDb`, with clicks shorter than MIN_SOUND_S removed. */
export function soundingFrames(intensity: Float32Array, thresholdDb: number, grid: FrameGrid): Uint8Array {
  const marks = new Uint8Array(intensity.length);
  for (let i = 0; i < intensity.length; i += 1) marks[i] = intensity[i]! > thresholdDb ? 1 : 0;
  const minFrames = Math.round(MIN_SOUND_S / (grid.hop / grid.sampleRate));
  for (const run of runsOf(marks, 1, grid)) {
    if (run.end - run.start < minFrames) marks.fill(0, run.start, run.end);
  }
  return marks;
}

/** The runs of frames whose mark is `value`. A frame's run spans half a step either side of its centre. */
export function runsOf(marks: Uint8Array, value: 0 | 1, grid: FrameGrid): FrameRun[] {
  const runs: FrameRun[] = [];
  const half = grid.hop / grid.sampleRate / 2;
  let start = -1;
  for (let i = 0; i <= marks.length; i += 1) {
    const isIn = i < marks.length && marks[i] === value;
    if (isIn && start < 0) start = i;
    if (!isIn && start >= 0) {
      runs.push({ start, end: i, startS: Math.max(0, frameTime(grid, start) - half), endS: frameTime(grid, i - 1) + half });
      start = -1;
    }
  }
  return runs;
}
