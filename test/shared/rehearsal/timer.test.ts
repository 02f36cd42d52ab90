import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimer, runTimeMs, timerReducer, type TimerAction, type TimerState } from '../../../shared/rehearsal/timer';
import { readTimer } from '../../../shared/rehearsal/timerReading';

const MIN = 60_000;

function play(state: TimerState, ...actions: TimerAction[]): TimerState {
  return actions.reduce(timerReducer, state);
}

const threeSegments = () => createTimer([15 * MIN, 20 * MIN, 10 * MIN], 0.8);

describe('timerReducer', () => {
  it('starts in the first segment with nothing spent', () => {
    const timer = play(threeSegments(), { type: 'start', at: 1000 });
    expect(timer.status).toBe('running');
    expect(readTimer(timer, 1000).current.elapsedMs).toBe(0);
    expect(readTimer(timer, 1000 + 90_000).current.elapsedMs).toBe(90_000);
    expect(timer.entries).toEqual([{ segmentIndex: 0, atMs: 0 }]);
  });

  it('does not start a format with no segments, nor start twice', () => {
    expect(play(createTimer([], 0.8), { type: 'start', at: 0 }).status).toBe('ready');
    const started = play(threeSegments(), { type: 'start', at: 0 });
    expect(play(started, { type: 'start', at: 5000 })).toBe(started);
  });

  it('ignores moves, pauses and finishing before the start', () => {
    const ready = threeSegments();
    for (const type of ['pause', 'resume', 'next', 'previous', 'finish'] as const) {
      expect(timerReducer(ready, { type, at: 10 })).toBe(ready);
    }
  });

  it('stops time while paused and takes it up again on resume', () => {
    const timer = play(threeSegments(), { type: 'start', at: 0 }, { type: 'pause', at: 30_000 }, { type: 'resume', at: 90_000 });
    const reading = readTimer(timer, 100_000);
    expect(reading.current.elapsedMs).toBe(40_000);
    expect(reading.total.elapsedMs).toBe(40_000);
    expect(timer.pausedMs).toBe(60_000);
  });

  it('keeps exact time across a pause while the window was hidden for an hour', () => {
    // No ticks arrive while hidden; only the two timestamps matter.
    const paused = play(threeSegments(), { type: 'start', at: 0 }, { type: 'pause', at: 5 * MIN });
    expect(readTimer(paused, 65 * MIN).current.elapsedMs).toBe(5 * MIN);
    const resumed = timerReducer(paused, { type: 'resume', at: 65 * MIN });
    expect(readTimer(resumed, 66 * MIN).total.elapsedMs).toBe(6 * MIN);
    expect(resumed.pausedMs).toBe(60 * MIN);
  });

  it('moves to the next and previous segment, each keeping its own time', () => {
    const timer = play(
      threeSegments(),
      { type: 'start', at: 0 },
      { type: 'next', at: 60_000 },
      { type: 'next', at: 100_000 },
      { type: 'previous', at: 130_000 },
    );
    expect(timer.index).toBe(1);
    const reading = readTimer(timer, 140_000);
    expect(reading.segments.map((s) => s.elapsedMs)).toEqual([60_000, 50_000, 30_000]);
    expect(reading.total.elapsedMs).toBe(140_000);
    expect(timer.entries).toEqual([
      { segmentIndex: 0, atMs: 0 },
      { segmentIndex: 1, atMs: 60_000 },
      { segmentIndex: 2, atMs: 100_000 },
      { segmentIndex: 1, atMs: 130_000 },
    ]);
  });

  it('stays put before the first and after the last segment', () => {
    const first = play(threeSegments(), { type: 'start', at: 0 });
    expect(timerReducer(first, { type: 'previous', at: 10 })).toBe(first);
    const last = play(first, { type: 'next', at: 10 }, { type: 'next', at: 20 });
    expect(timerReducer(last, { type: 'next', at: 30 })).toBe(last);
  });

  it('moves between segments while paused without counting the pause', () => {
    const timer = play(
      threeSegments(),
      { type: 'start', at: 0 },
      { type: 'pause', at: 10_000 },
      { type: 'next', at: 50_000 },
      { type: 'resume', at: 60_000 },
    );
    const reading = readTimer(timer, 65_000);
    expect(reading.segments.map((s) => s.elapsedMs)).toEqual([10_000, 5000, 0]);
    expect(timer.entries.at(-1)).toEqual({ segmentIndex: 1, atMs: 10_000 });
  });

  it('freezes every reading at finish, a pause in progress counted as paused', () => {
    const timer = play(threeSegments(), { type: 'start', at: 0 }, { type: 'pause', at: 20_000 }, { type: 'finish', at: 50_000 });
    expect(timer.status).toBe('finished');
    expect(timer.pausedMs).toBe(30_000);
    expect(readTimer(timer, 10 * MIN).total.elapsedMs).toBe(20_000);
    expect(timerReducer(timer, { type: 'resume', at: 60_000 })).toBe(timer);
  });

  it('never lets a clock that steps backwards shrink the time spent', () => {
    const timer = play(threeSegments(), { type: 'start', at: 10_000 }, { type: 'pause', at: 5000 });
    expect(runTimeMs(timer, 20_000)).toBe(0);
  });
});

describe('readTimer', () => {
  it('warns from the warning point and reports an overrun past the budget', () => {
    const timer = play(threeSegments(), { type: 'start', at: 0 });
    expect(readTimer(timer, 12 * MIN - 1).current.phase).toBe('ok');
    expect(readTimer(timer, 12 * MIN).current.phase).toBe('warning');
    expect(readTimer(timer, 15 * MIN).current).toMatchObject({ phase: 'warning', remainingMs: 0, overMs: 0 });
    expect(readTimer(timer, 16 * MIN).current).toMatchObject({ phase: 'overrun', remainingMs: 0, overMs: MIN });
    expect(readTimer(timer, 16 * MIN).total).toMatchObject({ phase: 'ok', remainingMs: 29 * MIN });
  });

  it('warns a behavioural answer at two minutes of its three', () => {
    const timer = play(createTimer([30_000, 30_000, 75_000, 45_000], 2 / 3), { type: 'start', at: 0 });
    expect(readTimer(timer, 119_999).total.phase).toBe('ok');
    expect(readTimer(timer, 120_000).total.phase).toBe('warning');
    expect(readTimer(timer, 180_001).total.phase).toBe('overrun');
  });

  it('runs a whole 45-minute round from timestamps alone', () => {
    const timer = play(
      threeSegments(),
      { type: 'start', at: 0 },
      { type: 'next', at: 16 * MIN },
      { type: 'next', at: 35 * MIN },
      { type: 'finish', at: 46 * MIN },
    );
    const reading = readTimer(timer, 46 * MIN);
    expect(reading.segments.map((s) => s.phase)).toEqual(['overrun', 'warning', 'overrun']);
    expect(reading.total).toMatchObject({ elapsedMs: 46 * MIN, overMs: MIN, phase: 'overrun' });
  });
});

const actionArb: fc.Arbitrary<{ type: TimerAction['type']; gap: number }> = fc.record({
  type: fc.constantFrom('start', 'pause', 'resume', 'next', 'previous', 'finish'),
  gap: fc.integer({ min: 0, max: 10 * MIN }),
});

describe('timer properties', () => {
  it('never reads a negative time, and the segments always add up to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1000, max: 30 * MIN }), { minLength: 1, maxLength: 8 }),
        fc.array(actionArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 10 * MIN }),
        (budgets, steps, readGap) => {
          let at = 0;
          let timer = createTimer(budgets, 0.8);
          for (const step of steps) {
            at += step.gap;
            timer = timerReducer(timer, { type: step.type, at });
          }
          const reading = readTimer(timer, at + readGap);
          const sum = reading.segments.reduce((s, r) => s + r.elapsedMs, 0);
          expect(reading.segments.every((r) => r.elapsedMs >= 0 && r.remainingMs >= 0 && r.overMs >= 0)).toBe(true);
          expect(sum).toBe(reading.total.elapsedMs);
          // Run time plus time paused never exceeds the wall time since the start.
          expect(reading.total.elapsedMs + timer.pausedMs).toBeLessThanOrEqual(at + readGap);
        },
      ),
    );
  });

  it('counts the same time however often the run is paused for no time at all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 * MIN }), { minLength: 1, maxLength: 30 }), (gaps) => {
        let timer = timerReducer(threeSegments(), { type: 'start', at: 0 });
        let at = 0;
        for (const gap of gaps) {
          at += gap;
          timer = play(timer, { type: 'pause', at }, { type: 'resume', at });
        }
        expect(readTimer(timer, at).total.elapsedMs).toBe(at);
        expect(timer.pausedMs).toBe(0);
      }),
    );
  });
});
