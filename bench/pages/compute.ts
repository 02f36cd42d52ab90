/*
 * Pure computations on the heavy story, each against a baseline, run in Chromium where the app
 * runs them. The runner calls window.benchCompute(name, rounds) and gets both timings back,
 * alternating Viva and baseline round by round.
 */
import { defaultMarkdownSerializer, schema as markdownSchema } from 'prosemirror-markdown';
import { storyMarkdown } from '../../shared/export/storyMarkdown';
import { reviewStory } from '../../shared/review/reviewStory';
import { storyTexts } from '../../shared/story/storyText';
import { markReady } from './benchPage';
import { heavyStory, reviewedStory } from './heavyLibrary';
import { textStory } from './hostileText';

interface Pair {
  viva: () => unknown;
  baseline: () => unknown;
}

const story = reviewedStory(Date.now());
const heavy = heavyStory(0, Date.now());
// The same text — every rich-text field the heavy story fills, 10,000 words of them in one — as
// stored (ProseMirror JSON). Both sides start from it: the baseline builds nodes of
// prosemirror-markdown's own schema and serializes them with its default serializer.
const heavyDocs = [
  heavy.fieldMap.coreTask,
  heavy.fieldMap.challenge,
  heavy.fieldMap.recentChange,
  heavy.limitations.assumptions,
  heavy.limitations.tradeoffs,
];

const hostile = textStory('hostile', Date.now());
const plain = textStory('plain', Date.now());

const pairs: Record<string, Pair> = {
  // The review on 1 MB of runs of dots, quotes and spaces against the same story in plain words:
  // linear-time text scanning keeps the two close (quadratic patterns made it minutes).
  reviewHostile: {
    viva: () => reviewStory(hostile),
    baseline: () => reviewStory(plain),
  },
  // The rules engine against one pass that reads every word of the story and lower-cases it:
  // the least any text check must do.
  review: {
    viva: () => reviewStory(story),
    baseline: () => storyTexts(story).map((text) => text.toLowerCase().split(/\s+/).length),
  },
  // The whole heavy story to markdown (escaping every piece of user text, building its tables
  // and lists) against prosemirror-markdown's default serializer on the same rich text.
  markdown: {
    viva: () => storyMarkdown(heavy),
    baseline: () => heavyDocs.map((doc) => defaultMarkdownSerializer.serialize(markdownSchema.nodeFromJSON(doc))).join('\n\n'),
  },
};

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

declare global {
  interface Window {
    benchCompute: (name: string, rounds: number) => { viva: number[]; baseline: number[] };
  }
}

window.benchCompute = (name, rounds) => {
  const pair = pairs[name];
  if (!pair) throw new Error(`No compute benchmark named ${name}.`);
  const viva: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 3; i++) {
    pair.viva();
    pair.baseline();
  }
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      viva.push(time(pair.viva));
      baseline.push(time(pair.baseline));
    } else {
      baseline.push(time(pair.baseline));
      viva.push(time(pair.viva));
    }
  }
  return { viva, baseline };
};

markReady();
