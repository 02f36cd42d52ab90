import type { ExportFormat } from './exportFormat';

/** A LaTeX Beamer document with one \note per frame. */
export const beamerFormat = {
  id: 'beamer',
  group: 'slides',
  label: 'LaTeX Beamer',
  description: 'A complete .tex file for pdflatex: a frame per beat, bullets as itemize, notes as \\note.',
  notesHelp:
    'Notes are hidden until you ask for them: uncomment the \\setbeameroption line at the top of the file to print them beside each slide, or present the PDF with pdfpc.',
  filterName: 'LaTeX Beamer',
  extension: 'tex',
  mimeType: 'application/x-tex',
  isText: true,
  carriesNotes: true,
  fileSuffix: '-beamer',
  build: async (story, options) => (await import('../beamer/beamerDeck')).beamerDeck(story, options),
  read: async (bytes, progress) => {
    const [{ readBeamerDeck }, { deckText }] = await Promise.all([
      import('../../import/beamer/readBeamerDeck'),
      import('../../import/deckText'),
    ]);
    return readBeamerDeck(deckText(bytes), progress);
  },
} as const satisfies ExportFormat;
