import type { FileFilter } from 'electron';
import { findFileType } from '../../shared/export/formats/exportFormats';
import type { FileKind } from '../../shared/ipc/contract';

/** The dialog filters for a kind of file, read from the export format registry. */
export function fileFilters(kind: FileKind): FileFilter[] {
  const type = findFileType(kind);
  if (!type) throw new Error(`No file type is registered as “${kind}”.`);
  return [{ name: type.filterName, extensions: [type.extension, ...(type.moreExtensions ?? [])] }];
}
