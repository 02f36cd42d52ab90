/*
 * What to drill now. Questions whose spaced-repetition card has come due go first, the longest
 * overdue first; then questions never practised, the user's own before the built-in ones (they
 * wrote them because they fear them), a few a day so that a full deck does not arrive at once.
 */
import type { DeckQuestion } from '../content/challengeDeck';
import type { PracticeState } from '../model/challenge';

/** Questions never practised that a day may introduce. */
export const NEW_QUESTIONS_PER_DAY = 10;

export interface DrillWindow {
  now: number;
  /** The start and end of the user's day around `now`, epoch ms. */
  dayStart: number;
  dayEnd: number;
  newPerDay?: number;
}

export interface DrillPlan {
  /** The questions to drill now, in order. */
  queue: DeckQuestion[];
  /** Practised questions due now (also at the head of the queue). */
  reviewsDue: number;
  /** New questions offered today (at the tail of the queue). */
  newToday: number;
  /** Questions coming due later today. */
  laterToday: number;
  /** Questions never practised. */
  unseen: number;
}

function introducedOn(state: PracticeState, dayStart: number, dayEnd: number): boolean {
  const first = state.log[0];
  return state.card !== null && first !== undefined && first.at >= dayStart && first.at < dayEnd;
}

/** The drill plan for a deck and the user's practice at a moment of their day. */
export function planDrills(deck: readonly DeckQuestion[], practice: readonly PracticeState[], window: DrillWindow): DrillPlan {
  const { now, dayStart, dayEnd, newPerDay = NEW_QUESTIONS_PER_DAY } = window;
  const byId = new Map(practice.map((state) => [state.questionId, state]));
  const due: { question: DeckQuestion; at: number }[] = [];
  const fresh: DeckQuestion[] = [];
  let laterToday = 0;
  let introduced = 0;
  for (const question of deck) {
    const state = byId.get(question.id);
    const card = state?.card ?? null;
    if (state && introducedOn(state, dayStart, dayEnd)) introduced += 1;
    if (card === null) fresh.push(question);
    else if (card.due <= now) due.push({ question, at: card.due });
    else if (card.due < dayEnd) laterToday += 1;
  }
  due.sort((a, b) => a.at - b.at);
  const ownFirst = [...fresh.filter((q) => !q.isBuiltin), ...fresh.filter((q) => q.isBuiltin)];
  const newToday = ownFirst.slice(0, Math.max(0, newPerDay - introduced));
  return {
    queue: [...due.map((d) => d.question), ...newToday],
    reviewsDue: due.length,
    newToday: newToday.length,
    laterToday,
    unseen: fresh.length,
  };
}

/** The moment the next practised question comes due, or null when none is scheduled. */
export function nextDueAt(deck: readonly DeckQuestion[], practice: readonly PracticeState[], now: number): number | null {
  const ids = new Set(deck.map((q) => q.id));
  const upcoming = practice.flatMap((state) =>
    ids.has(state.questionId) && state.card && state.card.due > now ? [state.card.due] : [],
  );
  return upcoming.length === 0 ? null : Math.min(...upcoming);
}
