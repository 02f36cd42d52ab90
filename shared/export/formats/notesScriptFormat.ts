import type { ExportFormat } from './exportFormat';

/** The beats' speaker notes alone, as a script to read from. */
export const notesScriptFormat = {
  id: 'notes',
  group: 'document',
  label: 'Speaker notes only',
  description: 'A plain script, beat by beat, to read from while you practise.',
  filterName: 'Markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  isText: true,
  carriesNotes: false,
  fileSuffix: '-speaker-notes',
  build: async (story) => (await import('../slideDeck')).notesScript(story),
} as const satisfies ExportFormat;
