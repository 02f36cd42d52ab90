/*
 * The deck's look: a plain white 16:9 design (PowerPoint's own widescreen size) with dark text,
 * one accent colour and the slide number. Titles and bullets live in real title and body
 * placeholders of these layouts, so PowerPoint's outline view, its accessibility checker and
 * other importers see a title as the title, and a user can restyle the whole deck from the master.
 */
import type PptxGenJS from 'pptxgenjs';

/** Arial is on every system that opens a .pptx (LibreOffice maps it to a metric twin). */
export const DECK_FONT = 'Arial';
export const CODE_FONT = 'Courier New';
const TEXT = '1F2937';
const SOFT_TEXT = '4B5563';
const ACCENT = '2B6CB0';

export const TITLE_MASTER = 'Viva title';
export const BEAT_MASTER = 'Viva beat';

/** A text box on the slide, in inches. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where the title slide's and the beat slides' text goes; font sizes are chosen to fit these. */
export const BOXES = {
  deckTitle: { x: 0.9, y: 1.4, w: 11.5, h: 2.9 },
  deckSubtitle: { x: 0.9, y: 4.75, w: 11.5, h: 0.8 },
  beatTitle: { x: 0.7, y: 0.35, w: 11.9, h: 1.3 },
  beatBody: { x: 0.7, y: 2.1, w: 11.9, h: 4.7 },
} satisfies Record<string, Box>;

/** Largest first: the first that fits is used. */
export const DECK_TITLE_SIZES = [40, 36, 32, 28, 24, 20] as const;
export const BEAT_TITLE_SIZES = [32, 28, 24, 20, 18] as const;
export const BULLET_SIZES = [28, 26, 24, 22, 20, 18, 16, 14, 12] as const;
/** Space above each bullet, in points. */
export const BULLET_GAP = 10;

/** Left-aligned: pptxgenjs's master centres titles. A title is one paragraph, so `align` is safe here. */
const TITLE_STYLE = { bold: true, color: TEXT, align: 'left' } as const;
/** Placeholder text insets of zero, so text lines up with the accent bar. */
const FLUSH: [number, number, number, number] = [0, 0, 0, 0];

/** The title-slide and beat-slide layouts, each with a title placeholder and a body placeholder. */
export function defineDeckMasters(pptx: PptxGenJS): void {
  pptx.defineSlideMaster({
    title: TITLE_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: 0.28, h: '100%', fill: { color: ACCENT }, line: { type: 'none' } } },
      { rect: { x: 0.9, y: 4.45, w: 1.6, h: 0.1, fill: { color: ACCENT }, line: { type: 'none' } } },
      placeholder('title', 'Title', BOXES.deckTitle, { ...TITLE_STYLE, fontSize: DECK_TITLE_SIZES[0], valign: 'bottom' }),
      placeholder('subtitle', 'Subtitle', BOXES.deckSubtitle, { fontSize: 20, color: SOFT_TEXT, valign: 'top' }),
    ],
  });
  pptx.defineSlideMaster({
    title: BEAT_MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0.7, y: 1.8, w: 1.4, h: 0.07, fill: { color: ACCENT }, line: { type: 'none' } } },
      placeholder('title', 'Title', BOXES.beatTitle, { ...TITLE_STYLE, fontSize: BEAT_TITLE_SIZES[0], valign: 'bottom' }),
      placeholder('body', 'Content', BOXES.beatBody, { fontSize: BULLET_SIZES[0], color: TEXT, valign: 'top', bullet: true }),
    ],
    slideNumber: { x: 11.9, y: 6.95, w: 1.0, h: 0.35, fontSize: 12, color: SOFT_TEXT, align: 'right' },
  });
}

type PlaceholderStyle = Pick<PptxGenJS.PlaceholderProps, 'fontSize' | 'bold' | 'color' | 'valign' | 'align' | 'bullet'>;

/**
 * A placeholder of the layout. `name` is how slides address it; `type` is what PowerPoint reads.
 * No `align` on a body: pptxgenjs merges all the runs of an aligned placeholder into one paragraph.
 */
function placeholder(name: string, label: string, box: Box, style: PlaceholderStyle) {
  // objectName is what the selection pane and screen readers call the shape ("Text 1" otherwise).
  const options: PptxGenJS.PlaceholderProps & PptxGenJS.ObjectNameProps = {
    name,
    type: name === 'title' ? 'title' : 'body',
    ...box,
    ...style,
    margin: FLUSH,
    objectName: label,
  };
  return { placeholder: { options, text: '' } };
}
