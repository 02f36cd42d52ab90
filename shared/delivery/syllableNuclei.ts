/*
 * Syllable nuclei (de Jong & Wempe 2009): peaks of intensity above the silence threshold that
 * stand at least 2 dB above the dip before the next peak, and where the voice is voiced (a
 * pitch is found nearby). Their count over speaking time is the rate of syllables.
 */
import { MIN_DIP_DB } from './deliveryConfig';

/** Frames within this many frames of a peak may vouch for its voicing (pitch is read every other frame). */
const VOICING_REACH = 2;

function isVoicedNear(pitch: Float32Array, i: number): boolean {
  for (let j = Math.max(0, i - VOICING_REACH); j <= Math.min(pitch.length - 1, i + VOICING_REACH); j += 1) {
    if (!Number.isNaN(pitch[j]!)) return true;
  }
  return false;
}

/** The frames of the syllable nuclei in an intensity contour. */
export function syllableNuclei(intensity: Float32Array, sounding: Uint8Array, pitch: Float32Array): number[] {
  const peaks: number[] = [];
  for (let i = 1; i < intensity.length - 1; i += 1) {
    const v = intensity[i]!;
    if (sounding[i] && v > intensity[i - 1]! && v >= intensity[i + 1]!) peaks.push(i);
  }
  const nuclei: number[] = [];
  for (let k = 0; k < peaks.length; k += 1) {
    const at = peaks[k]!;
    const next = peaks[k + 1] ?? intensity.length;
    let dip = Number.POSITIVE_INFINITY;
    for (let j = at; j < next; j += 1) dip = Math.min(dip, intensity[j]!);
    if (intensity[at]! - dip > MIN_DIP_DB && isVoicedNear(pitch, at)) nuclei.push(at);
  }
  return nuclei;
}
