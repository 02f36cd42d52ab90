import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WPM, MIN_WPM } from '../../../shared/model/preferences';
import { measurePace, speakingMs } from '../../../shared/rehearsal/measurePace';
import { makeChallenge, makeSession } from './sessionFixture';

describe('measurePace', () => {
  it('divides the outline words by the minutes spent speaking', () => {
    const session = makeSession(
      [
        ['Problem', 120, 90],
        ['Method', 300, 210],
      ],
      { outlineWords: 750 },
    );
    expect(measurePace(session)).toEqual({ ok: true, wordsPerMinute: 150, words: 750, speakingMs: 300_000 });
  });

  it('leaves out the time spent answering challenges', () => {
    const session = makeSession(
      [
        ['Problem', 120, 150],
        ['Method', 300, 270],
      ],
      {
        outlineWords: 750,
        challenges: [makeChallenge(0, 60), makeChallenge(1, 60, null)],
      },
    );
    expect(speakingMs(session)).toBe(300_000);
    expect(measurePace(session)).toMatchObject({ ok: true, wordsPerMinute: 150 });
  });

  it('leaves out a question period after the talk: its time is not the outline’s', () => {
    const talk = makeSession(
      [
        ['Problem', 120, 90],
        ['Method', 300, 210],
        ['Questions', 600, 3],
      ],
      { outlineWords: 750, challenges: [makeChallenge(2, 2), makeChallenge(1, 30)] },
    );
    talk.segments = talk.segments.map((s, i) => ({ ...s, beatId: i < 2 ? `beat-${i}` : null }));
    // 90 s + 210 s of the talk, less the 30 s answer given during the method; the short
    // question period is neither counted nor taken for a skipped beat.
    expect(speakingMs(talk)).toBe(270_000);
    expect(measurePace(talk)).toMatchObject({ ok: true, wordsPerMinute: Math.round(750 / 4.5) });
  });

  it('cannot measure a run that did not follow an outline', () => {
    expect(measurePace(makeSession([['Framing', 900, 900]]))).toMatchObject({ ok: false, reason: 'noOutline' });
  });

  it('refuses an outline with too few words', () => {
    const result = measurePace(makeSession([['Problem', 120, 120]], { outlineWords: 12 }));
    expect(result).toMatchObject({ ok: false, reason: 'fewWords' });
    expect(!result.ok && result.message).toContain('12 words');
  });

  it('refuses a run that skipped part of the outline, whose words were not all said', () => {
    const session = makeSession(
      [
        ['Problem', 120, 300],
        ['Method', 300, 2],
        ['Results', 300, 0],
      ],
      { outlineWords: 750 },
    );
    const result = measurePace(session);
    expect(result).toMatchObject({ ok: false, reason: 'skipped' });
    expect(!result.ok && result.message).toMatch(/^2 parts of the outline were given less than 5 seconds/);
  });

  it('refuses a run with less than a minute of speaking, including a zero-length one', () => {
    expect(measurePace(makeSession([['Problem', 120, 45]], { outlineWords: 100 }))).toMatchObject({
      ok: false,
      reason: 'tooShort',
    });
    expect(measurePace(makeSession([['Problem', 120, 0]], { outlineWords: 100 }))).toMatchObject({
      ok: false,
      reason: 'skipped',
    });
    expect(measurePace(makeSession([], { outlineWords: 100 }))).toMatchObject({ ok: false, reason: 'tooShort' });
    const allChallenges = makeSession([['Problem', 120, 120]], { outlineWords: 300, challenges: [makeChallenge(0, 120)] });
    expect(measurePace(allChallenges)).toMatchObject({ ok: false, reason: 'tooShort' });
  });

  it('refuses a pace no one speaks at, saying what it came to', () => {
    const rushed = measurePace(makeSession([['Talk', 1200, 120]], { outlineWords: 2000 }));
    expect(rushed).toMatchObject({ ok: false, reason: 'outOfRange' });
    expect(!rushed.ok && rushed.message).toContain('1000 words per minute');
  });

  it('only ever offers a pace the preferences accept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 7_200 }), (words, seconds) => {
        const result = measurePace(makeSession([['Talk', 600, seconds]], { outlineWords: words }));
        if (result.ok) {
          expect(Number.isInteger(result.wordsPerMinute)).toBe(true);
          expect(result.wordsPerMinute).toBeGreaterThanOrEqual(MIN_WPM);
          expect(result.wordsPerMinute).toBeLessThanOrEqual(MAX_WPM);
        }
      }),
    );
  });
});
