/*
 * Which question to throw next. Every candidate gets a weight: more when it fits the segment at
 * hand, more when the user has handled it badly, and a question asked already in this run only
 * comes back once every other one has been asked. The random source is passed in, so tests can
 * pin it.
 */
import type { DeckQuestion } from '../content/challengeDeck';
import type { AnswerRating, ChallengeTag, PracticeState } from '../model/challenge';

const RATING_WEAKNESS: Record<AnswerRating, number> = { nailed: 0, shaky: 0.6, missed: 1 };
/** How weak an unpractised question counts: between a shaky and a nailed answer. */
const UNPRACTISED_WEAKNESS = 0.4;
const RECENT_ANSWERS = 3;

/** How badly the user has handled a question lately, from 0 (always nailed) to 1 (always missed). */
export function weakness(practice: PracticeState | undefined): number {
  const recent = (practice?.log ?? []).slice(-RECENT_ANSWERS);
  if (recent.length === 0) return UNPRACTISED_WEAKNESS;
  return recent.reduce((sum, entry) => sum + RATING_WEAKNESS[entry.rating], 0) / recent.length;
}

/** How much a question fits the segment: 3 for a shared tag, 1.5 for a question that fits anywhere, 1 otherwise. */
function fit(question: DeckQuestion, segmentTags: readonly ChallengeTag[]): number {
  if (question.tags.some((tag) => segmentTags.includes(tag))) return 3;
  return question.tags.includes('general') ? 1.5 : 1;
}

/** The weight of each candidate; exported so its preferences can be tested directly. */
export function challengeWeight(
  question: DeckQuestion,
  segmentTags: readonly ChallengeTag[],
  practice: PracticeState | undefined,
): number {
  return fit(question, segmentTags) * (1 + 3 * weakness(practice));
}

export interface ChallengeContext {
  deck: readonly DeckQuestion[];
  practice: ReadonlyMap<string, PracticeState>;
  segmentTags: readonly ChallengeTag[];
  /** Questions already asked in this run. */
  askedIds: ReadonlySet<string>;
  /** A number in [0, 1), as Math.random gives. */
  random: () => number;
}

/** A question drawn from the deck by weight, or null for an empty deck. */
export function pickChallenge(context: ChallengeContext): DeckQuestion | null {
  const fresh = context.deck.filter((q) => !context.askedIds.has(q.id));
  const pool = fresh.length > 0 ? fresh : context.deck;
  if (pool.length === 0) return null;
  const weights = pool.map((q) => challengeWeight(q, context.segmentTags, context.practice.get(q.id)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = Math.min(Math.max(context.random(), 0), 0.999_999_999) * total;
  for (const [i, question] of pool.entries()) {
    target -= weights[i] ?? 0;
    if (target < 0) return question;
  }
  return pool.at(-1) ?? null;
}

/** Shortest and longest wait, in run time, before a random challenge when the user opts in. */
export const RANDOM_CHALLENGE_GAP_MS = { min: 60_000, max: 180_000 } as const;

/** The run time at which the next random challenge comes, `fromMs` being now. */
export function nextRandomChallengeAt(fromMs: number, random: () => number): number {
  const { min, max } = RANDOM_CHALLENGE_GAP_MS;
  return fromMs + min + Math.floor(random() * (max - min));
}
