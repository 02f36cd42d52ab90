/*
 * The presentation exports of a 40-beat talk, each against a baseline of the least the same
 * output takes: PowerPoint against pptxgenjs writing the same slides with plain-text notes (no
 * title placeholders, no rich notes), Beamer against the Marp deck of the same talk (one pass
 * over the same text, escaped for markdown). Both load the way the app loads them: on first use.
 */
import { heading } from '../../shared/export/markdownBlocks';
import { newBeat } from '../../shared/model/outline';
import { plainText, type RichText } from '../../shared/model/richText';
import { newStory, type Story } from '../../shared/model/story';
import { markReady } from './benchPage';
import { heavyText } from './heavyText';

const BEATS = 40;

/** Notes of about 150 words with a list, bold and a link, as a speaker writes them. */
function notes(index: number): RichText {
  const [first, ...rest] = heavyText(150, 100 + index).split('\n\n');
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Open with ' },
          { type: 'text', text: 'the claim', marks: [{ type: 'bold' }] },
          { type: 'text', text: `: ${first ?? ''}` },
        ],
      },
      {
        type: 'bulletList',
        content: rest.map((paragraph) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph }] }],
        })),
      },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'the paper',
            marks: [
              { type: 'link', attrs: { href: 'https://example.org/paper', target: null, rel: null, class: null, title: null } },
            ],
          },
        ],
      },
    ],
  };
}

function talk(): Story {
  const story = newStory('A forty-beat talk on sparse retrieval', Date.now());
  const beats = Array.from({ length: BEATS }, (_, i) => ({
    ...newBeat(`Beat ${i + 1}: ${heavyText(6, i).replace(/\.$/, '')}`, 45_000),
    bullets: Array.from({ length: 4 }, (_, j) => heavyText(10, i * 10 + j).replace(/\.$/, '')),
    notes: notes(i),
  }));
  return { ...story, outline: { talkMs: 30 * 60_000, beats } };
}

const story = talk();

async function pptxBaseline(): Promise<unknown> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_16x9';
  deck.addSlide().addText(story.title, { x: 0.5, y: 2, w: 9, h: 1, fontSize: 36 });
  for (const beat of story.outline.beats) {
    const slide = deck.addSlide();
    slide.addText(beat.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28 });
    slide.addText(
      beat.bullets.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
      { x: 0.5, y: 1.3, w: 9, h: 4 },
    );
    slide.addNotes(plainText(beat.notes));
  }
  return deck.write({ outputType: 'uint8array' });
}

async function marpBaseline(): Promise<unknown> {
  const { slideDeck } = await import('../../shared/export/slideDeck');
  return slideDeck(story, { flavour: 'marp', includeNotes: true }) + heading(1, story.title);
}

const pairs: Record<string, { viva: () => Promise<unknown>; baseline: () => Promise<unknown> }> = {
  pptx: {
    viva: async () => (await import('../../shared/export/pptx/pptxDeck')).pptxDeck(story, { includeNotes: true }),
    baseline: pptxBaseline,
  },
  beamer: {
    viva: async () => (await import('../../shared/export/beamer/beamerDeck')).beamerDeck(story, { includeNotes: true }),
    baseline: marpBaseline,
  },
};

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

declare global {
  interface Window {
    benchExport: (name: string, rounds: number) => Promise<{ viva: number[]; baseline: number[]; first: number }>;
  }
}

window.benchExport = async (name, rounds) => {
  const pair = pairs[name];
  if (!pair) throw new Error(`No export benchmark named ${name}.`);
  // The first export includes loading the writer's chunk, as a user's first export does.
  const first = await time(pair.viva);
  await pair.baseline();
  const viva: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      viva.push(await time(pair.viva));
      baseline.push(await time(pair.baseline));
    } else {
      baseline.push(await time(pair.baseline));
      viva.push(await time(pair.viva));
    }
  }
  return { viva, baseline, first };
};

markReady();
