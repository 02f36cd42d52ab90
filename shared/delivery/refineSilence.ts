/*
 * The intensity window (64 ms) blurs where a silence begins and ends: a frame counts as sound
 * while any speech is inside its window. Long silences get their edges moved to where the
 * signal itself, read in 5 ms blocks, rises above the silence threshold, so a pause's length is
 * exact to a few milliseconds.
 */
import { INTENSITY_WINDOW_S } from './deliveryConfig';
import type { FrameRun } from './soundingFrames';

const BLOCK_S = 0.005;

function blockDb(samples: Float32Array, start: number, size: number): number {
  let sum = 0;
  const from = Math.max(0, start);
  const to = Math.min(samples.length, start + size);
  for (let i = from; i < to; i += 1) sum += samples[i]! * samples[i]!;
  const rms = to > from ? Math.sqrt(sum / (to - from)) : 0;
  return rms > 0 ? 20 * Math.log10(rms) : -Infinity;
}

/** `silence` with its edges moved outwards to the last and first 5 ms block of sound. */
export function refineSilence(samples: Float32Array, sampleRate: number, silence: FrameRun, thresholdDb: number): FrameRun {
  const size = Math.max(1, Math.round(BLOCK_S * sampleRate));
  const reach = Math.ceil((INTENSITY_WINDOW_S / 2 / BLOCK_S) * 1.5);
  let start = Math.round(silence.startS * sampleRate);
  for (let k = 0; k < reach && start - size >= 0 && blockDb(samples, start - size, size) < thresholdDb; k += 1) start -= size;
  let end = Math.round(silence.endS * sampleRate);
  for (let k = 0; k < reach && end + size <= samples.length && blockDb(samples, end, size) < thresholdDb; k += 1) end += size;
  return { ...silence, startS: start / sampleRate, endS: end / sampleRate };
}
