/*
 * The two readings the analysis works from, one per 10 ms frame: intensity in dB (meyda's RMS
 * over a Hann-windowed frame) and pitch in Hz (pitchfinder's YIN), pitch only where there is
 * sound, since it costs most.
 */
import Meyda from 'meyda';
import { YIN } from 'pitchfinder';
import { FRAME_STEP_S, INTENSITY_WINDOW_S, MAX_PITCH_HZ, MIN_PITCH_HZ, YIN_THRESHOLD } from './deliveryConfig';

/** Intensity below this is treated as digital silence. */
const FLOOR_DB = -100;

export interface FrameGrid {
  sampleRate: number;
  /** Samples between two frames. */
  hop: number;
  count: number;
}

/** The frame grid of a signal: frame i is centred on sample i × hop. */
export function frameGrid(length: number, sampleRate: number): FrameGrid {
  const hop = Math.round(sampleRate * FRAME_STEP_S);
  return { sampleRate, hop, count: Math.max(0, Math.floor(length / hop)) };
}

/** The centre of frame `i`, in seconds. */
export function frameTime(grid: FrameGrid, i: number): number {
  return (i * grid.hop) / grid.sampleRate;
}

function powerOfTwoNear(n: number): number {
  return 2 ** Math.round(Math.log2(n));
}

/** A window of `size` samples centred on `centre`, zero-padded at the edges. */
function windowAt(samples: Float32Array, centre: number, size: number, scratch: Float32Array): Float32Array {
  const start = centre - Math.floor(size / 2);
  if (start >= 0 && start + size <= samples.length) return samples.subarray(start, start + size);
  scratch.fill(0);
  for (let k = 0; k < size; k += 1) {
    const j = start + k;
    if (j >= 0 && j < samples.length) scratch[k] = samples[j]!;
  }
  return scratch;
}

/** Intensity in dB (relative to full scale) of every frame, through meyda. */
export function intensityDb(samples: Float32Array, grid: FrameGrid, onFrame?: (i: number) => void): Float32Array {
  const size = powerOfTwoNear(grid.sampleRate * INTENSITY_WINDOW_S);
  Meyda.bufferSize = size;
  Meyda.sampleRate = grid.sampleRate;
  Meyda.windowingFunction = 'hanning';
  const scratch = new Float32Array(size);
  const out = new Float32Array(grid.count);
  for (let i = 0; i < grid.count; i += 1) {
    const rms = Meyda.extract(['rms'], windowAt(samples, i * grid.hop, size, scratch))?.rms ?? 0;
    // The Hann window halves the RMS of a steady sound; doubling it keeps dB relative to full scale.
    out[i] = rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms * 2)) : FLOOR_DB;
    onFrame?.(i);
  }
  return out;
}

/**
 * Pitch in Hz of the frames `isSounding` marks, every `every`-th frame (NaN elsewhere, and where
 * YIN finds no period in the speaking range).
 */
export function pitchHz(
  samples: Float32Array,
  grid: FrameGrid,
  isSounding: Uint8Array,
  every: number,
  onFrame?: (i: number) => void,
): Float32Array {
  // YIN searches lags up to half its buffer; pitchfinder uses the largest power of two below the length given.
  const maxLag = 2 ** Math.ceil(Math.log2(grid.sampleRate / MIN_PITCH_HZ));
  const size = 2 * maxLag + 1;
  const detect = YIN({ sampleRate: grid.sampleRate, threshold: YIN_THRESHOLD });
  const scratch = new Float32Array(size);
  const out = new Float32Array(grid.count).fill(Number.NaN);
  for (let i = 0; i < grid.count; i += every) {
    onFrame?.(i);
    if (!isSounding[i]) continue;
    const frame = windowAt(samples, i * grid.hop, size, scratch);
    const hz = detect(frame === scratch ? scratch.slice() : frame);
    if (hz !== null && hz >= MIN_PITCH_HZ && hz <= MAX_PITCH_HZ) out[i] = hz;
  }
  return out;
}
