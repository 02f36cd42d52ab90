import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BEAT_SECONDS } from '../../../shared/model/outline';
import { parseDuration } from '../../../shared/story/parseDuration';
import { parseTalkMinutes } from '../../../shared/story/parseTalkMinutes';
import { formatDuration } from '../../../shared/story/speakingTime';

const parse = (text: string) => parseDuration(text, MAX_BEAT_SECONDS);

describe('parseDuration', () => {
  it.each([
    ['2:30', 150],
    [' 0:45 ', 45],
    ['12:05', 725],
    ['1:05:00', 3900],
    ['2', 120],
    ['1.5', 90],
    ['90s', 90],
    ['2m 30s', 150],
    ['3 min', 180],
    ['1h', 3600],
    ['0:00', 0],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parse(text)).toEqual({ ok: true, seconds });
  });

  it('asks for a time when the field is empty', () => {
    expect(parse('  ')).toEqual({ ok: false, error: 'Enter a time. Write minutes:seconds, e.g. 2:30, or minutes, e.g. 2.' });
  });

  it('says how to write seconds past 59', () => {
    expect(parse('1:75')).toEqual({ ok: false, error: 'Seconds go up to 59: write 2:15 rather than 1:75.' });
  });

  it('refuses negative times, words and times beyond the limit, each with its reason', () => {
    expect(parse('-1:00')).toEqual({ ok: false, error: 'A time cannot be negative.' });
    expect(parse('two minutes')).toEqual({
      ok: false,
      error: '“two minutes” is not a time. Write minutes:seconds, e.g. 2:30, or minutes, e.g. 2.',
    });
    expect(parse('5:00:00')).toEqual({ ok: false, error: 'That is longer than the most a beat can last, 4:00:00.' });
    expect(parse('1:75:00')).toMatchObject({ ok: false, error: expect.stringContaining('Minutes go up to 59') });
  });

  it('reads back every duration it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_BEAT_SECONDS }), (seconds) => {
        expect(parse(formatDuration(seconds))).toEqual({ ok: true, seconds });
      }),
    );
  });

  it('never throws and never yields a time outside the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parse(text);
        if (result.ok) {
          expect(Number.isInteger(result.seconds)).toBe(true);
          expect(result.seconds).toBeGreaterThanOrEqual(0);
          expect(result.seconds).toBeLessThanOrEqual(MAX_BEAT_SECONDS);
        } else {
          expect(result.error.length).toBeGreaterThan(10);
        }
      }),
    );
  });
});

describe('parseTalkMinutes', () => {
  it('reads whole minutes within the allowed range', () => {
    expect(parseTalkMinutes(' 45 ')).toEqual({ ok: true, minutes: 45 });
  });

  it('explains what is wrong with other input', () => {
    expect(parseTalkMinutes('')).toEqual({ ok: false, error: 'Enter the length of the talk in minutes, between 1 and 240.' });
    expect(parseTalkMinutes('12.5')).toEqual({
      ok: false,
      error: 'Enter a whole number of minutes, between 1 and 240 (e.g. 20).',
    });
    expect(parseTalkMinutes('0')).toEqual({ ok: false, error: 'A talk can last between 1 and 240 minutes; 0 is outside that.' });
    expect(parseTalkMinutes('300')).toMatchObject({ ok: false, error: expect.stringContaining('300 is outside') });
  });
});
