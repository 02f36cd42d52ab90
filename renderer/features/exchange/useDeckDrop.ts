import { useState, type DragEvent } from 'react';
import { MAX_FILE_BYTES } from '../../../shared/ipc/fileLimits';
import { useApp } from '../../store/StoreProvider';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Dropping a slide deck on the library: the handlers for the drop zone, and whether a file is
 * over it. The file is read like one picked in the import dialog, which opens to show it.
 */
export function useDeckDrop() {
  const readDeckFile = useApp((s) => s.readDeckFile);
  const openDeckImport = useApp((s) => s.openDeckImport);
  const refuseLargeDeck = useApp((s) => s.refuseLargeDeck);
  const [isOver, setOver] = useState(false);
  return {
    isOver,
    handlers: {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (!file) return;
        openDeckImport();
        if (file.size > MAX_FILE_BYTES) return refuseLargeDeck(file.name, file.size, MAX_FILE_BYTES);
        void file.arrayBuffer().then((buffer) => readDeckFile(file.name, new Uint8Array(buffer)));
      },
    },
  };
}
