/*
 * The talk outline as an editable PowerPoint deck: a title slide, then one slide per beat with
 * its title and bullets in real placeholders, and (when asked) the beat's notes, formatted, in
 * the notes pane. pptxgenjs writes the package; finishDeckPackage then writes the notes pages
 * itself and repairs what pptxgenjs gets wrong. Only the export registry imports this module,
 * lazily, so pptxgenjs loads only when someone exports a deck.
 */
import PptxGenJS from 'pptxgenjs';
import type { ExportOptions } from '../formats/exportFormat';
import type { Story } from '../../model/story';
import { addBeatSlide } from './addBeatSlide';
import { addTitleSlide } from './addTitleSlide';
import { DECK_FONT, defineDeckMasters } from './defineDeckMasters';
import { finishDeckPackage } from './finishDeckPackage';
import { notesParagraphs, type NotesParagraph } from './notesParagraphs';
import { slideTitle } from './slideText';

/** The talk outline as an editable PowerPoint deck. */
export async function pptxDeck(story: Story, options: ExportOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = slideTitle(story.title);
  pptx.subject = 'Talk outline';
  // pptxgenjs would otherwise sign every deck as written by "PptxGenJS".
  pptx.author = '';
  pptx.company = '';
  defineDeckMasters(pptx);
  addTitleSlide(pptx, story);
  for (const beat of story.outline.beats) addBeatSlide(pptx, beat);

  const notes: NotesParagraph[][] = [
    [],
    ...story.outline.beats.map((beat) => (options.includeNotes ? notesParagraphs(beat.notes) : [])),
  ];
  const written = await pptx.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('The PowerPoint writer did not return the file as bytes.');
  return finishDeckPackage(written, notes);
}
