import { describe, expect, it } from 'vitest';
import { classifyMicrophoneError, describeMicrophoneError } from '../../../shared/rehearsal/describeMicrophoneError';

describe('describeMicrophoneError', () => {
  it('tells a missing microphone apart from a refused permission', () => {
    expect(classifyMicrophoneError('NotFoundError')).toBe('missing');
    expect(classifyMicrophoneError('NotAllowedError')).toBe('denied');
    expect(describeMicrophoneError('NotFoundError')).toMatch(/^No microphone was found/);
    expect(describeMicrophoneError('NotAllowedError')).toMatch(/^Viva was not allowed to use the microphone/);
  });

  it('explains a busy microphone and a window that cannot record', () => {
    expect(describeMicrophoneError('NotReadableError')).toContain('another app may be using it');
    expect(describeMicrophoneError('NotSupportedError')).toContain('cannot record audio');
  });

  it('still says the run is not recorded for an error it does not know', () => {
    expect(classifyMicrophoneError('WeirdError')).toBe('other');
    expect(describeMicrophoneError('WeirdError')).toContain('not being recorded');
  });
});
