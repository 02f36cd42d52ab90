import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeOverruns, describeTotal, formatOverMs } from '../../../shared/rehearsal/describeOverruns';
import { segmentStats, sessionTotals, shownTimes } from '../../../shared/rehearsal/sessionStats';
import { formatDuration, parseDuration } from '../../../shared/time/duration';
import { makeChallenge, makeSession } from './sessionFixture';

const round = makeSession(
  [
    ['Framing', 900, 1000],
    ['Solution sketch', 1200, 1100],
    ['Research-impact deep dive', 600, 645],
  ],
  { challenges: [makeChallenge(1, 90), makeChallenge(1, 30), makeChallenge(2, 20)] },
);

describe('segmentStats', () => {
  it('sets each segment plan against what it took, with the overrun', () => {
    const stats = segmentStats(round);
    expect(stats.map((s) => [s.title, s.plannedMs, s.actualMs, s.overMs, s.isOverrun])).toEqual([
      ['Framing', 900_000, 1_000_000, 100_000, true],
      ['Solution sketch', 1_200_000, 1_100_000, 0, false],
      ['Research-impact deep dive', 600_000, 645_000, 45_000, true],
    ]);
  });

  it('adds up the time spent on challenges thrown in each segment', () => {
    expect(segmentStats(round).map((s) => s.challengeMs)).toEqual([0, 120_000, 20_000]);
  });

  it('counts a segment that ended exactly on budget as kept', () => {
    expect(segmentStats(makeSession([['Pitch', 30, 30]]))[0]?.isOverrun).toBe(false);
  });
});

describe('sessionTotals', () => {
  it('totals plan, actual, the difference, overruns and challenge time', () => {
    expect(sessionTotals(round)).toEqual({
      plannedMs: 2_700_000,
      actualMs: 2_745_000,
      differenceMs: 45_000,
      overrunCount: 2,
      challengeMs: 140_000,
    });
  });

  it('gives zeros for a run with no segments', () => {
    expect(sessionTotals(makeSession([]))).toEqual({
      plannedMs: 0,
      actualMs: 0,
      differenceMs: 0,
      overrunCount: 0,
      challengeMs: 0,
    });
  });

  it('always has segments that add up to the totals, and never a negative overrun', () => {
    const segment = fc.tuple(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: 0, max: 14_400 }),
      fc.integer({ min: 0, max: 20_000 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 30 }), (segments) => {
        const session = makeSession(segments);
        const stats = segmentStats(session);
        const totals = sessionTotals(session);
        expect(stats.reduce((sum, s) => sum + s.actualMs, 0)).toBe(totals.actualMs);
        expect(stats.every((s) => s.overMs >= 0 && s.isOverrun === s.overMs > 0)).toBe(true);
        expect(totals.overrunCount).toBeLessThanOrEqual(segments.length);
      }),
    );
  });
});

describe('describing overruns', () => {
  it('names each segment that ran over and by how much', () => {
    expect(describeOverruns(round)).toBe('2 segments of 3 ran over: Framing by 1:40 and Research-impact deep dive by 0:45.');
  });

  it('says so when every segment kept to its budget', () => {
    expect(
      describeOverruns(
        makeSession([
          ['A', 60, 50],
          ['B', 60, 60],
        ]),
      ),
    ).toBe('All 2 segments kept to their budgets.');
    expect(describeOverruns(makeSession([['Pitch', 30, 29]]))).toBe('It kept to its budget.');
  });

  it('names an untitled segment by its number', () => {
    expect(
      describeOverruns(
        makeSession([
          ['A', 60, 50],
          ['  ', 60, 75],
        ]),
      ),
    ).toBe('One segment of 2 ran over: Segment 2 by 0:15.');
  });

  it('never calls a hair over "0:00"', () => {
    expect(formatOverMs(300)).toBe('under a second');
    // Rounded to the nearest second, as every time the review shows.
    expect(formatOverMs(61_900)).toBe('1:02');
  });

  it('sets the total against the plan, over or early', () => {
    expect(describeTotal(round)).toBe('The run took 45:45 against a plan of 45:00: 0:45 over.');
    expect(describeTotal(makeSession([['Pitch', 30, 25]]))).toBe('The run took 0:25 against a plan of 0:30: 0:05 to spare.');
    expect(describeTotal(makeSession([['Pitch', 30, 30]]))).toBe('The run took 0:30, exactly as planned.');
  });
});

const readBack = (text: string) => {
  const parsed = parseDuration(text, Number.POSITIVE_INFINITY);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.ms;
};

describe('the review adds up to the second', () => {
  it('says a run of 35.6 s against 30 s took 0:36, 0:06 over (it once said 0:05)', () => {
    const session = makeSession([['Pitch', 30, 35.6]]);
    expect(describeTotal(session)).toBe('The run took 0:36 against a plan of 0:30: 0:06 over.');
    expect(describeOverruns(session)).toBe('One segment of 1 ran over: Pitch by 0:06.');
  });

  it('calls a run a hair over its plan "under a second" over, not 0:00', () => {
    expect(describeTotal(makeSession([['Pitch', 30, 30.3]]))).toBe(
      'The run took 0:30 against a plan of 0:30: under a second over.',
    );
  });

  it('always shows segment times that sum to the totals, and a plan and difference that sum to the time taken', () => {
    const segment = fc.tuple(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 1, max: 3_600 }),
      fc.integer({ min: 0, max: 5_400_000 }).map((ms) => ms / 1000),
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 20 }), (segments) => {
        const session = makeSession(segments);
        const shown = shownTimes(segmentStats(session));
        const sum = (key: 'plannedMs' | 'actualMs' | 'challengeMs') =>
          shown.segments.reduce((total, s) => total + readBack(formatDuration(s[key])), 0);
        expect(sum('actualMs')).toBe(readBack(formatDuration(shown.actualMs)));
        expect(sum('plannedMs')).toBe(readBack(formatDuration(shown.plannedMs)));
        for (const s of shown.segments) {
          if (s.overMs > 0)
            expect(readBack(formatDuration(s.plannedMs)) + readBack(formatDuration(s.overMs))).toBe(
              readBack(formatDuration(s.actualMs)),
            );
        }

        // The sentence, read back: plan + over (or − to spare) = time taken.
        const sentence = describeTotal(session);
        const match = /^The run took ([\d:]+)(?: against a plan of ([\d:]+): (under a second|[\d:]+) (over|to spare))?/.exec(
          sentence,
        );
        expect(match).not.toBeNull();
        const [, took = '', plan, diff, side] = match ?? [];
        if (plan === undefined) return;
        const diffMs = diff === 'under a second' ? 0 : readBack(diff ?? '');
        expect(readBack(plan) + (side === 'over' ? diffMs : -diffMs)).toBe(readBack(took));
      }),
    );
  });
});
