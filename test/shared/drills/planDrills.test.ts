import { describe, expect, it } from 'vitest';
import { BUILTIN_CHALLENGES, listDeck, type DeckQuestion } from '../../../shared/content/challengeDeck';
import { nextDueAt, planDrills } from '../../../shared/drills/planDrills';
import { scheduleAfter } from '../../../shared/drills/scheduleCard';
import type { AnswerRating, PracticeState } from '../../../shared/model/challenge';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const dayStart = Date.UTC(2026, 2, 1);
const window = (now: number) => ({ now, dayStart, dayEnd: dayStart + DAY });

/** The practice of a question rated `rating` at `at`. */
function practised(question: DeckQuestion, rating: AnswerRating, at: number): PracticeState {
  return {
    questionId: question.id,
    notes: '',
    log: [{ at, rating, answerMs: null, source: 'drill' }],
    card: scheduleAfter(null, rating, at),
  };
}

const deck = listDeck([]);
const [q1, q2, q3] = deck as [DeckQuestion, DeckQuestion, DeckQuestion];

describe('planDrills', () => {
  it('offers ten new questions a day from an unpractised deck', () => {
    const plan = planDrills(deck, [], window(dayStart + 9 * 60 * MINUTE));
    expect(plan.queue).toEqual(deck.slice(0, 10));
    expect(plan).toMatchObject({ reviewsDue: 0, newToday: 10, laterToday: 0, unseen: BUILTIN_CHALLENGES.length });
  });

  it('takes questions rated today out of the queue until they come due again', () => {
    const now = dayStart + 9 * 60 * MINUTE;
    const justNow = now - 5000;
    const practice = [practised(q1, 'nailed', justNow), practised(q2, 'shaky', justNow), practised(q3, 'missed', justNow)];
    const plan = planDrills(deck, practice, window(now));
    // Three of today's ten new questions are used up; the three rated ones come back later today.
    expect(plan.queue).toEqual(deck.slice(3, 10));
    expect(plan).toMatchObject({ reviewsDue: 0, newToday: 7, laterToday: 3, unseen: deck.length - 3 });
  });

  it('puts due questions first, the longest overdue first', () => {
    const now = dayStart + 12 * 60 * MINUTE;
    const practice = [practised(q1, 'missed', now - 50 * MINUTE), practised(q2, 'missed', now - 90 * MINUTE)];
    // Both were introduced today, so a budget of three new questions leaves one.
    const plan = planDrills(deck, practice, { ...window(now), newPerDay: 3 });
    expect(plan.queue.map((q) => q.id)).toEqual([q2.id, q1.id, q3.id]);
    expect(plan.reviewsDue).toBe(2);
  });

  it('does not count questions introduced on an earlier day against today', () => {
    const yesterday = dayStart - 2 * 60 * MINUTE;
    const practice = [practised(q1, 'nailed', yesterday)];
    expect(planDrills(deck, practice, window(dayStart + MINUTE)).newToday).toBe(10);
  });

  it('offers the user’s own new questions before the built-in ones', () => {
    const own = listDeck([{ id: 'own-question-1', text: 'Why not a smaller model?', tags: ['general'], createdAt: 1 }]);
    expect(planDrills(own, [], window(dayStart)).queue[0]!.id).toBe('own-question-1');
  });

  it('ignores practice of questions no longer in the deck', () => {
    const gone = { id: 'deleted-question', text: 'Gone', tags: [], isBuiltin: false } satisfies DeckQuestion;
    const plan = planDrills(deck, [practised(gone, 'missed', dayStart - DAY)], window(dayStart));
    expect(plan.reviewsDue).toBe(0);
  });
});

describe('nextDueAt', () => {
  it('is the earliest upcoming due date, or null', () => {
    const now = dayStart;
    const practice = [practised(q1, 'nailed', now), practised(q2, 'missed', now)];
    expect(nextDueAt(deck, practice, now)).toBe(Math.min(practice[0]!.card!.due, practice[1]!.card!.due));
    expect(nextDueAt(deck, [], now)).toBeNull();
  });
});
