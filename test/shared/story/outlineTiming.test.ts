import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOutline, newBeat, type Beat, type Outline } from '../../../shared/model/outline';
import { docFromText } from '../../../shared/model/richText';
import { beatTiming, notesWords, outlineTiming } from '../../../shared/story/outlineTiming';

/** A beat with these notes and a budget of `budgetSeconds` seconds. */
function beat(notes: string, budgetSeconds: number): Beat {
  return { ...newBeat('Beat', budgetSeconds * 1000), notes: docFromText(notes), bullets: ['not counted, it is on the slide'] };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('beat timing', () => {
  it('counts the words of the notes, across paragraphs and lists, not the bullets', () => {
    const notes = {
      type: 'doc' as const,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Two words' }] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three more here' }] }] }],
        },
      ],
    };
    expect(notesWords(notes)).toBe(5);
    expect(beatTiming({ ...beat('', 60), notes }, 140).words).toBe(5);
  });

  it('estimates 140 words at 140 wpm as one minute, within a two-minute budget', () => {
    expect(beatTiming(beat(words(140), 120), 140)).toMatchObject({ estimatedMs: 60_000, status: 'within' });
  });

  it('is over budget when the notes take longer than the budget, at the given pace', () => {
    const long = beat(words(300), 120);
    expect(beatTiming(long, 140)).toMatchObject({ estimatedMs: 129_000, status: 'over' });
    expect(beatTiming(long, 180)).toMatchObject({ estimatedMs: 100_000, status: 'within' });
  });

  it('says a beat with no notes is empty rather than within budget', () => {
    expect(beatTiming(beat('   ', 60), 140)).toMatchObject({ words: 0, estimatedMs: 0, status: 'empty' });
  });

  it('takes a live word count over the stored notes', () => {
    expect(beatTiming(beat('one two', 60), 60, 90)).toMatchObject({ words: 90, estimatedMs: 90_000, status: 'over' });
  });
});

describe('outline timing', () => {
  it('sets the default talk of 20 minutes against its budgets', () => {
    const timing = outlineTiming(defaultOutline(), 140);
    expect(timing.talkMs).toBe(1_200_000);
    expect(timing.totalBudgetMs).toBe(1_200_000);
    expect(timing.totalEstimatedMs).toBe(0);
    expect(timing.isBudgetOver).toBe(false);
    expect(timing.isEstimateOver).toBe(false);
  });

  it('flags budgets and estimates that exceed the talk length', () => {
    const outline: Outline = { talkMs: 1 * 60_000, beats: [beat(words(100), 50), beat(words(100), 20)] };
    const timing = outlineTiming(outline, 140);
    expect(timing.totalBudgetMs).toBe(70_000);
    expect(timing.isBudgetOver).toBe(true);
    expect(timing.totalEstimatedMs).toBe(86_000);
    expect(timing.isEstimateOver).toBe(true);
  });

  it('uses live counts for the beats that have one', () => {
    const outline: Outline = { talkMs: 5 * 60_000, beats: [beat('one', 60), beat('one two', 60)] };
    const live = outline.beats[1]!.id;
    const timing = outlineTiming(outline, 60, (b) => (b.id === live ? 120 : undefined));
    expect(timing.beats.map((b) => b.words)).toEqual([1, 120]);
    expect(timing.totalWords).toBe(121);
  });

  const arbitraryOutline = fc.record({
    talkMinutes: fc.integer({ min: 1, max: 240 }),
    beats: fc.array(fc.record({ text: fc.string({ maxLength: 200 }), budget: fc.integer({ min: 0, max: 14_400 }) }), {
      maxLength: 12,
    }),
  });

  it('never estimates a negative time, and its totals are the sums of its beats', () => {
    fc.assert(
      fc.property(arbitraryOutline, fc.integer({ min: 60, max: 260 }), (o, wpm) => {
        const outline: Outline = { talkMs: o.talkMinutes * 60_000, beats: o.beats.map((b) => beat(b.text, b.budget)) };
        const timing = outlineTiming(outline, wpm);
        for (const b of timing.beats) expect(b.estimatedMs).toBeGreaterThanOrEqual(0);
        const sum = (f: (b: (typeof timing.beats)[number]) => number) => timing.beats.reduce((t, b) => t + f(b), 0);
        expect(timing.totalEstimatedMs).toBe(sum((b) => b.estimatedMs));
        expect(timing.totalBudgetMs).toBe(sum((b) => b.budgetMs));
        expect(timing.totalWords).toBe(sum((b) => b.words));
        expect(timing.isEstimateOver).toBe(timing.totalEstimatedMs > outline.talkMs);
      }),
    );
  });

  it('never takes longer at a faster pace, nor less time with more words', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5000 }), fc.nat({ max: 500 }), fc.integer({ min: 60, max: 259 }), (n, extra, wpm) => {
        const slow = beatTiming(beat('', 60), wpm, n).estimatedMs;
        expect(beatTiming(beat('', 60), wpm + 1, n).estimatedMs).toBeLessThanOrEqual(slow);
        expect(beatTiming(beat('', 60), wpm, n + extra).estimatedMs).toBeGreaterThanOrEqual(slow);
      }),
    );
  });
});
