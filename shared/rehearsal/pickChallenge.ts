/*
 * Which question to throw next: most often one that fits the segment at hand, and among those
 * the ones the user has handled worst; a question asked already in this run only comes back once
 * every other one has been asked. The random source is passed in, so tests can pin it.
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

export type ChallengeFit = 'segment' | 'anywhere' | 'elsewhere';

/** Whether a question fits the segment at hand, fits anywhere, or belongs elsewhere. */
export function challengeFit(question: DeckQuestion, segmentTags: readonly ChallengeTag[]): ChallengeFit {
  if (question.tags.some((tag) => segmentTags.includes(tag))) return 'segment';
  return question.tags.includes('general') ? 'anywhere' : 'elsewhere';
}

/**
 * How likely each kind of fit is to be drawn, against each other. By group, not by question, so
 * a segment with a handful of fitting questions still gets them most of the time, however many
 * other questions the deck holds.
 */
const FIT_WEIGHTS: Record<ChallengeFit, number> = { segment: 16, anywhere: 3, elsewhere: 1 };

/** The weight of a question within its group: the worse it has gone, the likelier. */
export function challengeWeight(practice: PracticeState | undefined): number {
  return 1 + 3 * weakness(practice);
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

function draw<T>(items: readonly T[], weights: readonly number[], random: () => number): T | undefined {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = Math.min(Math.max(random(), 0), 0.999_999_999) * total;
  for (const [i, item] of items.entries()) {
    target -= weights[i] ?? 0;
    if (target < 0) return item;
  }
  return items.at(-1);
}

/**
 * A question drawn from the deck, or null for an empty deck: first the kind of fit (the segment's
 * own questions most of the time), then a question of that kind, weighted towards the weakest.
 */
export function pickChallenge(context: ChallengeContext): DeckQuestion | null {
  const fresh = context.deck.filter((q) => !context.askedIds.has(q.id));
  const pool = fresh.length > 0 ? fresh : context.deck;
  const groups = new Map<ChallengeFit, DeckQuestion[]>();
  for (const question of pool) {
    const fit = challengeFit(question, context.segmentTags);
    groups.set(fit, [...(groups.get(fit) ?? []), question]);
  }
  const fits = [...groups.keys()];
  const fit = draw(
    fits,
    fits.map((f) => FIT_WEIGHTS[f]),
    context.random,
  );
  const group = fit ? (groups.get(fit) ?? []) : [];
  const weights = group.map((q) => challengeWeight(context.practice.get(q.id)));
  return draw(group, weights, context.random) ?? null;
}

/** Shortest and longest wait, in run time, before a random challenge when the user opts in. */
export const RANDOM_CHALLENGE_GAP_MS = { min: 60_000, max: 180_000 } as const;

/** The run time at which the next random challenge comes, `fromMs` being now. */
export function nextRandomChallengeAt(fromMs: number, random: () => number): number {
  const { min, max } = RANDOM_CHALLENGE_GAP_MS;
  return fromMs + min + Math.floor(random() * (max - min));
}

/** What decides whether a question period owes the user its next question. */
export interface PeriodState {
  /** Run time now. */
  runTimeMs: number;
  /** How often a question comes in the period. */
  everyMs: number;
  /** When the questions of this period already thrown were thrown, in run time. */
  askedAtMs: readonly number[];
  /** Whether a question is still open. */
  hasOpenQuestion: boolean;
}

/**
 * In a question period, a question comes as the period opens, then one every `everyMs` after
 * the last was thrown; one still open holds the next back until it is rated.
 */
export function isPeriodQuestionDue(state: PeriodState): boolean {
  if (state.hasOpenQuestion) return false;
  if (state.askedAtMs.length === 0) return true;
  const last = Math.max(...state.askedAtMs);
  return state.runTimeMs - last >= state.everyMs;
}
