/*
 * What every export format declares about itself. A format is one module (see exportFormats.ts
 * for the list): the export dialog, main's save-dialog filters and the browser's file picker all
 * read these descriptors, so adding a format is one new file plus one line in that list.
 */
import type { Story } from '../../model/story';
import type { DeckProgress, DeckRead } from '../../import/deckSlides';

/** What a file holds: text (markdown, LaTeX) or bytes (a zip such as .pptx). */
export type ExportContent = string | Uint8Array;

export interface ExportOptions {
  /** Whether the beats' speaker notes go into the file (formats that carry notes only). */
  includeNotes: boolean;
}

/** A kind of file Viva writes or reads through a dialog. */
export interface FileType {
  id: string;
  /** The name the save and open dialogs show beside the extension, e.g. "PowerPoint presentation". */
  filterName: string;
  /** Without the dot. */
  extension: string;
  /** Other extensions the open dialog accepts for this kind (without the dot). */
  moreExtensions?: readonly string[];
  mimeType: string;
}

export interface ExportFormat extends FileType {
  /** What the dialog lists: a story document, or one of the slide tools. */
  group: 'document' | 'slides';
  /** The name of the choice, e.g. "PowerPoint". */
  label: string;
  /** One sentence on what the file is for. */
  description: string;
  /** Where the speaker finds the notes in that tool, when it is not obvious; shown in the dialog. */
  notesHelp?: string;
  /** Whether the content is text a user could paste elsewhere (it is then offered for copying). */
  isText: boolean;
  /** Whether the file can hold speaker notes (and so whether "Include speaker notes" applies). */
  carriesNotes: boolean;
  /** What follows the story's file stem, before the extension (e.g. "-marp-slides"). */
  fileSuffix: string;
  /** The file's content; heavy writers are imported only when this runs. */
  build(story: Story, options: ExportOptions): Promise<ExportContent>;
  /**
   * For a deck format, its reader: the slides, titles, bullets and notes of a file in this format
   * (see shared/import). Readers load only when a deck is imported.
   */
  read?(bytes: Uint8Array, progress?: DeckProgress): Promise<DeckRead>;
}
