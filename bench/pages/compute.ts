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
import { heavyDoc } from './heavyText';

interface Pair {
  viva: () => unknown;
  baseline: () => unknown;
}

const story = reviewedStory(Date.now());
const heavy = heavyStory(0, Date.now());
// The same 10,000 words as a document of prosemirror-markdown's own schema.
const heavyNode = markdownSchema.nodeFromJSON(heavyDoc());

const pairs: Record<string, Pair> = {
  // The rules engine against one pass that reads every word of the story and lower-cases it:
  // the least any text check must do.
  review: {
    viva: () => reviewStory(story),
    baseline: () => storyTexts(story).map((text) => text.toLowerCase().split(/\s+/).length),
  },
  // The whole heavy story to markdown (escaping every piece of user text) against
  // prosemirror-markdown's default serializer on its 10,000-word field alone.
  markdown: {
    viva: () => storyMarkdown(heavy),
    baseline: () => defaultMarkdownSerializer.serialize(heavyNode),
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
