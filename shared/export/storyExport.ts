/*
 * The text exports of a story, by choice: what the file holds, its kind (for the save dialog's
 * filter) and its suggested name.
 */
import type { FileKind } from '../ipc/contract';
import type { Story } from '../model/story';
import { fileStem } from './exportFileName';

// Kept beside the other names; re-exported for callers that build exports.
export { backupFileName } from './exportFileName';
import { notesScript, slideDeck, type SlideFlavour } from './slideDeck';
import { storyMarkdown } from './storyMarkdown';

export type StoryExportChoice =
  { format: 'markdown' } | { format: 'slides'; flavour: SlideFlavour; includeNotes: boolean } | { format: 'notes' };

export interface TextExport {
  kind: FileKind;
  fileName: string;
  content: string;
}

/** The file for one text export of a story. */
export function buildStoryExport(story: Story, choice: StoryExportChoice): TextExport {
  const stem = fileStem(story.title);
  switch (choice.format) {
    case 'markdown':
      return { kind: 'markdown', fileName: `${stem}.md`, content: storyMarkdown(story) };
    case 'notes':
      return { kind: 'markdown', fileName: `${stem}-speaker-notes.md`, content: notesScript(story) };
    case 'slides': {
      const suffix = choice.includeNotes ? '' : '-no-notes';
      return {
        kind: 'slides',
        fileName: `${stem}-${choice.flavour}-slides${suffix}.md`,
        content: slideDeck(story, { flavour: choice.flavour, includeNotes: choice.includeNotes }),
      };
    }
  }
}
