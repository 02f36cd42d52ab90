/*
 * A tiny WAV reader for tests: PCM 16-bit only (what sox writes with `-b 16`), channels
 * averaged to mono, samples scaled to [-1, 1). Anything else is refused by name.
 */
export interface DecodedWav {
  samples: Float32Array;
  sampleRate: number;
}

function chunkId(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/** Decode a PCM16 WAV file's bytes. */
export function readWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || chunkId(view, 0) !== 'RIFF' || chunkId(view, 8) !== 'WAVE')
    throw new Error('not a RIFF/WAVE file');
  let format: { channels: number; sampleRate: number; bits: number; code: number } | null = null;
  for (let at = 12; at + 8 <= bytes.byteLength;) {
    const id = chunkId(view, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      format = {
        code: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('the data chunk comes before the fmt chunk');
      if (format.code !== 1 || format.bits !== 16)
        throw new Error(`only PCM16 is read (format ${format.code}, ${format.bits} bits)`);
      // espeak-ng writes a data size of 0x7fffffff when it streams; the file's end bounds it.
      const length = Math.min(size, bytes.byteLength - body);
      const frames = Math.floor(length / (2 * format.channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i += 1) {
        let sum = 0;
        for (let c = 0; c < format.channels; c += 1) sum += view.getInt16(body + 2 * (i * format.channels + c), true);
        samples[i] = sum / format.channels / 32768;
      }
      return { samples, sampleRate: format.sampleRate };
    }
    at = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}
