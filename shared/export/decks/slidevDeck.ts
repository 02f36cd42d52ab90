import type { Beat } from '../../model/outline';
import { hasText } from '../../model/richText';
import type { Story } from '../../model/story';
import { joinBlocks } from '../markdownBlocks';
import { beatSlideBody } from './beatSlideBody';
import { literalText } from './literalText';
import { slidevNotes } from './slidevNotes';
import { titleSlideBody } from './titleSlideBody';
import { yamlString } from './yamlString';
import { wholeMinutes } from '../../time/duration';

function beatSlide(beat: Beat, includeNotes: boolean): string {
  const notes = includeNotes && hasText(beat.notes) ? slidevNotes(beat.notes) : '';
  // Slidev takes a slide's last comment, when it ends the slide, as its notes.
  return joinBlocks([beatSlideBody(beat, 'slidev'), notes === '' ? '' : `<!--\n${notes}\n-->`]);
}

/** The talk as a Slidev deck: head matter with the talk's length, a title slide, then one slide per beat. */
export function slidevDeck(story: Story, includeNotes: boolean): string {
  // Slidev renders the deck title as markdown (tab title, table of contents), through Vue too.
  const title = `title: ${yamlString(literalText(story.title, 'slidev', true))}`;
  const head = ['---', title, `duration: ${wholeMinutes(story.outline.talkMs)}min`, 'timer: countdown', '---'].join('\n');
  const slides = [titleSlideBody(story, 'slidev'), ...story.outline.beats.map((beat) => beatSlide(beat, includeNotes))];
  return `${joinBlocks([head, slides.join('\n\n---\n\n')])}\n`;
}
