/*
 * A deck Viva did not write: a presentation whose text we choose is written as a flat
 * OpenDocument file (.fodp), LibreOffice Impress converts it to .pptx headless, and the import
 * must give back its text boxes, bulleted lists, speaker notes and slide timings, with the hidden
 * slide skipped and counted. LibreOffice 7.4 writes this file's frames as plain text boxes, not
 * title placeholders (and its notes as a text box on the notes page): so the slides have no
 * title, are named "Slide N", and the title text is the first line of the slide's text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckOutline } from '../../../shared/import/deckOutline';
import { readDeck } from '../../../shared/import/readDeck';
import { sampleStory } from '../../../shared/content/sample/sampleStory';
import { pptxDeck } from '../../../shared/export/pptx/pptxDeck';
import { plainText, type RichText, type RichTextNode } from '../../../shared/model/richText';
import { squash, typedPlainNotes } from '../export/decks/deckOracle';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(' ');

interface ChosenSlide {
  title: string;
  bullets: string[];
  box?: string;
  notes: string[];
  hidden?: boolean;
  seconds?: number;
}

const SLIDES: ChosenSlide[] = [
  {
    title: 'Why long tails break retrieval',
    bullets: ['Rare entities & acronyms', 'Indexes go stale <weekly>'],
    notes: ['Open with the failure everyone has seen.', 'Then the cost.'],
    seconds: 75,
  },
  { title: 'Backup: full ablation table', bullets: ['Not for the talk'], notes: ['Only if asked.'], hidden: true, seconds: 30 },
  {
    title: 'Incremental refresh',
    bullets: ['Update shards, not the index', 'Cost: 3 % of a rebuild'],
    box: 'Shard map (figure)',
    notes: ['Walk through the diagram slowly.'],
    seconds: 120,
  },
  {
    title: 'Results',
    bullets: ['Recall@10 up by 12 points'],
    notes: ['Say the number, then the caveat: one dataset so far.'],
    seconds: 45,
  },
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const frame = (kind: string, y: number, body: string) =>
  `<draw:frame ${kind === '' ? '' : `presentation:class="${kind}" draw:layer="layout" presentation:user-transformed="true" `}svg:x="2cm" svg:y="${y}cm" svg:width="24cm" svg:height="3cm"><draw:text-box>${body}</draw:text-box></draw:frame>`;

function fodp(slides: readonly ChosenSlide[]): string {
  const styles = slides
    .map(
      (slide, i) =>
        `<style:style style:name="dp${i}" style:family="drawing-page"><style:drawing-page-properties presentation:transition-type="automatic" presentation:duration="PT00H${String(Math.floor((slide.seconds ?? 0) / 60)).padStart(2, '0')}M${String((slide.seconds ?? 0) % 60).padStart(2, '0')}S" presentation:visibility="${slide.hidden ? 'hidden' : 'visible'}"/></style:style>`,
    )
    .join('');
  const pages = slides
    .map((slide, i) => {
      const bullets = `<text:list>${slide.bullets.map((b) => `<text:list-item><text:p>${escapeXml(b)}</text:p></text:list-item>`).join('')}</text:list>`;
      const notes = slide.notes.map((line) => `<text:p>${escapeXml(line)}</text:p>`).join('');
      return (
        `<draw:page draw:name="page${i + 1}" draw:style-name="dp${i}" draw:master-page-name="Default" presentation:presentation-page-layout-name="AL1T1">` +
        frame('title', 1, `<text:p>${escapeXml(slide.title)}</text:p>`) +
        frame('outline', 5, bullets) +
        (slide.box ? frame('', 12, `<text:p>${escapeXml(slide.box)}</text:p>`) : '') +
        `<presentation:notes>${frame('notes', 14, notes)}</presentation:notes></draw:page>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:styles><style:presentation-page-layout style:name="AL1T1"><presentation:placeholder presentation:object="title" svg:x="2cm" svg:y="1cm" svg:width="24cm" svg:height="3cm"/><presentation:placeholder presentation:object="outline" svg:x="2cm" svg:y="5cm" svg:width="24cm" svg:height="6cm"/></style:presentation-page-layout></office:styles>
<office:automatic-styles>${styles}</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default">${frame('title', 1, '')}${frame('outline', 5, '')}</style:master-page></office:master-styles>
<office:body><office:presentation>${pages}</office:presentation></office:body></office:document>`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'viva-deck-lo-'));
afterAll(() => (process.env['KEEP'] ? undefined : rmSync(dir, { recursive: true, force: true })));

function convert(): Uint8Array {
  if (!(process.env['PATH'] ?? '').split(path.delimiter).some((d) => existsSync(path.join(d, 'soffice'))))
    throw new Error(
      'LibreOffice Impress is not installed ("soffice" is not on the PATH). Install it with: apt-get install -y --no-install-recommends libreoffice-impress',
    );
  writeFileSync(path.join(dir, 'talk.fodp'), fodp(SLIDES));
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pptx', path.join(dir, 'talk.fodp'), '--outdir', dir], {
    stdio: 'pipe',
    timeout: 110_000,
  });
  const out = path.join(dir, 'talk.pptx');
  if (!existsSync(out)) throw new Error('LibreOffice did not convert talk.fodp to .pptx.');
  return new Uint8Array(readFileSync(out));
}

describe('a deck LibreOffice Impress wrote', () => {
  it('imports with its text boxes, bullets, notes and timings, the hidden slide left out', async () => {
    const deck = await readDeck('talk.pptx', convert());
    const shown = SLIDES.filter((slide) => !slide.hidden);
    expect(deck.hiddenSkipped).toBe(1);
    expect(deck.hasTitleSlide).toBe(false);
    expect(deck.slides.map((slide) => slide.title)).toEqual(shown.map(() => null));
    expect(deck.slides.map((slide) => slide.bullets)).toEqual(
      shown.map((slide) => [slide.title, ...slide.bullets, ...(slide.box ? [slide.box] : [])]),
    );
    expect(deck.slides.map((slide) => plainText(slide.notes))).toEqual(shown.map((slide) => slide.notes.join('\n')));
    const outline = deckOutline(deck, { fileName: 'talk.pptx' });
    expect(outline.beats.map((beat) => beat.title)).toEqual(['Slide 1', 'Slide 3', 'Slide 4']);
    expect(outline.budgetSource).toBe('deck');
    expect(outline.beats.map((beat) => beat.budgetMs)).toEqual(shown.map((slide) => (slide.seconds ?? 0) * 1000));
  }, 120_000);

  it('imports Viva’s own deck saved again by Impress with the same titles, bullets and notes', async () => {
    const sample = sampleStory(Date.UTC(2027, 1, 14));
    // Lists nested in the first beat's notes: Impress drops their levels but keeps their margins.
    const item = (text: string, ...nested: RichTextNode[]): RichTextNode => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...nested],
    });
    const nested: RichText = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            item('Why it fails', {
              type: 'orderedList',
              attrs: { start: 1 },
              content: [item('drift', { type: 'bulletList', content: [item('in winter')] }), item('noise')],
            }),
            item('What we did'),
          ],
        },
      ],
    };
    const beats = sample.outline.beats.map((beat, i) => (i === 0 ? { ...beat, notes: nested } : beat));
    const story = { ...sample, outline: { ...sample.outline, beats } };
    const source = path.join(dir, 'viva', 'sample.pptx');
    execFileSync('mkdir', ['-p', path.dirname(source)]);
    writeFileSync(source, await pptxDeck(story, { includeNotes: true }));
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pptx', source, '--outdir', dir], {
      stdio: 'pipe',
      timeout: 110_000,
    });
    const deck = await readDeck('sample.pptx', new Uint8Array(readFileSync(path.join(dir, 'sample.pptx'))));
    expect(deck.hasTitleSlide).toBe(true);
    expect(deck.title).toBe(story.title);
    expect(deck.slides.map((slide) => slide.title)).toEqual(story.outline.beats.map((beat) => beat.title));
    expect(deck.slides.map((slide) => slide.bullets)).toEqual(
      story.outline.beats.map((beat) => beat.bullets.filter((b) => b.trim() !== '')),
    );
    const numbersAside = (text: string) => text.replace(/(^| )\d+\. /g, '$1#. ');
    expect(deck.slides.map((slide) => numbersAside(squash(typedPlainNotes(slide.notes))))).toEqual(
      story.outline.beats.map((beat) => numbersAside(squash(typedPlainNotes(beat.notes)))),
    );
    expect(deck.slides[0]!.notes).toEqual(nested);
  }, 120_000);
});
