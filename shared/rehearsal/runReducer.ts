/*
 * A rehearsal run: the timer, the challenge being answered, the challenges already rated, and
 * whether the cue card is hidden. Challenges are timed in run time, so a pause in the middle of
 * an answer does not count towards it; the segment's clock keeps running while the user answers.
 */
import type { AnswerRating } from '../model/challenge';
import type { SessionChallenge } from '../model/rehearsalSession';
import { createTimer, runTimeMs, timerReducer, type TimerAction, type TimerState } from './timer';

export interface ActiveChallenge {
  questionId: string;
  text: string;
  segmentIndex: number;
  /** Run time when it was thrown. */
  askedAtMs: number;
}

export interface RunState {
  timer: TimerState;
  active: ActiveChallenge | null;
  challenges: readonly SessionChallenge[];
  isNotesHidden: boolean;
}

export type RunAction =
  | TimerAction
  | { type: 'challenge'; question: { id: string; text: string }; at: number }
  | { type: 'rate'; rating: AnswerRating; at: number }
  | { type: 'toggleNotes' };

/** A run ready to start. */
export function createRun(budgetsMs: readonly number[], warnAtFraction: number, isNotesHidden: boolean): RunState {
  return { timer: createTimer(budgetsMs, warnAtFraction), active: null, challenges: [], isNotesHidden };
}

function close(state: RunState, rating: AnswerRating | null, at: number): RunState {
  const { active } = state;
  if (!active) return state;
  const answerMs = Math.max(0, runTimeMs(state.timer, at) - active.askedAtMs);
  const rated: SessionChallenge = { ...active, answerMs, rating };
  return { ...state, active: null, challenges: [...state.challenges, rated] };
}

/** The run after `action`. */
export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'toggleNotes':
      return { ...state, isNotesHidden: !state.isNotesHidden };
    case 'challenge': {
      if (state.timer.status !== 'running' || state.active) return state;
      const { question, at } = action;
      const active = {
        questionId: question.id,
        text: question.text,
        segmentIndex: state.timer.index,
        askedAtMs: runTimeMs(state.timer, at),
      };
      return { ...state, active };
    }
    case 'rate':
      return close(state, action.rating, action.at);
    case 'finish': {
      // A question still open at the end is kept, unrated, so the review can show it.
      const closed = state.timer.status === 'finished' ? state : close(state, null, action.at);
      return { ...closed, timer: timerReducer(closed.timer, action) };
    }
    default:
      return { ...state, timer: timerReducer(state.timer, action) };
  }
}
