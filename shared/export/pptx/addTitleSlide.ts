import type PptxGenJS from 'pptxgenjs';
import { EVENT_KIND_LABELS, type StoryEvent } from '../../model/event';
import type { Story } from '../../model/story';
import { BOXES, DECK_TITLE_SIZES, TITLE_MASTER } from './defineDeckMasters';
import { fittedFontSize } from './fittedFontSize';
import { slideTitle } from './slideText';
import { xmlSafeLine } from './xmlSafeText';

/** The event as the title slide says it: "Thesis defense · 2027-03-14"; "Other" alone says nothing, so it is left out. */
export function eventLine(event: StoryEvent): string {
  const parts = [event.kind === 'other' ? '' : EVENT_KIND_LABELS[event.kind], event.date ?? ''];
  return parts.filter((part) => part !== '').join(' · ');
}

/** The opening slide: the story's title and the event it is for. */
export function addTitleSlide(pptx: PptxGenJS, story: Story): void {
  const slide = pptx.addSlide({ masterName: TITLE_MASTER });
  const title = slideTitle(story.title);
  // Sizes go on the run: pptxgenjs lets the layout's size override one given for the whole placeholder.
  const fontSize = fittedFontSize([title], BOXES.deckTitle, DECK_TITLE_SIZES, { isBold: true });
  slide.addText([{ text: title, options: { fontSize } }], { placeholder: 'title' });
  const subtitle = xmlSafeLine(eventLine(story.event));
  if (subtitle !== '') slide.addText(subtitle, { placeholder: 'subtitle' });
}
