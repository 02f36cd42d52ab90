import { describe, expect, it } from 'vitest';
import { createRun, runReducer, type RunAction, type RunState } from '../../../shared/rehearsal/runReducer';
import { readTimer } from '../../../shared/rehearsal/timerReading';

const question = { id: 'builtin:under-tuned-baseline', text: 'Is your gain just an under-tuned baseline?' };

function play(state: RunState, ...actions: RunAction[]): RunState {
  return actions.reduce(runReducer, state);
}

const started = () => play(createRun([60_000, 60_000], 0.8, false), { type: 'start', at: 0 });

describe('runReducer', () => {
  it('throws a challenge while the segment clock keeps running, and times the answer', () => {
    const run = play(started(), { type: 'challenge', question, at: 10_000 }, { type: 'rate', rating: 'shaky', at: 40_000 });
    expect(run.active).toBeNull();
    expect(run.challenges).toEqual([
      { questionId: question.id, text: question.text, segmentIndex: 0, askedAtMs: 10_000, answerMs: 30_000, rating: 'shaky' },
    ]);
    expect(readTimer(run.timer, 40_000).current.elapsedMs).toBe(40_000);
  });

  it('leaves a pause in the middle of an answer out of its time', () => {
    const run = play(
      started(),
      { type: 'challenge', question, at: 10_000 },
      { type: 'pause', at: 20_000 },
      { type: 'resume', at: 80_000 },
      { type: 'rate', rating: 'nailed', at: 85_000 },
    );
    expect(run.challenges[0]?.answerMs).toBe(15_000);
  });

  it('throws no second challenge while one is open, and none while paused or before the start', () => {
    const open = play(started(), { type: 'challenge', question, at: 1000 });
    expect(runReducer(open, { type: 'challenge', question: { id: 'other', text: 'x' }, at: 2000 })).toBe(open);
    const paused = play(started(), { type: 'pause', at: 1000 });
    expect(runReducer(paused, { type: 'challenge', question, at: 2000 })).toBe(paused);
    const ready = createRun([1000], 0.8, false);
    expect(runReducer(ready, { type: 'challenge', question, at: 0 })).toBe(ready);
  });

  it('ignores a rating with no open question', () => {
    const run = started();
    expect(runReducer(run, { type: 'rate', rating: 'missed', at: 10 })).toBe(run);
  });

  it('keeps a question still open at the finish, unrated, with its time', () => {
    const run = play(started(), { type: 'challenge', question, at: 5000 }, { type: 'finish', at: 25_000 });
    expect(run.timer.status).toBe('finished');
    expect(run.challenges).toEqual([expect.objectContaining({ rating: null, answerMs: 20_000 })]);
    expect(run.active).toBeNull();
  });

  it('records the segment a challenge was thrown in', () => {
    const run = play(
      started(),
      { type: 'next', at: 1000 },
      { type: 'challenge', question, at: 2000 },
      { type: 'rate', rating: 'missed', at: 3000 },
    );
    expect(run.challenges[0]?.segmentIndex).toBe(1);
  });

  it('hides and shows the notes', () => {
    const run = runReducer(started(), { type: 'toggleNotes' });
    expect(run.isNotesHidden).toBe(true);
    expect(runReducer(run, { type: 'toggleNotes' }).isNotesHidden).toBe(false);
  });
});
