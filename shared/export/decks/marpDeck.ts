import type { Beat } from '../../model/outline';
import type { Story } from '../../model/story';
import { joinBlocks } from '../markdownBlocks';
import { beatSlideBody } from './beatSlideBody';
import { marpNotesComment } from './marpNotesComment';
import { titleSlideBody } from './titleSlideBody';
import { yamlString } from './yamlString';

function beatSlide(beat: Beat, includeNotes: boolean): string {
  return joinBlocks([beatSlideBody(beat, 'marp'), includeNotes ? marpNotesComment(beat.notes) : '']);
}

/** The talk as a Marp deck: a title slide, then one slide per beat with its notes as plain text in a comment. */
export function marpDeck(story: Story, includeNotes: boolean): string {
  const head = ['---', 'marp: true', `title: ${yamlString(story.title)}`, 'paginate: true', '---'].join('\n');
  const slides = [titleSlideBody(story, 'marp'), ...story.outline.beats.map((beat) => beatSlide(beat, includeNotes))];
  return `${joinBlocks([head, slides.join('\n\n---\n\n')])}\n`;
}
