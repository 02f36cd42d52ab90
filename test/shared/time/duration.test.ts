import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BEAT_MS } from '../../../shared/model/outline';
import { parseTalkLength } from '../../../shared/story/parseTalkLength';
import { formatDuration, msToSeconds, parseDuration, secondsToMs, wholeMinutes } from '../../../shared/time/duration';

const parse = (text: string) => parseDuration(text, MAX_BEAT_MS);

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
    expect(parse(text)).toEqual({ ok: true, ms: seconds * 1000 });
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
      fc.property(fc.integer({ min: 0, max: MAX_BEAT_MS / 1000 }), (seconds) => {
        expect(parse(formatDuration(secondsToMs(seconds)))).toEqual({ ok: true, ms: seconds * 1000 });
      }),
    );
  });

  it('never throws and never yields a time outside the limit, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parse(text);
        if (result.ok) {
          expect(Number.isInteger(msToSeconds(result.ms))).toBe(true);
          expect(result.ms % 1000).toBe(0);
          expect(result.ms).toBeGreaterThanOrEqual(0);
          expect(result.ms).toBeLessThanOrEqual(MAX_BEAT_MS);
        } else {
          expect(result.error.length).toBeGreaterThan(10);
        }
      }),
    );
  });
});

describe('formatDuration', () => {
  it('writes minutes:seconds, and hours past an hour, below zero with a minus sign', () => {
    expect(formatDuration(125_000)).toBe('2:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5_000)).toBe('−0:05');
    expect(formatDuration(900_000)).toBe('15:00');
  });

  it('rounds to the nearest second unless told to count down or up', () => {
    expect(formatDuration(35_600)).toBe('0:36');
    expect(formatDuration(59_999, 'down')).toBe('0:59');
    expect(formatDuration(60_000, 'down')).toBe('1:00');
    expect(formatDuration(1, 'up')).toBe('0:01');
    expect(formatDuration(0, 'up')).toBe('0:00');
    expect(formatDuration(-400)).toBe('0:00');
  });

  it('shows elapsed and left adding up to the budget at every millisecond of a running clock', () => {
    const seconds = (text: string) => text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7200 }), fc.double({ min: 0, max: 1, noNaN: true }), (budget, share) => {
        const elapsed = Math.floor(budget * 1000 * share);
        const left = budget * 1000 - elapsed;
        expect(seconds(formatDuration(elapsed, 'down')) + seconds(formatDuration(left, 'up'))).toBe(budget);
      }),
    );
  });
});

describe('wholeMinutes', () => {
  it('counts a duration in the whole minutes it comes to, back from what parseTalkLength gives', () => {
    expect(wholeMinutes(20 * 60_000)).toBe(20);
    expect(wholeMinutes(89_999)).toBe(1);
    expect(wholeMinutes(90_000)).toBe(2);
    for (const minutes of [1, 45, 240]) {
      const parsed = parseTalkLength(String(minutes));
      expect(parsed.ok && wholeMinutes(parsed.ms)).toBe(minutes);
    }
  });
});

describe('parseTalkLength', () => {
  it('reads whole minutes within the allowed range', () => {
    expect(parseTalkLength(' 45 ')).toEqual({ ok: true, ms: 45 * 60_000 });
  });

  it('explains what is wrong with other input', () => {
    expect(parseTalkLength('')).toEqual({ ok: false, error: 'Enter the length of the talk in minutes, between 1 and 240.' });
    expect(parseTalkLength('12.5')).toEqual({
      ok: false,
      error: 'Enter a whole number of minutes, between 1 and 240 (e.g. 20).',
    });
    expect(parseTalkLength('0')).toEqual({ ok: false, error: 'A talk can last between 1 and 240 minutes; 0 is outside that.' });
    expect(parseTalkLength('300')).toMatchObject({ ok: false, error: expect.stringContaining('300 is outside') });
  });
});
