import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc/contract';

/** The dialog filters for each kind of file Viva saves or opens. */
export function fileFilters(kind: FileKind): FileFilter[] {
  switch (kind) {
    case 'markdown':
      return [{ name: 'Markdown', extensions: ['md'] }];
    case 'slides':
      return [{ name: 'Slides (Markdown)', extensions: ['md'] }];
    case 'backup':
      return [{ name: 'Viva backup', extensions: ['json'] }];
    case 'text':
      return [{ name: 'Text', extensions: ['txt'] }];
  }
}
