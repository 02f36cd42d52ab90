import type { Beat } from '../../model/outline';
import { hasText } from '../../model/richText';
import type { Story } from '../../model/story';
import { joinBlocks } from '../markdownBlocks';
import { beatSlideBody } from './beatSlideBody';
import { revealNotes } from './revealNotes';
import { titleSlideBody } from './titleSlideBody';
import { msToSeconds } from '../../time/duration';

/**
 * A slide with its time budget, which reveal.js's speaker view paces the talk by. No line of it
 * starts with user text (titles follow "# ", bullets "- " or an indent), so none can match the
 * notes separator, /^s*notes?:/im in reveal.js 6 (the backslash of `\s` lost in a string).
 */
function timed(ms: number, body: string): string {
  // reveal.js counts a slide's time in seconds.
  return `<!-- .slide: data-timing="${msToSeconds(ms)}" -->\n${body}`;
}

function beatSlide(beat: Beat, includeNotes: boolean): string {
  const notes = includeNotes && hasText(beat.notes) ? `Note:\n${revealNotes(beat.notes)}` : '';
  return joinBlocks([timed(beat.budgetMs, beatSlideBody(beat, 'reveal')), notes]);
}

/**
 * The talk as markdown for reveal.js's markdown plugin: a title slide (given no time, so the beats'
 * budgets add up to the talk), then one slide per beat, each with its timing and notes. reveal.js
 * reads no front matter.
 */
export function revealDeck(story: Story, includeNotes: boolean): string {
  const slides = [timed(0, titleSlideBody(story, 'reveal')), ...story.outline.beats.map((beat) => beatSlide(beat, includeNotes))];
  return `${slides.join('\n\n---\n\n')}\n`;
}
