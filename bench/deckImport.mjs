#!/usr/bin/env node
/*
 * `npm run bench:deck`: importing a 200-slide PowerPoint deck (titles, three bullets and a
 * paragraph of notes on every slide, written by Viva's own export) — read, checked and planned
 * into a talk outline — against a baseline in the same run: unzipping the same file with JSZip
 * and parsing its slide and notes parts with fast-xml-parser, nothing else. Alternating, 7
 * rounds; prints the medians, the ratio and whether the import stays under 2 s.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { alternate, median } from './stats.mjs';

const OUT = 'out-bench/deck';
const ROUNDS = 7;
const SLIDES = 200;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// The renderer's config has its root in renderer/: paths are given in full.
const built = spawnSync(
  npx,
  [
    'vite',
    'build',
    '--logLevel',
    'warn',
    '--ssr',
    `${process.cwd()}/bench/deckImportEntry.ts`,
    '--outDir',
    `${process.cwd()}/${OUT}`,
    '--emptyOutDir',
  ],
  { stdio: 'inherit' },
);
if (built.status !== 0) throw new Error('Build of the deck-import bench failed.');
const lib = await import(pathToFileURL(`${process.cwd()}/${OUT}/deckImportEntry.js`).href);

const story = lib.newStory('A long lecture', 0);
story.outline.beats = Array.from({ length: SLIDES }, (_, i) => ({
  ...lib.newBeat(`Slide about topic ${i + 1}`, 30),
  bullets: ['The first point of this slide', 'A second point, a little longer than the first', 'And a third'],
  notes: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `Say why topic ${i + 1} matters, give the example, then move on to the next slide. `.repeat(3) },
        ],
      },
    ],
  },
}));
const bytes = await lib.pptxDeck(story, { includeNotes: true });

async function vivaImport() {
  const deck = await lib.readDeck('lecture.pptx', bytes);
  const outline = lib.deckOutline(deck, { fileName: 'lecture.pptx' });
  if (outline.beats.length !== SLIDES) throw new Error(`Expected ${SLIDES} beats, got ${outline.beats.length}.`);
}

const parser = new lib.XMLParser({ preserveOrder: true, ignoreAttributes: false });
async function baseline() {
  const zip = await lib.JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name));
  for (const name of parts) parser.parse(await zip.file(name).async('string'));
}

/** @param {() => Promise<void>} run */
const timed = async (run) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
// One warm-up of each, then alternating rounds.
await vivaImport();
await baseline();
const { viva, baseline: base } = await alternate(
  ROUNDS,
  () => timed(vivaImport),
  () => timed(baseline),
);
const vivaMs = median(viva);
const baseMs = median(base);
const ratio = vivaMs / baseMs;
console.log(
  `Deck import, ${SLIDES} slides (${(bytes.byteLength / 1024).toFixed(0)} kB .pptx): ${vivaMs.toFixed(1)} ms (median of ${ROUNDS})`,
);
console.log(`Baseline, unzip and parse the same slides and notes: ${baseMs.toFixed(1)} ms`);
console.log(`Ratio ${ratio.toFixed(2)}×; target: under 2,000 ms — ${vivaMs < 2000 ? 'met' : 'NOT met'}`);
process.exitCode = vivaMs < 2000 ? 0 : 1;
