/*
 * Recordings the analysis must not put numbers on: too short, silent (a muted or wrong
 * microphone), or clipped (input so loud the waveform hit its limit, which flattens intensity
 * peaks and breaks pitch). Each gets the sentence the review shows instead.
 */
import type { DeliveryProblem } from '../model/deliveryAnalysis';
import { CLIP_LEVEL, MAX_CLIPPED_SHARE, MIN_RECORDING_S, SILENT_PEAK } from './deliveryConfig';

export const DELIVERY_PROBLEM_MESSAGES: Readonly<Record<DeliveryProblem, string>> = {
  unreadable:
    'The recording could not be read: the audio is damaged or in a format this app cannot decode, so it was not analysed. It may still play.',
  tooShort: `The recording is shorter than ${MIN_RECORDING_S} seconds, too short to say anything about pace, pauses or pitch.`,
  silent:
    'The recording is silent: the microphone gave no sound. Check that the right microphone is chosen and not muted, then record another run.',
  clipped:
    'The recording is clipped: the microphone input was so loud that the sound hit its limit, which hides pauses and pitch. Turn the input level down, then record another run.',
  noSpeech:
    'No speech was heard in the recording: there is sound, but nothing with the rhythm of syllables. If you spoke, move closer to the microphone and record another run.',
};

/** The problem that stops `samples` from being analysed, if any. */
export function checkSignal(samples: Float32Array, sampleRate: number): DeliveryProblem | null {
  if (samples.length < MIN_RECORDING_S * sampleRate) return 'tooShort';
  let peak = 0;
  let clipped = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const v = Math.abs(samples[i]!);
    if (v > peak) peak = v;
    if (v >= CLIP_LEVEL) clipped += 1;
  }
  if (peak < SILENT_PEAK) return 'silent';
  if (clipped / samples.length > MAX_CLIPPED_SHARE) return 'clipped';
  return null;
}
