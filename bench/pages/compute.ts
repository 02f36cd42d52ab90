/*
 * Pure computations on the heavy story, each against a baseline, run in Chromium where the app
 * runs them. The runner calls window.benchCompute(name, rounds) and gets both timings back,
 * alternating Viva and baseline round by round.
 */
import { reviewStory } from '../../shared/review/reviewStory';
import { storyTexts } from '../../shared/story/storyText';
import { markReady } from './benchPage';
import { reviewedStory } from './heavyLibrary';

interface Pair {
  viva: () => unknown;
  baseline: () => unknown;
}

const story = reviewedStory(Date.now());

const pairs: Record<string, Pair> = {
  // The rules engine against one pass that reads every word of the story and lower-cases it:
  // the least any text check must do.
  review: {
    viva: () => reviewStory(story),
    baseline: () => storyTexts(story).map((text) => text.toLowerCase().split(/\s+/).length),
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
