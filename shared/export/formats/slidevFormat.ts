import type { ExportFormat } from './exportFormat';

/** A Slidev deck, with the talk's length for its countdown timer. */
export const slidevFormat = {
  id: 'slidev',
  group: 'slides',
  label: 'Slidev',
  description: 'Markdown slides for Slidev, with a countdown set to your talk length; notes show in its presenter mode.',
  filterName: 'Slidev slides (Markdown)',
  extension: 'md',
  mimeType: 'text/markdown',
  isText: true,
  carriesNotes: true,
  fileSuffix: '-slidev-slides',
  build: async (story, { includeNotes }) => (await import('../slideDeck')).slideDeck(story, { flavour: 'slidev', includeNotes }),
  read: async (bytes, progress) => {
    const [{ readMarkdownDeck }, { deckText }] = await Promise.all([
      import('../../import/markdown/readMarkdownDeck'),
      import('../../import/deckText'),
    ]);
    return readMarkdownDeck(deckText(bytes), 'slidev', progress);
  },
} as const satisfies ExportFormat;
