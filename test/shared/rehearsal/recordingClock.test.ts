import { describe, expect, it } from 'vitest';
import {
  pauseRecordingClock,
  recordedMs,
  resumeRecordingClock,
  startRecordingClock,
} from '../../../shared/rehearsal/recordingClock';

describe('the recording clock', () => {
  it('counts time since the start', () => {
    expect(recordedMs(startRecordingClock(1000), 4000)).toBe(3000);
  });

  it('leaves pauses out of the recorded time', () => {
    let clock = startRecordingClock(0);
    clock = pauseRecordingClock(clock, 10_000);
    expect(recordedMs(clock, 50_000)).toBe(10_000);
    clock = resumeRecordingClock(clock, 60_000);
    expect(recordedMs(clock, 65_000)).toBe(15_000);
  });

  it('ignores a second pause or a resume while running', () => {
    let clock = startRecordingClock(0);
    clock = resumeRecordingClock(clock, 5000);
    clock = pauseRecordingClock(clock, 10_000);
    clock = pauseRecordingClock(clock, 20_000);
    clock = resumeRecordingClock(clock, 30_000);
    expect(recordedMs(clock, 30_000)).toBe(10_000);
  });

  it('never reads negative, even with a clock reading before the start', () => {
    expect(recordedMs(startRecordingClock(5000), 1000)).toBe(0);
  });
});
