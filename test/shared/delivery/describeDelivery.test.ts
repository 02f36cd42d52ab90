import { describe, expect, it } from 'vitest';
import { segmentSpans } from '../../../shared/delivery/analyseDelivery';
import { audioPaceOffer, describePace, describePauses } from '../../../shared/delivery/describeDelivery';
import { formatTenths } from '../../../shared/time/duration';
import { deliveryTrend } from '../../../shared/delivery/deliveryTrend';
import type { DeliveryAnalysis, DeliveryStats } from '../../../shared/model/deliveryAnalysis';
import { makeSession } from '../rehearsal/sessionFixture';

const stats = (extra: Partial<DeliveryStats> = {}): DeliveryStats => ({
  startMs: 0,
  endMs: 60_000,
  speakingMs: 50_000,
  silenceMs: 10_000,
  pauses: [],
  syllables: 200,
  wordsPerMinute: 160,
  pitch: null,
  isFlat: false,
  sentences: 4,
  fadingEndsMs: [],
  ...extra,
});

describe('describing delivery', () => {
  it('sets the pace against the usual one, calling it an estimate', () => {
    expect(describePace(186, 143)).toBe('about 186 words a minute, 30 % faster than your usual 143');
    expect(describePace(120, 150)).toBe('about 120 words a minute, 20 % slower than your usual 150');
    expect(describePace(146, 143)).toBe('about 146 words a minute, close to your usual 143');
  });

  it('counts pauses, the long ones, and the longest', () => {
    expect(describePauses([])).toBe('no pause of a second or more');
    expect(describePauses([{ atMs: 0, durationMs: 1_460 }])).toBe('one pause of a second or more (1.5 s)');
    expect(
      describePauses([
        { atMs: 0, durationMs: 1_000 },
        { atMs: 9_000, durationMs: 3_140 },
      ]),
    ).toBe('two pauses of a second or more, one over 2 s (longest 3.1 s)');
    expect(formatTenths(2_000)).toBe('2.0 s');
  });

  it('offers a pace as the preference only from enough speech, in the range people speak at', () => {
    expect(audioPaceOffer(stats())).toEqual({ ok: true, wordsPerMinute: 160 });
    expect(audioPaceOffer(stats({ speakingMs: 20_000 })).ok).toBe(false);
    expect(audioPaceOffer(stats({ wordsPerMinute: null })).ok).toBe(false);
    expect(audioPaceOffer(stats({ wordsPerMinute: 300 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('outside'),
    });
  });
});

describe('segment spans', () => {
  it('gives a segment visited twice both of its stretches, and drops empty ones', () => {
    const spans = segmentSpans(
      [
        { segmentIndex: 0, atMs: 0 },
        { segmentIndex: 1, atMs: 10_000 },
        { segmentIndex: 0, atMs: 15_000 },
        { segmentIndex: 1, atMs: 20_000 },
      ],
      30,
    );
    expect(spans.get(0)).toEqual([
      [0, 10],
      [15, 20],
    ]);
    expect(spans.get(1)).toEqual([
      [10, 15],
      [20, 30],
    ]);
  });
});

describe('the delivery trend', () => {
  it('lists analysed runs oldest first, leaving out refused analyses and deleted sessions', () => {
    const older = makeSession([['A', 60, 60]], { id: 'older', startedAt: 1 });
    const newer = makeSession([['A', 60, 60]], { id: 'newer', startedAt: 2 });
    const analysis = (sessionId: string, wordsPerMinute: number): DeliveryAnalysis => ({
      sessionId,
      method: 1,
      analysedAt: 0,
      result: {
        ok: true,
        durationMs: 60_000,
        whole: stats({ wordsPerMinute, pauses: [{ atMs: 1, durationMs: 1_500 }] }),
        segments: [{ segmentIndex: 0, ...stats({ isFlat: true }) }],
        pace: [],
      },
    });
    const refused: DeliveryAnalysis = {
      sessionId: 'older',
      method: 1,
      analysedAt: 0,
      result: { ok: false, problem: 'silent', message: 'x' },
    };
    const trend = deliveryTrend([older, newer], [analysis('newer', 170), analysis('gone', 99), analysis('older', 150)]);
    expect(trend.map((p) => [p.sessionId, p.wordsPerMinute, p.pausesPerMinute, p.flatSegments])).toEqual([
      ['older', 150, 1.2, 1],
      ['newer', 170, 1.2, 1],
    ]);
    expect(deliveryTrend([older], [refused])).toEqual([]);
  });
});
