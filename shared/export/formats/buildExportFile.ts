import type { Story } from '../../model/story';
import { fileStem } from '../exportFileName';
import type { ExportContent, ExportFormat, ExportOptions } from './exportFormat';
import type { FileKind, RegisteredFormat } from './exportFormats';

export interface ExportFile {
  kind: FileKind;
  fileName: string;
  content: ExportContent;
}

/** The suggested file name of an export: the story's stem, the format's suffix, and "-no-notes" for a slides-only deck. */
export function exportFileName(
  story: Pick<Story, 'title'>,
  format: Pick<ExportFormat, 'fileSuffix' | 'extension' | 'carriesNotes'>,
  options: ExportOptions,
): string {
  const noNotes = format.carriesNotes && !options.includeNotes ? '-no-notes' : '';
  return `${fileStem(story.title)}${format.fileSuffix}${noNotes}.${format.extension}`;
}

/** One export of a story in a registered format: its kind, suggested name and content. */
export async function buildExportFile(story: Story, format: RegisteredFormat, options: ExportOptions): Promise<ExportFile> {
  return { kind: format.id, fileName: exportFileName(story, format, options), content: await format.build(story, options) };
}
