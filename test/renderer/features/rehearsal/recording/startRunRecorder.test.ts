import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRunRecorder } from '../../../../../renderer/features/rehearsal/recording/startRunRecorder';

/** A stand-in for MediaRecorder: hands out one chunk per state change, as a real one would. */
class FakeMediaRecorder extends EventTarget {
  static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
  state: RecordingState = 'inactive';
  readonly mimeType: string;
  constructor(_stream: MediaStream, options?: MediaRecorderOptions) {
    super();
    this.mimeType = options?.mimeType ?? '';
  }
  private emit(bytes: string) {
    const event = new Event('dataavailable') as Event & { data: Blob };
    event.data = new Blob([bytes], { type: this.mimeType });
    this.dispatchEvent(event);
  }
  start() {
    this.state = 'recording';
  }
  pause() {
    this.state = 'paused';
  }
  resume() {
    this.state = 'recording';
  }
  stop() {
    this.emit('audio-bytes');
    this.state = 'inactive';
    queueMicrotask(() => this.dispatchEvent(new Event('stop')));
  }
}

const stopTrack = vi.fn();
const stream = { getTracks: () => [{ stop: stopTrack }] } as unknown as MediaStream;

function microphone(getUserMedia: () => Promise<MediaStream>) {
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
}

beforeEach(() => {
  vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
  stopTrack.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startRunRecorder', () => {
  it('tells a missing microphone from a refused one', async () => {
    microphone(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    expect(await startRunRecorder()).toMatchObject({
      ok: false,
      problem: 'missing',
      message: expect.stringMatching(/^No microphone was found/),
    });
    microphone(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    expect(await startRunRecorder()).toMatchObject({
      ok: false,
      problem: 'denied',
      message: expect.stringMatching(/^Viva was not allowed to use the microphone/),
    });
  });

  it('says the window cannot record when there is no MediaRecorder', async () => {
    vi.stubGlobal('MediaRecorder', undefined);
    microphone(() => Promise.resolve(stream));
    expect(await startRunRecorder()).toMatchObject({ ok: false, problem: 'unsupported' });
  });

  it('keeps where each segment starts in recording time, pauses left out', async () => {
    microphone(() => Promise.resolve(stream));
    const clock = { now: 0 };
    const started = await startRunRecorder(() => clock.now);
    if (!started.ok) throw new Error(started.message);
    const { recorder } = started;
    clock.now = 20_000;
    recorder.markSegment(1);
    recorder.pause();
    clock.now = 80_000;
    recorder.resume();
    clock.now = 95_000;
    recorder.markSegment(2);
    clock.now = 95_500;
    // A quick step back and forth keeps only where the user settled.
    recorder.markSegment(1);
    clock.now = 110_000;
    const recorded = await recorder.stop();
    expect(recorded?.info).toEqual({
      mimeType: 'audio/webm;codecs=opus',
      durationMs: 50_000,
      markers: [
        { segmentIndex: 0, atMs: 0 },
        { segmentIndex: 1, atMs: 20_000 },
      ],
    });
    expect(recorded?.blob.size).toBeGreaterThan(0);
    expect(stopTrack).toHaveBeenCalled();
  });

  it('releases the microphone and keeps nothing when discarded', async () => {
    microphone(() => Promise.resolve(stream));
    const started = await startRunRecorder();
    if (!started.ok) throw new Error(started.message);
    started.recorder.discard();
    expect(stopTrack).toHaveBeenCalled();
  });
});
