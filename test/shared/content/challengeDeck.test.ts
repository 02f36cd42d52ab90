import { describe, expect, it } from 'vitest';
import { ANSWER_PATTERNS, answerPatternOf } from '../../../shared/content/answerPatterns';
import { BUILTIN_CHALLENGES, listDeck } from '../../../shared/content/challengeDeck';
import { CHALLENGE_TAGS } from '../../../shared/model/challenge';

const byKey = new Map(BUILTIN_CHALLENGES.map((q) => [q.id.replace('builtin:', ''), q]));

describe('the built-in challenge deck', () => {
  it('asks the questions a full research loop raises, each tagged to the segments it fits', () => {
    const expected: Record<string, string[]> = {
      'why-this-architecture': ['method'],
      'test-set-size': ['results'],
      'luck-or-design': ['results'],
      'ten-times-data': ['limitations'],
      'counterfactual-impact': ['contribution'],
      'safety-dual-use': ['impact'],
      'choosing-problems': ['framing', 'fieldMap'],
      'distribution-shift': ['limitations'],
      'scaling-model-sizes': ['results'],
      'blinded-human-eval': ['checklist'],
    };
    for (const [key, tags] of Object.entries(expected)) {
      const question = byKey.get(key);
      expect(question, key).toBeDefined();
      expect(question?.tags, key).toEqual(expect.arrayContaining(tags));
    }
    for (const q of BUILTIN_CHALLENGES) {
      expect(q.tags.length, q.id).toBeGreaterThan(0);
      for (const tag of q.tags) expect(CHALLENGE_TAGS).toContain(tag);
    }
  });

  it('gives every built-in question its own answer pattern, in three moves', () => {
    const patterns = BUILTIN_CHALLENGES.map((q) => answerPatternOf(q.id));
    expect(patterns.every((p) => p !== undefined)).toBe(true);
    for (const p of patterns) {
      for (const move of [p!.concede, p!.bound, p!.settle]) expect(move.trim().length).toBeGreaterThan(20);
    }
    // Specific to each question: no move is copied from one question to another.
    const moves = patterns.flatMap((p) => [p!.concede, p!.bound, p!.settle]);
    expect(new Set(moves).size).toBe(moves.length);
    // And no pattern is left over for a question that does not exist.
    expect(Object.keys(ANSWER_PATTERNS).sort()).toEqual([...byKey.keys()].sort());
  });

  it('gives the user’s own questions no pattern: their notes are theirs', () => {
    const [own] = listDeck([{ id: 'a'.repeat(8), text: 'Mine?', tags: ['general'], createdAt: 1 }]).slice(-1);
    expect(own?.isBuiltin).toBe(false);
    expect(answerPatternOf(own!.id)).toBeUndefined();
  });

  it('words its questions in the project’s own way, not in stock interview-prep phrasing', () => {
    const all = BUILTIN_CHALLENGES.map((q) => q.text.toLowerCase()).join('\n');
    for (const phrase of ['single most informative experiment', 'we ship this tomorrow', 'ten times the compute']) {
      expect(all).not.toContain(phrase);
    }
  });

  it('finds the pattern of a built-in question by its id, and none for the user’s own', () => {
    expect(answerPatternOf('builtin:blinded-human-eval')).toBe(ANSWER_PATTERNS['blinded-human-eval']);
    expect(answerPatternOf('builtin:no-such-question')).toBeUndefined();
    expect(answerPatternOf('builtin:constructor')).toBeUndefined();
    expect(answerPatternOf('3f1c2a9e-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
