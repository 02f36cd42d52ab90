import { ANALYSIS_SAMPLE_RATE } from '../../../../shared/delivery/deliveryConfig';

/**
 * A recording as mono samples at the analysis rate, decoded by the Web Audio API (which also
 * resamples to the context's rate); null if the browser cannot decode it.
 */
export async function decodeRecording(blob: Blob): Promise<Float32Array | null> {
  let buffer: AudioBuffer;
  try {
    const context = new OfflineAudioContext(1, 1, ANALYSIS_SAMPLE_RATE);
    buffer = await context.decodeAudioData(await blob.arrayBuffer());
  } catch {
    return null;
  }
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0);
  const mono = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c += 1) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < mono.length; i += 1) mono[i]! += channel[i]! / buffer.numberOfChannels;
  }
  return mono;
}
