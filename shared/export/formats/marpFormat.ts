import type { ExportFormat } from './exportFormat';

/** A Marp deck: markdown slides, notes in HTML comments. */
export const marpFormat = {
  id: 'marp',
  group: 'slides',
  label: 'Marp',
  description: 'Markdown slides for Marp (the VS Code extension or marp-cli); notes show in its presenter view.',
  filterName: 'Marp slides (Markdown)',
  extension: 'md',
  mimeType: 'text/markdown',
  isText: true,
  carriesNotes: true,
  fileSuffix: '-marp-slides',
  build: async (story, { includeNotes }) => (await import('../slideDeck')).slideDeck(story, { flavour: 'marp', includeNotes }),
  read: async (bytes, progress) => {
    const [{ readMarkdownDeck }, { deckText }] = await Promise.all([
      import('../../import/markdown/readMarkdownDeck'),
      import('../../import/deckText'),
    ]);
    return readMarkdownDeck(deckText(bytes), 'marp', progress);
  },
} as const satisfies ExportFormat;
