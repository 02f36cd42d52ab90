import type { Story } from '../../model/story';
import { joinBlocks } from '../markdownBlocks';
import { eventLine } from './eventLine';
import { slideHeading } from './slideHeading';
import { slideParagraph } from './slideParagraph';
import type { SlideFlavour } from './slideFlavour';

/** The opening slide: the story's title, and the event it is for under it. */
export function titleSlideBody(story: Story, flavour: SlideFlavour): string {
  return joinBlocks([slideHeading(story.title, flavour), slideParagraph(eventLine(story.event), flavour)]);
}
