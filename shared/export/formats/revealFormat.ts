import type { ExportFormat } from './exportFormat';

/** A reveal.js markdown deck, each slide timed from its beat's budget. */
export const revealFormat = {
  id: 'reveal',
  group: 'slides',
  label: 'reveal.js',
  description: 'Markdown slides for reveal.js’s markdown plugin, each timed from its beat; notes show in the speaker view (S).',
  filterName: 'reveal.js slides (Markdown)',
  extension: 'md',
  mimeType: 'text/markdown',
  isText: true,
  carriesNotes: true,
  fileSuffix: '-reveal-slides',
  build: async (story, { includeNotes }) => (await import('../slideDeck')).slideDeck(story, { flavour: 'reveal', includeNotes }),
  read: async (bytes, progress) => {
    const [{ readMarkdownDeck }, { deckText }] = await Promise.all([
      import('../../import/markdown/readMarkdownDeck'),
      import('../../import/deckText'),
    ]);
    return readMarkdownDeck(deckText(bytes), 'reveal', progress);
  },
} as const satisfies ExportFormat;
