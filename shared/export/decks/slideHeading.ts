import { literalText } from './literalText';
import type { SlideFlavour } from './slideFlavour';

/** A slide's "# " title line, shown as typed; an empty title reads "(untitled)". */
export function slideHeading(text: string, flavour: SlideFlavour): string {
  const title = literalText(text, flavour, true);
  return `# ${title === '' ? '(untitled)' : title}`;
}
