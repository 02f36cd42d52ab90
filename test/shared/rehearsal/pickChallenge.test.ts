import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeckQuestion } from '../../../shared/content/challengeDeck';
import { BUILTIN_CHALLENGES } from '../../../shared/content/challengeDeck';
import type { AnswerRating, PracticeState } from '../../../shared/model/challenge';
import {
  challengeFit,
  challengeWeight,
  isPeriodQuestionDue,
  nextRandomChallengeAt,
  pickChallenge,
  RANDOM_CHALLENGE_GAP_MS,
  weakness,
} from '../../../shared/rehearsal/pickChallenge';

const q = (id: string, tags: DeckQuestion['tags']): DeckQuestion => ({ id, text: id, tags, isBuiltin: false });
const practised = (questionId: string, ratings: AnswerRating[]): PracticeState => ({
  questionId,
  notes: '',
  log: ratings.map((rating, at) => ({ at, rating, answerMs: null, source: 'drill' })),
  card: null,
});

/** How often each question is drawn when the random source sweeps [0, 1) evenly. */
function shares(deck: DeckQuestion[], context: Partial<Parameters<typeof pickChallenge>[0]> = {}) {
  const counts = new Map<string, number>();
  const steps = 1000;
  for (let i = 0; i < steps; i += 1) {
    const picked = pickChallenge({
      deck,
      practice: new Map(),
      segmentTags: [],
      askedIds: new Set(),
      ...context,
      random: () => i / steps,
    });
    if (picked) counts.set(picked.id, (counts.get(picked.id) ?? 0) + 1);
  }
  return counts;
}

describe('weakness', () => {
  it('reads the last three answers: missed is weakest, nailed strongest, unpractised in between', () => {
    expect(weakness(practised('a', ['missed', 'missed', 'missed']))).toBe(1);
    expect(weakness(practised('a', ['missed', 'nailed', 'nailed', 'nailed']))).toBe(0);
    const unpractised = weakness(undefined);
    expect(unpractised).toBeGreaterThan(0);
    expect(unpractised).toBeLessThan(weakness(practised('a', ['shaky'])));
  });
});

describe('pickChallenge', () => {
  it('prefers questions that fit the segment', () => {
    const deck = [q('fits', ['results']), q('elsewhere', ['bets'])];
    const counts = shares(deck, { segmentTags: ['results', 'checklist'] });
    expect(counts.get('fits')).toBeGreaterThan(2 * (counts.get('elsewhere') ?? 0));
  });

  it('prefers the questions the user handles worst', () => {
    const deck = [q('missed', ['results']), q('nailed', ['results'])];
    const practice = new Map([
      ['missed', practised('missed', ['missed', 'missed'])],
      ['nailed', practised('nailed', ['nailed', 'nailed'])],
    ]);
    const counts = shares(deck, { practice, segmentTags: ['results'] });
    expect(counts.get('missed')).toBeGreaterThan(3 * (counts.get('nailed') ?? 0));
    expect(challengeWeight(practice.get('missed'))).toBeGreaterThan(challengeWeight(practice.get('nailed')));
  });

  it('throws a behavioural question in a behavioural answer most of the time, however big the rest of the deck', () => {
    const behavioural = BUILTIN_CHALLENGES.filter((q) => q.tags.includes('behavioural'));
    const counts = shares([...BUILTIN_CHALLENGES], { segmentTags: ['behavioural'] });
    const fitting = behavioural.reduce((sum, q) => sum + (counts.get(q.id) ?? 0), 0);
    expect(behavioural.length).toBeLessThan(BUILTIN_CHALLENGES.length / 4);
    expect(fitting).toBeGreaterThan(750);
  });

  it('prefers questions that fit anywhere over those that belong to other segments', () => {
    const deck = [q('anywhere', ['general']), q('elsewhere', ['bets'])];
    const counts = shares(deck, { segmentTags: ['results'] });
    expect(counts.get('anywhere')).toBeGreaterThan(2 * (counts.get('elsewhere') ?? 0));
    expect(challengeFit(deck[0]!, ['results'])).toBe('anywhere');
  });

  it('does not repeat a question in a run until the deck is used up', () => {
    const deck = [q('a', ['general']), q('b', ['general'])];
    const counts = shares(deck, { askedIds: new Set(['a']) });
    expect(counts.get('a')).toBeUndefined();
    expect(shares(deck, { askedIds: new Set(['a', 'b']) }).size).toBe(2);
  });

  it('returns nothing from an empty deck', () => {
    expect(
      pickChallenge({ deck: [], practice: new Map(), segmentTags: [], askedIds: new Set(), random: Math.random }),
    ).toBeNull();
  });

  it('always returns a question of the deck, whatever the random source says', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('results', 'bets', 'behavioural'), (r, tag) => {
        const picked = pickChallenge({
          deck: BUILTIN_CHALLENGES,
          practice: new Map(),
          segmentTags: [tag],
          askedIds: new Set(),
          random: () => r,
        });
        expect(BUILTIN_CHALLENGES).toContain(picked);
      }),
    );
  });
});

describe('nextRandomChallengeAt', () => {
  it('waits between one and three minutes of run time', () => {
    expect(nextRandomChallengeAt(10_000, () => 0)).toBe(10_000 + RANDOM_CHALLENGE_GAP_MS.min);
    expect(nextRandomChallengeAt(10_000, () => 0.999_999)).toBeLessThan(10_000 + RANDOM_CHALLENGE_GAP_MS.max);
  });
});

describe('isPeriodQuestionDue', () => {
  const every = 120_000;
  it('throws a question as soon as the period opens', () => {
    expect(isPeriodQuestionDue({ runTimeMs: 600_000, everyMs: every, askedAtMs: [], hasOpenQuestion: false })).toBe(true);
  });
  it('waits the chosen interval after the last question was thrown', () => {
    const state = { everyMs: every, askedAtMs: [600_000], hasOpenQuestion: false };
    expect(isPeriodQuestionDue({ ...state, runTimeMs: 600_000 + every - 1 })).toBe(false);
    expect(isPeriodQuestionDue({ ...state, runTimeMs: 600_000 + every })).toBe(true);
  });
  it('holds the next question back while one is still open', () => {
    expect(isPeriodQuestionDue({ runTimeMs: 900_000, everyMs: every, askedAtMs: [600_000], hasOpenQuestion: true })).toBe(false);
  });
});
