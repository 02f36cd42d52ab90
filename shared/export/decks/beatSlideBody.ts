import type { Beat } from '../../model/outline';
import { joinBlocks } from '../markdownBlocks';
import { slideHeading } from './slideHeading';
import { slideParagraph } from './slideParagraph';
import type { SlideFlavour } from './slideFlavour';

/** A beat's slide: its title, then its bullets; a bullet with nothing to show is left out, never an empty "- ". */
export function beatSlideBody(beat: Beat, flavour: SlideFlavour): string {
  const bullets = beat.bullets.map((bullet) => slideParagraph(bullet, flavour, '  ')).filter((item) => item !== '');
  return joinBlocks([slideHeading(beat.title, flavour), bullets.map((item) => `- ${item}`).join('\n')]);
}
