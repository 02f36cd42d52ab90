import type { ExportFormat } from './exportFormat';

/** An editable PowerPoint deck, which Keynote, Google Slides and LibreOffice Impress also open. */
export const pptxFormat = {
  id: 'pptx',
  group: 'slides',
  label: 'PowerPoint',
  description:
    'An editable .pptx: real text on every slide, notes in the notes pane. Keynote, Google Slides and LibreOffice open it too.',
  notesHelp: 'Your notes are in each slide’s notes pane; Presenter View shows them while you present.',
  filterName: 'PowerPoint presentation',
  extension: 'pptx',
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  isText: false,
  carriesNotes: true,
  fileSuffix: '',
  // pptxgenjs is large: it loads only when this format is exported.
  build: async (story, options) => (await import('../pptx/pptxDeck')).pptxDeck(story, options),
  read: async (bytes, progress) => (await import('../../import/pptx/readPptxDeck')).readPptxDeck(bytes, progress),
} as const satisfies ExportFormat;
