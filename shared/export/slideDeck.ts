/*
 * The talk outline as a slide deck in Marp (default), Slidev or reveal.js markdown: a title slide,
 * then one slide per beat (title and bullets on the slide, the beat's notes as speaker notes).
 * Each flavour lives in decks/ and writes text so that its tool shows it as typed; the notes
 * script is here too, as it is read as ordinary markdown.
 */
import { hasText } from '../model/richText';
import type { Story } from '../model/story';
import { formatDuration, wholeMinutes } from '../time/duration';
import { marpDeck } from './decks/marpDeck';
import { revealDeck } from './decks/revealDeck';
import type { SlideFlavour } from './decks/slideFlavour';
import { slidevDeck } from './decks/slidevDeck';
import { withoutEmptyItems } from './decks/withoutEmptyItems';
import { escapeInline } from './escapeMarkdown';
import { heading, joinBlocks } from './markdownBlocks';
import { proseToMarkdown } from './proseMarkdown';

export { SLIDE_FLAVOURS, type SlideFlavour } from './decks/slideFlavour';

/** Each flavour's name as the export form shows it. */
export const SLIDE_FLAVOUR_LABELS: Record<SlideFlavour, string> = { marp: 'Marp', slidev: 'Slidev', reveal: 'reveal.js' };

/** Which tool's markdown to write, and whether the beats' notes go in as speaker notes. */
export interface DeckOptions {
  flavour: SlideFlavour;
  includeNotes: boolean;
}

const DECKS: Record<SlideFlavour, (story: Story, includeNotes: boolean) => string> = {
  marp: marpDeck,
  slidev: slidevDeck,
  reveal: revealDeck,
};

/** The talk outline as one slide deck in the chosen tool's markdown. */
export function slideDeck(story: Story, options: DeckOptions): string {
  return DECKS[options.flavour](story, options.includeNotes);
}

/** The notes alone, beat by beat, as a script to read from. */
export function notesScript(story: Story): string {
  const total = story.outline.beats.reduce((sum, beat) => sum + beat.budgetMs, 0);
  const beats = story.outline.beats.map((beat, i) =>
    joinBlocks([
      heading(2, `${i + 1}. ${beat.title} (${formatDuration(beat.budgetMs)})`),
      hasText(beat.notes) ? proseToMarkdown(withoutEmptyItems(beat.notes)) : '*No notes for this beat.*',
    ]),
  );
  return `${joinBlocks([heading(1, story.title), `*Speaker notes: ${escapeInline(`${beats.length} beats, ${wholeMinutes(total)} minutes in all`)}*`, ...beats])}\n`;
}
