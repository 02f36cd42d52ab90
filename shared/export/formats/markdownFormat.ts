import type { ExportFormat } from './exportFormat';

/** The whole story as one GitHub-flavoured markdown document. */
export const markdownFormat = {
  id: 'markdown',
  group: 'document',
  label: 'Story document',
  description: 'Every section as one markdown file: for reading, or sharing with a mentor.',
  filterName: 'Markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  isText: true,
  carriesNotes: false,
  fileSuffix: '',
  build: async (story) => (await import('../storyMarkdown')).storyMarkdown(story),
} as const satisfies ExportFormat;
