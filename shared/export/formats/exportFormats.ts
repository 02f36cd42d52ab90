/*
 * Every export format, in the order the export dialog lists them. A new format is one module
 * beside this file and one line here: the dialog, main's save-dialog filters and the browser's
 * file picker all read this list.
 */
import type { ExportFormat, FileType } from './exportFormat';
import { beamerFormat } from './beamerFormat';
import { markdownFormat } from './markdownFormat';
import { marpFormat } from './marpFormat';
import { notesScriptFormat } from './notesScriptFormat';
import { pptxFormat } from './pptxFormat';
import { revealFormat } from './revealFormat';
import { slidevFormat } from './slidevFormat';

export const EXPORT_FORMATS = [
  markdownFormat,
  notesScriptFormat,
  pptxFormat,
  beamerFormat,
  marpFormat,
  slidevFormat,
  revealFormat,
] as const satisfies readonly ExportFormat[];

export type RegisteredFormat = (typeof EXPORT_FORMATS)[number];
export type ExportFormatId = RegisteredFormat['id'];

/** A Viva backup: the library or one story as versioned JSON. */
export const backupFileType = {
  id: 'backup',
  filterName: 'Viva backup',
  extension: 'json',
  mimeType: 'application/json',
} as const satisfies FileType;

/** Printable cue cards, one beat a page, printed to PDF by the desktop shell. */
export const cueCardsFileType = {
  id: 'cueCards',
  filterName: 'PDF document',
  extension: 'pdf',
  mimeType: 'application/pdf',
} as const satisfies FileType;

/** A slide deck to import: a PowerPoint file, or a Marp, Slidev, reveal.js or Beamer deck. */
export const deckFileType = {
  id: 'deck',
  filterName: 'Slide decks (PowerPoint, Marp, Slidev, reveal.js, Beamer)',
  extension: 'pptx',
  moreExtensions: ['md', 'markdown', 'tex'],
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const satisfies FileType;

/** Every kind of file Viva saves or opens through a dialog. */
export const FILE_TYPES = [
  ...EXPORT_FORMATS,
  backupFileType,
  cueCardsFileType,
  deckFileType,
] as const satisfies readonly FileType[];

/** The formats Viva also reads a deck from, by id. */
export function deckReaderOf(id: string): NonNullable<ExportFormat['read']> | undefined {
  const format: ExportFormat | undefined = EXPORT_FORMATS.find((candidate) => candidate.id === id);
  return format?.read;
}

export type FileKind = (typeof FILE_TYPES)[number]['id'];

/** The format with this id, or undefined. */
export function findExportFormat(id: string): RegisteredFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The file type with this id, or undefined. */
export function findFileType(id: string): FileType | undefined {
  return FILE_TYPES.find((type) => type.id === id);
}

/** Whether a string names a file type of the registry. */
export function isFileKind(id: unknown): id is FileKind {
  return typeof id === 'string' && findFileType(id) !== undefined;
}
