/*
 * The review on hostile text: long runs of dots, quotes, spaces and abbreviations take about as
 * long as the same length of plain words. Before the scanners, 100,000 dots in one field took
 * half a minute (each pattern retried from every dot); the bound here is loose, for busy machines.
 */
import { describe, expect, it } from 'vitest';
import { newFamily } from '../../../shared/model/families';
import { docFromText } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';
import { reviewStory } from '../../../shared/review/reviewStory';
import { blankQuoted } from '../../../shared/review/text/blankQuoted';
import { splitSentences } from '../../../shared/text/countSentences';
import { bulletFrom } from '../../../shared/story/pullParts';

const LENGTH = 100_000;

function storyWith(text: string): Story {
  const story = newStory('Hostile text', Date.UTC(2026, 0, 2));
  const family = { ...newFamily('Dense'), id: 'family-1', idea: text.slice(0, 20_000), failsWhere: text.slice(0, 20_000) };
  return {
    ...story,
    families: { ...story.families, items: [family] },
    fieldMap: { ...story.fieldMap, coreTask: docFromText(text) },
  };
}

/** The fastest of three runs, in ms. */
function fastest(work: () => void): number {
  return Math.min(
    ...[0, 1, 2].map(() => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );
}

const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

describe('review time on adversarial text', () => {
  const plain = fastest(() => reviewStory(storyWith(fill('word '))));

  it.each(['.', '“', '‘ ', ' .', '"x', 'e.g. ', 'A. ', '\n.', '( ', '!)'])(
    'runs of %j take about as long as plain words',
    (unit) => {
      const hostile = fastest(() => reviewStory(storyWith(fill(unit))));
      expect(hostile).toBeLessThan(Math.max(10 * plain, 200));
    },
  );

  it('splits, blanks and summarises 100,000 dots or opening quotes in linear time', () => {
    for (const text of [fill('.'), fill('“'), fill('‘ '), fill('e.g. ')]) {
      expect(fastest(() => splitSentences(text))).toBeLessThan(200);
      expect(fastest(() => blankQuoted(text))).toBeLessThan(200);
      expect(fastest(() => bulletFrom(text))).toBeLessThan(200);
    }
  });
});
