import type PptxGenJS from 'pptxgenjs';
import type { Beat } from '../../model/outline';
import { BEAT_MASTER, BEAT_TITLE_SIZES, BOXES, BULLET_GAP, BULLET_SIZES } from './defineDeckMasters';
import { fittedFontSize } from './fittedFontSize';
import { slideBullets, slideTitle } from './slideText';

/** Width pptxgenjs gives a bullet and its gap, in points. */
const BULLET_INDENT = 27;

/** One slide for a beat: its title in the title placeholder, its bullets as bullet paragraphs of the body. */
export function addBeatSlide(pptx: PptxGenJS, beat: Beat): void {
  const slide = pptx.addSlide({ masterName: BEAT_MASTER });
  const title = slideTitle(beat.title);
  const titleSize = fittedFontSize([title], BOXES.beatTitle, BEAT_TITLE_SIZES, { isBold: true });
  // Sizes go on the runs: pptxgenjs lets the layout's size override one given for the whole placeholder.
  slide.addText([{ text: title, options: { fontSize: titleSize } }], { placeholder: 'title' });
  const bullets = slideBullets(beat.bullets);
  if (bullets.length === 0) return;
  const fontSize = fittedFontSize(bullets, BOXES.beatBody, BULLET_SIZES, { gapPoints: BULLET_GAP, indentPoints: BULLET_INDENT });
  slide.addText(
    bullets.map((text) => ({ text, options: { bullet: true, fontSize, paraSpaceBefore: BULLET_GAP } })),
    { placeholder: 'body' },
  );
}
